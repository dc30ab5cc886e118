"""Pair mode: score relation classification of marked source/target pairs (``plv_*.jsonl``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from chronik.errors import EvalError
from chronik.eval.gold import GoldPair
from chronik.eval.scorer import Accuracy, Counts

# Current PLOVER splits the old YIELD class into these two; a YIELD gold set cannot tell them apart.
YIELD_PARTS = frozenset({"CONCEDE", "RETREAT"})


@dataclass(frozen=True, slots=True)
class PairPrediction:
    event: str | None
    quad: int | None = None
    modality: str | None = None


PairPredictions = Mapping[str, PairPrediction | str | None] | Sequence[PairPrediction | str | None]


@dataclass(frozen=True, slots=True)
class PairReport:
    accuracy: Accuracy
    macro_f1: float
    per_class: dict[str, Counts]
    quad: Accuracy
    modality: Accuracy
    confusions: tuple[tuple[str, str, int], ...]
    """(gold, predicted, count) of the commonest errors, most frequent first."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": self.accuracy.total, "accuracy": round(self.accuracy.value, 4),
            "macro_f1": round(self.macro_f1, 4),
            "quad_accuracy": round(self.quad.value, 4) if self.quad.total else None,
            "modality_accuracy": round(self.modality.value, 4) if self.modality.total else None,
            "per_class": {k: v.to_dict() for k, v in self.per_class.items()},
            "confusions": [{"gold": g, "pred": p, "count": n} for g, p, n in self.confusions],
        }


def _aligned(gold_rows: Sequence[GoldPair], predictions: PairPredictions) -> list[PairPrediction]:
    if isinstance(predictions, Mapping):
        raw = [predictions.get(g.id) for g in gold_rows]
    elif len(predictions) == len(gold_rows):
        raw = list(predictions)
    else:
        raise EvalError(f"{len(predictions)} pair predictions for {len(gold_rows)} gold rows")
    return [p if isinstance(p, PairPrediction) else PairPrediction(p) for p in raw]


def _label(pred: str | None, yield_gold: bool) -> str | None:
    return "YIELD" if yield_gold and pred in YIELD_PARTS else pred


def _per_class(pairs: Sequence[tuple[str, str | None]]) -> dict[str, Counts]:
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs if p})
    table = {}
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        table[label] = Counts(tp_pred=tp, fp=fp, tp_gold=tp, fn=fn, pred=tp + fp)
    return table


def _optional_accuracy(golds: Sequence[Any], preds: Sequence[Any]) -> Accuracy:
    """Only rows whose gold has the value and whose predictor gave one are scored."""
    scored = [(g, p) for g, p in zip(golds, preds, strict=True) if g is not None and p is not None]
    return Accuracy(sum(g == p for g, p in scored), len(scored))


def score_pairs(gold_rows: Sequence[GoldPair], predictions: PairPredictions) -> PairReport:
    """Accuracy, macro-F1 over every class seen in gold or prediction, and per-class P/R/F1.

    Predictions are keyed by row id or aligned with ``gold_rows``; a missing one counts as wrong."""
    preds = _aligned(gold_rows, predictions)
    yield_gold = any(g.event == "YIELD" for g in gold_rows)
    pairs = [(g.event, _label(p.event, yield_gold)) for g, p in zip(gold_rows, preds, strict=True)]
    per_class = _per_class(pairs)
    macro = sum(c.f1 for c in per_class.values()) / len(per_class) if per_class else 0.0
    errors = Counter((g, p or "-") for g, p in pairs if g != p)
    return PairReport(
        accuracy=Accuracy(sum(g == p for g, p in pairs), len(pairs)),
        macro_f1=macro, per_class=per_class,
        quad=_optional_accuracy([g.quad for g in gold_rows], [p.quad for p in preds]),
        modality=_optional_accuracy([g.modality for g in gold_rows], [p.modality for p in preds]),
        confusions=tuple((g, p, n) for (g, p), n in errors.most_common(15)),
    )
