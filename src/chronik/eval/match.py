"""The matching rules of EVENTS.md section 8: same sentence, accepted type, agreeing parties, one-to-one."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from chronik.eval.gold import GoldEvent
from chronik.records import Entity, Event

# Acts whose two sides play the same role; section 8 lets actor and recipient swap for these.
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
NAME_RATIO = 0.8


def codes(entities: Sequence[Entity]) -> frozenset[str]:
    return frozenset(e.code for e in entities if e.code)


def _sides_agree(pred_actor: frozenset[str], pred_recip: frozenset[str],
                 gold_actor: frozenset[str], gold_recip: frozenset[str]) -> bool:
    # Both-empty counts as agreement for actors too: a gold act without a coded actor (passive voice)
    # is otherwise unmatchable even by a perfect prediction.
    actors = bool(pred_actor & gold_actor) or not (pred_actor or gold_actor)
    recips = bool(pred_recip & gold_recip) or not (pred_recip or gold_recip)
    return actors and recips


def _reciprocal_agree(joint: frozenset[str], actor: frozenset[str], recip: frozenset[str]) -> bool:
    """'A and B agreed' (joint actors, no recipient) is the same act as 'A agreed with B'."""
    return bool(actor & joint) and bool(recip & joint)


def parties_agree(pred: Event, gold: Event) -> bool:
    pa, pr = codes(pred.actor), codes(pred.recipient)
    ga, gr = codes(gold.actor), codes(gold.recipient)
    if _sides_agree(pa, pr, ga, gr):
        return True
    if pred.event not in SYMMETRIC:
        return False
    if _sides_agree(pr, pa, ga, gr):
        return True
    if not gr and pr:
        return _reciprocal_agree(ga, pa, pr)
    if not pr and gr:
        return _reciprocal_agree(pa, ga, gr)
    return False


def accepts(gold: GoldEvent, pred: Event) -> bool:
    """The gold type or an alternative; a planned act also in its PLOVER form (section 6: a future
    CONSULT, SUPPORT, COOPERATE or AID is AGREE, a future RETREAT is CONCEDE), which gold sets that code
    strict PLOVER (the GSR) use."""
    if gold.accepts(pred.event):
        return True
    if pred.status == "future":
        from chronik.store.export import strict_type

        return gold.accepts(strict_type(pred)[0])
    return False


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def touches(span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    # A zero-width prediction still "overlaps" the sentence it sits in.
    if span[0] == span[1]:
        return sentence[0] <= span[0] < sentence[1]
    return overlap(span, sentence) > 0


@dataclass(frozen=True, slots=True)
class Candidate:
    pred: int
    gold: int
    rank: tuple[int, int, int, int]


def candidates(preds: Sequence[Event], golds: Sequence[GoldEvent], gold_sentences: Sequence[tuple[int, int]],
               with_parties: bool) -> list[Candidate]:
    """Every (prediction, gold) pair that may match, ranked: required, exact type, parties, span."""
    found = []
    for gi, (gold, sentence) in enumerate(zip(golds, gold_sentences, strict=True)):
        if gold.span is None:
            continue
        for pi, pred in enumerate(preds):
            if not accepts(gold, pred) or not touches((pred.start, pred.end), sentence):
                continue
            if with_parties and not parties_agree(pred, gold.event):
                continue
            shared = len((codes(pred.actor) | codes(pred.recipient))
                         & (codes(gold.event.actor) | codes(gold.event.recipient)))
            rank = (int(not gold.optional), int(pred.event == gold.event.event), shared,
                    overlap((pred.start, pred.end), gold.span))
            found.append(Candidate(pi, gi, rank))
    return found


def assign(found: Sequence[Candidate]) -> dict[int, int]:
    """One-to-one, best first: the best-ranked remaining pair is taken until none is left. Pred → gold."""
    taken_pred: dict[int, int] = {}
    taken_gold: set[int] = set()
    for cand in sorted(found, key=lambda c: (c.rank, -c.gold, -c.pred), reverse=True):
        if cand.pred in taken_pred or cand.gold in taken_gold:
            continue
        taken_pred[cand.pred] = cand.gold
        taken_gold.add(cand.gold)
    return taken_pred


def fold(name: str) -> str:
    """Lower-case ASCII letters and digits separated by single spaces ("Lee Do-hoon" → "lee do hoon")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.findall(r"[a-z0-9]+", ascii_name.lower()))


def _close(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a, b).ratio() >= NAME_RATIO


def near_name(a: str | None, b: str | None) -> bool:
    """Same person despite spelling: close as a whole, or every word of the shorter name (e.g. a bare
    surname, "Lukaschenko") is close to a word of the longer one ("Alexander Lukashenko")."""
    fa, fb = fold(a or ""), fold(b or "")
    if not fa or not fb:
        return False
    if _close(fa, fb):
        return True
    short, long_ = sorted((fa.split(), fb.split()), key=len)
    return all(any(_close(w, v) for v in long_) for w in short)
