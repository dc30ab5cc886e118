"""Quality figures: run ``chronik eval`` on every gold set and write the table into the README.

    python bench/quality.py [--no-readme]

The gold sets live in ../shared/eval (never copied into the project) and examples/gold.jsonl; a set that
is missing is listed as such. The table is written between ``<!-- quality -->`` and ``<!-- /quality -->``
in README.md; the rest of the README is left untouched.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from chronik.eval import run_eval
from readme_block import replace_block

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
MARK = ("<!-- quality -->", "<!-- /quality -->")

# (path as written in the command, what the set is)
DOC_SETS = (
    ("../shared/eval/de/seed.jsonl", "de: seed article, 2 dates (development text the rules were written on)"),
    ("../shared/eval/de/dev_10kgnad.jsonl", "de: 15 derStandard articles (10kGNAD development set)"),
    ("examples/gold.jsonl", "de+en: the bundled example articles"),
    ("../shared/eval/en/plover_gsr.jsonl", "en: PLOVER GSR sentences (partial gold: recall only)"),
)
PAIR_SETS = (
    ("../shared/eval/en/plv_train.jsonl", "en: PLV_train marked pairs (the pair models were fitted on it)"),
)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _acc(attrs: dict[str, Any], key: str) -> str:
    a = attrs.get(key) or {}
    return "-" if not a.get("total") else f"{_pct(a.get('accuracy'))} (of {a['total']})"


def _resolve(path: str) -> Path:
    return (ROOT / path).resolve()


def doc_row(path: str, what: str) -> str:
    rep = json.loads(run_eval(str(_resolve(path)), as_json=True))
    ev, ty, attrs = rep["events"], rep["types"], rep["attributes"]
    cells = [what, str(ev["gold"]), _pct(ev["precision"]), _pct(ev["recall"]), _pct(ev["f1"]), _pct(ty["f1"]),
             _acc(attrs, "status"), _acc(attrs, "date"), f"`chronik eval {path}`"]
    return "| " + " | ".join(cells) + " |"


def pair_row(path: str, what: str) -> str:
    rep = json.loads(run_eval(str(_resolve(path)), as_json=True, pairs=True))
    cells = [what, str(rep["rows"]), _pct(rep["accuracy"]), _pct(rep["macro_f1"]), _pct(rep["quad_accuracy"]),
             _pct(rep["modality_accuracy"]), f"`chronik eval {path} --pairs`"]
    return "| " + " | ".join(cells) + " |"


def table() -> str:
    lines = ["| gold set | gold events | event P | event R | event F1 | type F1 | status acc | date acc | command |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    missing = []
    for path, what in DOC_SETS:
        if _resolve(path).is_file():
            lines.append(doc_row(path, what))
        else:
            missing.append(path)
    lines += ["", "| pair set | rows | accuracy | macro-F1 | quad acc | modality acc | command |",
              "|---|---:|---:|---:|---:|---:|---|"]
    for path, what in PAIR_SETS:
        if _resolve(path).is_file():
            lines.append(pair_row(path, what))
        else:
            missing.append(path)
    if missing:
        lines += ["", "Not found when this table was made: " + ", ".join(f"`{p}`" for p in missing) + "."]
    return "\n".join(lines)


def update_readme(text: str, readme: Path = README) -> bool:
    return replace_block(text, *MARK, readme)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-readme", action="store_true", help="Print the table only.")
    args = ap.parse_args()
    text = table()
    print(text)
    if not args.no_readme:
        print("README.md updated" if update_readme(text) else "README.md has no quality markers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
