"""Render a scoring ``Report`` or ``PairReport`` as a readable text report or as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from chronik.eval.pairs import PairReport
from chronik.eval.scorer import Counts, Finding, Report

SENTENCE_WIDTH = 160
ATTRIBUTE_LABELS = {
    "mode": "mode", "status": "status", "date": "date (value)", "date_precision": "date (precision)",
    "location_country": "location (country)", "location_geonameid": "location (geonameid)",
    "names": "person names",
}


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(r: Sequence[str]) -> str:
        cells = [str(c).ljust(w) if i == 0 else str(c).rjust(w)
                 for i, (c, w) in enumerate(zip(r, widths, strict=True))]
        return "  ".join(cells).rstrip()
    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def _rates(c: Counts) -> list[str]:
    """P, R and F1 as percentages; "-" where there is nothing to divide by."""
    p = _pct(c.precision) if c.has_precision else "-"
    r = _pct(c.recall) if c.has_recall else "-"
    return [p, r, _pct(c.f1) if c.has_precision or c.has_recall else "-"]


def _prf(name: str, c: Counts) -> list[str]:
    return [name, *_rates(c), str(c.tp_gold), str(c.fp), str(c.fn), str(c.gold), str(c.pred)]


PRF_HEADER = ["", "P", "R", "F1", "TP", "FP", "FN", "gold", "pred"]


def shorten(text: str, width: int = SENTENCE_WIDTH, keep: str = "") -> str:
    """Shorten to about ``width`` characters, keeping ``keep`` (the evidence) in view when it is far in."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    at = flat.find(" ".join(keep.split())) if keep else -1
    start = 0
    if at > 0 and at + len(keep) > width - 1:
        start = max(0, min(at - width // 4, len(flat) - width + 1))
    piece = flat[start:start + width - 1]
    return ("…" if start else "") + piece + ("…" if start + width - 1 < len(flat) else "")


def _finding_lines(title: str, findings: Sequence[Finding]) -> list[str]:
    lines = [f"{title} ({len(findings)})"]
    for f in findings:
        parties = f"{'+'.join(f.actor) or '-'} -> {'+'.join(f.recipient) or '-'}"
        lines.append(f"  [{f.doc_id}] {f.event} {parties}: «{shorten(f.evidence, 80)}»")
        lines.append(f"      {shorten(f.sentence, keep=f.evidence)}")
    return lines


def render_text(report: Report, title: str = "") -> str:
    out = [f"chronik eval {title}".rstrip(), ""]
    out += _table(PRF_HEADER, [_prf("events (type+parties)", report.events),
                               _prf("types (same sentence)", report.types)])
    out += ["", "Per type (events)"]
    out += _table(["type", *PRF_HEADER[1:]], [_prf(t, c) for t, c in report.per_type.items()])
    out += ["", "Per language (events / types F1)"]
    out += _table(["lang", "P", "R", "F1", "type F1", "docs"],
                  [[lang, *_rates(ev), _rates(ty)[2],
                    str(sum(d.lang == lang or (d.lang is None and lang == "?") for d in report.docs))]
                   for lang, (ev, ty) in report.per_lang.items()])
    out += ["", "Attributes of matched required events"]
    out += _table(["attribute", "accuracy", "correct", "of"],
                  [[ATTRIBUTE_LABELS.get(k, k), _pct(a.value) if a.total else "-", str(a.correct), str(a.total)]
                   for k, a in report.attributes.items()])
    out += ["", "Per document (events)"]
    out += _table(["doc_id", "P", "R", "F1", "TP", "FP", "FN", "note"],
                  [[d.doc_id, *_rates(d.events), str(d.events.tp_gold), str(d.events.fp), str(d.events.fn),
                    "recall only" if d.partial else ""] for d in report.docs])
    out += ["", *_finding_lines("Misses", report.misses), ""]
    out += _finding_lines("False positives", report.false_positives)
    if report.notes:
        out += ["", "Notes", *(f"  {n}" for n in report.notes)]
    return "\n".join(out) + "\n"


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "events": report.events.to_dict(), "types": report.types.to_dict(),
        "per_type": {t: c.to_dict() for t, c in report.per_type.items()},
        "per_lang": {lang: {"events": ev.to_dict(), "types": ty.to_dict()}
                     for lang, (ev, ty) in report.per_lang.items()},
        "attributes": {k: {"accuracy": round(a.value, 4), "correct": a.correct, "total": a.total}
                       for k, a in report.attributes.items()},
        "docs": [{"doc_id": d.doc_id, "lang": d.lang, "partial": d.partial, "events": d.events.to_dict(),
                  "types": d.types.to_dict()} for d in report.docs],
        "misses": [f.to_dict() for f in report.misses],
        "false_positives": [f.to_dict() for f in report.false_positives],
        "notes": list(report.notes),
    }


def render_json(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2)


def render_pairs_text(report: PairReport, title: str = "") -> str:
    out = [f"chronik eval (pairs) {title}".rstrip(), ""]
    out.append(f"rows {report.accuracy.total}  accuracy {_pct(report.accuracy.value)}  "
               f"macro-F1 {_pct(report.macro_f1)}")
    if report.quad.total:
        out.append(f"quad class accuracy {_pct(report.quad.value)} (of {report.quad.total})")
    if report.modality.total:
        out.append(f"modality accuracy {_pct(report.modality.value)} (of {report.modality.total})")
    out += ["", "Per class"]
    out += _table(["class", *PRF_HEADER[1:]], [_prf(k, c) for k, c in report.per_class.items()])
    if report.confusions:
        out += ["", "Commonest confusions (gold -> predicted)"]
        out += [f"  {g:<10} -> {p:<10} {n}" for g, p, n in report.confusions]
    return "\n".join(out) + "\n"


def render_pairs_json(report: PairReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
