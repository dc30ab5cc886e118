"""Compile one language's data files into fast lookup structures (built once per process and language).

Everything language-specific the engine knows comes from here: names of countries, capitals and
organisations (an Aho-Corasick automaton over the original text), nationality adjectives, demonyms,
roles, triggers by lemma, status cues and the shared actor dictionary.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

import ahocorasick
import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

from chronik.errors import LexiconError
from chronik.extract.diskcache import cached
from chronik.lang.loader import Row, load_meta, load_table, load_words


@dataclass(frozen=True, slots=True)
class NameEntry:
    """A multi-character name found by the automaton: country, capital, organisation, person, cue phrase."""

    form: str
    kind: str  # country | capital | region | prefix | org | demonym | person | collective | vague | report_prep
    code: str | None
    sector: str | None
    name: str | None
    ref: str
    person_rows: tuple[Row, ...] = ()


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str
    event: str
    mode: str | None
    with_: tuple[str, ...]
    recipient: tuple[str, ...]
    context: tuple[str, ...]
    note: str
    ref: str
    particle: str | None = None  # separable verb particle (ab|lehnen -> "ab")
    # ``with_`` read as conditions: an item is met when all its '+'-joined parts are words of the clause (a part
    # 'zur rede' is a word bound by a preposition); one plain item must be met and no '-' item
    conditions: tuple[tuple[str, ...], ...] = field(init=False)
    exclusions: tuple[tuple[str, ...], ...] = field(init=False)
    condition_words: frozenset[str] = field(init=False)  # every word a condition names ('zur rede' -> 'rede')
    marks: frozenset[str] = field(init=False)  # how the recipient is marked, without the '!' ('mit!' -> 'mit')
    flags: dict[str, str] = field(init=False, compare=False, repr=False)  # the note's 'key=value' words, read once

    def __post_init__(self) -> None:
        object.__setattr__(self, "conditions", tuple(
            tuple(w.split("+")) for w in self.with_ if not w.startswith("-")))
        object.__setattr__(self, "exclusions", tuple(tuple(w[1:].split("+")) for w in self.with_ if w.startswith("-")))
        object.__setattr__(self, "condition_words", frozenset(
            part.rsplit(" ", 1)[-1] for cond in self.conditions for part in cond))
        object.__setattr__(self, "marks", frozenset(p.rstrip("!") for p in self.recipient))
        flags: dict[str, str] = {}
        for word in self.note.split():
            key, eq, value = word.partition("=")
            if eq:
                flags.setdefault(key, value.rstrip(";,.)"))  # the first one counts
        object.__setattr__(self, "flags", flags)

    def flag(self, key: str) -> str | None:
        """The value of the note flag ``key=value`` ('joint=COOPERATE' -> 'COOPERATE'); None when there is none."""
        return self.flags.get(key)


@dataclass(frozen=True, slots=True)
class Role:
    form: str
    sector: str
    office: str | None
    compound: bool
    person: bool
    ref: str


def _with_kind(table: dict[str, set[str]], kind: str) -> tuple[str, ...]:
    """The forms of a cue table that have the cue kind ``kind``, sorted (outside the class: the lookup methods are
    C methods in the compiled build, which take no generator expressions)."""
    return tuple(sorted(f for f, kinds in table.items() if kind in kinds))


@dataclass  # a C type in the compiled build (lexicon.pxd)
class Lexicon:
    lang: str
    meta: dict
    automaton: ahocorasick.Automaton | None
    nationality: dict[str, tuple[str, str]] = field(default_factory=dict)  # lower form -> (code, ref)
    roles: dict[str, Role] = field(default_factory=dict)  # lower form -> role
    compound_roles: dict[str, Role] = field(default_factory=dict)
    prefixes: dict[str, tuple[str, str]] = field(default_factory=dict)  # "US" -> (USA, ref)
    prefix_sectors: dict[str, str] = field(default_factory=dict)  # "SPÖ" -> PTY (organisations only)
    genitive_persons: set[str] = field(default_factory=set)  # 'Lukaschenkos', "Putin's"
    country_forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (code, ref)
    verb_triggers: dict[str, list[Trigger]] = field(default_factory=dict)
    split_triggers: dict[str, list[Trigger]] = field(default_factory=dict)
    noun_triggers: dict[str, list[Trigger]] = field(default_factory=dict)
    adj_triggers: dict[str, list[Trigger]] = field(default_factory=dict)
    cues: dict[str, set[str]] = field(default_factory=dict)  # lower form -> kinds
    cue_lemmas: dict[str, set[str]] = field(default_factory=dict)
    contexts: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    persons_by_token: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    min_noun_head: int = 5
    wanted: set[str] = field(default_factory=set)
    trigger_keys: frozenset[str] = frozenset()
    bound_words: frozenset[str] = frozenset()  # words of 'with' parts bound by a preposition ('zur Rede': rede)
    lower_atom_keys: frozenset[str] = frozenset()  # lower-case words that can start an atom
    compound_stop: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()  # given_names.txt: 'Anton' before a capitalised word names a person
    _guessed: dict[str, str] = field(default_factory=dict)
    token_info: dict[str, tuple[str, str, bool, bool]] = field(default_factory=dict)  # per-process token cache
    _noun_cache: dict[str, tuple[list[Trigger], str] | None] = field(default_factory=dict)
    _role_cache: dict[str, Role | None] = field(default_factory=dict)
    _cue_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _cue_lemma_sets: dict[str, frozenset[str]] = field(default_factory=dict)

    lemmas: dict[str, str] = field(default_factory=dict)  # lower surface form -> lower lemma (words of interest)
    # the non-empty adjective endings of meta.yaml (German -e/-en/-er/-es/-em; none for English), from meta
    adjective_endings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.adjective_endings = tuple(e for e in self.meta.get("adjective_endings", []) if e)

    def lemma(self, token: str) -> str:
        hit = self.lemmas.get(token)
        if hit is not None:
            return hit
        low = token.lower()
        if token[:1].isupper():
            return self.lemmas.get(low, low)
        hit = self._guessed.get(low)
        if hit is None:
            hit = self._guessed[low] = self._rewrite(low)
        return hit

    def _rewrite(self, low: str) -> str:
        """Regular inflection the dictionary lacks (bombardiert, begnadigt, gefoltert): suffix rewrites
        from meta.yaml, with the participle infix removed, accepted only if they give a known lemma."""
        infix = str(self.meta.get("participle_infix") or "")
        stems = [low]
        if infix:
            if low.startswith(infix):
                stems.append(low[len(infix):])
            for p in self.cue_forms("particle"):
                if low.startswith(p + infix):
                    # 'zurückgebracht': the particle before the participle of a strong verb the table knows
                    base = self.lemmas.get(low[len(p):])
                    if base and p + base in self.wanted:
                        return p + base
                    stems.append(p + low[len(p) + len(infix):])
        for stem in stems:
            for suffix, repl in self.meta.get("lemma_rewrites", ()):
                if stem.endswith(suffix) and len(stem) > len(suffix) + 2:
                    cand = stem[: len(stem) - len(suffix)] + repl
                    if cand in self.wanted:
                        return cand
        return low

    def cue_forms(self, kind: str) -> tuple[str, ...]:
        forms = self._cue_forms.get(kind)
        if forms is None:
            forms = self._cue_forms[kind] = _with_kind(self.cues, kind)
        return forms

    def cue_lemma_set(self, kind: str) -> frozenset[str]:
        """The lemmas with a cue of this kind (``cue_lemmas``), as one set: a clause is asked in one go."""
        found = self._cue_lemma_sets.get(kind)
        if found is None:
            found = self._cue_lemma_sets[kind] = frozenset(_with_kind(self.cue_lemmas, kind))
        return found

    def has_cue(self, lower: str, kind: str) -> bool:
        return kind in self.cues.get(lower, ())

    def noun_trigger(self, lemma: str) -> tuple[list[Trigger], str] | None:
        """Triggers of a noun lemma, matched whole or as the head of a compound (Staatsbesuch)."""
        try:
            return self._noun_cache[lemma]
        except KeyError:
            found = self._noun_cache[lemma] = self._noun_trigger(lemma)
            return found

    def _noun_trigger(self, lemma: str) -> tuple[list[Trigger], str] | None:
        low = lemma.lower()
        hit = self.noun_triggers.get(low)
        if hit:
            return hit, low
        if not self.meta.get("compounds"):
            return None
        if low in self.compound_stop:
            return None
        start = int(self.meta.get("compound_min_prefix", 3))
        # 'Gewerkschaften', 'Botschaft': no head starts inside a derivational suffix ('-schaft' is no 'Haft')
        inside = {k + j for suffix in self.meta.get("derivational_suffixes", ()) if (k := low.rfind(suffix)) >= 0
                  for j in range(1, len(suffix))}
        for i in range(start, len(low) - self.min_noun_head + 1):
            if i in inside:
                continue
            head = self.lemmas.get(low[i].upper() + low[i + 1:]) or self.lemmas.get(low[i:], low[i:])
            hit = self.noun_triggers.get(head)
            if hit:
                return hit, head
        return None

    def role(self, token: str) -> Role | None:
        try:
            return self._role_cache[token]
        except KeyError:
            found = self._role_cache[token] = self._role(token)
            return found

    def _role(self, token: str) -> Role | None:
        low = token.lower()
        role = self.roles.get(low)
        if role or not self.meta.get("compounds"):
            return role
        for i in range(2, len(low) - 3):
            role = self.compound_roles.get(low[i:])
            if role:
                return role
        return None


def _interesting_lemmas(lex: Lexicon) -> set[str]:
    words: set[str] = set(lex.verb_triggers) | set(lex.split_triggers) | set(lex.noun_triggers)
    words |= set(lex.adj_triggers) | set(lex.cue_lemmas)
    for table in (lex.verb_triggers, lex.noun_triggers, lex.adj_triggers):
        for trigs in table.values():
            for t in trigs:
                # exclusions ('-haft') need their forms too; of a bound part ('zur rede') the word
                words.update(part.rsplit(" ", 1)[-1] for cond in t.conditions + t.exclusions for part in cond)
    return words


def _lemma_table(lex: Lexicon) -> dict[str, str]:
    """Surface forms of the lemmas the rules care about, from simplemma's dictionary, inverted once.

    Looking a token up in this table replaces a lemmatiser call per token (the hot path); words
    outside the table are never triggers, so their lemma is not needed. The table is cached on disk
    under the user cache directory, keyed by the simplemma version and the lemma set.
    """
    lang = str(lex.meta.get("lemmatizer", lex.lang))
    wanted = _interesting_lemmas(lex)

    def build() -> dict[str, str]:
        table: dict[str, str] = {}
        for form, lemma in DefaultDictionaryFactory().get_dictionary(lang).items():
            low_lemma = lemma.lower()
            if low_lemma in wanted:
                table.setdefault(form, low_lemma)
        # a listed word is its own lemma only where the dictionary does not know it as a form of another
        # (listing 'Waffen' must not stop 'Waffen' from being a form of 'Waffe')
        for w in wanted:
            table.setdefault(w, w)
            table.setdefault(w[:1].upper() + w[1:], w)
        table.update(forms)
        return table

    forms = {str(k): str(v) for k, v in (lex.meta.get("lemma_forms") or {}).items()}  # meta: 'stand' -> 'stehen'
    key = ["v3", *sorted(wanted), *(f"{k}={v}" for k, v in sorted(forms.items())), simplemma.__version__, lang]
    return cached(f"lemmas-{lang}", key, build)


def _add_name(auto: ahocorasick.Automaton, entry: NameEntry) -> None:
    key = entry.form
    existing = auto.get(key, None) if key in auto else None
    entries = list(existing) if existing else []
    entries.append(entry)
    auto.add_word(key, tuple(entries))


def _trigger(row: Row) -> Trigger:
    for item in row.multi("with"):
        parts = item.removeprefix("-").split("+")
        if any(not p.strip() or len(p.split()) > 2 or p != p.strip() for p in parts):
            raise LexiconError(row.file, row.line, f"with {item!r}: parts are 'word' or 'PREP word' joined by '+'")
    lemma = row["lemma"]
    particle = None
    if "|" in lemma:
        particle, base = lemma.split("|", 1)
        lemma = particle + base
    with_ = tuple(w.lower() for w in row.multi("with"))
    return Trigger(
        lemma=lemma, pos=row["pos"], event=row["event"], mode=row["mode"] or None,
        with_=with_, recipient=row.multi("recipient"),
        context=row.multi("context"), note=row["note"], ref=row.ref, particle=particle,
    )


def _index_triggers(lex: Lexicon) -> None:
    for row in load_table(lex.lang, "triggers"):
        trig = _trigger(row)
        key = trig.lemma.lower()
        if trig.pos == "V":
            lex.verb_triggers.setdefault(key, []).append(trig)
            if trig.particle:
                base = key[len(trig.particle):]
                lex.split_triggers.setdefault(base, []).append(trig)
        elif trig.pos == "N":
            lex.noun_triggers.setdefault(key, []).append(trig)
        else:
            lex.adj_triggers.setdefault(key, []).append(trig)


def _index_geo(lex: Lexicon, auto: ahocorasick.Automaton) -> None:
    suffixes = [""] + list(lex.meta.get("name_suffixes", []))
    for row in load_table(lex.lang, "countries"):
        kind, form, code = row["kind"], row["form"], row["code"]
        if kind == "prefix":
            lex.prefixes[form] = (code, row.ref)
            continue
        lex.country_forms[form] = (code, row.ref)
        for suf in suffixes:
            if suf and form.endswith(("s", "x", "z", "ß")) and not _apostrophe(suf):
                continue  # German 'Paris' takes no genitive -s; English "Belarus's" does
            _add_name(auto, NameEntry(form + suf, kind, code, "GOV", None, row.ref))
        # every country name may open a German-style compound (China-Besuch)
        lex.prefixes.setdefault(form, (code, row.ref))
    for row in load_table(lex.lang, "demonyms"):
        _add_name(auto, NameEntry(row["form"], "demonym", row["code"], "CVL", None, row.ref))
    endings = lex.meta.get("adjective_endings", [""])
    for row in load_table(lex.lang, "nationalities"):
        for end in endings:
            form = row["stem"] + end
            if " " in form.strip():  # 'South Korean': a multi-word adjective goes to the name automaton
                _add_name(auto, NameEntry(form, "nat", row["code"], None, None, row.ref))
            else:
                lex.nationality[form.lower()] = (row["code"], row.ref)


def _index_orgs_roles(lex: Lexicon, auto: ahocorasick.Automaton) -> None:
    suffixes = [""] + list(lex.meta.get("name_suffixes", []))
    for row in load_table(lex.lang, "organisations"):
        for suf in suffixes:
            if suf and (len(row["form"]) <= 4 or row["form"].endswith("s")) and not _apostrophe(suf):
                continue  # no German 'UNs'; English "NATO's", "UN's"
            _add_name(auto, NameEntry(row["form"] + suf, "org", row["code"], row["sector"] or None,
                                      row["name"] or None, row.ref))
        lex.prefixes.setdefault(row["form"], (row["code"], row.ref))
        if row["sector"]:
            lex.prefix_sectors.setdefault(row["form"], row["sector"])
    for row in load_table(lex.lang, "roles"):
        role = Role(row["form"].lower(), row["sector"], row["office"] or None,
                    row["compound"] == "yes", row["person"] == "yes", row.ref)
        lex.roles[role.form] = role
        if role.compound and len(role.form) >= 5:
            lex.compound_roles[role.form] = role


def _index_persons(lex: Lexicon, auto: ahocorasick.Automaton) -> None:
    by_form: dict[str, list[Row]] = defaultdict(list)
    for row in load_table("_shared", "actors"):
        for form in (row["name"], *row.multi("aliases")):
            by_form[form].append(row)
    suffixes = [x for x in lex.meta.get("name_suffixes", []) if x]
    for form, rows in by_form.items():
        if len(form) < 2:  # whole tokens only (mentions._token_at): the standalone "Xi" is a name
            continue
        entry = NameEntry(form, "person", rows[0]["code"], rows[0]["sector"], rows[0]["name"], rows[0].ref, tuple(rows))
        _add_name(auto, entry)
        plain = len(form) >= 4 and not form.endswith(("s", "x", "z", "ß"))
        for suf in suffixes:  # 'Lukaschenkos', "Putin's": the genitive names an owner
            if plain or _apostrophe(suf):
                lex.genitive_persons.add(form + suf)
                _add_name(auto, NameEntry(form + suf, "person", entry.code, entry.sector, entry.name, entry.ref,
                                          entry.person_rows))
        for tok in form.split():
            lex.persons_by_token[tok].extend(rows)


def _apostrophe(suffix: str) -> bool:
    """An apostrophe genitive ("'s") attaches to every name; a bare German -s only to some."""
    return suffix[:1] in ("'", "’")


def _index_cues(lex: Lexicon, auto: ahocorasick.Automaton) -> None:
    for row in load_table(lex.lang, "cues"):
        form, kind = row["form"], row["kind"]
        if " " in form:
            lex.cues.setdefault(form.lower(), set()).add(kind)  # looked up as two tokens too ('als auch')
            _add_name(auto, NameEntry(form, kind, None, None, None, row.ref))
            if form[0].islower():
                _add_name(auto, NameEntry(form[0].upper() + form[1:], kind, None, None, None, row.ref))
        else:
            lex.cues.setdefault(form.lower(), set()).add(kind)
            lex.cue_lemmas.setdefault(form.lower().replace("|", ""), set()).add(kind)


@cache
def country_codes() -> frozenset[str]:
    """ISO alpha-3 codes of states (lang/_shared/iso3.tsv): what is not among them (EUR, UNO, IGO) is no
    country with a government, people or territory of its own."""
    return frozenset(row["alpha3"] for row in load_table("_shared", "iso3"))


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of a language (once per process)."""
    meta = load_meta(lang)
    auto = ahocorasick.Automaton()
    lex = Lexicon(lang=lang, meta=meta, automaton=None)
    _index_geo(lex, auto)
    _index_orgs_roles(lex, auto)
    _index_persons(lex, auto)
    _index_cues(lex, auto)
    _index_triggers(lex)
    lex.trigger_keys = frozenset(lex.verb_triggers) | frozenset(lex.split_triggers) | frozenset(lex.noun_triggers) \
        | frozenset(lex.adj_triggers)
    # only these cue kinds open a token atom (mentions._token_atom); other closed-class words never do
    atom_kinds = {"vague", "pronoun_m", "pronoun_f", "pronoun_pl", "first_person"}
    lex.lower_atom_keys = frozenset(lex.nationality) | frozenset(f for f, k in lex.cues.items() if k & atom_kinds)
    lex.wanted = _interesting_lemmas(lex)
    lex.bound_words = frozenset(part.split()[1] for table in (lex.verb_triggers, lex.noun_triggers, lex.adj_triggers)
                                for trigs in table.values() for t in trigs for cond in t.conditions + t.exclusions
                                for part in cond if " " in part)
    lex.lemmas = _lemma_table(lex)
    lex.compound_stop = frozenset(w.lower() for w in load_words(lang, "compound_stop"))
    lex.given_names = load_words(lang, "given_names")
    lex.contexts = [(r["keyword"].lower(), r.multi("context")) for r in load_table(lang, "contexts")]
    if len(auto):
        auto.make_automaton()
        lex.automaton = auto
    return lex
