"""The Dask runner: ship chunks of documents to worker processes, a bounded number at a time.

Workers run ``code_rows`` (pure: documents in, store rows, failures and MinHash signatures out); the
coordinating process keeps reading, deduplicating and writing, and with a local cluster codes chunks
itself in between. A chunk lost with its worker becomes one Failure per document, so a dead worker never
silently drops documents.

A LocalCluster forks its workers from a coordinator that has already loaded the language data
(``warm``), so the workers start with it instead of each loading it again (about 2.5 s of CPU per
process, in a run of ~25 s on two cores). Dask's statistical profiler (a thread sampling every task's
stack every 10 ms) is switched off and its housekeeping timers are slowed (``LOCAL_CONFIG``): nobody
reads their output here and they compete with the workers for the cores.
"""

from __future__ import annotations

import logging
import math
import pickle
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

from chronik.records import Document, Failure
from chronik.run.serial import CodedBatch, CodeFn, Outcome, code_rows, code_safely, default_code

K = TypeVar("K")


LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    # Housekeeping timers, slowed down: an idle two-worker cluster burnt 0.09 cores with the defaults
    # (event-loop ticks every 20 ms in five servers, memory polls every 100 ms, system stats every 0.5 s)
    # and 0.016 with these; a nanny still notices a worker over its memory limit within a second.
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


@contextmanager
def dask_client(workers: int = 2, scheduler: str | None = None,
                warm: Callable[[], object] | None = None) -> Iterator[Any]:
    """A client of ``scheduler``, or of a fresh LocalCluster of ``workers`` one-thread processes.

    For a LocalCluster, ``warm`` runs first in this process and the workers are forked after it, so
    whatever it loads (the language data) is theirs from the start, shared copy-on-write.
    """
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    if warm is not None:
        warm()
    # Fork only a single-threaded coordinator (a fresh `chronik ingest`): forking a process whose other threads
    # hold locks (an earlier cluster's, a notebook's) can deadlock the child, so such a process spawns its
    # workers, which then load the language data themselves. A worker the nanny restarts later is spawned
    # as usual, so correctness never depends on what the coordinator holds.
    method = "fork" if threading.active_count() == 1 else "spawn"
    with dask.config.set({**LOCAL_CONFIG, "distributed.worker.multiprocessing-method": method}):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
    try:
        with Client(cluster) as client:
            from chronik.run.dask_plugins import ExitWithCoordinator

            client.register_plugin(ExitWithCoordinator())
            yield client
    finally:
        cluster.close()


