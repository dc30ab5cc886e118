"""Resumable ingest of corpora: read lazily → dedup → code (serial or Dask) → one bulk writer.

Crash safety: a document's rows and its "done" mark (its ``documents`` row) are written by
``Store.write`` in one transaction, and a rerun skips documents already stored. Everything else this
module writes (near-duplicate links, skip records, errors) is written idempotently, and dedup verdicts
depend only on input order (files are walked sorted), so a rerun after ``kill -9`` recomputes exactly
what was lost and nothing else.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from chronik.records import Document, Failure
from chronik.run.dedup import Deduper, ExactDuplicate, IdCollision, NearDuplicate, signatures
from chronik.run.progress import IngestSummary, Progress, Tally
from chronik.run.serial import CodedBatch, CodeFn, code_rows, warm_up
from chronik.store.db import Store
from chronik.store.rows import concat_tables

SKIP_DUPLICATE = "duplicate"
SKIP_DONE = "already in store"
BATCH_SIZE = 256
WRITE_EVERY = 1024

_DDL = """
CREATE TABLE IF NOT EXISTS near_duplicates (doc_id VARCHAR PRIMARY KEY, original_id VARCHAR,
  jaccard DOUBLE);
CREATE TABLE IF NOT EXISTS skipped (doc_id VARCHAR, source VARCHAR, reason VARCHAR);
"""


@dataclass(frozen=True, slots=True)
class IngestSettings:
    db: str = "chronik.duckdb"
    workers: int = 1
    """Processes that code: 1 is this process alone (no Dask); N > 1 is this process and N - 1 local Dask
    workers (``runner``). Ignored with ``scheduler``, whose workers do all the coding."""
    scheduler: str | None = None
    batch_size: int = BATCH_SIZE
    """Documents per task shipped to a worker. Each task costs CPU in Dask (scheduling, messages,
    serialisation: ~10 ms in the coordinator with a near-free coder, more with the real one), so larger is
    cheaper: on the bench corpus 256 instead of 128 took ~1 CPU-s less of 70 outside the coding (measured).
    The end of the input goes out in smaller tasks (``dask_runner._Chunks``), so the processes finish together."""
    write_every: int = WRITE_EVERY
    """Documents buffered before one write transaction (also flushed every ``write_seconds``). A transaction
    has a fixed cost (its commit, the disk): 8,192 documents written 256 at a time took 1.1 CPU-s and 1.9 s,
    1,024 at a time 0.7 CPU-s and 1.1 s (measured); the price of larger ones is memory and what a kill loses."""
    write_seconds: float = 2.0
    lang: str | None = None
    quiet: bool = False
    log_writes: bool = False
    """Print one line per write transaction to stderr (for logs and the crash test)."""


@dataclass(frozen=True, slots=True)
class Skip:
    doc_id: str
    source: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class NearLink:
    doc_id: str
    original_id: str
    jaccard: float


@dataclass(frozen=True, slots=True)
class Work:
    """One batch planned by the coordinator: documents to code plus what was decided without coding."""

    docs: tuple[Document, ...]
    failures: tuple[Failure, ...] = ()
    skips: tuple[Skip, ...] = ()
    read: int = 0
    seq: int = 0
    """Position of the batch in the input: near-duplicate verdicts are reached in this order."""
    near: tuple[str, ...] = ()
    """Ids of the new texts of the batch (coded or already stored), in input order, for the near-dup check."""
    stored: dict[str, Any] = field(default_factory=dict)
    """Signatures of the new texts already in the store (a resumed run): they are not sent to a worker."""


# -- reading -------------------------------------------------------------------------------------------
def input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every input file under ``paths`` in a stable order (as ``read_path`` walks a folder).

    Walking here rather than in ``read_path`` confines a reader crash to the file that caused it.
    """
    from chronik.read import input_format

    for p in paths:
        path = Path(p)
        if not path.is_dir():
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and input_format(name)[0] is not None:
                    yield Path(root) / name


