"""Party mentions in a sentence: countries, capitals, organisations, roles with names, persons, pronouns.

Atoms come from the name automaton (multi-word names on the original text) and from token lookups
(nationality adjectives, roles and compound roles, country prefixes in hyphenated compounds, pronouns).
Atoms are then composed into noun phrases: ``der südkoreanische Chefnuklearunterhändler Lee Do-hoon``
is one mention of a person with role, country and name.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

try:
    import cython
except ImportError:  # no Cython: the type declarations are no-ops (see chronik/_pure_cython.py)
    from chronik import _pure_cython as cython

from chronik.extract.lexicon import Lexicon, NameEntry, Role
from chronik.extract.tokens import (
    AUX_KINDS,
    CLOSED_KINDS,
    DASHES,
    NO_KINDS,
    PREPOSITION_KINDS,
    Token,
    contrastive_negation,
    has_kind,
)

PARTY_KINDS = frozenset({"person", "role", "country", "capital", "org", "demonym", "region"})
# offices that head or speak for whatever body they belong to: 'CSU-Generalsekretär', 'der Präsident des
# Europaparlaments', 'ÖGB-Präsident' take that body's sector (a party's, a parliament's, a union's); offices are
# the roles' English labels, the same in every language
HEAD_OFFICES = frozenset({"President", "Vice President", "Chairman", "Secretary-General", "Leader", "Spokesperson",
                          "Spokesman"})
# people known by where they come from ('Flüchtlinge aus Syrien'); not troops or officials, whom 'aus' names where
# they leave ('Truppen aus Afghanistan abziehen')
ORIGIN_SECTORS = frozenset({"REF"})
# bodies whose sector a head office does not take: a state's or an alliance's head is its government's
HEAD_KEEPS_OWN = frozenset({"GOV", "MIL"})


def head_sector(office: str | None, own: str | None, body: str | None) -> str | None:
    """The sector of an office holder of a body: the body's for a head office of a party, parliament, union ..."""
    return body if office in HEAD_OFFICES and body and body not in HEAD_KEEPS_OWN else own


@dataclass
class Atom:
    first: int
    last: int  # exclusive token index
    kind: str
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    office: str | None = None
    role: Role | None = None
    entry: NameEntry | None = None
    genitive: bool = False
    ref: str = ""


@dataclass(eq=False)  # one span of one sentence: compared by identity (list.index, 'in')
class Mention:
    first: int
    last: int
    start: int
    end: int
    text: str
    kind: str
    code: str | None
    sector: str | None
    refs: list[str]  # no default factory: a compiled dataclass imports dataclasses on every construction for one
    name: str | None = None
    office: str | None = None
    gender: str | None = None
    prep: str | None = None
    genitive: bool = False
    plural: bool = False
    coord: bool = False  # joined to the previous mention by a coordinator (X und Y)
    role_form: str | None = None
    apposition: bool = False  # ', Nils Muiznieks,' after the role it names
    oblique: bool = False  # opened by an accusative/dative article (den, dem): not a subject
    person_rows: tuple = ()

    @property
    def is_party(self) -> bool:
        return self.kind in PARTY_KINDS or self.kind in ("pronoun", "collective", "vague")

    @property
    def private(self) -> bool:
        """A person named with no country and no office (a given name the dictionary does not know, or a name run)."""
        return self.kind == "person" and self.code is None and self.office is None


@cython.locals(hi=cython.Py_ssize_t, lo=cython.Py_ssize_t, mid=cython.Py_ssize_t, pos=cython.Py_ssize_t, t=Token,
               tokens=list)
