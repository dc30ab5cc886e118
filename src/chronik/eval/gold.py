"""Gold files of EVENTS.md section 7 as typed records: documents with events, and relation pairs."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronik.errors import EvalError
from chronik.records import Document, Event, PubDate


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated act: the event record plus the gold-only fields of section 7."""

    event: Event
    optional: bool = False
    alt_events: tuple[str, ...] = ()
    span: tuple[int, int] | None = None
    """Offsets of the evidence in the document text; None when the evidence could not be located."""

    def accepts(self, event_type: str) -> bool:
        return event_type == self.event.event or event_type in self.alt_events


@dataclass(frozen=True, slots=True)
class GoldDoc:
    doc_id: str
    text: str
    lang: str | None
    pub_date: str | None
    events: tuple[GoldEvent, ...]
    partial: bool = False

    def document(self) -> Document:
        """The document as the scorer sees it; only its text and offsets matter for sentence spans."""
        return Document(self.doc_id, self.text, self.lang, PubDate.parse(self.pub_date))


@dataclass(frozen=True, slots=True)
class GoldPair:
    """One row of an English relation set (``plv_*.jsonl``): a sentence with marked source and target."""

    id: str
    sentence: str
    source_spans: tuple[tuple[int, int], ...]
    target_spans: tuple[tuple[int, int], ...]
    event: str
    quad: int | None
    modality: str | None


def locate_evidence(text: str, raw: Mapping[str, Any]) -> tuple[int, int] | None:
    """The gold evidence span: the given ``start``/``end`` when they fit, else its first occurrence."""
    evidence = raw.get("evidence") or ""
    start, end = raw.get("start"), raw.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return start, end
    found = text.find(evidence) if evidence else -1
    return (found, found + len(evidence)) if found >= 0 else None


def gold_event(text: str, raw: Mapping[str, Any]) -> GoldEvent:
    span = locate_evidence(text, raw)
    event = Event.from_dict({**raw, "start": span[0] if span else 0, "end": span[1] if span else 0})
    return GoldEvent(event, bool(raw.get("optional")), tuple(raw.get("alt_events") or ()), span)


def gold_doc(raw: Mapping[str, Any]) -> GoldDoc:
    try:
        text = raw["text"]
        events = tuple(gold_event(text, e) for e in raw.get("events") or ())
        return GoldDoc(str(raw["doc_id"]), text, raw.get("lang"), raw.get("pub_date"), events,
                       bool(raw.get("partial")))
    except (KeyError, TypeError, ValueError) as exc:
        raise EvalError(f"gold document {raw.get('doc_id', '?')}: {exc!r}") from exc


def gold_pair(raw: Mapping[str, Any]) -> GoldPair:
    try:
        return GoldPair(
            str(raw["id"]), raw["sentence"],
            tuple((int(s), int(e)) for s, e in raw.get("source_spans") or ()),
            tuple((int(s), int(e)) for s, e in raw.get("target_spans") or ()),
            raw["event"], raw.get("quad"), raw.get("modality"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise EvalError(f"gold pair {raw.get('id', '?')}: {exc!r}") from exc


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Every line of a JSONL file as a dict; a missing file or a broken line is an ``EvalError``."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalError(f"{p}: cannot read gold file ({exc.strerror})") from exc
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise EvalError(f"{p}:{number}: not JSON ({exc.msg})") from exc
    return rows


def is_pair_rows(rows: Iterable[Mapping[str, Any]]) -> bool:
    """Relation sets have a ``sentence`` with marked spans instead of a ``text`` with ``events``."""
    first = next(iter(rows), None)
    return bool(first) and "source_spans" in first and "events" not in first


def load_gold(path: str | Path) -> list[GoldDoc]:
    return [gold_doc(r) for r in read_jsonl(path)]


def load_pairs(path: str | Path) -> list[GoldPair]:
    return [gold_pair(r) for r in read_jsonl(path)]