def worker_count(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def _run_packed(packed: bytes, code: CodeFn | None, lang: str | None) -> CodedBatch:
    """Run on a worker: ``code_rows`` over the documents of ``packed`` (``pickle.dumps`` of a list of them)."""
    return code_rows(pickle.loads(packed), code, lang)


def _lost(docs: Sequence[Document], exc: BaseException) -> CodedBatch:
    """A chunk lost with its worker: one failure per document, never a silent loss."""
    reason = f"worker lost the batch: {type(exc).__name__}: {exc}"[:2000]
    return CodedBatch.of(docs, [Failure(source=d.source or d.doc_id, reason=f"{d.doc_id}: {reason}",
                                        stage="extract") for d in docs])


@dataclass(eq=False)
class _Batch(Generic[K]):
    key: K
    docs: Sequence[Document]
    taken: int = 0
    """Documents handed out as chunks (from the start)."""
    back: int = 0
    """Documents whose chunk came back coded."""
    parts: dict[int, CodedBatch] = field(default_factory=dict)
    """Coded chunks by their first document's position."""


@dataclass(frozen=True, eq=False)
class _Chunk:
    batch: _Batch[Any]
    start: int
    end: int

    @property
    def docs(self) -> Sequence[Document]:
        return self.batch.docs[self.start : self.end]


class _Chunks(Generic[K]):
    """The documents of the batches, handed out in input order as chunks to the coding processes and put
    back together into one ``CodedBatch`` per batch.

    While more input follows, a chunk is ``size`` documents (a whole batch, when batches are that size). Once
    the input is read to its end, what is left goes out in smaller and smaller chunks (a share of it, as in
    guided scheduling), so that the processes finish together instead of one coding a whole last batch
    while the others wait. ``lookahead`` documents are read ahead, so that the end is seen early enough.
    """

    def __init__(self, batches: Iterable[tuple[K, Sequence[Document]]], size: int, processes: int) -> None:
        self._source = iter(batches)
        self._size = size
        self._smallest = max(1, size // 16)
        self._processes = processes
        self._lookahead = 2 * size * processes
        self._queue: deque[_Batch[K]] = deque()
        self._queued = 0
        self._exhausted = False

    @property
    def waiting(self) -> bool:
        """Documents read and not yet handed out."""
        return bool(self._queue)

    @property
    def reading(self) -> bool:
        """More input is to be read ahead now (``fill`` would read)."""
        return not self._exhausted and self._queued < self._lookahead

    def fill(self, batches: int | None = None) -> Iterator[tuple[K, CodedBatch]]:
        """Read batches (at most ``batches`` with documents) until ``lookahead`` documents wait; a batch without
        documents is passed on at once."""
        while self.reading and batches != 0:
            item = next(self._source, None)
            if item is None:
                self._exhausted = True
                break
            key, docs = item
            if not docs:
                yield key, CodedBatch.of((), ())
                continue
            self._queue.append(_Batch(key, docs))
            self._queued += len(docs)
            if batches is not None:
                batches -= 1

    def take(self) -> _Chunk | None:
        """The next chunk to code, or None when every document has been handed out (so far)."""
        if not self._queue:
            return None
        size = self._size
        if self._exhausted:
            size = max(min(size, math.ceil(self._queued / (2 * self._processes))), self._smallest)
        batch = self._queue[0]
        chunk = _Chunk(batch, batch.taken, min(batch.taken + size, len(batch.docs)))
        batch.taken = chunk.end
        self._queued -= chunk.end - chunk.start
        if batch.taken == len(batch.docs):
            self._queue.popleft()
        return chunk

    @staticmethod
    def done(chunk: _Chunk, coded: CodedBatch) -> tuple[K, CodedBatch] | None:
        """Record a coded chunk; its batch, put together, once all of the batch's chunks are back."""
        batch = chunk.batch
        batch.parts[chunk.start] = coded
        batch.back += chunk.end - chunk.start
        if batch.back < len(batch.docs):
            return None
        return batch.key, CodedBatch.combine([batch.parts[start] for start in sorted(batch.parts)])


class _Local:
    """The coordinator's own chunk, coded one document at a time between looks at the workers' results."""

    def __init__(self, code: CodeFn | None, lang: str | None) -> None:
        self._code = code or default_code()
        self._lang = lang
        self.chunk: _Chunk | None = None
        self._docs: Sequence[Document] = ()
        self._outcomes: list[Outcome] = []

    def start(self, chunk: _Chunk) -> None:
        self.chunk, self._docs, self._outcomes = chunk, chunk.docs, []

    def step(self) -> CodedBatch | None:
        """Code the chunk's next document; the coded chunk after its last one."""
        self._outcomes.append(code_safely(self._docs[len(self._outcomes)], self._code, self._lang))
        if len(self._outcomes) < len(self._docs):
            return None
        self.chunk = None
        return CodedBatch.of(self._docs, self._outcomes)


def map_batches_dask(client: Any, batches: Iterable[tuple[K, Sequence[Document]]], size: int,
                     code: CodeFn | None = None, lang: str | None = None, local: bool = False,
                     max_in_flight: int | None = None) -> Iterator[tuple[K, CodedBatch]]:
    """Yield ``(key, code_rows(docs, code, lang))`` per batch as it is finished (not in input order).

    The batches' documents go to the workers in chunks of up to ``size`` (``_Chunks``); with ``local`` this
    process codes chunks too, one document at a time, looking after every document for finished work to
    collect and new work to send. A chunk lost with its worker becomes one failure per document. At most
    ``max_in_flight`` chunks (default 2 per worker: one coding, one waiting) are with the workers, so a
    corpus of any size is held in memory only a few batches at a time.
    """
    from distributed import as_completed

    workers = worker_count(client)
    limit = max_in_flight or 2 * workers
    chunks: _Chunks[K] = _Chunks(batches, size, workers + local)
    mine = _Local(code, lang) if local else None
    pending: dict[Any, _Chunk] = {}
    # Results are fetched from the workers by the client's event loop as they finish, so that this thread does
    # not wait for them (~10-30 ms a chunk, measured) and can code meanwhile.
    finished = as_completed(loop=client.loop, with_results=True, raise_errors=False)
    ready: list[tuple[Any, Any]] = []
    while True:
        # One batch read per round, so that the first chunks go out as soon as they are read rather than after
        # the whole lookahead; the rest is read between documents.
        yield from chunks.fill(1)
        while len(pending) < limit and (chunk := chunks.take()) is not None:
            # One opaque bytes argument: Dask walks a list of documents field by field looking for nested
            # tasks (~12 ms of coordinator CPU per 128-document task, measured), bytes it passes as they are.
            packed = pickle.dumps(list(chunk.docs), protocol=pickle.HIGHEST_PROTOCOL)
            fut = client.submit(_run_packed, packed, code, lang, pure=False)
            pending[fut] = chunk
            finished.add(fut)
        for fut, value in ready + finished.next_batch(block=False):
            chunk = pending.pop(fut)
            if (batch := chunks.done(chunk, _coded(fut, value, chunk.docs))) is not None:
                yield batch
            fut.release()
        ready = []
        if mine is not None:
            if mine.chunk is None and (chunk := chunks.take()) is not None:
                mine.start(chunk)
            if mine.chunk is not None:
                chunk = mine.chunk
                if (coded := mine.step()) is not None and (batch := chunks.done(chunk, coded)) is not None:
                    yield batch
                continue
        if chunks.reading:
            continue  # read on before waiting
        if not pending:
            if chunks.waiting:
                continue  # chunks the in-flight limit held back, whose slots the results just collected freed
            return  # nothing left to hand out and nothing out
        ready = finished.next_batch(block=True)


def _coded(future: Any, value: Any, docs: Sequence[Document]) -> CodedBatch:
    """The coded chunk of a finished future, or one failure per document if its worker could not code it."""
    if future.status == "finished":
        return cast(CodedBatch, value)
    # KilledWorker, CommClosedError, ...: as_completed gives the error as (type, exception, traceback)
    return _lost(docs, value[1] if isinstance(value, tuple) else value)