@cython.ccall
def _token_at(tokens: list[Token], pos: int, end: bool = False) -> int:
    """The index of the token that starts (``end``: ends) at the absolute offset ``pos``, or -1: a binary search,
    as tokens are in text order (cheaper than a table of every token's offsets for a few name hits)."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        t = tokens[mid]
        if (t.end if end else t.start) < pos:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(tokens):
        t = tokens[lo]
        if (t.end if end else t.start) == pos:
            return t.i
    return -1


@cython.locals(a=Atom, lex=Lexicon, tokens=list)
def _automaton_atoms(text: str, offset: int, tokens: list[Token], lex: Lexicon, hits: list | None) -> list[Atom]:
    if lex.automaton is None or not tokens:
        return []
    if hits is None:
        hits = list(lex.automaton.iter(text))
    if not hits:
        return []
    found: list[Atom] = []
    for end_idx, entries in hits:
        end = end_idx + 1
        last = _token_at(tokens, offset + end, end=True)
        if last < 0:
            continue  # names must cover whole tokens: "US" inside "US-Truppen" is a prefix, not a name
        for entry in entries:
            first = _token_at(tokens, offset + end - len(entry.form))
            if first < 0:
                continue
            genitive = (entry.kind in ("country", "capital", "region") and entry.form not in lex.country_forms) or (
                entry.kind == "person" and entry.form in lex.genitive_persons)
            found.append(Atom(first, last + 1, entry.kind, entry.code, entry.sector, entry.name,
                              entry=entry, genitive=genitive, ref=entry.ref))
    # longest first, no overlaps
    found.sort(key=lambda a: (-(a.last - a.first), a.first))
    taken: set[int] = set()
    atoms: list[Atom] = []
    for a in found:
        span = set(range(a.first, a.last))
        if span & taken:
            continue
        taken |= span
        atoms.append(a)
    return atoms


@cython.locals(lex=Lexicon, tok=Token)
def _hyphen_atom(tok: Token, lex: Lexicon, name_follows: bool = False) -> Atom | None:
    """US-Vizeaußenminister, US-Truppen, EU-Kommission: a prefix naming a party plus a role head."""
    if "-" not in tok.text.strip("-"):
        return None
    prefix, _, rest = tok.text.partition("-")
    code_ref = lex.prefixes.get(prefix)
    if not code_ref:
        return None
    role = lex.role(rest)
    if role is None:
        if not (rest[:1].isupper() and lex.meta.get("nouns_capitalised") and name_follows):
            return None
        # 'SPÖ-Bundesgeschäftsführer Gerhard Schmid': an unlisted office of a named party, then its holder
        sector = lex.prefix_sectors.get(prefix) or "GOV"
        role = Role(rest.lower(), sector, None, False, True, code_ref[1])
    # 'ÖVP-Politiker': a person of no sector of their own belongs to the prefix's organisation
    body = lex.prefix_sectors.get(prefix)
    sector = (body or role.sector) if role.sector == "CVL" else head_sector(role.office, role.sector, body)
    return Atom(tok.i, tok.i + 1, "role", code_ref[0], sector, office=role.office, role=role,
                ref=f"{code_ref[1]} {role.ref}")


@cython.locals(lex=Lexicon, tok=Token, tokens=list)
def _truncated_compound(tokens: list[Token], i: int, lex: Lexicon) -> Atom | None:
    """'Süd- und Nordkorea': the truncated first part completed with the head of the next word."""
    tok = tokens[i]
    if not tok.text.endswith("-") or i + 2 >= len(tokens):
        return None
    if "coordinator" not in tokens[i + 1].kinds:
        return None
    head_word = tokens[i + 2].text
    stem = tok.text[:-1]
    suffixes = [""] + [x for x in lex.meta.get("name_suffixes", []) if x]
    for k in range(1, len(head_word)):
        for suf in suffixes:  # 'Nord- und Südkoreas': the genitive of the completed name
            form = stem + head_word[k:]
            if suf and form.endswith(suf):
                form = form[: -len(suf)]
            if form in lex.country_forms:
                code, ref = lex.country_forms[form]
                return Atom(i, i + 1, "country", code, "GOV", ref=ref)
    return None


@cython.locals(atom=Atom, lex=Lexicon, nxt=Token, tok=Token, tokens=list)
@cython.ccall
def _token_atom(tokens: list[Token], i: int, lex: Lexicon, named: Container[int] = ()) -> Atom | None:
    """The atom one word makes (a nationality, role, pronoun, anaphor ...); ``named``: the tokens of known names
    (where nouns are capitalised, only they end an anaphor: 'das Land Berlin')."""
    tok = tokens[i]
    if not tok.is_word:
        return None
    if (not tok.is_cap and lex.meta.get("nouns_capitalised") and tok.lower not in lex.nationality
            and not tok.kinds and not tok.text.endswith("-")):
        return None  # fast path: a lower-case German word is never a name or a role
    hyphen = "-" in tok.text
    nat = lex.nationality.get(tok.lower) or (_leader_compound(tok, lex) if hyphen else None)
    if nat and (not tok.is_cap or not lex.meta.get("nouns_capitalised") or i == 0
                or (i + 1 < len(tokens) and lex.role(tokens[i + 1].text) is not None)):
        # a capitalised form mid-sentence is a noun (die Deutsche) unless a role follows (Moskauer Außenministerium)
        return Atom(i, i + 1, "nat", nat[0], ref=nat[1])
    if hyphen:  # US-Vizeaußenminister, Süd- und Nordkorea
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        name_follows = nxt is not None and _name_word(nxt, lex)
        atom = _hyphen_atom(tok, lex, name_follows) or _truncated_compound(tokens, i, lex)
        if atom:
            return atom
    role = lex.role(tok.text) if (tok.is_cap or not lex.meta.get("nouns_capitalised")) else None
    if role:
        return Atom(i, i + 1, "role", None, role.sector, office=role.office, role=role, ref=role.ref)
    kinds = tok.kinds
    names = named if lex.meta.get("nouns_capitalised") else None
    if "country_anaphor" in kinds and _definite_anaphor(tokens, i, names):
        return Atom(i, i + 1, "anaphor", ref="cue:" + tok.text)
    if "vague" in kinds:
        return Atom(i, i + 1, "vague", ref="cue:" + tok.lower)
    if "first_person" in kinds:
        return Atom(i, i + 1, "pronoun", ref="cue:" + tok.lower)  # 'Wir werden ..., sagte Kurz': the speaker
    if kinds & {"pronoun_m", "pronoun_f", "pronoun_pl"}:
        if "possessive" in kinds and _before_noun(tokens, i, lex):
            return Atom(i, i + 1, "possessive", ref="cue:" + tok.lower)
        if "personal" in kinds:
            return Atom(i, i + 1, "pronoun", ref="cue:" + tok.lower)
        return None
    return None


@cython.locals(nxt=Token, tokens=list)
def _definite_anaphor(tokens: list[Token], i: int, named: Container[int] | None = None) -> bool:
    """'das Land', 'des international isolierten Landes': a definite article before the noun (adjectives
    and adverbs between), and no name after it ('das Land Berlin' names a state of its own; 'warf dem Land
    Versäumnisse vor' has a noun after it, not a name)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.is_word and nxt.is_cap and (named is None or i + 1 in named):
        return False
    j = i - 1
    while j >= 0 and tokens[j].is_word and not tokens[j].is_cap and not tokens[j].kinds:
        j -= 1
    return j >= 0 and "definite" in tokens[j].kinds and not (
        j > 0 and tokens[j - 1].kinds & {"location_prep", "preposition", "destination_prep"})


@cython.locals(lex=Lexicon, tok=Token)
def _leader_compound(tok: Token, lex: Lexicon) -> tuple[str, str] | None:
    """'US-led forces', 'the Saudi-led coalition': a party led by that country (meta.yaml leader_suffixes)."""
    for suffix in lex.meta.get("leader_suffixes", ()):
        if tok.lower.endswith(suffix) and len(tok.lower) > len(suffix):
            base = tok.text[: -len(suffix)]
            return lex.nationality.get(base.lower()) or lex.prefixes.get(base)
    return None


@cython.locals(lex=Lexicon, tokens=list)
def _before_noun(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """'ihr Treffen', 'seines dreitägigen Besuchs': a pronoun that determines a noun is possessive."""
    if not lex.meta.get("nouns_capitalised"):
        return True
    j = i + 1
    while j < len(tokens) and _is_adjective(tokens[j], lex):
        j += 1
    return j < len(tokens) and tokens[j].is_word and tokens[j].is_cap


@cython.locals(a=Atom, atom=Atom, lex=Lexicon, t=Token)
def sentence_atoms(text: str, offset: int, tokens: list[Token], lex: Lexicon, names: list | None = None) -> list[Atom]:
    """``names``: the name automaton's hits in ``text`` when it was read already (extract/scan.py)."""
    atoms = _automaton_atoms(text, offset, tokens, lex, names)
    covered = {i for a in atoms for i in range(a.first, a.last)}
    nouns_cap = lex.meta.get("nouns_capitalised")
    compounds = lex.meta.get("compounds")
    lower_keys, roles = lex.lower_atom_keys, lex.roles
    for t in tokens:
        if not t.is_word or t.i in covered:
            continue
        if t.lower not in lower_keys and "-" not in t.text and (
                (nouns_cap and not t.is_cap) or (not compounds and t.lower not in roles)
                or ("country_anaphor" not in t.kinds and lex.role(t.text) is None)):
            # the common case, decided without a call: a lower-case German word, an English non-role, a
            # capitalised word that is no nationality, role or cue word
            continue
        atom = _token_atom(tokens, t.i, lex, covered)
        if atom:
            atoms.append(atom)
    if lex.given_names:
        atoms.extend(_unlisted_persons(tokens, atoms, lex))
    atoms.sort(key=lambda a: a.first)
    return [_led_by(tokens, a) for a in atoms]


@cython.locals(a=Atom, atoms=list, lex=Lexicon, t=Token, tokens=list, w=Token)
def _unlisted_persons(tokens: list[Token], atoms: list[Atom], lex: Lexicon) -> list[Atom]:
    """'Anton Schlecker', 'Karl Heinz Grasser', 'Hans-Peter Doskozil': a given name (given_names.txt; a hyphenated
    one by its first part) before capitalised name words is a person the actor dictionary does not know, named as
    written. It has no country and no office of its own: a party only where a title or the act tells whose it is,
    and otherwise no stand-in for the subject or object it is."""
    taken = {i for a in atoms for i in range(a.first, a.last)}
    found: list[Atom] = []
    i = 0
    while i < len(tokens) - 1:
        t = tokens[i]
        end = i + 1
        if i not in taken and t.is_cap and t.is_word and t.text.split("-", 1)[0] in lex.given_names:
            # more given names, then one surname ('wirft Anton Berger Betrug vor': the noun after it is none); a
            # surname the dictionary knows ('Heinz Christian Strache') is its person's; 'Michael Ludwig' ends in one
            j = i + 1
            while j < len(tokens) and j not in taken and tokens[j].is_cap and tokens[j].text in lex.given_names:
                j += 1
            end = min(_name_run(tokens, j, lex, taken), j + 1)
            if end == j and (j in taken or j - i < 2):
                end = i + 1
            if end > i + 1:
                name = " ".join(w.text for w in tokens[i:end])
                # a listed person written with two spaces ('Heinz  Fischer', as scraped text often is)
                entries = lex.automaton.get(name, ()) if lex.automaton is not None else ()
                known = next((e for e in entries if e.kind == "person"), None)
                if known is not None:
                    found.append(Atom(i, end, "person", known.code, known.sector, known.name, entry=known,
                                      ref=known.ref))
                else:
                    found.append(Atom(i, end, "person", name=name, ref=f"given name:{t.text}",
                                      genitive=_genitive_noun_before(tokens, i)))
            else:
                end = i + 1
        i = end
    return found


@cython.locals(tokens=list)
def _genitive_noun_before(tokens: list[Token], i: int) -> bool:
    """'die Strafverfolgung des Satirikers Jan Böhmermann': the name after a noun in the genitive is an owner."""
    if i < 2 or not (tokens[i - 1].is_cap and tokens[i - 1].is_word):
        return False
    article = tokens[i - 2].kinds
    return "genitive_article" in article or (
        "genitive_link" in article and i >= 3 and tokens[i - 3].is_cap and tokens[i - 3].is_word)


@cython.locals(a=Atom, tokens=list)
@cython.ccall
def _led_by(tokens: list[Token], a: Atom) -> Atom:
    """'eine von Saudi-Arabien geführte Militärallianz': 'von X geführte' is a nationality of the noun after it,
    as 'the Saudi-led coalition' (the party is led by X, X does not act)."""
    if a.kind not in ("country", "capital", "org") or not a.code or a.last >= len(tokens) \
            or "leader" not in tokens[a.last].kinds:
        return a
    j = a.first - 1
    if j > 0 and "article" in tokens[j].kinds:
        j -= 1  # 'die von den USA angeführte Koalition'
    if j < 0 or "agent_prep" not in tokens[j].kinds:
        return a
    return Atom(j, a.last + 1, "nat", a.code, ref=f"led by {a.code}")


@cython.locals(lex=Lexicon, tok=Token)
@cython.ccall
def _is_adjective(tok: Token, lex: Lexicon) -> bool:
    endings = lex.adjective_endings
    return (tok.is_word and not tok.is_cap and bool(endings) and tok.lower.endswith(endings)
            and not tok.kinds)


@cython.locals(lex=Lexicon, tokens=list)
@cython.ccall
def _left_edge(tokens: list[Token], first: int, lex: Lexicon, floor: int) -> int:
    """Extend a noun phrase to the left over adjectives and one article (dem neuen nationalen ...)."""
    i = first
    while i - 1 >= floor and _is_adjective(tokens[i - 1], lex) and first - i < 4:
        i -= 1
    if i - 1 >= floor and "article" in tokens[i - 1].kinds:
        return i - 1
    # adjectives count only inside an article phrase; otherwise "gaben" would look like one
    j = first
    while j - 1 >= floor and tokens[j - 1].lower in lex.nationality:
        j -= 1
    return j


@cython.locals(lex=Lexicon)
def _heads_unlisted_body(tokens: list[Token], last: int, lex: Lexicon, taken: Container[int]) -> bool:
    """'Der Präsident von Rapid', 'der Präsident des Yachtklubs', 'the president of the club': an office whose holders
    the dictionary lists (meta ``dictionary_offices``) followed by 'von', 'of' or a genitive and a noun or name that
    is no party chronik knows (and no word for the state itself, meta ``state_nouns``: 'der Präsident der
    Republik') heads that body, not the article's country."""
    if last >= len(tokens) or not tokens[last].kinds & {"genitive_link", "source_prep"}:
        return False
    j = last + 1
    nouns_cap = lex.meta.get("nouns_capitalised")
    while j < len(tokens) and tokens[j].is_word and j not in taken and (
            "article" in tokens[j].kinds or "definite" in tokens[j].kinds or (nouns_cap and not tokens[j].is_cap)):
        j += 1  # 'des traditionsreichen Yachtklubs': articles and adjectives
    if j >= len(tokens) or j in taken or not tokens[j].is_word or tokens[j].kinds or tokens[j].text[0].isdigit():
        return False
    if nouns_cap and not tokens[j].is_cap:
        return False
    k = j
    while k < len(tokens) and tokens[k].is_cap and tokens[k].is_word:
        if k in taken:
            return False  # 'des Obersten Gerichtshofs': a body chronik knows, named after a capitalised adjective
        k += 1
    return tokens[j].lower not in lex.meta.get("state_nouns", ())


@cython.locals(lex=Lexicon, tokens=list)
def _name_run(tokens: list[Token], i: int, lex: Lexicon, taken: set[int]) -> int:
    """End (exclusive) of a run of capitalised name tokens starting at i (Cho Sei-young)."""
    j = i
    while (j < len(tokens) and j - i < 4 and tokens[j].is_word and tokens[j].is_cap and j not in taken
           and not lex.has_cue(tokens[j].text, "name_stop") and not tokens[j].text.isupper()
           and lex.role(tokens[j].text) is None and lex.noun_trigger(tokens[j].lemma) is None):
        j += 1
    return j


@cython.locals(m=Mention, tokens=list)
@cython.ccall
def _mention(tokens: list[Token], first: int, last: int, kind: str, code: str | None = None,
             sector: str | None = None, refs: list[str] | None = None, name: str | None = None,
             office: str | None = None, genitive: bool = False, plural: bool = False,
             person_rows: tuple = ()) -> Mention:
    """A mention of ``tokens[first:last]`` (its text is set by ``compose``). The fields after ``office`` are set on
    the new record rather than passed by keyword: no keyword parsing per mention."""
    m = Mention(first, last, tokens[first].start, tokens[last - 1].end, "", kind, code, sector, refs or [], name,
                office)
    m.genitive, m.plural, m.person_rows = genitive, plural, person_rows
    return m


@cython.locals(a=Atom, atom=Atom, atoms=list, body=Mention, lex=Lexicon, m=Mention, mentions=list, prev=Mention)
def compose(tokens: list[Token], atoms: list[Atom], lex: Lexicon, text: str, offset: int) -> list[Mention]:
    """Compose atoms into noun-phrase mentions, left to right."""
    mentions: list[Mention] = []
    by_first = {a.first: a for a in atoms}
    taken = {i for a in atoms for i in range(a.first, a.last)}
    i, floor = 0, 0
    while i < len(tokens):
        atom = by_first.get(i)
        if atom is None:
            i += 1
            continue
        m = _compose_at(tokens, atom, by_first, lex, taken, floor)
        if m is None:
            i = atom.last
            continue
        m.text = text[m.start - offset:m.end - offset]
        mentions.append(m)
        floor = m.last
        i = m.last
    mentions = [m for m in mentions if not _attributive_demonym(tokens, m, lex)]
    mentions = _merge_genitive_owners(tokens, mentions, text, offset, lex)
    mentions = _merge_seat(tokens, mentions, text, offset)
    feminine_nouns = tuple(lex.meta.get("feminine_noun_endings", ())) or ("\0",)
    for k, m in enumerate(mentions):
        m.prep = _preposition_before(tokens, m, lex)
        body = mentions[k - 1] if k else None
        if m.prep is None and body is not None and body.last == m.first and body.kind in ("role", "org") \
                and m.kind in ("org", "person") and not tokens[m.first].kinds \
                and lex.cues.get(body.prep or "", NO_KINDS) & PREPOSITION_KINDS:
            m.prep = body.prep  # 'beim Euro-Hilfsfonds ESM': a name right after a body in a phrase shares the phrase
        opener = tokens[m.first].kinds
        after_noun = m.first > 0 and tokens[m.first - 1].is_cap and tokens[m.first - 1].is_word \
            and lex.meta.get("nouns_capitalised")
        if after_noun and "proxy" in tokens[m.first - 1].kinds and "genitive_link" in opener:
            pass  # 'Vertreter der USA und der Taliban verhandelten': the represented party acts
        elif "genitive_article" in opener or (after_noun and "genitive_link" in opener) \
                or _possessive_genitive(tokens, m, lex):
            m.genitive = True  # 'des Ministeriums' is an owner, never the subject
        elif "oblique_article" in opener or ("oblique_feminine" in opener and m.role_form is not None and (
                (m.gender == "f" and not m.plural) or m.role_form.endswith(feminine_nouns))):
            # 'den Vorschlag', 'dem Prediger', 'Der Ministerin wirft Lugar vor', 'warf der Regierung von X vor':
            # an object, never the subject
            m.oblique = True
        if m.prep is not None and lex.has_cue(m.prep, "genitive_link"):
            m.genitive = True  # 'an ally of Washington': an owner (English 'of'), never the subject
        if k and mentions[k - 1].kind == "report_prep" and m.first - mentions[k - 1].last <= 1:
            m.prep = "report"  # 'nach Angaben der HDP': the source of a report, not a party to the act
        if k and mentions[k - 1].kind == "comitative" and m.first - mentions[k - 1].last <= 2:
            m.prep = "with-subject"  # 'gemeinsam mit US-Verteidigungsminister Austin': a co-actor
        before = m.first - 2 if m.first > 1 and tokens[m.first - 1].kinds & PREPOSITION_KINDS else m.first - 1
        if before >= 0 and contrastive_negation(tokens, before, lex):
            m.prep = "contrast"  # 'Russland und nicht die Ukraine', 'nicht Russland, sondern ...': no party to the act
        elif _compared(tokens, m, lex):
            m.prep = "comparison"  # 'kritisierte wie Deutschland die Türkei': named for comparison, no party to the act
        if m.kind == "capital" and m.last < len(tokens) and not tokens[m.last].is_cap \
                and not lex.meta.get("nouns_capitalised") \
                and tokens[m.last].is_word and lex.noun_trigger(tokens[m.last].lemma) is not None:
            m.prep = "modifier"  # 'the Hanoi summit': the place of an act, not a party to it
        if m.kind == "capital" and m.first > 1 and _inside_name(tokens, m, mentions[k - 1] if k else None, lex):
            m.prep = "modifier"  # 'Flughafen Mariscal Sucre': the end of another name, not Bolivia
        if m.kind == "capital" and m.prep is None and _opens_name(tokens, m, mentions[k + 1:k + 2], lex):
            m.prep = "modifier"  # 'Paris Saint Germain reiste nach London': the start of a club's name
        if k and m.kind == "person" and mentions[k - 1].kind == "role" and mentions[k - 1].last == m.first \
                and mentions[k - 1].code in (None, m.code) and not mentions[k - 1].plural:
            m.apposition = True  # 'Der Präsident der Ukraine Petro Poroschenko': the role's holder by name
        elif k and (_is_apposition(tokens, mentions[k - 1], m) or _title_after_name(tokens, mentions[k - 1], m, lex)) \
                or _in_brackets(tokens, m):
            m.apposition = True  # another name of the previous party, not a party of its own
            prev = mentions[k - 1] if k else None
            if prev is not None and prev.private and m.kind == "role" and _title_after_name(tokens, prev, m, lex):
                # 'Maria Huber, Präsidentin der Arbeiterkammer': a person the dictionary does not know holds the title
                prev.code, prev.sector, prev.office = m.code, m.sector, m.office
                prev.refs.extend(m.refs)
            if prev is not None and prev.code is None and m.code and m.kind == "org" and prev.kind in (
                    "person", "role") and prev.last == m.first - 1 and _in_brackets(tokens, m):
                # 'Bürgermeister Michael Häupl (SPÖ)': the party in brackets gives the person's country
                prev.code = m.code
                prev.refs.append(f"bracket:{m.text}")
    _mark_dateline(tokens, mentions)
    return _name_unlisted_holders(tokens, mentions)


@cython.locals(m=Mention, mentions=list, prev=Mention, tokens=list)
def _name_unlisted_holders(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """'Die Vorsitzende im Hauptverband der Sozialversicherungsträger, Ulrike Rabmer-Koller, fordert', 'sagte der
    Budgetsprecher der Grünen, Bruno Rossmann.': a person the dictionary does not know, named between commas (or
    before the sentence's end) right after a title's phrase, is the title's holder: the title stays the party and
    takes the name."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "role" and m.private and _appositive(tokens, prev, m):
            prev.name = prev.name or m.name
            prev.refs.extend(m.refs)
            continue
        out.append(m)
    return out


@cython.locals(m=Mention, prev=Mention, t=Token, tokens=list)
def _appositive(tokens: list[Token], prev: Mention, m: Mention) -> bool:
    """``m`` is set off by a comma before it and a comma, a bracket or the sentence's end after it, and only the
    rest of ``prev``'s phrase (capitalised words and closed-class words, no verb) stands between them."""
    if m.first < 1 or tokens[m.first - 1].text != "," or m.first - prev.last > 7:
        return False
    if m.last < len(tokens) and tokens[m.last].text not in ",).":
        return False
    return all(t.is_word and (t.is_cap or (t.kinds and t.kinds <= CLOSED_KINDS)) for t in tokens[prev.last:m.first - 1])


@cython.locals(m=Mention, prev=Mention, tokens=list)
@cython.ccall
def _is_apposition(tokens: list[Token], prev: Mention, m: Mention) -> bool:
    """'Der Menschenrechtskommissar des Europarats, Nils Muiznieks, hatte ...'."""
    return (m.kind == "person" and prev.kind in ("role", "person", "org") and m.first == prev.last + 1
            and tokens[prev.last].text == "," and m.last < len(tokens) and tokens[m.last].text in ",)")


@cython.locals(lex=Lexicon, m=Mention, prev=Mention, tokens=list)
@cython.ccall
def _title_after_name(tokens: list[Token], prev: Mention, m: Mention, lex: Lexicon) -> bool:
    """'Madeleine Petrovic, Präsidentin des Tierschutzvereins, kritisierte ...': a person's title after a comma,
    with no article, is the person again."""
    role = lex.roles.get(m.role_form or "")
    closed = m.last < len(tokens) and tokens[m.last].text == ","  # 'Hans Lotter, der Bürgermeister, widerspricht'
    return (m.kind == "role" and prev.kind == "person" and m.first == prev.last + 1 and not m.plural
            and tokens[prev.last].text == "," and role is not None and role.person
            and (closed or not tokens[m.first].kinds & {"article", "indefinite", "possessive"}))


@cython.locals(lex=Lexicon, t=Token)
def _name_word(t: Token, lex: Lexicon) -> bool:
    """A capitalised word that is no closed-class word, no role and no act noun: part of a name."""
    return t.is_cap and t.is_word and not t.kinds and lex.role(t.text) is None and lex.noun_trigger(t.lemma) is None


@cython.locals(before=Token, first=Token, lex=Lexicon, m=Mention, prev=Mention, tokens=list)
def _inside_name(tokens: list[Token], m: Mention, prev: Mention | None, lex: Lexicon) -> bool:
    """A capital right after an unknown capitalised word that itself follows a capitalised word is the end of
    a longer name ('Flughafen Mariscal Sucre', 'Avenida Simón Bolívar')."""
    before, first = tokens[m.first - 1], tokens[m.first - 2]
    known = prev is not None and prev.last >= m.first - 1
    return _name_word(before, lex) and first.is_cap and first.is_word and not first.kinds and not known


@cython.locals(lex=Lexicon, m=Mention, nxt=Token, tokens=list)
@cython.ccall
def _attributive_demonym(tokens: list[Token], m: Mention, lex: Lexicon) -> bool:
    """'die Deutsche Telekom', 'den Deutschen Bundestag': a capitalised nationality word before a noun is the
    adjective of a name, not the people ('die Deutschen protestierten')."""
    if m.kind != "demonym" or m.last >= len(tokens) or not lex.meta.get("nouns_capitalised"):
        return False
    nxt = tokens[m.last]
    return nxt.is_cap and nxt.is_word and not nxt.kinds and tokens[m.last - 1].lower in lex.nationality


@cython.locals(following=list, m=Mention)
def _opens_name(tokens: list[Token], m: Mention, following: list[Mention], lex: Lexicon) -> bool:
    """A capital right before two unknown capitalised words, or a hyphenated one, opens a longer name
    ('Paris Saint Germain', 'Paris Saint-Germain'); one capitalised word after it may be a noun (German
    capitalises nouns: 'warf Seoul Provokationen vor'), and a role, an act noun or a closed-class word is."""
    if following and following[0].first == m.last:
        return False

    def unknown(i: int) -> bool:
        return i < len(tokens) and not tokens[i].text.isupper() and _name_word(tokens[i], lex)

    if not unknown(m.last):
        return False
    parts = tokens[m.last].text.split("-")
    return (len(parts) == 2 and all(p[:1].isupper() for p in parts)) or unknown(m.last + 1)


@cython.locals(m=Mention, tokens=list)
@cython.ccall
def _in_brackets(tokens: list[Token], m: Mention) -> bool:
    return m.first > 0 and tokens[m.first - 1].text in "([" and m.last < len(tokens) and tokens[m.last].text in ")]"


@cython.locals(m=Mention, mentions=list, t=Token)
def _mark_dateline(tokens: list[Token], mentions: list[Mention]) -> None:
    """'Budapest – In Budapest haben ...': a place opening the text before a dash is a dateline."""
    dash = next((t.i for t in tokens[:8] if t.text in DASHES), None)
    if dash is None and len(tokens) > 1 and mentions and mentions[0].last < len(tokens) \
            and tokens[mentions[0].last].text == "-":
        dash = mentions[0].last
    if dash is None or not mentions or mentions[0].last > dash:
        return
    # everything before the dash is places joined by '/' ('Wien/Linz –', 'London/Brüssel –'), also places
    # chronik does not know ('Idomeni/Athen –', 'St. Pölten / Wien –')
    head = [m for m in mentions if m.last <= dash]
    covered = {i for m in head for i in range(m.first, m.last)}
    # only places: 'Der Sicherheitsrat – einschließlich China – verhängte' opens with its subject
    places = all(m.kind in ("capital", "country", "region") for m in head)
    if places and all(i in covered or tokens[i].text in "/,." or (
            tokens[i].is_cap and not tokens[i].kinds) for i in range(dash)):
        for m in head:
            m.prep = "dateline"


@cython.locals(m=Mention, mentions=list, origin=Mention, prev=Mention, t=Token, tokens=list)
def _merge_seat(tokens: list[Token], mentions: list[Mention], text: str, offset: int) -> list[Mention]:
    """'das Außenministerium in Seoul', 'the foreign ministry in Tokyo': an uncoded institution takes the
    country of the capital or country named right after it; refugees and people 'aus Syrien' that of their
    origin. 'die SPÖ Oberösterreich', 'die CDU Sachsen-Anhalt': a party named with a region or city of its own
    country right after it is its branch there, one party; the place is no party of its own."""
    out: list[Mention] = []
    origin = None  # 'Flüchtlinge aus dem Irak, Syrien und Afghanistan': the list goes with it
    for m in mentions:
        prev = out[-1] if out else None
        if origin is not None and m.kind in ("capital", "country") and m.first > origin.last and all(
                t.text == "," or t.kinds & {"coordinator", "article"} for t in tokens[origin.last:m.first]):
            _extend(origin, m.last, m.end, text, offset)
            continue
        origin = None
        if prev is not None and prev.kind == "org" and prev.sector == "PTY" and prev.code and m.first == prev.last \
                and m.kind in ("region", "capital") and m.code == prev.code and not m.genitive:
            _absorb(prev, m, text, offset)  # a party's branch
            continue
        if (prev is not None and prev.kind == "role" and prev.code is None and m.code
                and m.kind in ("capital", "country") and m.first == prev.last + 1
                and ("location_prep" in tokens[prev.last].kinds or _of_phrase(tokens, prev, m)
                     or (prev.sector in ORIGIN_SECTORS and "source_prep" in tokens[prev.last].kinds))):
            if prev.sector in ORIGIN_SECTORS and "source_prep" in tokens[prev.last].kinds:
                origin = prev
            prev.code = m.code
            _absorb(prev, m, text, offset)
            continue
        out.append(m)
    return out


@cython.locals(body=Mention, lex=Lexicon, m=Mention, mentions=list, seated=Mention, t=Token, tokens=list)
def seat_of_body(mentions: list[Mention], tokens: list[Token], places: list, lex: Lexicon, text: str,
                 offset: int) -> list[Mention]:
    """'die Staatsanwaltschaft Stuttgart', 'das Straflandesgericht Wien', 'die Landespolizeidirektion Tirol': a court,
    prosecutor's office or police body (meta ``seat_sectors``) named with its seat right after it, with no
    preposition between, is that place's body, of the place's country; the place is no party of its own.
    ``places``: the sentence's place names (extract/places.py, offsets in ``text``)."""
    sectors = lex.meta.get("seat_sectors")
    if not sectors:
        return mentions
    out: list[Mention] = []
    body = None  # a body whose seat may be the next mention
    seated = None  # a body that took a place name, which may be a mention too ('Wien')
    for m in mentions:
        if seated is not None and m.first < seated.last:
            continue
        if body is not None and m.first == body.last and m.kind in ("capital", "region") and m.code \
                and not m.genitive:
            body.code = m.code
            _absorb(body, m, text, offset)
            body = None
            continue
        body = None
        out.append(m)
        role = lex.roles.get(m.role_form or "") if m.kind == "role" and m.code is None else None
        if role is None or role.person or m.sector not in sectors or m.last >= len(tokens):
            continue
        body = m
        seat = tokens[m.last]
        place = next((p for p in places if p.start == seat.start - offset and p.prep is None), None)
        country = place.location.country if place is not None else None
        if country:
            last = next((t.i for t in tokens[m.last:] if t.end - offset == place.end), None)
            if last is not None:
                m.code = country
                _extend(m, last + 1, tokens[last].end, text, offset)
                m.refs.append(f"seat:'{place.text}'")
                body, seated = None, m
    return out


@cython.locals(m=Mention, prev=Mention)
def _absorb(prev: Mention, m: Mention, text: str, offset: int) -> None:
    """``prev`` becomes one mention with ``m``, which follows it: its span, its text and the references of both."""
    _extend(prev, m.last, m.end, text, offset)
    prev.refs.extend(m.refs)


@cython.locals(m=Mention)
def _extend(m: Mention, last: int, end: int, text: str, offset: int) -> None:
    """``m`` reaches to token ``last`` (exclusive) ending at character ``end``; its text follows."""
    m.end, m.last = end, last
    m.text = text[m.start - offset:end - offset]


@cython.locals(after=Token, m=Mention, nxt=Token, of=Token, prev=Mention, tokens=list)
def _of_phrase(tokens: list[Token], prev: Mention, m: Mention) -> bool:
    """'die Regierung von Baschar al-Assad', 'der Präsident von Frankreich', 'Renate Anderl vom ÖGB': 'von' right
    after a role or a person names its owner, unless it is the agent of a passive participle ('weil die Rebellen
    von Russland unterstützt werden')."""
    if m.first != prev.last + 1:
        return False
    of = tokens[prev.last]
    if "agent_prep" not in of.kinds or "doer_prep" in of.kinds or of.is_cap:
        return False
    nxt = tokens[m.last] if m.last < len(tokens) else None
    after = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    participle = nxt is not None and nxt.is_word and not nxt.is_cap and "particle" not in nxt.kinds and (
        after is None or not after.is_word or bool(after.kinds & AUX_KINDS))
    return not participle


@cython.locals(m=Mention, mentions=list, prev=Mention, tokens=list)
@cython.locals(j=cython.Py_ssize_t, lex=Lexicon, t=Token, tokens=list)
def _genitive_adjectives(tokens: list[Token], after: int, first: int, lex: Lexicon) -> bool:
    """'die Regierung der skeptischen Niederländer', 'der Griechenland-skeptischen Finnen': a genitive article and up
    to three adjectives (a hyphenated one by its last part) between a role and the people it belongs to."""
    if not 2 <= first - after <= 4 or "genitive_link" not in tokens[after].kinds or not lex.adjective_endings:
        return False
    for j in range(after + 1, first):
        t = tokens[j]
        if not (_is_adjective(t, lex) or (t.is_word and not t.kinds and "-" in t.text[1:-1]
                                          and t.lower.rsplit("-", 1)[1].endswith(lex.adjective_endings))):
            return False
    return True


def _merge_genitive_owners(tokens: list[Token], mentions: list[Mention], text: str,
                           offset: int, lex: Lexicon) -> list[Mention]:
    """'die Unterhändler der kolumbianischen Regierung': an uncoded role takes the code of the coded
    party in the genitive right after it; also of a people ('der Finanzminister der Finnen', 'die Regierung der
    skeptischen Niederländer': the Finnish minister, the Dutch government)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind in ("role", "generic") and prev.code is None and m.code
                and m.kind in ("role", "country", "org", "capital", "person", "demonym")
                and ((m.first == prev.last and "genitive_link" in tokens[m.first].kinds)
                     or _of_phrase(tokens, prev, m)
                     or (m.kind == "demonym" and _genitive_adjectives(tokens, prev.last, m.first, lex)))):
            prev.code, prev.kind = m.code, "role"
            if m.kind == "org" and m.sector and m.sector != "GOV":
                prev.sector = m.sector  # 'ein Funktionär der Hamas' belongs to the Hamas's sector
            _absorb(prev, m, text, offset)
            continue
        if prev is not None and prev.kind == "person" and m.kind == "org" and _of_phrase(tokens, prev, m):
            # 'Renate Anderl vom ÖGB': the organisation a named person speaks for, not another party
            prev.code = prev.code or m.code
            prev.sector = prev.sector or m.sector
            _absorb(prev, m, text, offset)
            continue
        if (prev is not None and prev.kind == "role" and prev.code is None and m.kind == "role" and m.code is None
                and m.first == prev.last and "genitive_link" in tokens[m.first].kinds
                and head_sector(prev.office, None, m.sector)):
            # 'der Präsident des Verfassungsgerichtshofs': the head of an uncoded body is of its sector
            prev.sector = m.sector
            _absorb(prev, m, text, offset)
            continue
        out.append(m)
    return out


@cython.locals(atom=Atom, m=Mention, nxt=Atom, pair=Mention, role_atom=Atom)
def _compose_at(tokens, atom, by_first, lex, taken, floor) -> Mention | None:
    kind = atom.kind
    if kind == "nat":
        pair = _paired_nationality(tokens, atom, by_first, lex)
        if pair is not None:
            return pair
    if kind in ("nat", "country", "capital", "org", "demonym") or (kind == "region" and atom.genitive):
        # 'südkoreanische Regierung', 'Südkoreas Außenministerin', 'U.S. officials', "Israel's army", 'Bayerns
        # Ministerpräsident' (the region's own office, never another party)
        strict = kind != "nat" and not atom.genitive
        role_atom = _next_role(tokens, atom, by_first, lex, strict=strict)
        if role_atom is not None and strict and (role_atom.code or (atom.first > 0 and tokens[atom.first - 1].kinds & {
                "location_prep", "destination_prep"})):
            role_atom = None  # 'in Washington US-Außenminister Blinken': a place, then a party of its own
        if role_atom is not None:
            return _role_mention(tokens, role_atom, by_first, lex, taken, floor, pre=atom)
        if kind == "nat":
            return _nationality_noun(tokens, atom, by_first, lex, floor)
    if kind == "role":
        nxt = by_first.get(atom.last)
        if nxt is not None and nxt.kind == "nat" and atom.code is None:
            return None  # 'Senior Hungarian and Romanian officials': a modifier word, the nationality leads
        return _role_mention(tokens, atom, by_first, lex, taken, floor, pre=None)
    if kind == "person":
        m = _mention(tokens, atom.first, atom.last, "person", code=atom.code, sector=atom.sector,
                     name=atom.name, refs=[atom.ref], person_rows=atom.entry.person_rows if atom.entry else ())
        m.genitive = atom.genitive
        return m
    if kind in ("country", "capital", "org", "region", "demonym"):
        first = atom.first
        if first - 1 >= floor and "article" in tokens[first - 1].kinds:
            first -= 1
        elif kind == "org" and lex.meta.get("nouns_capitalised"):
            # 'nach dem Wahlsieg der islamisch-konservativen AKP': the article before the adjectives opens the phrase
            edge = _left_edge(tokens, first, lex, floor)
            first = edge if edge < first and "article" in tokens[edge].kinds else first
        return _mention(tokens, first, atom.last, kind, code=atom.code, sector=atom.sector or "GOV",
                        name=atom.name if kind == "org" else None, genitive=atom.genitive, refs=[atom.ref],
                        plural=kind == "demonym" and tokens[atom.last - 1].lower.endswith(("n", "s")))
    if kind == "collective_persons":
        m = _mention(tokens, atom.first, atom.last, "collective", refs=[atom.ref])
        m.role_form = "persons"
        return m
    if kind in ("pronoun", "possessive", "collective", "vague", "report_prep", "comitative"):
        return _mention(tokens, atom.first, atom.last, kind, refs=[atom.ref])
    return None


@cython.locals(atom=Atom, m=Mention, role=Atom, second=Atom)
def _paired_nationality(tokens, atom, by_first, lex) -> Mention | None:
    """'Armenian and Azerbaijani negotiators', 'die südkoreanischen und japanischen Diplomaten': the first
    nationality shares the role of the second."""
    j = atom.last
    if j + 1 >= len(tokens) or "coordinator" not in tokens[j].kinds:
        return None
    second = by_first.get(j + 1)
    if second is None or second.kind != "nat":
        return None
    role = _next_role(tokens, second, by_first, lex)
    if role is None:
        return None
    m = _mention(tokens, atom.first, atom.last, "role", code=atom.code, sector=role.sector, office=role.office,
                 refs=[atom.ref, role.ref])
    m.plural, m.role_form = True, role.role.form if role.role else None
    return m


@cython.locals(atom=Atom, m=Mention, noun=Token)
def _nationality_noun(tokens, atom, by_first, lex, floor) -> Mention | None:
    """'drei nordkoreanische Funktionäre', 'chinesische Staatsmedien': a nationality adjective before a
    noun that names people or bodies gives a party of that country (sector unknown)."""
    j = atom.last
    while j < len(tokens) and _is_adjective(tokens[j], lex) and j - atom.last < 3:
        j += 1
    nouns_cap = lex.meta.get("nouns_capitalised")
    if j >= len(tokens) or j in by_first or not tokens[j].is_word or (nouns_cap and not tokens[j].is_cap):
        return None
    if not nouns_cap:
        # English noun phrase: modifiers then the head ('Palestinian suicide bombers'); a capitalised plural
        # head names a group ('Iraqi Kurds')
        if tokens[j].kinds or (tokens[j].is_cap and not tokens[j].lower.endswith("s")):
            return None
        while (j + 1 < len(tokens) and j + 1 not in by_first and tokens[j + 1].is_word and not tokens[j + 1].is_cap
               and not tokens[j + 1].kinds and not tokens[j + 1].text[0].isdigit()
               and j - atom.last < 2 and tokens[j + 1].lemma not in lex.verb_triggers):
            j += 1
    noun = tokens[j]
    if noun.text.isupper() or lex.noun_trigger(noun.lemma) is not None or lex.has_cue(noun.text, "name_stop"):
        return None
    if not noun.lower.endswith(tuple(lex.meta.get("people_noun_endings", ()))):
        return None
    first = _left_edge(tokens, atom.first, lex, floor)
    m = _mention(tokens, first, j + 1, "role", code=atom.code, sector=None, refs=[atom.ref])
    m.plural = True
    return m


@cython.locals(atom=Atom, nxt=Atom, tok=Token)
@cython.ccall
def _next_role(tokens, atom, by_first, lex, strict: bool = False) -> Atom | None:
    """The role a party modifier belongs to: after adjectives (German), or after capitalised office words
    (English 'Iranian Foreign Minister'); ``strict`` for a plain country name: the role must follow at once
    (or after a possessive suffix token)."""
    j = atom.last
    if strict and j < len(tokens) and "possessive_suffix" in tokens[j].kinds:
        j += 1
    while j < len(tokens) and j - atom.last < 4:
        nxt = by_first.get(j)
        if nxt is not None:
            return nxt if nxt.kind == "role" else None
        if strict:
            return None
        tok = tokens[j]
        # German: adjectives; English: office words and noun modifiers ('Foreign Minister', 'riot police')
        skippable = _is_adjective(tok, lex) or (
            not lex.meta.get("nouns_capitalised") and tok.is_word and not tok.kinds
            and not tok.text[0].isdigit() and j - atom.last < 2)
        if not skippable:
            return None
        j += 1
    return None


@cython.locals(a=Atom, gen=Atom, head=Atom, known=Atom, m=Mention, nxt=Atom, pre=Atom, role_atom=Atom, t=Token)
def _role_mention(tokens, role_atom, by_first, lex, taken, floor, pre) -> Mention:
    head = by_first.get(role_atom.last)
    # where nouns are capitalised a compound is one word: 'die Polizei Demonstranten' (festgenommen) are two phrases
    while head is not None and head.kind == "role" and head.code is None and not lex.meta.get("nouns_capitalised"):
        # 'Vice Foreign Minister', 'Chef der Diplomatie': the last role word is the head
        role_atom = Atom(role_atom.first, head.last, "role", role_atom.code, head.sector, office=head.office,
                         role=head.role, ref=f"{role_atom.ref} {head.ref}")
        head = by_first.get(role_atom.last)
    first = pre.first if pre is not None else role_atom.first
    first = _left_edge(tokens, first, lex, floor)
    code = role_atom.code or (pre.code if pre is not None else None)
    if pre is not None and pre.kind == "nat" and pre.code and role_atom.office in lex.meta.get("envoy_offices", ()):
        code = pre.code  # 'der israelische UNO-Botschafter': an envoy to a body speaks for the sending state
    refs = [r for r in (pre.ref if pre else "", role_atom.ref) if r]
    # a nationality adjective anywhere in the phrase before the role (der südkoreanische Chefunterhändler)
    for k in range(first, role_atom.first):
        a = by_first.get(k)
        if a is not None and a.kind == "nat" and code is None:
            code = a.code
            refs.append(a.ref)
    last = role_atom.last
    name = office = None
    rows: tuple = ()
    role = role_atom.role
    nxt = by_first.get(last)
    if nxt is not None and nxt.kind == "org" and code is None:
        # 'die Menschenrechtsorganisation Human Rights Watch': the role names the organisation that follows
        code, name, last = nxt.code, nxt.name, nxt.last
        refs.append(nxt.ref)
        role_atom = Atom(role_atom.first, role_atom.last, "role", code, nxt.sector or role_atom.sector,
                         office=role_atom.office, role=role_atom.role, ref=role_atom.ref)
        nxt = None
    if nxt is not None and nxt.kind == "person":
        name, rows, last = nxt.name, nxt.entry.person_rows if nxt.entry else (), nxt.last
        code = code or nxt.code
        refs.append(nxt.ref)
    elif role is not None and role.person:
        end = _name_run(tokens, last, lex, taken)
        known = by_first.get(end)
        if end > last and known is not None and known.kind == "person":
            # 'FPÖ-Chef Heinz Christian Strache': given names the dictionary spells otherwise, then its person
            name, rows, last = known.name, known.entry.person_rows if known.entry else (), known.last
            code = code or known.code
            refs.append(known.ref)
        elif end > last:
            name = " ".join(t.text for t in tokens[last:end])
            last = end
    # postnominal genitive: der Außenminister Südkoreas / des Iran
    gen = by_first.get(last)
    linked = last + 1  # 'der Außenminister des Iran', 'das Militär des international isolierten Landes'
    if gen is None and last < len(tokens) and "genitive_link" in tokens[last].kinds:
        while linked < len(tokens) and tokens[linked].is_word and not tokens[linked].is_cap \
                and (not tokens[linked].kinds or "article" in tokens[linked].kinds):
            linked += 1  # 'the president of the United States': the article of the owner too
        gen = by_first.get(linked)
    envoy = role_atom.office in lex.meta.get("envoy_offices", ()) and gen is not None and gen.kind == "country"
    sector = role_atom.sector
    if (code is None or envoy) and gen is not None and gen.kind in ("country", "capital", "org") and (
            gen.genitive or gen.first == linked):
        code = gen.code
        refs.append(gen.ref)
        last = gen.last
        if gen.kind == "org":
            sector = head_sector(role_atom.office, sector, gen.sector)
    office = role.office if role is not None else None
    kind = "role" if name is None else "person"
    if kind == "role" and code is None and "indefinite" in tokens[first].kinds and role_atom.sector not in (
            "JUD", "COP"):
        # 'eine Botschaft', 'ein Unternehmen': nobody in particular; 'Ein Gericht verurteilte', 'Ein Polizist
        # erschoss' are a court and a police officer of the place
        kind = "generic"
    if kind == "role" and has_kind(tokens, first, role_atom.first, "dual"):
        kind = "collective"  # 'die beiden Staatsführer': the last pair of parties (or persons)
    if kind == "role" and code is None and gen is None and office in lex.meta.get("dictionary_offices", ()) \
            and _heads_unlisted_body(tokens, last, lex, taken):
        kind = "generic"  # 'Der Präsident von Rapid', 'der Präsident des Yachtklubs': no state's head
    m = _mention(tokens, first, last, kind, code=code, sector=sector, name=name, office=office,
                 refs=refs, person_rows=rows)
    m.plural = role is not None and not role.person
    m.role_form = role.form if role is not None else None
    suffix = lex.meta.get("feminine_suffix")
    if role is not None and suffix and role.person:
        # German roles are gendered: Außenministerin is she, Ärztekammerpräsident is he
        m.gender = "f" if role.form.endswith(suffix) else "m"
    return m


@cython.locals(tokens=list)
@cython.ccall
def _preposition_not_quantity(tokens: list[Token], j: int) -> bool:
    """'Berichte über russische Soldaten': 'über' is a preposition unless a number follows ('über 100 Menschen')."""
    return "preposition" in tokens[j].kinds and j + 1 < len(tokens) and not tokens[j + 1].text[0].isdigit()


@cython.locals(lex=Lexicon, m=Mention, noun=Token, pos=Token, tokens=list)
@cython.ccall
def _possessive_genitive(tokens: list[Token], m: Mention, lex: Lexicon) -> bool:
    """'trotz der Kritik seines Außenministers': a genitive possessive between a noun and the mention makes it
    that noun's owner (meta genitive_possessive_endings)."""
    endings = tuple(lex.meta.get("genitive_possessive_endings", ()))
    if not endings or m.first < 2:
        return False
    pos, noun = tokens[m.first - 1], tokens[m.first - 2]
    return "possessive" in pos.kinds and pos.lower.endswith(endings) and noun.is_cap and noun.is_word


@cython.locals(lex=Lexicon, m=Mention, prev=Token, tokens=list)
def _compared(tokens: list[Token], m: Mention, lex: Lexicon) -> bool:
    """'Österreich kritisierte wie Deutschland die Türkei', 'Ebenso wie die USA verhängte Österreich Sanktionen': a
    party right after a comparison word (meta comparison_markers) that follows a verb or another lower-case word, or a
    comparing adverb (meta comparison_adverbs), is named for comparison. Left alone: examples of a noun ('Staaten wie
    Deutschland'), a clause of its own (', wie das Ministerium mitteilte'), 'sowohl X wie auch Y'."""
    markers = lex.meta.get("comparison_markers", ())
    j = m.first - 1
    if not markers or j < 1 or tokens[j].lower not in markers:
        return False
    prev = tokens[j - 1]
    if prev.lower in lex.meta.get("comparison_adverbs", ()):
        return True
    return bool(lex.meta.get("nouns_capitalised")) and prev.is_word and not prev.is_cap


# what _preposition_before steps over to the left, and the kinds of the word it returns
_PHRASE_SKIP = frozenset({"article", "quantity", "indefinite", "possessive"})
_PROXY_LINKS = frozenset({"genitive_link", "agent_prep"})
_PHRASE_PREPS = frozenset({"recipient_prep", "location_prep", "destination_prep", "agent_prep", "between_prep",
                           "report_prep", "preposition"})


@cython.locals(lex=Lexicon, m=Mention, t=Token, tokens=list, u=Token)
@cython.ccall
def _preposition_before(tokens: list[Token], m: Mention, lex: Lexicon) -> str | None:
    j = m.first - 1
    if j > 0 and "article" in tokens[j].kinds and "article" in tokens[m.first].kinds:
        return None  # 'in dem der Botschafter ... vorwarf': the first article is a relative pronoun
    if j > 0 and not _PROXY_LINKS.isdisjoint(tokens[j].kinds) and "proxy" in tokens[j - 1].kinds:
        return None  # 'Vertreter von Rebellen und Regierung saßen sich gegenüber': the represented parties
    while True:
        while j >= 0:
            t = tokens[j]
            if not (_is_adjective(t, lex) or t.text[0].isdigit()
                    or (not _PHRASE_SKIP.isdisjoint(t.kinds) and not _preposition_not_quantity(tokens, j))):
                break
            j -= 1
        k = j
        while k >= 0 and j - k < 2:
            u = tokens[k]
            if not (u.is_word and not u.is_cap and not u.kinds):
                break
            k -= 1
        if k < j and k >= 0 and not _PHRASE_SKIP.isdisjoint(tokens[k].kinds):
            j = k  # 'to the biggest Cambodian camp': lower-case modifiers after a determiner belong to the phrase
            continue
        if not (j >= 1 and "genitive_link" in tokens[j].kinds and (
                tokens[j - 1].text[0].isdigit() or "quantity" in tokens[j - 1].kinds)):
            break
        j -= 2  # 'thousands of Iraqi Kurds', 'a group of diplomats': a partitive, not an owner
    if j < 0:
        return None
    t = tokens[j]
    low = t.lower
    kinds = t.kinds
    if not _PHRASE_PREPS.isdisjoint(kinds):
        return low
    if "coordinator" in kinds:
        # "zwischen Süd- und Nordkorea": the second party inherits the first one's preposition
        return "&"
    if j >= 1 and lex.has_cue(f"{tokens[j - 1].lower} {low}", "coordinator"):
        return "&"  # 'sowohl Valls als auch Cazeneuve', 'as well as': a two-word coordinator
    if low == "," and j == m.first - 1:
        return ","  # 'Die SPÖ, die Grünen und die Neos': maybe an item of a list (arguments.link_coordination)
    return None
