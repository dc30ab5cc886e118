"""``chronik classify PAIRS.jsonl --out PRED.jsonl``: the relation of every marked source/target pair.

Input rows are ``plv_*.jsonl`` rows (``id``, ``sentence``, ``source_spans``, ``target_spans``); output is
one line per input line: ``{"id", "event", "quad", "modality"}``. A row without a marked source or target
is still classified (from the party that is marked); a line that is not a JSON object gets nulls.
"""

from __future__ import annotations

import json
from typing import Any

import click


def _spans(row: dict[str, Any], key: str) -> list | None:
    spans = row.get(key)
    if isinstance(spans, list) and spans:
        return spans[0] if isinstance(spans[0], list) else spans
    return None


def classify_row(row: dict[str, Any]) -> dict[str, Any]:
    from chronik.classify import classify

    event, quad, modality = classify(str(row.get("sentence", "")), _spans(row, "source_spans"),
                                     _spans(row, "target_spans"))
    return {"id": row.get("id"), "event": event, "quad": quad, "modality": modality}


@click.command("classify")
@click.argument("pairs", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True), default="-", show_default=True,
              help="Where to write the predictions (JSON lines); '-' is standard output.")
def classify_cmd(pairs: str, out: str) -> None:
    """Classify the PLOVER relation of each marked pair in PAIRS (JSON lines)."""
    with open(pairs, encoding="utf-8") as src, click.open_file(out, "w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                row = None
            if not isinstance(row, dict):
                result = {"id": None, "event": None, "quad": None, "modality": None}
            else:
                result = classify_row(row)
            dst.write(json.dumps(result, ensure_ascii=False) + "\n")


classify = classify_cmd