def read_inputs(paths: Iterable[str | Path], lang: str | None = None) -> Iterator[Document | Failure]:
    """Documents and read failures of every input file, lazily; a crashing reader costs one file only."""
    from chronik.read import read_path

    for path in input_files(paths):
        try:
            yield from read_path(path, lang=lang)
        except Exception as exc:  # a reader bug on one file must not end the ingest
            reason = f"reader crashed: {type(exc).__name__}: {exc}"
            yield Failure(source=str(path), reason=reason, stage="read")


# -- planning ------------------------------------------------------------------------------------------
@dataclass
class _Planner:
    """Turns the stream of documents into Work batches: exact dedup, then skip what the store already has.

    The near-duplicate check needs the documents' signatures, computed by the workers; ``_NearChecker``
    makes it later, in the same order."""

    has_docs: Callable[[list[str]], set[str]]
    batch_size: int
    deduper: Deduper = field(default_factory=Deduper)
    docs: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    read: int = 0
    seq: int = 0

    def add(self, item: Document | Failure) -> None:
        if isinstance(item, Failure):
            self.failures.append(item)
            return
        self.read += 1
        verdict = self.deduper.check_exact(item)
        if isinstance(verdict, ExactDuplicate):
            self.skips.append(Skip(item.doc_id, item.source, f"{SKIP_DUPLICATE} of {verdict.original_id}"))
            return
        if isinstance(verdict, IdCollision):
            reason = f"doc_id {item.doc_id} already used by a different text; not coded"
            self.failures.append(Failure(item.source or item.doc_id, reason, "dedup"))
            return
        self.docs.append(item)

    def full(self) -> bool:
        undecided = len(self.failures) + len(self.skips)
        return len(self.docs) >= self.batch_size or undecided >= 4 * self.batch_size

    def take(self) -> Work:
        done = self.has_docs([d.doc_id for d in self.docs]) if self.docs else set()
        stored = [d for d in self.docs if d.doc_id in done]
        skips = [Skip(d.doc_id, d.source, SKIP_DONE) for d in stored]
        work = Work(tuple(d for d in self.docs if d.doc_id not in done), tuple(self.failures),
                    tuple(self.skips + skips), self.read, self.seq, tuple(d.doc_id for d in self.docs),
                    dict(zip((d.doc_id for d in stored), signatures(d.text for d in stored), strict=True)))
        self.docs, self.failures, self.skips, self.read = [], [], [], 0
        self.seq += 1
        return work

    def empty(self) -> bool:
        return not (self.docs or self.failures or self.skips or self.read)


def plan(items: Iterable[Document | Failure], has_docs: Callable[[list[str]], set[str]], batch_size: int,
         deduper: Deduper | None = None) -> Iterator[Work]:
    planner = _Planner(has_docs, batch_size, deduper or Deduper())
    for item in items:
        planner.add(item)
        if planner.full():
            yield planner.take()
    if not planner.empty():
        yield planner.take()


class _NearChecker:
    """Near-duplicate verdicts in input order, from the signatures that come back with each batch.

    Batches finish in any order; their signatures (small) wait here until every earlier batch is in,
    so the verdicts are exactly those of checking the documents one by one as they were read.
    """

    def __init__(self, deduper: Deduper) -> None:
        self._deduper = deduper
        self._next = 0
        self._waiting: dict[int, tuple[tuple[str, ...], dict[str, Any]]] = {}

    def add(self, work: Work, coded: CodedBatch) -> list[NearLink]:
        sigs = dict(work.stored)
        sigs.update(zip((d.doc_id for d in work.docs), coded.signatures, strict=True))
        self._waiting[work.seq] = (work.near, sigs)
        links: list[NearLink] = []
        while self._next in self._waiting:
            ids, by_id = self._waiting.pop(self._next)
            self._next += 1
            for doc_id in ids:
                verdict = self._deduper.check_near(doc_id, by_id[doc_id])
                if isinstance(verdict, NearDuplicate):
                    links.append(NearLink(doc_id, verdict.original_id, verdict.jaccard))
        return links


