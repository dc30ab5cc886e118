"""The dashboard's data: pure functions from a (read-only) Store to JSON-ready dicts.

The JSON endpoints return these dicts as they are and the HTML pages render the very same dicts, so the
two views can never disagree. Nothing here writes to the store.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from chronik.errors import ChronikError
from chronik.plover import plover
from chronik.records import Status
from chronik.store.db import Store, _filters
from chronik.store.rows import event_from_row

PER_PAGE = 50
MAX_PER_PAGE = 500
TOP_PAIRS = 15
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ORDER = "ORDER BY e.date_lo DESC NULLS LAST, e.doc_id, e.sentence, e.start, e.event"
"""Newest first: analysts look at recent events; ties keep document order."""


class FilterError(ChronikError):
    """A dashboard request with a malformed filter (the web layer answers 400)."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The filters of the event list; field names are the query-string parameter names."""

    type: str | None = None
    status: str | None = None
    country: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    q: str | None = None
    page: int = 1
    per_page: int = PER_PAGE

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> EventFilter:
        """Build a filter from query parameters (``from``/``to`` are the date bounds); empty means unset."""
        def get(name: str) -> str | None:
            value = (params.get(name) or "").strip()
            return value or None

        for name in ("from", "to"):
            value = get(name)
            if value and not _DATE.match(value):
                raise FilterError(f"{name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        status = get("status")
        page, per_page = paging(params)
        if status and status.lower() not in {s.value for s in Status}:
            raise FilterError(f"status: unknown status {status!r}")
        return cls(type=get("type"), status=status, country=get("country"), date_from=get("from"),
                   date_to=get("to"), actor=get("actor"), q=get("q"), page=page, per_page=per_page)

    def params(self) -> dict[str, str]:
        """The filter as query parameters (unset ones left out, paging included)."""
        d = asdict(self)
        d["from"], d["to"] = d.pop("date_from"), d.pop("date_to")
        return {k: str(v) for k, v in d.items() if v is not None}


def paging(params: Mapping[str, str]) -> tuple[int, int]:
    """``page`` and ``per_page`` from query parameters, checked."""
    return (_int((params.get("page") or "").strip() or None, "page", 1, 1, 10**9),
            _int((params.get("per_page") or "").strip() or None, "per_page", PER_PAGE, 1, MAX_PER_PAGE))


def _int(value: str | None, name: str, default: int, lo: int, hi: int) -> int:
    if value is None:
        return default
    try:
        n = int(value)
    except ValueError:
        raise FilterError(f"{name}: expected a whole number, got {value!r}") from None
    if not lo <= n <= hi:
        raise FilterError(f"{name}: must be between {lo} and {hi}")
    return n


def _one(store: Store, q: str, params: list[Any] | None = None) -> Any:
    return store.sql(q, params or [])[1][0][0]


def _counts(store: Store, q: str) -> dict[str, int]:
    return {str(k): int(n) for k, n in store.sql(q)[1]}


# -- overview -------------------------------------------------------------------------------------
def overview(store: Store) -> dict[str, Any]:
    """Counts for the front page: totals, by type, status, quad class, month, language, country pairs."""
    summary = store.summary()
    by_type = summary["by_type"]
    return {
        "documents": summary["counts"]["documents"],
        "events": summary["counts"]["events"],
        "errors": summary["counts"]["errors"],
        "dates": summary["dates"],
        "by_type": by_type,
        "by_status": summary["by_status"],
        "by_quad": _by_quad(by_type),
        "by_month": _counts(store, "SELECT substr(date, 1, 7), count(*) FROM events "
                                   "WHERE length(date) >= 7 GROUP BY 1 ORDER BY 1"),
        "by_lang": summary["by_lang"],
        "top_pairs": top_pairs(store),
    }


def _by_quad(by_type: Mapping[str, int]) -> dict[str, int]:
    types = plover().types
    names = {t.quad: t.quad_name for t in types.values()}
    out = {names[q]: 0 for q in sorted(names)}
    for event, n in by_type.items():
        name = types[event].quad_name if event in types else "unknown"
        out[name] = out.get(name, 0) + n
    return out


def top_pairs(store: Store, limit: int = TOP_PAIRS) -> list[dict[str, Any]]:
    """The most frequent actor→recipient code pairs, counted once per event."""
    # Two unnests in one SELECT would zip the lists; nesting them gives every actor × recipient pair.
    q = ("SELECT a, r, count(DISTINCT event_id) n FROM ("
         "  SELECT event_id, a, unnest(recipient_codes) r FROM ("
         "    SELECT event_id, unnest(actor_codes) a, recipient_codes FROM events)) "
         "GROUP BY a, r ORDER BY n DESC, a, r LIMIT ?")
    return [{"actor": a, "recipient": r, "count": int(n)} for a, r, n in store.sql(q, [int(limit)])[1]]


# -- event list -----------------------------------------------------------------------------------
def _conditions(f: EventFilter) -> tuple[str, list[Any]]:
    conds, params = _filters(f.date_from, f.date_to, f.country, f.type, f.status, f.actor)
    if f.q:
        conds.append("contains(lower(e.evidence), lower(?))")
        params.append(f.q)
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def _event_dict(cols: list[str], row: tuple[Any, ...]) -> dict[str, Any]:
    rec = dict(zip(cols, row, strict=True))
    return {"event_id": rec["event_id"], **event_from_row(rec).to_dict()}


def events(store: Store, f: EventFilter) -> dict[str, Any]:
    """One page of events matching the filter, newest first, with the total count."""
    where, params = _conditions(f)
    total = int(_one(store, f"SELECT count(*) FROM events e{where}", params))
    offset = (f.page - 1) * f.per_page
    cols, rows = store.sql(f"SELECT e.* FROM events e{where} {_ORDER} LIMIT ? OFFSET ?",
                           [*params, f.per_page, offset])
    return {
        "total": total, "page": f.page, "per_page": f.per_page, "pages": max(1, -(-total // f.per_page)),
        "filters": {k: v for k, v in f.params().items() if k not in ("page", "per_page")},
        "events": [_event_dict(cols, r) for r in rows],
    }


# -- one event ------------------------------------------------------------------------------------
def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event with its document, every sentence split into marked/unmarked segments, and the trail.

    The store keeps sentences, not the raw text; sentences are spans with absolute offsets, so the
    evidence span ``[start, end)`` is marked by offsets, even when it crosses a sentence boundary.
    Returns None for an unknown id.
    """
    cols, rows = store.sql("SELECT * FROM events WHERE event_id = ? LIMIT 1", [event_id])
    if not rows:
        return None
    ev = _event_dict(cols, rows[0])
    doc_id = ev["doc_id"]
    dcols, drows = store.sql("SELECT doc_id, lang, pub_date, url, title, source, n_sentences, n_events, notes "
                             "FROM documents WHERE doc_id = ?", [doc_id])
    document = dict(zip(dcols, drows[0], strict=True)) if drows else {"doc_id": doc_id}
    _, srows = store.sql('SELECT sentence, start, "end", text FROM sentences WHERE doc_id = ? ORDER BY sentence',
                         [doc_id])
    sentences = [_sentence(int(i), int(s), int(e), t or "", ev["start"], ev["end"]) for i, s, e, t in srows]
    _, orows = store.sql("SELECT event_id, event, sentence, status FROM events WHERE doc_id = ? "
                         "ORDER BY sentence, start, event", [doc_id])
    return {
        "event": ev,
        "document": document,
        "sentences": sentences,
        "highlight": {"sentence": ev["sentence"], "start": ev["start"], "end": ev["end"],
                      "found": any(s["marked"] for s in sentences)},
        "trail": ev["trail"],
        "document_events": [{"event_id": i, "event": t, "sentence": int(s), "status": st}
                            for i, t, s, st in orows],
    }


def _sentence(index: int, start: int, end: int, text: str, mark_start: int, mark_end: int) -> dict[str, Any]:
    lo, hi = max(mark_start, start) - start, min(mark_end, end) - start
    if lo < hi:
        segments = [{"text": text[:lo], "mark": False}, {"text": text[lo:hi], "mark": True},
                    {"text": text[hi:], "mark": False}]
        segments = [s for s in segments if s["text"]]
    else:
        segments = [{"text": text, "mark": False}]
    return {"index": index, "start": start, "end": end, "text": text, "marked": lo < hi, "segments": segments}


# -- errors ---------------------------------------------------------------------------------------
def errors(store: Store, page: int = 1, per_page: int = PER_PAGE) -> dict[str, Any]:
    """Recorded failures (unreadable inputs, documents that could not be coded), newest first."""
    total = int(_one(store, "SELECT count(*) FROM errors"))
    cols, rows = store.sql('SELECT source, stage, reason, "offset", "at" FROM errors '
                           'ORDER BY "at" DESC, source LIMIT ? OFFSET ?', [per_page, (page - 1) * per_page])
    items = []
    for row in rows:
        rec = dict(zip(cols, row, strict=True))
        if isinstance(rec["at"], datetime):
            rec["at"] = rec["at"].isoformat()
        items.append(rec)
    return {"total": total, "page": page, "per_page": per_page, "pages": max(1, -(-total // per_page)),
            "by_stage": _counts(store, "SELECT stage, count(*) FROM errors GROUP BY 1 ORDER BY 2 DESC, 1"),
            "errors": items}
