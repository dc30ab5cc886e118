"""Records → flat rows → Arrow tables, and back: the one place that knows the table layout.

The store writes Arrow tables in bulk (DuckDB reads them without copying row by row); the exports
reuse the same flat event rows so that a Parquet or CSV export has the columns of the ``events`` table.
"""

from __future__ import annotations

import calendar
import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa

from chronik.records import DocResult, Entity, Event, Failure, Location, Precision, Status

_S, _I, _F, _T = pa.string(), pa.int64(), pa.float64(), pa.timestamp("us", tz="UTC")

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _S), ("lang", _S), ("pub_date", _S), ("precision", _S), ("url", _S), ("title", _S),
        ("source", _S), ("n_sentences", _I), ("n_events", _I), ("notes", pa.list_(_S)), ("coded_at", _T),
    ]),
    "sentences": pa.schema([("doc_id", _S), ("sentence", _I), ("start", _I), ("end", _I), ("text", _S)]),
    "events": pa.schema([
        ("event_id", _S), ("doc_id", _S), ("event", _S), ("mode", _S), ("context", pa.list_(_S)),
        ("actor", _S), ("recipient", _S), ("actor_codes", pa.list_(_S)), ("recipient_codes", pa.list_(_S)),
        ("status", _S), ("date", _S), ("date_precision", _S), ("date_lo", _S), ("date_hi", _S),
        ("location", _S), ("evidence", _S), ("sentence", _I), ("start", _I), ("end", _I),
        ("attributed_to", _S), ("confidence", _F), ("trail", pa.list_(_S)),
    ]),
    "entities": pa.schema([
        ("event_id", _S), ("doc_id", _S), ("role", _S), ("position", _I), ("code", _S), ("sector", _S),
        ("text", _S), ("name", _S), ("office", _S),
    ]),
    "locations": pa.schema([
        ("event_id", _S), ("doc_id", _S), ("name", _S), ("country", _S), ("geonameid", _I),
        ("lat", _F), ("lon", _F),
    ]),
    "errors": pa.schema([("source", _S), ("stage", _S), ("reason", _S), ("offset", _I), ("at", _T)]),
}
DOC_TABLES = ("documents", "sentences", "events", "entities", "locations")


def event_id(ev: Event, doc_id: str | None = None) -> str:
    """Stable id of an event: the same act coded from the same document text gets the same id."""
    key = f"{doc_id or ev.doc_id or ''}|{ev.sentence}|{ev.start}|{ev.end}|{ev.event}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def date_bounds(date: str | None) -> tuple[str | None, str | None]:
    """First and last day a ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` date may mean, as sortable strings.

    Filtering on these bounds lets a month-precision event match any day range that overlaps its month.
    """
    if not date:
        return None, None
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        last = calendar.monthrange(int(date[:4]), int(date[5:7]))[1]
        return f"{date}-01", f"{date}-{last:02d}"
    return date[:10], date[:10]


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def event_row(ev: Event, doc_id: str | None = None) -> dict[str, Any]:
    doc = doc_id or ev.doc_id
    lo, hi = date_bounds(ev.date)
    return {
        "event_id": event_id(ev, doc), "doc_id": doc, "event": ev.event, "mode": ev.mode,
        "context": list(ev.context),
        "actor": _dumps([e.to_dict() for e in ev.actor]),
        "recipient": _dumps([e.to_dict() for e in ev.recipient]),
        "actor_codes": [e.code for e in ev.actor if e.code],
        "recipient_codes": [e.code for e in ev.recipient if e.code],
        "status": str(ev.status), "date": ev.date,
        "date_precision": str(ev.date_precision) if ev.date_precision else None,
        "date_lo": lo, "date_hi": hi,
        "location": _dumps(ev.location.to_dict() if ev.location else None),
        "evidence": ev.evidence, "sentence": ev.sentence, "start": ev.start, "end": ev.end,
        "attributed_to": _dumps(ev.attributed_to.to_dict() if ev.attributed_to else None),
        "confidence": ev.confidence, "trail": list(ev.trail),
    }