# -- running -------------------------------------------------------------------------------------------
Batches = Iterable[tuple[Work, Sequence[Document]]]
Mapper = Callable[[Batches], Iterator[tuple[Work, CodedBatch]]]


def map_batches_serial(batches: Batches, code: CodeFn | None, lang: str | None
                       ) -> Iterator[tuple[Work, CodedBatch]]:
    for key, docs in batches:
        yield key, code_rows(docs, code, lang)


@contextmanager
def runner(settings: IngestSettings, code: CodeFn | None) -> Iterator[Mapper]:
    """A function mapping (work, docs) batches to (work, coded batch): in-process for one worker, else Dask.

    ``settings.workers`` is the number of processes that code. With a local cluster this process is one of
    them: it codes beside ``workers - 1`` Dask workers, between reading, deduplicating and writing (a
    separate process for that light work would only compete with the coders for the cores). With
    ``settings.scheduler`` the cluster's workers code and this process only coordinates.

    Either way the rows are built where the documents are coded (``code_rows``). The default pipeline is
    loaded up front here (``warm_up``), so that local workers are forked with it."""
    warm = None if code is not None else partial(warm_up, settings.lang)
    if settings.workers <= 1 and not settings.scheduler:
        if warm is not None:
            warm()
        yield lambda batches: map_batches_serial(batches, code, settings.lang)
        return
    from chronik.run.dask_runner import dask_client, map_batches_dask

    local = settings.scheduler is None
    with dask_client(settings.workers - 1 if local else settings.workers, settings.scheduler, warm) as client:
        yield lambda batches: map_batches_dask(client, batches, settings.batch_size, code, settings.lang, local)


# -- writing -------------------------------------------------------------------------------------------
class _Writer:
    """The single writer: buffers finished batches (rows already built by the workers) and commits in bulk."""

    def __init__(self, store: Store, settings: IngestSettings, tally: Tally, progress: Progress) -> None:
        self._store = store
        self._settings = settings
        self._tally = tally
        self._progress = progress
        self._batches: list[CodedBatch] = []
        self._failures: list[Failure] = []
        self._skips: list[Skip] = []
        self._links: list[NearLink] = []
        self._coded = 0
        self._last = time.monotonic()
        store.sql(_DDL)
        # DuckDB would use every core for a bulk insert; the cores belong to the coders (measured: one
        # thread writes a 256-document batch no slower, with less CPU).
        store.sql("SET threads = 1")

    def add(self, work: Work, coded: CodedBatch, links: list[NearLink]) -> None:
        if coded.coded:
            self._batches.append(coded)
            self._coded += coded.coded
        self._failures += list(work.failures) + list(coded.failures)
        self._skips += work.skips
        self._links += links
        self._tally.read += work.read
        due = time.monotonic() - self._last >= self._settings.write_seconds
        if self._coded + len(self._failures) >= self._settings.write_every or due:
            self.flush()

    def flush(self) -> None:
        batches, failures, skips, links = self._batches, self._failures, self._skips, self._links
        self._batches, self._failures, self._skips, self._links, self._coded = [], [], [], [], 0
        self._last = time.monotonic()
        tables = [b.tables for b in batches if b.tables is not None]
        new_skips = [s for s in skips if s.reason != SKIP_DONE]
        if tables or links or new_skips or failures:
            # One transaction, so one commit (a commit costs more than most of these small inserts).
            with self._store.transaction():
                if tables:
                    # Only documents not in the store are coded (``_Planner.take``): nothing to replace.
                    self._store.insert_rows(concat_tables(tables), replace=False)
                _write_links(self._store, links)
                _write_skips(self._store, new_skips)
                _write_new_failures(self._store, failures)
        self._count(batches, failures, skips, links)

    def _count(self, batches: list[CodedBatch], failures: list[Failure], skips: list[Skip],
               links: list[NearLink]) -> None:
        t = self._tally
        coded = sum(b.coded for b in batches)
        event_types = [e for b in batches for e in b.event_types]
        t.add_counts(coded, sum(b.sentences for b in batches), event_types)
        t.add_failures(failures)
        t.skipped.update(s.reason.split(" of ")[0] for s in skips)
        t.near_duplicates += len(links)
        self._progress.update(coded + len(failures), len(event_types))
        if self._settings.log_writes and (coded or failures):
            import sys

            print(f"wrote {coded} documents, {len(failures)} failures; total coded {t.coded}",
                  file=sys.stderr, flush=True)


