"""Tokens with absolute offsets, and clauses: the units the rules work on.

Token and Clause are plain classes with slots so that the compiled build can give them C types (``tokens.pxd``): in
a module whose ``.pxd`` cimports them, a variable a function declares with ``@cython.locals(t=Token)`` reads
attributes as struct fields. Their fields are listed in both files.
"""

from __future__ import annotations

import re
from collections.abc import Set

try:
    import cython
except ImportError:  # no Cython: the type declarations are no-ops (see chronik/_pure_cython.py)
    from chronik import _pure_cython as cython

from chronik.extract.lexicon import Lexicon

# words keep inner hyphens, apostrophes and dots (Do-hoon, US-Truppen, U.S); a trailing hyphen marks a
# truncated compound (Süd- und Nordkorea); a comma inside a number (25,000; 2,5) does not end a clause
TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)+(?![-‐\w])|\w+(?:[-‐'’.]\w+)*-?|[^\w\s]", re.UNICODE)
# a last character the pattern may keep with the word before it (a truncated compound's hyphen) or read as a word
_WORD_TAIL = frozenset("-‐_")
CLAUSE_PUNCT = frozenset(",;:–—\"„“”«»")  # brackets do not end a clause: 'Islamischer Staat (IS) festgenommen'
DASHES = frozenset("–—")
# finite auxiliaries and modals: a clause that has one has its verb ('hat', 'wurde', 'soll')
AUX_KINDS = frozenset({"perfect_aux", "passive_aux", "future_aux", "future_modal", "aux"})
# the kinds of prepositions that open a phrase
PREPOSITION_KINDS = frozenset({"location_prep", "recipient_prep", "destination_prep", "agent_prep", "preposition",
                               "between_prep"})
NO_KINDS: frozenset[str] = frozenset()
# cue kinds of closed-class words: a stretch of only such words (and names) holds no verb
CLOSED_KINDS = frozenset({
    "article", "coordinator", "recipient_prep", "location_prep", "destination_prep", "agent_prep", "indefinite",
    "possessive", "genitive_link", "between_prep", "dual", "definite", "target_prep", "doer_prep",
    "genitive_article", "oblique_article", "preposition", "relative", "name_stop", "source_prep", "foreign",
    "oblique_feminine", "leader"})


class Token:
    """A word or punctuation mark of a sentence, with absolute offsets. ``kinds``: the cue kinds of the lower-case
    form (cues.tsv), looked up once per form: empty for most words."""

    __slots__ = ("i", "start", "end", "text", "lower", "lemma", "is_word", "is_cap", "kinds")
    i: int
    start: int
    end: int
    text: str
    lower: str
    lemma: str
    is_word: bool
    is_cap: bool
    kinds: Set[str]

    def __repr__(self) -> str:
        return f"Token({self.i}, {self.text!r}, {self.start}-{self.end})"


@cython.locals(cache=dict, chunk=str, cues=dict, lex=Lexicon, t=str, text=str, tok=Token)
def tokenize(text: str, offset: int, lex: Lexicon) -> list[Token]:
    tokens: list[Token] = []
    cache = lex.token_info
    cues = lex.cues
    pos = 0
    # white space never lies inside a token: a run of letters and digits between spaces (most words) is one token
    # without the pattern, so is such a run before one punctuation mark ('said,'), and the pattern reads only the
    # other runs ('U.S.-led', '(APEC)'); a token is the first occurrence of its text from the previous one's end
    for chunk in text.split():
        base = text.find(chunk, pos)
        pos = base + len(chunk)
        at = 0
        if chunk.isalnum():
            parts = (chunk,)
        elif chunk[-1] not in _WORD_TAIL and chunk[:-1].isalnum() and not chunk[-1].isalnum():
            parts = (chunk[:-1], chunk[-1])  # 'said,' 'Seoul.': a word and the mark after it, as the pattern cuts
        else:
            parts = TOKEN_RE.findall(chunk)
        for t in parts:
            start = chunk.find(t, at)
            at = start + len(t)
            info = cache.get(t)
            if info is None:
                is_word = t[0].isalnum()
                lemma = lex.lemma(t) if is_word and not t[0].isdigit() else t
                info = (t.lower(), lemma.lower(), is_word, t[0].isupper())
                if len(cache) < 500_000:
                    cache[t] = info
            # the cue kinds are looked up here, not cached: a cached tuple holding a set would stay tracked by the GC
            tok = Token.__new__(Token)  # slots filled one by one (no __init__ call): C struct stores when compiled
            tok.i, tok.start, tok.end, tok.text = len(tokens), offset + base + start, offset + base + at, t
            tok.lower, tok.lemma, tok.is_word, tok.is_cap = info
            tok.kinds = cues.get(info[0], NO_KINDS)
            tokens.append(tok)
    return tokens


@cython.locals(t=Token)
@cython.ccall
def has_kind(tokens: list[Token], first: int, last: int, kind: str) -> bool:
    """Whether a token of ``tokens[first:last]`` has the cue kind ``kind``."""
    for t in tokens[first:last]:  # noqa: SIM110 - a typed loop (compiled), no generator
        if kind in t.kinds:
            return True
    return False


@cython.locals(lex=Lexicon, nxt=Token, t=Token, tokens=list)
@cython.ccall
def contrastive_negation(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """The negation at ``i`` sets a party against another, it does not negate the act: 'kritisierte Russland und nicht
    die Ukraine' (after a coordinator), 'kritisierte nicht Russland, sondern die Ukraine' (a contrast word later in the
    sentence: meta ``contrast_words``); the negated words must open a noun phrase or a prepositional phrase ('und nicht
    mit der Ukraine')."""
    if i + 1 >= len(tokens) or "negation" not in tokens[i].kinds:
        return False
    nxt = tokens[i + 1]
    if not nxt.is_word or not (nxt.is_cap or nxt.kinds & {"article", "definite", "indefinite", "possessive"}
                               or nxt.kinds & PREPOSITION_KINDS):
        return False
    if i > 0 and "coordinator" in tokens[i - 1].kinds:
        return True
    contrast = lex.meta.get("contrast_words", ())
    for t in tokens[i + 2:]:  # noqa: SIM110 - a typed loop (compiled), no generator
        if t.lower in contrast:
            return True
    return False


class Clause:
    """A stretch of a sentence's tokens with its own verb: ``first`` inclusive, ``last`` exclusive; ``kind`` main,
    subordinate, relative or content (zu-infinitive, dependent); ``opener`` the word that opens a subordinate one."""

    __slots__ = ("index", "first", "last", "kind", "opener")
    index: int
    first: int
    last: int
    kind: str
    opener: str | None

    def __init__(self, index: int, first: int, last: int, kind: str, opener: str | None = None) -> None:
        self.index, self.first, self.last, self.kind, self.opener = index, first, last, kind, opener

    def __contains__(self, tok_i: int) -> bool:
        return self.first <= tok_i < self.last

    def __repr__(self) -> str:
        return f"Clause({self.index}, {self.first}, {self.last}, {self.kind!r}, {self.opener!r})"


@cython.locals(lex=Lexicon, nxt=Token, tokens=list)
def _starts_new_clause_at_coordinator(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """'... abgestattet und war mit X zusammengekommen': a coordinator followed by a finite auxiliary
    or a verb trigger opens a new clause that shares the subject."""
    if i + 1 >= len(tokens) or "coordinator" not in tokens[i].kinds:
        return False
    nxt = tokens[i + 1]
    if lex.meta.get("nouns_capitalised") and (nxt.is_cap or "article" in nxt.kinds):
        return _new_subject_after_coordinator(tokens, i, lex)
    kinds = nxt.kinds
    if kinds & {"perfect_aux", "passive_aux", "future_aux", "future_modal", "hypothetical"}:
        return True
    if "report" in lex.cue_lemmas.get(nxt.lemma, ()) and nxt.lower != nxt.lemma:
        return True  # '... and said', '... und erklärte'
    return nxt.lemma in lex.verb_triggers or nxt.lemma in lex.split_triggers


@cython.locals(lex=Lexicon, prev=Token, tokens=list, verb=Token)
def _new_subject_after_coordinator(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """'... heraufbeschworen und Polen fordert ...', '... schwierig, und die Regierung lehnte ab': after a
    clause that ends in a verb or an adverb, a coordinator, a new subject (an article and up to three
    capitalised words) and a finite verb open a clause of their own ('die USA und Russland fordern' do not)."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or not prev.is_word or prev.is_cap or prev.kinds:
        return False
    j = i + 1
    if "article" in tokens[j].kinds:
        j += 1
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].is_cap and tokens[k].is_word:
        k += 1
    if k == j or k >= len(tokens):
        return False
    verb = tokens[k]
    if k + 1 >= len(tokens) or not tokens[k + 1].is_word:
        return False  # '... annektiert und die Ukraine angegriffen.': a verb at the end is the shared clause's
    return verb.is_word and not verb.is_cap and (
        bool(verb.kinds & AUX_KINDS)
        or verb.lemma in lex.verb_triggers or verb.lemma in lex.split_triggers
        or ("report" in lex.cue_lemmas.get(verb.lemma, ()) and verb.lower != verb.lemma))


@cython.locals(t=Token, tokens=list)
def _dash_insertions(tokens: list[Token], longest: int = 8) -> set[int]:
    """Dashes around a short insertion ('der Sicherheitsrat – einschließlich China und Russland – verhängte')
    do not end the clause: the indices of such pairs."""
    dashes = [t.i for t in tokens if t.text in DASHES]
    out: set[int] = set()
    k = 0
    while k + 1 < len(dashes):
        a, b = dashes[k], dashes[k + 1]
        if b - a - 1 <= longest and not any(t.text in CLAUSE_PUNCT for t in tokens[a + 1:b]):
            out.update((a, b))
            k += 2
        else:
            k += 1
    return out


@cython.locals(lex=Lexicon, t=Token, tokens=list)
def split_clauses(tokens: list[Token], lex: Lexicon) -> list[Clause]:
    """Split a sentence at clause punctuation and clause-opening coordinators; classify each clause."""
    bounds: list[int] = [0]
    split_sub = bool(lex.meta.get("split_at_subordinators"))
    reporting = lex.cue_lemma_set("report") if lex.meta.get("split_after_report") else frozenset()
    inserted = _dash_insertions(tokens)
    for t in tokens:
        if t.i in inserted or (t.text == "," and 0 < t.i < len(tokens) - 1
                               and tokens[t.i - 1].lower == tokens[t.i + 1].lower):
            continue  # 'als sehr, sehr ernsthafte Bedrohung': a repeated word is no new clause
        if t.text == "," and _list_comma(tokens, t.i):
            continue  # 'Flüchtlinge aus dem Irak, Syrien und Afghanistan aufgenommen': one list
        if t.text in CLAUSE_PUNCT:
            bounds.append(t.i + 1)
            continue
        kinds = t.kinds
        if "coordinator" in kinds and _starts_new_clause_at_coordinator(tokens, t.i, lex):
            bounds.append(t.i)
        elif split_sub and "subordinator" in kinds and t.i > 0 and tokens[t.i - 1].text not in CLAUSE_PUNCT:
            bounds.append(t.i)  # English clauses need no comma: 'resigned as the opposition threatened'
        elif t.lemma in reporting and t.i + 1 < len(tokens) and tokens[t.i + 1].is_word and t.lower != t.lemma:
            bounds.append(t.i + 1)  # 'said Tokyo welcomed the summit': the reported clause starts after 'said'
    bounds = sorted(set(bounds))
    bounds.append(len(tokens))
    spans: list[tuple[int, int]] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        while a < b and not tokens[a].is_word and tokens[a].text in CLAUSE_PUNCT:
            a += 1
        if a < b:
            spans.append((a, b))
    spans = _merge_verbless(spans, tokens, lex)
    clauses: list[Clause] = []
    for a, b in spans:
        clauses.append(_classify(Clause(len(clauses), a, b, "main"), tokens, lex, bool(clauses)))
    return clauses


@cython.locals(t=Token, tokens=list)
def _list_comma(tokens: list[Token], i: int) -> bool:
    """A comma between names of a list that a coordinator closes: 'Irak, Syrien und Afghanistan'."""
    if i == 0 or not (tokens[i - 1].is_cap and tokens[i - 1].is_word):
        return False
    for t in tokens[i + 1:i + 5]:
        if "coordinator" in t.kinds:
            return t.i > i + 1 and tokens[t.i + 1].is_cap if t.i + 1 < len(tokens) else False
        if not (t.is_word and (t.is_cap or "article" in t.kinds)):
            return False
    return False


@cython.locals(lex=Lexicon, t=Token, tokens=list)
def _has_verb(tokens: list[Token], a: int, b: int, lex: Lexicon) -> bool:
    """Could this stretch hold a verb? Appositions ('Chung Eui-yong und Antony Blinken') cannot."""
    nouns_cap = lex.meta.get("nouns_capitalised")
    contrast = lex.meta.get("contrast_words", ())
    last = next((t.i for t in reversed(tokens[a:b]) if t.is_word), -1)
    for t in tokens[a:b]:
        if not t.is_word or t.text[0].isdigit():
            continue
        if t.i == last and nouns_cap and "particle" in t.kinds:
            continue  # 'in Justiz, Polizei und den Medien vor': the separable particle of the verb before
        if t.i > a and "particle" in t.kinds and t.kinds & PREPOSITION_KINDS and tokens[t.i - 1].lower in contrast:
            continue  # 'nicht mit Russland, sondern mit der Ukraine': after a contrast word a preposition, no particle
        if t.is_cap and (nouns_cap or t.i > a):
            continue
        if not t.kinds or not t.kinds <= CLOSED_KINDS:
            return True
    return False


@cython.locals(lex=Lexicon, spans=list, tokens=list)
def _merge_verbless(spans: list[tuple[int, int]], tokens: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """Join a verbless piece between commas to its neighbours: 'Die Außenminister X und Y, A und B, sind ...'."""
    out: list[tuple[int, int]] = []
    carry: int | None = None
    for a, b in spans:
        start = carry if carry is not None else a
        if not _has_verb(tokens, a, b, lex):
            carry = start
            continue
        out.append((start, b))
        carry = None
    if carry is not None:
        if out:
            out[-1] = (out[-1][0], spans[-1][1])
        else:
            out.append((carry, spans[-1][1]))
    return out


@cython.locals(cl=Clause, first=Token, lex=Lexicon, tokens=list)
def _classify(cl: Clause, tokens: list[Token], lex: Lexicon, after_comma: bool) -> Clause:
    first = tokens[cl.first]
    kinds = first.kinds
    if "descriptive" in kinds and after_comma:
        cl.kind, cl.opener = "content", first.lower  # ', wo die Vereinten Nationen tagen': setting, not an act
    elif {"subordinator", "relative"} <= kinds and after_comma and cl.first + 1 < cl.last \
            and tokens[cl.first + 1].kinds & {"aux", "perfect_aux", "passive_aux", "future_aux"}:
        # English 'that' before a finite auxiliary has no subject of its own: 'a helicopter that was captured'
        cl.kind, cl.opener = "relative", first.lower
    elif ("subordinator" in kinds or "condition" in kinds) and not _preposition_opener(tokens, cl, lex, kinds):
        cl.kind, cl.opener = "subordinate", first.lower
    elif after_comma and "relative" in kinds and not first.is_cap and not _article_before_noun(tokens, cl, lex):
        cl.kind, cl.opener = "relative", first.lower
    elif after_comma and _is_zu_infinitive_clause(tokens, cl, lex):
        cl.kind = "content"
    elif after_comma and _prep_relative(tokens, cl, lex):
        # 'in dem der Diplomat Warschau vorwarf': a relative clause with its own subject
        cl.kind, cl.opener = "subordinate", tokens[cl.first + 1].lower
    return cl


@cython.locals(cl=Clause, lex=Lexicon, t=Token, tokens=list)
def _preposition_opener(tokens: list[Token], cl: Clause, lex: Lexicon, kinds: Set[str]) -> bool:
    """'Seit Samstag feuert die Armee auf Stellungen': seit/während/bis as a preposition opens a main clause;
    as a conjunction its clause ends with the verb ('seit die Regierung im Amt ist')."""
    if not lex.meta.get("nouns_capitalised") or not kinds & {"preposition", "location_prep", "destination_prep"}:
        return False
    words = [t for t in tokens[cl.first:cl.last] if t.is_word]
    return len(words) > 3 and words[-1].is_cap


@cython.locals(cl=Clause, lex=Lexicon, tokens=list)
def _article_before_noun(tokens: list[Token], cl: Clause, lex: Lexicon) -> bool:
    """', die Armee hat sich zurückgezogen': an article before a noun opens a main clause, not a relative one."""
    if not lex.meta.get("nouns_capitalised"):
        return False
    j = cl.first + 1
    endings = lex.adjective_endings
    while j < cl.last and tokens[j].is_word and not tokens[j].is_cap and tokens[j].lower.endswith(endings) \
            and not tokens[j].kinds:
        j += 1
    return j < cl.last and tokens[j].is_word and tokens[j].is_cap and "article" in tokens[cl.first].kinds


@cython.locals(cl=Clause, lex=Lexicon, tokens=list)
def _prep_relative(tokens: list[Token], cl: Clause, lex: Lexicon) -> bool:
    if cl.first + 1 >= cl.last:
        return False
    kinds = tokens[cl.first].kinds
    preps = {"recipient_prep", "location_prep", "agent_prep", "destination_prep", "between_prep", "preposition"}
    if not (kinds & preps and "relative" in tokens[cl.first + 1].kinds):
        return False
    # 'in dem der Diplomat ...' (relative) versus 'in den festgefahrenen Verhandlungen' (article + noun)
    return not _article_before_noun(tokens, Clause(cl.index, cl.first + 1, cl.last, cl.kind), lex)


@cython.locals(cl=Clause, last=Token, lex=Lexicon, t=Token, tokens=list)
def _is_zu_infinitive_clause(tokens: list[Token], cl: Clause, lex: Lexicon) -> bool:
    """A clause without its own finite verb ending in 'zu + infinitive' (or 'freizulassen')."""
    marker = lex.meta.get("infinitive_marker")
    words = [t for t in tokens[cl.first:cl.last] if t.is_word]
    if not words or not marker:
        return False
    if (len(words) >= 2 and words[-2].lower == marker and not words[-1].is_cap) or (
        lex.meta.get("infinitive_marker_first") and words[0].lower == marker
    ):
        return True
    # separable verbs take the marker inside the word: freizulassen, abzuschließen
    last = words[-1]
    return (bool(lex.meta.get("compounds")) and not last.is_cap and marker in last.lower[2:-3]
            and last.lower.endswith("en"))
