"""Speech acts with content (EVENTS.md section 1): a reported statement that criticises is ACCUSE, one
that says what somebody must or should do is REQUEST. The speaker is the actor.

Only sentences with a reporting verb and no other event are looked at: 'X sagte, die Polizeiaktion
verstoße gegen die Verfassung' (ACCUSE by X), 'Südkorea müsse sich entschuldigen, hieß es' (REQUEST to
Südkorea). Words come from the language's cue table (kinds ``criticism`` and ``obligation``).

A qualifying verb ('bezeichnete Russland als Bedrohung', 'called the test a provocation') with a criticism
word in its own clause accuses its object (cue kinds ``qualify`` and ``criticism``). An approving word after a
negation ('nicht akzeptabel', cue kind ``approval``) is a criticism word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

try:
    import cython
except ImportError:  # no Cython: the type declarations are no-ops (see chronik/_pure_cython.py)
    from chronik import _pure_cython as cython

from chronik.extract.lexicon import Lexicon, Trigger
from chronik.extract.mentions import Mention
from chronik.extract.tokens import Clause, Token

ACTS = {"criticism": ("ACCUSE", "disapprove"), "obligation": ("REQUEST", None)}


@dataclass(frozen=True, slots=True)
class SpeechAct:
    trigger: Trigger
    cue: Token
    speaker: list[Mention]
    target: list[Mention]
    clause: Clause


@cython.locals(cl=Clause, lex=Lexicon, t=Token, tokens=list)
def report_verb(tokens: list[Token], cl: Clause, lex: Lexicon, finite: bool = False) -> Token | None:
    """The reporting verb of a clause ('sagte', 'erklärte'), also a separable one whose particle ends the
    clause ('gab ... bekannt', 'teilte ... mit'); ``finite``: not an infinitive ('wollte nichts sagen')."""
    words = [t for t in tokens[cl.first:cl.last] if t.is_word]
    particle = words[-1].lower if words and "particle" in words[-1].kinds else None
    for t in words:
        if finite and t.lower == t.lemma:
            continue
        if "report" in lex.cue_lemmas.get(t.lemma, ()) or (
                particle and t is not words[-1] and "report" in lex.cue_lemmas.get(particle + t.lemma, ())):
            return t
    return None


@cython.locals(cl=Clause, clauses=list, last=Clause, lex=Lexicon, t=Token, tokens=list)
def _report_clause(tokens: list[Token], clauses: list[Clause], lex: Lexicon) -> tuple[Clause, Token] | None:
    for cl in clauses:
        t = report_verb(tokens, cl, lex, finite=True)
        if t is not None:
            return cl, t  # a finite reporting verb (sagte, erklärte), not 'sagen' in an infinitive
    last = clauses[-1] if len(clauses) > 1 else None
    if last is not None and "attribution" in tokens[last.first].kinds and last.last - last.first <= 10:
        return last, tokens[last.first]  # '..., so der ukrainische Präsident.': a closing attribution
    return None


@cython.locals(cl=Clause, cue=Token, t=Token, tokens=list)
def _denied(tokens: list[Token], cl: Clause, cue: Token | None = None) -> bool:
    """'Österreich habe die Menschenrechte nie missachtet': a negated criticism is a denial (not the negation that
    makes an approving word a criticism: 'nicht akzeptabel')."""
    own = _negated_approval(tokens, cue) if cue is not None else None
    return any(("negation" in t.kinds or "negation_det" in t.kinds) and t is not own
               for t in tokens[cl.first:cl.last])


@cython.locals(t=Token, tokens=list, w=Token)
def _negated_approval(tokens: list[Token], t: Token) -> Token | None:
    """'nicht akzeptabel', 'nicht mehr zumutbar', 'kaum nachvollziehbar': the negation before an approving word
    (cue kind approval; at most one word between), which makes it a criticism."""
    if "approval" not in t.kinds:
        return None
    return next((w for w in tokens[max(0, t.i - 2):t.i] if "negation" in w.kinds), None)


@cython.locals(cl=Clause, cue=Token, t=Token, tokens=list)
def _own_obligation(tokens: list[Token], cl: Clause, cue: Token) -> bool:
    """'Wir müssen ...', 'man müsse ...': the subject before the modal is the speaker's side or nobody; and
    'Das Arsenal solle ... untergebracht werden' (a passive) asks nothing of a party."""
    j = cue.i - 1
    words = [t for t in tokens[cl.first:cl.last] if t.is_word]
    passive = len(words) > 2 and words[-1].i != cue.i and not words[-2].is_cap and bool(
        words[-1].kinds & {"passive_aux", "future_aux"})
    return passive or (j >= 0 and bool(tokens[j].kinds & {"first_person", "vague"}))


_STEM_MIN = 9  # only long stems are looked for inside compounds: "angriff" would find criticism in "Luftangriffen"


@lru_cache(maxsize=16)
def _stem_pattern(stems: tuple[str, ...]) -> re.Pattern[str] | None:
    long_stems = sorted((re.escape(s) for s in stems if len(s) >= _STEM_MIN), key=len, reverse=True)
    return re.compile("|".join(long_stems)) if long_stems else None


@cython.locals(cl=Clause, t=Token, tokens=list, w=Token)
def modal_cue(tokens: list[Token], cl: Clause, t: Token, kind: str) -> bool:
    """A modal of that kind ('obligation', 'demand_mood'): 'Italien sollte die Sanktionen aufheben' is advice;
    opening its clause, 'Sollte China die Manöver ausweiten, ...' is a condition."""
    if kind not in t.kinds:
        return False
    return "condition_verb" not in t.kinds or any(w.is_word for w in tokens[cl.first:t.i])


@cython.locals(cl=Clause, lex=Lexicon, m=Mention, t=Token, tokens=list)
def _cue_in(tokens: list[Token], cl: Clause, lex: Lexicon,
            mentions: Iterable[Mention] = ()) -> tuple[str, Token] | None:
    """The first obligation or criticism word of a clause; a word that names a party ('die Zensur wies die Medien
    an': the censorship authority) is none."""
    first, last = cl.first, cl.last
    named = {i for m in mentions if m.is_party and first <= m.first < last for i in range(m.first, m.last)}
    for kind in ("obligation", "criticism"):
        pattern = _stem_pattern(lex.cue_forms(kind)) if kind == "criticism" else None
        lemmas = lex.cue_lemma_set(kind)
        for t in tokens[cl.first:cl.last]:
            if not t.is_word or t.i in named:
                continue
            if modal_cue(tokens, cl, t, kind) if kind in t.kinds else t.lemma in lemmas:
                return kind, t
            if kind == "criticism" and _negated_approval(tokens, t) is not None:
                return kind, t  # 'Die Pläne seien nicht zumutbar': an approving word negated
            if pattern is not None and len(t.lower) >= _STEM_MIN and pattern.search(t.lower) \
                    and t.lemma.lower() not in lex.noun_triggers:
                # inside a compound: 'Erpressungsversuch', 'völkerrechtswidrig'; not inside a word that names an
                # act itself ('Waffenstillstand' is no 'Stillstand')
                return kind, t
    return None


@cython.locals(cl=Clause, m=Mention, mentions=list)
def _parties(mentions: list[Mention], cl: Clause) -> list[Mention]:
    return [m for m in mentions if cl.first <= m.first < cl.last and m.is_party and m.prep is None
            and not m.apposition]


@cython.locals(cl=Clause, clauses=list, lex=Lexicon, m=Mention, mentions=list, t=Token, tokens=list, verb=Token)
def qualification(tokens: list[Token], clauses: list[Clause], mentions: list[Mention],
                  lex: Lexicon) -> SpeechAct | None:
    """'Carter hatte Russland als ernsthafte Bedrohung bezeichnet': the qualified party is accused."""
    qualifying = lex.cue_lemma_set("qualify")
    if not any(t.lemma in qualifying for t in tokens):
        return None  # no qualifying verb in the sentence
    for cl in clauses:
        verb = next((t for t in tokens[cl.first:cl.last] if t.is_word and not t.is_cap
                     and t.lemma in qualifying), None)
        if verb is None:
            continue
        cue = _cue_in(tokens, cl, lex, mentions)
        if cue is None or cue[0] != "criticism":
            continue
        parties = _parties(mentions, cl) + [m for m in mentions if cl.first <= m.first < cl.last and m.genitive
                                            and m.is_party]
        speaker = [m for m in parties if m.first < verb.i or m.first < cue[1].i][:1]
        target = [m for m in parties if m not in speaker and m.first < cue[1].i][:1]
        if not speaker or not target:
            continue
        event, mode = ACTS["criticism"]
        trig = Trigger(verb.lemma, "S", event, mode, (), (), (), "qualified as criticism",
                       f"cue:qualify '{verb.text}' + criticism '{cue[1].text}'")
        return SpeechAct(trig, cue[1], speaker, target, cl)
    return None


@cython.locals(clauses=list, lex=Lexicon, mentions=list, tokens=list)
def speaker_of(tokens: list[Token], clauses: list[Clause], mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """The party a sentence reports as speaking ('..., sagte Erdogan'), or nobody."""
    found = _report_clause(tokens, clauses, lex)
    return _speaker(mentions, found[0], lex) if found is not None else []


@cython.locals(clauses=list, cue=Token, lex=Lexicon, m=Mention, mentions=list, t=Token)
def continued_demand(tokens: list[Token], clauses: list[Clause], mentions: list[Mention],
                     lex: Lexicon) -> SpeechAct | None:
    """'Südkorea müsse sich entschuldigen.' after a reported statement: reported speech goes on in the
    subjunctive without a new reporting verb; what a named party must do is the speaker's demand."""
    if not clauses or _report_clause(tokens, clauses, lex) is not None:
        return None
    cl = clauses[0]
    cue = next((t for t in tokens[cl.first:cl.last] if modal_cue(tokens, cl, t, "demand_mood")), None)
    if cue is None or _own_obligation(tokens, cl, cue):
        return None
    target = [m for m in _parties(mentions, cl) if m.last <= cue.i and m.code][:1]  # the subject before the modal
    if not target or target[0].first != cl.first:
        return None
    event, mode = ACTS["obligation"]
    trig = Trigger(cue.lemma, "S", event, mode, (), (), (), "continued reported demand", f"cue:demand '{cue.text}'")
    return SpeechAct(trig, cue, [], target, cl)


@cython.locals(lex=Lexicon, m=Mention, mentions=list, report=Clause)
def _speaker(mentions: list[Mention], report: Clause, lex: Lexicon) -> list[Mention]:
    """The subject of the reporting clause, or the source of an impersonal report ('hieß es aus dem
    Außenministerium')."""
    return _parties(mentions, report)[:1] or [
        m for m in mentions if report.first <= m.first < report.last and m.is_party
        and lex.has_cue(m.prep or "", "source_prep")][:1]


@cython.locals(c=Clause, clauses=list, lex=Lexicon, mentions=list, tokens=list)
def _attribution(tokens: list[Token], clauses: list[Clause], mentions: list[Mention],
                 lex: Lexicon) -> tuple[Clause, Mention] | None:
    """'Laut dem Präsidenten hat Russland versagt', 'Dem Präsidenten zufolge ...': a party attributed by a
    preposition or postposition in the clause that carries the content."""
    for m in mentions:
        before = m.prep == "report" or lex.has_cue(m.prep or "", "report_prep")  # 'nach Angaben der HDP'
        after = m.prep is None and m.last < len(tokens) and "report_prep" in tokens[m.last].kinds
        if m.is_party and (before or after):
            return next((c for c in clauses if c.first <= m.first < c.last), clauses[0]), m
    return None


@cython.locals(after=Clause, c=Clause, clauses=list, lex=Lexicon, mentions=list, report=Clause, tokens=list, verb=Token)
def speech_act(tokens: list[Token], clauses: list[Clause], mentions: list[Mention], lex: Lexicon) -> SpeechAct | None:
    found = _report_clause(tokens, clauses, lex)
    if found is None:
        attributed = _attribution(tokens, clauses, mentions, lex)
        if attributed is None:
            return None
        cl, speaker = attributed
        return _content_act(tokens, cl, mentions, lex, [speaker])
    report, verb = found
    speaker = _speaker(mentions, report, lex)
    if not speaker:
        return None
    for cl in clauses:
        if cl is report:
            continue
        cue = _cue_in(tokens, cl, lex, mentions)
        if cue is None:
            continue
        # 'Es sei inakzeptabel, dass Israel die Lieferungen blockiere': the subject of the dass-clause
        after = next((c for c in clauses if c.first == cl.last and c.kind == "subordinate"), None)
        return _content_act(tokens, cl, mentions, lex, speaker, cue, after)
    return None


@cython.locals(after=Clause, cl=Clause, lex=Lexicon, m=Mention, mentions=list, tok=Token, tokens=list)
def _content_act(tokens: list[Token], cl: Clause, mentions: list[Mention], lex: Lexicon, speaker: list[Mention],
                 cue: tuple[str, Token] | None = None, after: Clause | None = None) -> SpeechAct | None:
    """The criticism or demand of one content clause, aimed at its first party other than the speaker (or,
    when it names none, at the first party of the clause ``after`` it)."""
    cue = cue or _cue_in(tokens, cl, lex, mentions)
    if cue is None:
        return None
    kind, tok = cue
    if (kind == "criticism" and _denied(tokens, cl, tok)) or (
            kind == "obligation" and _own_obligation(tokens, cl, tok)):
        return None
    event, mode = ACTS[kind]
    trig = Trigger(tok.lemma, "S", event, mode, (), (), (), f"reported {kind}", f"cue:{kind} '{tok.text}'")
    # an owner after the cue is no target: 'Das verstoße gegen Resolutionen des UN-Sicherheitsrats' accuses nobody
    # of the Council ('Das Verhalten Polens sei unverantwortlich' does accuse Poland)
    target = [m for m in _parties(mentions, cl) if m not in speaker and not (m.genitive and m.first > tok.i)][:1]
    if not target and after is not None and kind == "criticism":
        target = [m for m in _parties(mentions, after) if m not in speaker][:1]
    return SpeechAct(trig, tok, speaker, target, cl)