def _write_links(store: Store, links: list[NearLink]) -> None:
    if not links:
        return
    store.sql(
        "INSERT OR IGNORE INTO near_duplicates SELECT unnest(?), unnest(?), unnest(?)",
        [[x.doc_id for x in links], [x.original_id for x in links], [x.jaccard for x in links]])


def _write_skips(store: Store, skips: list[Skip]) -> None:
    if not skips:
        return
    store.sql(
        "INSERT INTO skipped SELECT * FROM"
        " (SELECT unnest(?) AS doc_id, unnest(?) AS source, unnest(?) AS reason) n WHERE NOT EXISTS"
        " (SELECT 1 FROM skipped s WHERE s.doc_id = n.doc_id AND s.reason = n.reason)",
        [[s.doc_id for s in skips], [s.source for s in skips], [s.reason for s in skips]])


def _write_new_failures(store: Store, failures: list[Failure]) -> None:
    """Write failures not recorded by an earlier (interrupted) run of the same ingest."""
    if not failures:
        return
    _, rows = store.sql(
        'SELECT source, stage, reason, "offset" FROM errors WHERE source IN (SELECT unnest(?))',
        [sorted({f.source for f in failures})])
    seen = set(rows)
    new = [f for f in dict.fromkeys(failures) if (f.source, f.stage, f.reason, f.offset) not in seen]
    if new:
        store.write_failures(new)


def _stored_count(store: Store) -> int:
    return int(store.sql("SELECT count(*) FROM documents")[1][0][0])


def _none_stored(ids: list[str]) -> set[str]:
    return set()


# -- the command -----------------------------------------------------------------------------------------
def ingest(paths: Sequence[str | Path], settings: IngestSettings | None = None, code: CodeFn | None = None,
           items: Iterable[Document | Failure] | None = None) -> IngestSummary:
    """Code every document under ``paths`` (or of ``items``) into the store ``settings.db``.

    Safe to interrupt at any moment and to rerun: documents already stored are skipped.
    ``code`` replaces the pipeline (tests); with Dask it must be importable by the workers.
    """
    settings = settings or IngestSettings()
    stream = items if items is not None else read_inputs(paths, settings.lang)
    tally = Tally()
    progress = Progress(settings.quiet)
    # The runner first: local workers are forked before the store's connection (and its threads) exist.
    with runner(settings, code) as run, Store(settings.db) as store:
        writer = _Writer(store, settings, tally, progress)
        deduper = Deduper()
        near = _NearChecker(deduper)
        # A store empty at the start holds only what this run codes, and a run never codes a doc_id twice.
        has_docs = store.has_docs if _stored_count(store) else _none_stored
        work = plan(stream, has_docs, settings.batch_size, deduper)
        try:
            for done, coded in run((w, w.docs) for w in work):
                writer.add(done, coded, near.add(done, coded))
        except KeyboardInterrupt:
            writer.flush()  # keep what is finished; a rerun does the rest
            raise
        else:
            writer.flush()
        finally:
            progress.close()
    return tally.summary()
