"""Status of an act from the cue words of its clause and sentence (EVENTS.md section 4).

Negation > hypothetical > future > historical > asserted. Indirect speech (Konjunktiv after a
reporting verb) is reported, not hypothetical: a conditional mood counts only with a real condition.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

try:
    import cython
except ImportError:  # no Cython: the type declarations are no-ops (see chronik/_pure_cython.py)
    from chronik import _pure_cython as cython

from chronik.extract.lexicon import Lexicon
from chronik.extract.tokens import DASHES, Clause, Token, contrastive_negation
from chronik.extract.triggers import VERBAL_WITH_CONTENT, TriggerHit
from chronik.records import Status


@dataclass(frozen=True)  # no slots: a C type in the compiled build (status.pxd)
class SentenceMood:
    conditional: tuple[tuple[int, int], ...]
    """Token spans (first, last) that are a condition + consequence (Sollte X ..., werde Y ...): the sentence's parts
    between colons that hold a condition; empty when there is none."""
    reported: bool  # a reporting verb or attribution is in the sentence


@cython.locals(c=Clause, clauses=list, t=Token)
def sentence_mood(tokens: list[Token], clauses: list[Clause], lex: Lexicon) -> SentenceMood:
    # the sentence opens after a dateline ('Rom – Sollte sie zurückkommen, ...')
    dash = next((t.i for t in tokens[:8] if t.text in DASHES), None)
    start = dash + 1 if dash is not None and all(t.is_cap or not t.is_word for t in tokens[:dash]) else 0
    words = [t for t in tokens[start:] if t.is_word]
    found: list[int] = []  # where a condition opens
    if words and ("condition_verb" in words[0].kinds or "condition" in words[0].kinds):
        found.append(words[0].i)
    found.extend(c.first for c in clauses if c.opener and lex.has_cue(c.opener, "condition"))
    # a verb-first clause after a comma: ', sollten kurdische Kämpfer Azaz einnehmen, ...'
    found.extend(c.first for k, c in enumerate(clauses) if k and "condition_verb" in tokens[c.first].kinds)
    reporting = lex.cue_lemma_set("report")
    reported = any(t.lemma in reporting for t in words)
    return SentenceMood(_colon_parts(tokens, found), reported)


def _within(spans: tuple[tuple[int, int], ...], i: int) -> bool:
    """Whether token ``i`` lies in one of the (first, last) spans."""
    return any(first <= i < last for first, last in spans)


@cython.locals(t=Token)
def _colon_parts(tokens: list[Token], at: list[int]) -> tuple[tuple[int, int], ...]:
    """The parts of the sentence between colons that hold one of the token indexes ``at``: 'Renzi hat dem
    Bürgermeister den Rücken gekehrt: Wenn Marino regierungsfähig ist, soll er regieren' is an act, then a condition."""
    if not at:
        return ()
    colons = [t.i for t in tokens if t.text == ":"]
    bounds = [-1, *colons, len(tokens)]
    return tuple(sorted({(bounds[k] + 1, bounds[k + 1]) for i in at for k in range(len(bounds) - 1)
                         if bounds[k] < i < bounds[k + 1]}))


@cython.locals(cl=Clause, fut=Token, hist=Token, hyp=Token, lex=Lexicon, modal=Token, mood=SentenceMood, neg=Token,
               planned=Token, t=Token, tokens=list, trail=list)
def clause_status(tokens: list[Token], cl: Clause, hit: TriggerHit, mood: SentenceMood, lex: Lexicon,
                  trail: list[str]) -> tuple[Status, str]:
    """Status and the tense used to resolve weekdays ("past", "future" or "present")."""
    words = [t for t in tokens[cl.first:cl.last] if t.is_word]
    first: dict[str, Token] = {}  # cue kind -> the clause's first word of that kind
    for t in words:
        for kind in t.kinds:
            first.setdefault(kind, t)
    has = first.get
    # a modal cue that is the act's own verb announces nothing: 'kündigte den Vertrag' (not 'kündigte ... an')
    modal = first.get("future_modal")
    if modal is not None and modal.i == hit.token:
        modal = next((t for t in words if "future_modal" in t.kinds and t.i != hit.token), None)

    if words and "hypothetical" in words[0].kinds and "subordinator" in words[0].kinds:
        # 'ob sie die Sparmaßnahmen akzeptieren oder nicht': an indirect question asserts nothing, negated or not
        trail.append(f"status:hypothetical by '{words[0].text}'")
        return Status.HYPOTHETICAL, "future"
    neg = has("negation") or has("negation_det")
    if neg is not None and not _limiting_negation(words, neg, lex) and not contrastive_negation(tokens, neg.i, lex) \
            and not _later_conjunct(tokens, cl, neg, hit):
        trail.append(f"status:negated by '{neg.text}'")
        planned = modal or has("future_aux")
        return Status.NEGATED, "future" if planned else "past"
    if _within(mood.conditional, hit.token):
        trail.append("status:hypothetical (conditional sentence)")
        return Status.HYPOTHETICAL, "future"
    case = _condition_phrase(words, lex)
    if case is not None and hit.trigger.event not in VERBAL_WITH_CONTENT:
        # 'Im Falle eines Angriffs werde die NATO ... bombardieren': the act of a case; a demand or threat for a case
        # ('drohte für den Fall eines Angriffs mit Konsequenzen') is made all the same
        trail.append(f"status:hypothetical by '{case}'")
        return Status.HYPOTHETICAL, "future"
    hyp = has("hypothetical") or (has("counterfactual") if not mood.reported else None)
    if hyp is not None and not lex.has_cue(hyp.lower, "report_mood"):
        trail.append(f"status:hypothetical by '{hyp.text}'")
        return Status.HYPOTHETICAL, "future"
    if modal is not None and words and lex.has_cue(words[-1].lower, "aux") and hit.how != "noun":
        # 'sollen ... ermordet haben': a modal with a perfect infinitive reports an alleged past act
        trail.append("status:alleged past act (modal + perfect infinitive)")
        return Status.ASSERTED, "past"
    fut = modal or (
        has("future_aux") if _infinitive(tokens[hit.token], hit) or hit.how not in ("verb", "split-verb") else None)
    fut = fut or has("future_adv")
    if fut is not None:
        trail.append(f"status:future by '{fut.text}'")
        return Status.FUTURE, "future"
    hist = has("historical_adv")
    if hist is not None:
        trail.append(f"status:historical by '{hist.text}'")
        return Status.HISTORICAL, "past"
    if has("perfect_aux") is not None:
        return Status.ASSERTED, "pluperfect"
    return Status.ASSERTED, "past"


