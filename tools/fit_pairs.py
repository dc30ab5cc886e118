"""Fit the pair classifier's two linear models and report 5-fold cross-validated figures.

    .venv/bin/python tools/fit_pairs.py ../shared/eval/en/plv_train.jsonl            # CV report only
    .venv/bin/python tools/fit_pairs.py ../shared/eval/en/plv_train.jsonl --save     # + write the model

Features come from ``chronik.classify.features`` (engine lexicon + clause machinery). The event model is a
softmax regression, the modality model a logistic regression, both with L2, fitted by full-batch
gradient descent (numpy). Deterministic: fixed fold split (seed 13), fixed iterations. The saved model
is ``src/chronik/data/pairs_model.json``; only features seen at least ``MIN_COUNT`` times are kept.
Figures are scored exactly as ``chronik eval --pairs`` scores them (``chronik.eval.score_pairs``,
first source and target span of each row, rows without a marked party count as wrong).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from chronik.classify import features, finish, predict, rule_event, rule_modality
from chronik.eval import load_pairs, score_pairs
from chronik.eval.pairs import PairPrediction

MIN_COUNT = 2
L2 = 1e-3
ITERS = 400
LR = 0.5
SEED = 13
OUT = Path(__file__).resolve().parent.parent / "src" / "chronik" / "data" / "pairs_model.json"


def row_features(row) -> list[str] | None:
    if not row.source_spans or not row.target_spans:
        return None
    return features(row.sentence, row.source_spans[0], row.target_spans[0])


def _matrix(feats: list[list[str]], vocab: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(feats), len(vocab)), dtype=np.float64)
    for i, fs in enumerate(feats):
        for f in fs:
            j = vocab.get(f)
            if j is not None:
                x[i, j] = 1.0
    return x


def _fit_softmax(x: np.ndarray, y: np.ndarray, k: int) -> np.ndarray:
    n, d = x.shape
    w = np.zeros((d, k))
    onehot = np.eye(k)[y]
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, ITERS + 1):  # Adam
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = x.T @ (p - onehot) / n + L2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= LR * 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def fit(feats: list[list[str]], events: list[str], modalities: list[str]) -> dict:
    counts = Counter(f for fs in feats for f in fs)
    names = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    vocab = {f: i for i, f in enumerate(names)}
    labels = sorted(set(events))
    x = _matrix(feats, vocab)
    w_ev = _fit_softmax(x, np.array([labels.index(e) for e in events]), len(labels))
    y_mod = np.array([1 if m == "todo" else 0 for m in modalities])
    w_mod = _fit_softmax(x, y_mod, 2)
    w_mod = (w_mod[:, 1] - w_mod[:, 0])[:, None]  # two-class softmax as one logistic score
    return {
        "about": "made by tools/fit_pairs.py from plv_train.jsonl; features: chronik.classify.features",
        "labels": labels,
        "event_weights": {f: [round(float(v), 4) for v in w_ev[i]] for f, i in vocab.items()
                          if np.abs(w_ev[i]).max() >= 1e-3},
        "modality_weights": {f: [round(float(w_mod[i, 0]), 4)] for f, i in vocab.items()
                             if abs(w_mod[i, 0]) >= 1e-3},
        "modality_threshold": 0.5,
    }


def _predict_rows(feats, model, collapse=True):
    preds = []
    for fs in feats:
        if fs is None:
            preds.append(PairPrediction(None))
            continue
        if model is None:
            ev, mod = rule_event(fs), rule_modality(fs)
        else:
            ev, mod = predict(fs, model)
        if collapse:
            preds.append(PairPrediction(*finish(ev, mod, fs)))
        else:
            ev2, quad, mod2 = finish(ev, "past", fs)
            preds.append(PairPrediction(ev2, quad, mod))
    return preds


def _show(title: str, report) -> None:
    d = report.to_dict()
    print(f"{title}: accuracy {d['accuracy']:.3f}  macro-F1 {d['macro_f1']:.3f}  quad {d['quad_accuracy']}  "
          f"modality {d['modality_accuracy']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pairs")
    ap.add_argument("--save", action="store_true")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    rows = load_pairs(args.pairs)
    feats = [row_features(r) for r in rows]
    _show("rules only (no fitting)", score_pairs(rows, _predict_rows(feats, None)))
    idx = list(range(len(rows)))
    random.Random(SEED).shuffle(idx)
    folds = [idx[k::args.folds] for k in range(args.folds)]
    for collapse in (True, False):
        preds: list[PairPrediction | None] = [None] * len(rows)
        for k in range(args.folds):
            test = set(folds[k])
            train = [i for i in idx if i not in test and feats[i] is not None]
            model = fit([feats[i] for i in train], [rows[i].event for i in train],
                        [rows[i].modality or "past" for i in train])
            for i, p in zip(folds[k], _predict_rows([feats[i] for i in folds[k]], model, collapse), strict=True):
                preds[i] = p
        report = score_pairs(rows, preds)
        _show(f"{args.folds}-fold CV, {'with' if collapse else 'without'} the future-collapse", report)
        if collapse:
            for label, c in sorted(report.per_class.items()):
                print(f"  {label:10s} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}")
            print("  confusions:", report.confusions[:8])
    if args.save:
        ok = [i for i in idx if feats[i] is not None]
        model = fit([feats[i] for i in ok], [rows[i].event for i in ok], [rows[i].modality or "past" for i in ok])
        OUT.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(model['event_weights'])} event features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
