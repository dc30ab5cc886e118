"""The chronik store: one embedded DuckDB file with documents, sentences, events, entities, locations, errors.

Writes go in bulk through Arrow tables. A document is identified by ``doc_id`` (the content hash of its
text unless the source gives an id); writing it again replaces its rows, so re-coding a corpus never
duplicates anything. DuckDB allows a single read-write process per file: one process writes (the
runners funnel results to it), others may open the file with ``read_only=True``. Inside one process,
every statement is serialised by a lock, because a DuckDB connection must not be used by two threads at
once; threads may therefore share a Store.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from chronik.errors import StoreError
from chronik.records import DocResult, Event, Failure
from chronik.store.rows import DOC_TABLES, event_from_row, failure_rows, result_tables, to_arrow

DEFAULT_PATH = "chronik.duckdb"
BATCH = 2000
"""Documents per write transaction: bounds memory while keeping Arrow batches large."""

_DDL = """
CREATE TABLE IF NOT EXISTS documents (doc_id VARCHAR PRIMARY KEY, lang VARCHAR, pub_date VARCHAR,
  precision VARCHAR, url VARCHAR, title VARCHAR, source VARCHAR, n_sentences BIGINT, n_events BIGINT,
  notes VARCHAR[], coded_at TIMESTAMPTZ);
CREATE TABLE IF NOT EXISTS sentences (doc_id VARCHAR, sentence BIGINT, start BIGINT, "end" BIGINT,
  text VARCHAR);
CREATE TABLE IF NOT EXISTS events (event_id VARCHAR, doc_id VARCHAR, event VARCHAR, mode VARCHAR,
  context VARCHAR[], actor VARCHAR, recipient VARCHAR, actor_codes VARCHAR[], recipient_codes VARCHAR[],
  status VARCHAR, date VARCHAR, date_precision VARCHAR, date_lo VARCHAR, date_hi VARCHAR,
  location VARCHAR, evidence VARCHAR, sentence BIGINT, start BIGINT, "end" BIGINT, attributed_to VARCHAR,
  confidence DOUBLE, trail VARCHAR[]);
CREATE TABLE IF NOT EXISTS entities (event_id VARCHAR, doc_id VARCHAR, role VARCHAR, position BIGINT,
  code VARCHAR, sector VARCHAR, text VARCHAR, name VARCHAR, office VARCHAR);
CREATE TABLE IF NOT EXISTS locations (event_id VARCHAR, doc_id VARCHAR, name VARCHAR, country VARCHAR,
  geonameid BIGINT, lat DOUBLE, lon DOUBLE);
CREATE TABLE IF NOT EXISTS errors (source VARCHAR, stage VARCHAR, reason VARCHAR, "offset" BIGINT,
  "at" TIMESTAMPTZ);