@lru_cache(maxsize=8)
def _phrases(phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """Condition phrases by their first word, split into words."""
    out: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        parts = phrase.split()
        out.setdefault(parts[0], []).append(parts)
    return out


@cython.locals(lex=Lexicon, t=Token, w=Token, words=list)
def _condition_phrase(words: list[Token], lex: Lexicon) -> str | None:
    """A phrase that makes the clause's act a case (meta ``condition_phrases``: 'im Falle eines', 'für den Fall
    einer', 'in the event of'), as written; None when the clause has none."""
    by_first = _phrases(tuple(lex.meta.get("condition_phrases", ())))
    if not by_first:
        return None
    for k, t in enumerate(words):
        for parts in by_first.get(t.lower, ()):
            if [w.lower for w in words[k:k + len(parts)]] == parts:
                return " ".join(w.text for w in words[k:k + len(parts)])
    return None


@cython.locals(hit=TriggerHit, tok=Token)
def _infinitive(tok: Token, hit: TriggerHit) -> bool:
    return hit.how in ("verb", "split-verb") and tok.lower in (hit.trigger.lemma.lower(), tok.lemma)


@cython.locals(cl=Clause, hit=TriggerHit, neg=Token, nxt=Token, tokens=list)
def _later_conjunct(tokens: list[Token], cl: Clause, neg: Token, hit: TriggerHit) -> bool:
    """'will mit Russland verhandeln und nicht kämpfen', 'talked with Iran and did not fight': a negation in a
    conjunct after the act's own word (a coordinator, maybe lower-case words, then the negation) that goes on with a
    lower-case word (a verb, a preposition: 'und nicht mit der Ukraine') negates that conjunct, not the act. A
    capitalised word between ('traf den Präsidenten und den Premier nicht') keeps the negation the act's."""
    if neg.i <= hit.token or neg.i + 1 >= cl.last:
        return False
    nxt = tokens[neg.i + 1]
    if not nxt.is_word or nxt.is_cap:
        return False
    k = neg.i - 1
    while k > hit.token and tokens[k].is_word and not tokens[k].is_cap and "coordinator" not in tokens[k].kinds:
        k -= 1
    return k > hit.token and "coordinator" in tokens[k].kinds


@cython.locals(attribute=Token, lex=Lexicon, neg=Token, noun=Token, words=list)
def _limiting_negation(words: list[Token], neg: Token, lex: Lexicon) -> bool:
    """'nicht nur ... sondern auch' does not negate; nor does a negation inside a predicate ('kritisierte den Plan
    als nicht hilfreich', 'hält ihn für nicht zielführend': meta predicate_markers), nor 'nicht' before a declined
    adjective and its noun ('in einem nicht rechtskräftigen Urteil', 'eine nicht genehmigte Demonstration'), which
    negates the attribute ('keine neuen Gespräche' negates the act)."""
    idx = words.index(neg)
    if idx and words[idx - 1].lower in lex.meta.get("predicate_markers", ()):
        return True
    if lex.meta.get("nouns_capitalised") and "negation_det" not in neg.kinds and idx + 2 < len(words):
        attribute, noun = words[idx + 1], words[idx + 2]
        if not attribute.is_cap and not attribute.kinds and attribute.lower.endswith(lex.adjective_endings or ("\0",)) \
                and noun.is_cap:
            return True
    return idx + 1 < len(words) and lex.has_cue(words[idx + 1].lower, "negation_limiter")