def event_from_row(row: dict[str, Any]) -> Event:
    """Rebuild an Event from an ``events`` row (the JSON columns keep every entity field)."""
    attributed = json.loads(row["attributed_to"]) if row.get("attributed_to") else None
    return Event(
        event=row["event"], mode=row.get("mode"), context=tuple(row.get("context") or ()),
        actor=tuple(Entity.from_dict(e) for e in json.loads(row.get("actor") or "[]")),
        recipient=tuple(Entity.from_dict(e) for e in json.loads(row.get("recipient") or "[]")),
        status=Status(row["status"]), date=row.get("date"),
        date_precision=Precision(row["date_precision"]) if row.get("date_precision") else None,
        location=Location.from_dict(json.loads(row["location"])) if row.get("location") else None,
        evidence=row.get("evidence") or "", sentence=int(row["sentence"]), start=int(row["start"]),
        end=int(row["end"]), attributed_to=Entity.from_dict(attributed) if attributed else None,
        confidence=float(row["confidence"]), trail=tuple(row.get("trail") or ()), doc_id=row.get("doc_id"),
    )


def _entity_rows(ev: Event, eid: str, doc_id: str | None) -> list[dict[str, Any]]:
    rows = []
    for role, parties in (("actor", ev.actor), ("recipient", ev.recipient)):
        for i, e in enumerate(parties):
            rows.append({"event_id": eid, "doc_id": doc_id, "role": role, "position": i, "code": e.code,
                         "sector": e.sector, "text": e.text, "name": e.name, "office": e.office})
    return rows


def _location_row(ev: Event, eid: str, doc_id: str | None) -> dict[str, Any] | None:
    loc = ev.location
    if loc is None:
        return None
    return {"event_id": eid, "doc_id": doc_id, "name": loc.name, "country": loc.country,
            "geonameid": loc.geonameid, "lat": loc.lat, "lon": loc.lon}


def _document_row(res: DocResult, now: datetime) -> dict[str, Any]:
    d = res.doc
    return {
        "doc_id": d.doc_id, "lang": d.lang, "pub_date": d.pub_date.iso() if d.pub_date else None,
        "precision": str(d.pub_date.precision) if d.pub_date else None, "url": d.url, "title": d.title,
        "source": d.source, "n_sentences": len(res.sentences), "n_events": len(res.events),
        "notes": list(res.notes), "coded_at": now,
    }


def result_rows(results: Iterable[DocResult]) -> dict[str, list[dict[str, Any]]]:
    """Flatten document results into rows per table (documents, sentences, events, entities, locations)."""
    now = datetime.now(UTC)
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in DOC_TABLES}
    for res in results:
        doc_id = res.doc.doc_id
        out["documents"].append(_document_row(res, now))
        out["sentences"].extend({"doc_id": doc_id, "sentence": s.index, "start": s.start, "end": s.end,
                                 "text": s.text} for s in res.sentences)
        for ev in res.events:
            row = event_row(ev, doc_id)
            out["events"].append(row)
            out["entities"].extend(_entity_rows(ev, row["event_id"], doc_id))
            loc = _location_row(ev, row["event_id"], doc_id)
            if loc is not None:
                out["locations"].append(loc)
    return out


def result_tables(results: Iterable[DocResult]) -> dict[str, pa.Table]:
    """``result_rows`` as one Arrow table per table (what ``Store.write_rows`` takes).

    Built where the documents are coded (an ingest worker), so the writing process only concatenates
    tables; Arrow tables also travel between processes far cheaper than the records they came from.
    """
    return {table: to_arrow(table, rows) for table, rows in result_rows(results).items()}


def concat_tables(parts: Iterable[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    """Several ``result_tables`` outputs as one (for a single write transaction)."""
    parts = list(parts)
    return {table: pa.concat_tables([p[table] for p in parts]) if parts else to_arrow(table, [])
            for table in DOC_TABLES}


def failure_rows(failures: Iterable[Failure]) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    return [{"source": f.source, "stage": f.stage, "reason": f.reason, "offset": f.offset, "at": now}
            for f in failures]


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMAS[table])