"""

_ORDER = "ORDER BY e.doc_id, e.sentence, e.start, e.event"


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class Store:
    """A DuckDB file of coded documents. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path = DEFAULT_PATH, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (code some documents first)")
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open store: {exc}") from exc
        self._lock = threading.RLock()
        if not read_only:
            self._con.execute(_DDL)

    # -- lifecycle -------------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    # -- writing ---------------------------------------------------------------------------------
    def write(self, results: Iterable[DocResult]) -> int:
        """Store document results, replacing earlier rows of the same documents. Returns documents written."""
        n = 0
        for chunk in _batches(results, BATCH):
            # The last result of a document wins, inside a batch as across batches.
            unique = list({r.doc.doc_id: r for r in chunk}.values())
            self._write_batch(unique)
            n += len(unique)
        return n

    def _write_batch(self, results: list[DocResult]) -> None:
        self.write_rows(result_tables(results))

    def write_rows(self, tables: dict[str, pa.Table], replace: bool = True) -> int:
        """Store prebuilt rows (``rows.result_tables``, possibly of many batches) in one transaction.

        Earlier rows of the same documents are replaced. Each document must appear once in ``tables``
        (``write`` keeps the last result of a repeated document; an ingest never codes one twice).
        ``replace=False`` skips looking for earlier rows: for a writer that only writes documents it
        checked are not stored yet (an ingest). Returns the number of documents written.
        """
        if tables["documents"].num_rows == 0:
            return 0
        with self.transaction():
            return self.insert_rows(tables, replace)

    def insert_rows(self, tables: dict[str, pa.Table], replace: bool = True) -> int:
        """``write_rows`` inside a ``transaction`` the caller holds (with other writes of its own)."""
        docs = tables["documents"]
        if docs.num_rows == 0:
            return 0
        ids = pa.table({"doc_id": pc.unique(docs.column("doc_id"))})
        with self._lock:
            con = self._con
            if replace:
                con.register("_new_ids", ids)
                for table in DOC_TABLES:
                    con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM _new_ids)")
                con.unregister("_new_ids")
            for table in DOC_TABLES:
                batch = tables.get(table)
                if batch is not None and batch.num_rows:
                    con.register("_batch", batch)
                    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _batch")
                    con.unregister("_batch")
        return ids.num_rows

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Every write inside happens in one transaction (all or nothing, one commit); this thread holds the store.

        A DuckDB error inside rolls back and raises ``StoreError``; any other exception rolls back too.
        """
        with self._lock:
            self._con.execute("BEGIN TRANSACTION")
            try:
                yield
            except duckdb.Error as exc:
                self._con.execute("ROLLBACK")
                raise StoreError(f"{self.path}: write failed: {exc}") from exc
            except BaseException:
                self._con.execute("ROLLBACK")
                raise
            try:
                self._con.execute("COMMIT")
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: write failed: {exc}") from exc

    def write_failures(self, failures: Iterable[Failure]) -> int:
        """Record failures (unreadable files, documents the pipeline could not code) in ``errors``."""
        rows = failure_rows(failures)
        if not rows:
            return 0
        with self._lock:
            self._con.register("_errs", to_arrow("errors", rows))
            self._con.execute("INSERT INTO errors BY NAME SELECT * FROM _errs")
            self._con.unregister("_errs")
        return len(rows)

    # -- reading ---------------------------------------------------------------------------------
    def has_docs(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored (lets a resumable ingest skip them)."""
        wanted = sorted(set(ids))
        if not wanted:
            return set()
        _, rows = self._fetch("SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))", [wanted])
        return {r[0] for r in rows}

    def events(self, where: str | None = None, params: Sequence[Any] = (), limit: int | None = None
               ) -> list[Event]:
        """Events as records; ``where`` is an SQL condition on the events table aliased ``e``."""
        q = "SELECT e.* FROM events e"
        if where:
            q += f" WHERE {where}"
        q += f" {_ORDER}"
        if limit is not None:
            q += f" LIMIT {int(limit)}"
        cols, rows = self._fetch(q, list(params))
        return [event_from_row(dict(zip(cols, r, strict=True))) for r in rows]

    def query(self, date_from: str | None = None, date_to: str | None = None, country: str | None = None,
              event_type: str | None = None, status: str | None = None, actor_name: str | None = None,
              limit: int | None = None) -> list[Event]:
        """Filter events. Dates compare by overlap (a ``2020-07`` event matches ``--from 2020-07-15``);
        ``country`` matches an actor, recipient or location country; ``actor_name`` is a case-insensitive
        substring of an actor's name or mention text."""
        conds, params = _filters(date_from, date_to, country, event_type, status, actor_name)
        return self.events(" AND ".join(conds) or None, params, limit)

    def sql(self, q: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run any SQL and return (column names, rows)."""
        return self._fetch(q, list(params))

    def summary(self) -> dict[str, Any]:
        """Counts of the store's contents, for ``chronik stats``."""
        counts = {t: self._fetch(f"SELECT count(*) FROM {t}", [])[1][0][0] for t in (*DOC_TABLES, "errors")}
        span = self._fetch("SELECT min(date_lo), max(date_hi) FROM events", [])[1][0]
        return {
            "path": self.path,
            "counts": counts,
            "dates": {"from": span[0], "to": span[1]},
            "by_type": self._count_by("event", "events"),
            "by_status": self._count_by("status", "events"),
            "by_lang": self._count_by("coalesce(lang, '?')", "documents"),
            "errors_by_stage": self._count_by("stage", "errors"),
        }

    def _count_by(self, expr: str, table: str) -> dict[str, int]:
        return dict(self._fetch(f"SELECT {expr}, count(*) FROM {table} GROUP BY 1 ORDER BY 2 DESC, 1", [])[1])

    def _fetch(self, q: str, params: list[Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
        try:
            with self._lock:
                cur = self._con.execute(q, params) if params else self._con.execute(q)
                cols = [d[0] for d in cur.description] if cur.description else []
                return cols, cur.fetchall() if cols else []
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}") from exc


def _filters(date_from: str | None, date_to: str | None, country: str | None, event_type: str | None,
             status: str | None, actor_name: str | None) -> tuple[list[str], list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    if date_from:
        conds.append("e.date_hi >= ?")
        params.append(date_from)
    if date_to:
        # A bare month or year as upper bound means "up to its end".
        conds.append("e.date_lo <= ?")
        params.append(date_to + ("-31" if len(date_to) == 7 else "-12-31" if len(date_to) == 4 else ""))
    if country:
        conds.append("(list_contains(e.actor_codes, ?) OR list_contains(e.recipient_codes, ?) OR "
                     "e.event_id IN (SELECT event_id FROM locations WHERE country = ?))")
        params += [country.upper()] * 3
    if event_type:
        conds.append("e.event = ?")
        params.append(event_type.upper())
    if status:
        conds.append("e.status = ?")
        params.append(status.lower())
    if actor_name:
        conds.append("e.event_id IN (SELECT event_id FROM entities WHERE role = 'actor' AND "
                     "(name ILIKE ? OR text ILIKE ?))")
        params += [f"%{actor_name}%"] * 2
    return conds, params
