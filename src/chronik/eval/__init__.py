"""Evaluation against gold files (EVENTS.md section 8): scorer, pair mode, report, ``run_eval``."""

from chronik.eval.gold import GoldDoc, GoldEvent, GoldPair, load_gold, load_pairs
from chronik.eval.pairs import PairPrediction, PairReport, score_pairs
from chronik.eval.run import run_eval
from chronik.eval.scorer import Accuracy, Counts, Report, score

__all__ = [
    "Accuracy", "Counts", "GoldDoc", "GoldEvent", "GoldPair", "PairPrediction", "PairReport", "Report",
    "load_gold", "load_pairs", "run_eval", "score", "score_pairs",
]
