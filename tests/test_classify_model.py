"""The fitted pair model is generated: refitting it from the train split must give the committed file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "eval" / "en" / "plv_train.jsonl"


@pytest.mark.skipif(not TRAIN.exists(), reason="the PLV train split lives in ../shared")
def test_committed_pair_model_is_what_the_fitting_script_produces() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import fit_pairs
    finally:
        sys.path.pop(0)
    rows = fit_pairs.load_pairs(str(TRAIN))
    feats = [fit_pairs.row_features(r) for r in rows]
    ok = [i for i, f in enumerate(feats) if f is not None]
    model = fit_pairs.fit([feats[i] for i in ok], [rows[i].event for i in ok],
                          [rows[i].modality or "past" for i in ok])
    fresh = json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n"
    saved = fit_pairs.OUT.read_text(encoding="utf-8")
    assert fresh == saved, "src/chronik/data/pairs_model.json is stale: run tools/fit_pairs.py ... --save"
