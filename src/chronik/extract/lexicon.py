"""Compile one language's data files into fast lookup structures (built once per process and language).

Everything language-specific the engine knows comes from here: names of countries, capitals and
organisations (an Aho-Corasick automaton over the original text), nationality adjectives, demonyms,
roles, triggers by lemma, status cues and the shared actor dictionary.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache

import ahocorasick
import simplemma

from chronik.lang.loader import Row, load_meta, load_table


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


@dataclass(frozen=True, slots=True)
class Role:
    form: str
    sector: str
    office: str | None
    compound: bool
    person: bool
    ref: str


@dataclass
class Lexicon:
    lang: str
    meta: dict
    automaton: ahocorasick.Automaton | None
    nationality: dict[str, tuple[str, str]] = field(default_factory=dict)  # lower form -> (code, ref)
    roles: dict[str, Role] = field(default_factory=dict)  # lower form -> role
    compound_roles: dict[str, Role] = field(default_factory=dict)
    prefixes: dict[str, tuple[str, str]] = field(default_factory=dict)  # "US" -> (USA, ref)
    country_forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (code, ref)
    verb_triggers: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    split_triggers: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    noun_triggers: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    adj_triggers: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    cues: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # lower form -> kinds
    cue_lemmas: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    contexts: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    persons_by_token: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    min_noun_head: int = 5

    def lemma(self, token: str) -> str:
        return _lemma(token, self.meta.get("lemmatizer", self.lang))

    def cue_forms(self, kind: str) -> tuple[str, ...]:
        return tuple(sorted(f for f, kinds in self.cues.items() if kind in kinds))

    def has_cue(self, lower: str, kind: str) -> bool:
        return kind in self.cues.get(lower, ())

    def noun_trigger(self, lemma: str) -> tuple[list[Trigger], str] | None:
        """Triggers of a noun lemma, matched whole or as the head of a compound (Staatsbesuch)."""
        hit = self.noun_triggers.get(lemma.lower())
        if hit:
            return hit, lemma
        if not self.meta.get("compounds"):
            return None
        low = lemma.lower()
        start = int(self.meta.get("compound_min_prefix", 3))
        for i in range(start, len(low) - self.min_noun_head + 1):
            hit = self.noun_triggers.get(low[i:])
            if hit:
                return hit, low[i:]
        return None

    def role(self, token: str) -> Role | None:
        low = token.lower()
        role = self.roles.get(low)
        if role or not self.meta.get("compounds"):
            return role
        for i in range(2, len(low) - 3):
            role = self.compound_roles.get(low[i:])
            if role:
                return role
        return None


@lru_cache(maxsize=200_000)
def _lemma(token: str, lang: str) -> str:
    return simplemma.lemmatize(token, lang=lang)


def _add_name(auto: ahocorasick.Automaton, entry: NameEntry) -> None:
    key = entry.form
    existing = auto.get(key, None) if key in auto else None
    entries = list(existing) if existing else []
    entries.append(entry)
    auto.add_word(key, tuple(entries))


def _trigger(row: Row) -> Trigger:
    lemma = row["lemma"]
    particle = None
    if "|" in lemma:
        particle, base = lemma.split("|", 1)
        lemma = particle + base
    return Trigger(
        lemma=lemma, pos=row["pos"], event=row["event"], mode=row["mode"] or None,
        with_=tuple(w.lower() for w in row.multi("with")), recipient=row.multi("recipient"),
        context=row.multi("context"), note=row["note"], ref=row.ref, particle=particle,
    )


def _index_triggers(lex: Lexicon) -> None:
    for row in load_table(lex.lang, "triggers"):
        trig = _trigger(row)
        key = trig.lemma.lower()
        if trig.pos == "V":
            lex.verb_triggers[key].append(trig)
            if trig.particle:
                base = key[len(trig.particle):]
                lex.split_triggers[base].append(trig)
        elif trig.pos == "N":
            lex.noun_triggers[key].append(trig)
        else:
            lex.adj_triggers[key].append(trig)


def _index_geo(lex: Lexicon, auto: ahocorasick.Automaton) -> None:
    suffixes = [""] + list(lex.meta.get("name_suffixes", []))
    for row in load_table(lex.lang, "countries"):
        kind, form, code = row["kind"], row["form"], row["code"]
        if kind == "prefix":
            lex.prefixes[form] = (code, row.ref)
            continue
        lex.country_forms[form] = (code, row.ref)
        for suf in suffixes:
            if suf and form.endswith(("s", "x", "z", "ß")):
                continue
            _add_name(auto, NameEntry(form + suf, kind, code, "GOV", None, row.ref))
        # every country name may open a German-style compound (China-Besuch)
        lex.prefixes.setdefault(form, (code, row.ref))
    for row in load_table(lex.lang, "demonyms"):
        _add_name(auto, NameEntry(row["form"], "demonym", row["code"], "CVL", None, row.ref))
    endings = lex.meta.get("adjective_endings", [""])
    for row in load_table(lex.lang, "nationalities"):
        for end in endings:
            lex.nationality[(row["stem"] + end).lower()] = (row["code"], row.ref)


def _index_orgs_roles(lex: Lexicon, auto: ahocorasick.Automaton) -> None:
    suffixes = [""] + list(lex.meta.get("name_suffixes", []))
    for row in load_table(lex.lang, "organisations"):
        for suf in suffixes:
            if suf and (len(row["form"]) <= 4 or row["form"].endswith("s")):
                continue
            _add_name(auto, NameEntry(row["form"] + suf, "org", row["code"], row["sector"] or None,
                                      row["name"] or None, row.ref))
        lex.prefixes.setdefault(row["form"], (row["code"], row.ref))
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
    for form, rows in by_form.items():
        if len(form) < 3:
            continue
        _add_name(auto, NameEntry(form, "person", rows[0]["code"], rows[0]["sector"], rows[0]["name"],
                                  rows[0].ref, tuple(rows)))
        for tok in form.split():
            lex.persons_by_token[tok].extend(rows)


def _index_cues(lex: Lexicon, auto: ahocorasick.Automaton) -> None:
    for row in load_table(lex.lang, "cues"):
        form, kind = row["form"], row["kind"]
        if " " in form:
            _add_name(auto, NameEntry(form, kind, None, None, None, row.ref))
            if form[0].islower():
                _add_name(auto, NameEntry(form[0].upper() + form[1:], kind, None, None, None, row.ref))
        else:
            lex.cues[form.lower()].add(kind)
            lex.cue_lemmas[form.lower().replace("|", "")].add(kind)


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
    lex.contexts = [(r["keyword"].lower(), r.multi("context")) for r in load_table(lang, "contexts")]
    if len(auto):
        auto.make_automaton()
        lex.automaton = auto
    return lex
