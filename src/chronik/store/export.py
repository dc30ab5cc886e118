"""Exports of coded events: strict PLOVER JSONL, POLECAT-like TSV, Parquet, CSV and chronik's own JSONL.

``plover`` (JSON lines) applies EVENTS.md section 6 and writes one object per event with these fields:

    id              stable event id (hash of doc_id, sentence, start, end, event; as in the store)
    date            YYYY-MM-DD, YYYY-MM or YYYY
    date_precision  day, week, month or year
    event_type      PLOVER type after the section 6 collapse
    mode            PLOVER mode of that type, or null (null after a collapse: AGREE/CONCEDE have none)
    context         list of PLOVER contexts
    actor           list of {country, sector, name, text, office}
    actor_country, actor_sector, actor_name              the first actor, for flat readers
    recipient       list of {country, sector, name, text, office}
    recipient_country, recipient_sector, recipient_name  the first recipient
    quad_code       1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    quad_name       the quad class in words
    goldstein       the PLOVER score of type and mode (``plover().score``), a Goldstein-like intensity
    location        {name, country, geonameid, lat, lon} or null
    text            the evidence span that states the act
    story_id        document id;   sentence_id   index of the sentence in the document
    status          chronik status (asserted, future, hypothetical, historical; negated only on request)
    attributed_to   entity quoted as the source of the report, or null
    confidence      0..1
    planned         extension, only on collapsed events: {event, mode, date} of the planned act

Section 6: a ``future`` CONSULT, SUPPORT, COOPERATE or AID becomes AGREE, a ``future`` RETREAT becomes
CONCEDE (both keep the planned act in ``planned``); ``negated`` events are left out unless
``include_negated``. The ``polecat`` TSV applies the same mapping (POLECAT is PLOVER-coded).
``parquet`` and ``csv`` have the columns of the store's ``events`` table, ``jsonl`` is chronik's own
record (``Event.to_dict`` plus ``event_id``); these three keep every event, negated ones included,
because their ``status`` column says what each is.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from chronik.errors import ExportError
from chronik.plover import plover
from chronik.records import Entity, Event, Status
from chronik.store.rows import SCHEMAS, event_id, event_row

FORMATS = ("plover", "polecat", "parquet", "csv", "jsonl")
PLANNED_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Quad Code", "Actor Country", "Actor Sector",
    "Actor Name", "Recipient Country", "Recipient Sector", "Recipient Name", "Contexts", "Location",
    "Latitude", "Longitude", "GeoNames ID", "Story ID", "Sentence", "Status", "Confidence",
)


def strict_type(ev: Event) -> tuple[str, str | None, dict[str, Any] | None]:
    """(type, mode, planned) of an event under the section 6 mapping."""
    if ev.status is Status.FUTURE and (ev.event in PLANNED_AS_AGREE or ev.event == "RETREAT"):
        target = "CONCEDE" if ev.event == "RETREAT" else "AGREE"
        return target, None, {"event": ev.event, "mode": ev.mode, "date": ev.date}
    return ev.event, ev.mode, None


def strict_events(events: Iterable[Event], include_negated: bool = False) -> Iterator[Event]:
    return (ev for ev in events if include_negated or ev.status is not Status.NEGATED)


def _party(e: Entity) -> dict[str, Any]:
    return {"country": e.code, "sector": e.sector, "name": e.name, "text": e.text, "office": e.office}


def _first(parties: tuple[Entity, ...], attr: str) -> str | None:
    return getattr(parties[0], attr) if parties else None


def _score(event: str, mode: str | None) -> float | None:
    facts = plover()
    return facts.score(event, mode) if event in facts.types else None


def plover_record(ev: Event) -> dict[str, Any]:
    """One event as a strict PLOVER object (field list in the module docstring)."""
    etype, mode, planned = strict_type(ev)
    kind = plover().types.get(etype)
    rec: dict[str, Any] = {
        "id": event_id(ev), "date": ev.date,
        "date_precision": str(ev.date_precision) if ev.date_precision else None,
        "event_type": etype, "mode": mode, "context": list(ev.context),
        "actor": [_party(e) for e in ev.actor], "actor_country": _first(ev.actor, "code"),
        "actor_sector": _first(ev.actor, "sector"), "actor_name": _first(ev.actor, "name"),
        "recipient": [_party(e) for e in ev.recipient], "recipient_country": _first(ev.recipient, "code"),
        "recipient_sector": _first(ev.recipient, "sector"), "recipient_name": _first(ev.recipient, "name"),
        "quad_code": kind.quad if kind else None, "quad_name": kind.quad_name if kind else None,
        "goldstein": _score(etype, mode),
        "location": ev.location.to_dict() if ev.location else None,
        "text": ev.evidence, "story_id": ev.doc_id, "sentence_id": ev.sentence, "status": str(ev.status),
        "attributed_to": _party(ev.attributed_to) if ev.attributed_to else None,
        "confidence": ev.confidence,
    }
    if planned is not None:
        rec["planned"] = planned
    return rec


def _joined(parties: tuple[Entity, ...], attr: str) -> str:
    return ";".join(str(getattr(e, attr)) for e in parties if getattr(e, attr))


def polecat_row(ev: Event) -> list[Any]:
    """One event as a POLECAT-like row (``POLECAT_COLUMNS``); several parties are joined with ``;``."""
    etype, mode, _ = strict_type(ev)
    kind = plover().types.get(etype)
    loc = ev.location
    return [
        event_id(ev), ev.date or "", etype, mode or "", kind.quad if kind else "",
        _joined(ev.actor, "code"), _joined(ev.actor, "sector"), _joined(ev.actor, "name") or
        _joined(ev.actor, "text"), _joined(ev.recipient, "code"), _joined(ev.recipient, "sector"),
        _joined(ev.recipient, "name") or _joined(ev.recipient, "text"), ";".join(ev.context),
        loc.name if loc else "", _num(loc.lat if loc else None), _num(loc.lon if loc else None),
        _num(loc.geonameid if loc else None), ev.doc_id or "", _one_line(ev.evidence), str(ev.status),
        f"{ev.confidence:.2f}",
    ]


def _num(v: float | int | None) -> str:
    return "" if v is None else str(v)


def _one_line(text: str) -> str:
    # TSV has no quoting convention that every reader honours; keep cells on one line.
    return " ".join(text.split())


@contextmanager
def _text_out(path: str | Path) -> Iterator[IO[str]]:
    if str(path) == "-":
        yield sys.stdout
        return
    try:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            yield fh
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror}") from exc


def _write_plover(events: list[Event], out: IO[str]) -> None:
    for ev in events:
        out.write(json.dumps(plover_record(ev), ensure_ascii=False) + "\n")


def _write_polecat(events: list[Event], out: IO[str]) -> None:
    w = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(POLECAT_COLUMNS)
    w.writerows(polecat_row(ev) for ev in events)


def _write_jsonl(events: list[Event], out: IO[str]) -> None:
    for ev in events:
        out.write(json.dumps({"event_id": event_id(ev), **ev.to_dict()}, ensure_ascii=False) + "\n")


def _write_csv(events: list[Event], out: IO[str]) -> None:
    cols = SCHEMAS["events"].names
    w = csv.DictWriter(out, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    for ev in events:
        row = event_row(ev)
        w.writerow({k: ";".join(v) if isinstance(v, list) else v for k, v in row.items()})


def _write_parquet(events: list[Event], path: str | Path) -> None:
    table = pa.Table.from_pylist([event_row(ev) for ev in events], schema=SCHEMAS["events"])
    try:
        pq.write_table(table, str(path))
    except OSError as exc:
        raise ExportError(f"{path}: cannot write parquet: {exc}") from exc


_TEXT_WRITERS: dict[str, Callable[[list[Event], IO[str]], None]] = {
    "plover": _write_plover, "polecat": _write_polecat, "jsonl": _write_jsonl, "csv": _write_csv,
}


def export_events(events: Iterable[Event], fmt: str, path: str | Path, include_negated: bool = False) -> int:
    """Write ``events`` to ``path`` (``-`` is standard output for text formats); returns events written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    strict = fmt in ("plover", "polecat")
    chosen = list(strict_events(events, include_negated) if strict else events)
    if fmt == "parquet":
        if str(path) == "-":
            raise ExportError("parquet is binary; give a file with --out")
        _write_parquet(chosen, path)
    else:
        with _text_out(path) as out:
            _TEXT_WRITERS[fmt](chosen, out)
    return len(chosen)


def export_string(events: Iterable[Event], fmt: str, include_negated: bool = False) -> str:
    """The text formats as a string (for the web view and tests)."""
    buf = io.StringIO()
    chosen = list(strict_events(events, include_negated) if fmt in ("plover", "polecat") else events)
    if fmt not in _TEXT_WRITERS:
        raise ExportError(f"{fmt!r} is not a text format")
    _TEXT_WRITERS[fmt](chosen, buf)
    return buf.getvalue()
