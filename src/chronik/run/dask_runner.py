"""The Dask runner: ship batches of documents to worker processes, a bounded number at a time.

Workers run ``code_batch`` (pure: documents in, results or failures out); the coordinating process
keeps reading, deduplicating and writing. A batch lost with its worker becomes one Failure per document,
so a dead worker never silently drops documents.

A LocalCluster forks its workers from a coordinator that has already loaded the language data
(``warm``), so the workers start with it instead of each loading it again (about 2.5 s of CPU per
process, in a run of ~25 s on two cores). Dask's statistical profiler (a thread sampling every task's
stack every 10 ms) is switched off and its housekeeping timers are slowed (``LOCAL_CONFIG``): nobody
reads their output here and they compete with the workers for the cores.
"""

from __future__ import annotations

import logging
import pickle
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from chronik.records import Document, Failure
from chronik.run.serial import CodeFn, Outcome, code_batch

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


def _run_packed(task: Callable[..., Any], packed: bytes, code: CodeFn | None, lang: str | None) -> Any:
    """Run on a worker: ``task`` over the documents of ``packed`` (``pickle.dumps`` of a list of them)."""
    return task(pickle.loads(packed), code, lang)


def _lost_batch(docs: Sequence[Document], exc: BaseException) -> list[Outcome]:
    reason = f"worker lost the batch: {type(exc).__name__}: {exc}"[:2000]
    return [Failure(source=d.source or d.doc_id, reason=f"{d.doc_id}: {reason}", stage="extract")
            for d in docs]


def _result(future: Any, docs: Sequence[Document], wrap: Callable[[list[Outcome]], Any] = list) -> Any:
    try:
        return future.result()
    except Exception as exc:  # KilledWorker, CommClosedError, ...: recorded per document, never lost
        return wrap(_lost_batch(docs, exc))


def map_batches_dask(client: Any, batches: Iterable[tuple[K, Sequence[Document]]], code: CodeFn | None = None,
                     lang: str | None = None, max_in_flight: int | None = None,
                     task: Callable[..., Any] = code_batch, wrap: Callable[[list[Outcome]], Any] = list
                     ) -> Iterator[tuple[K, Any]]:
    """Yield ``(key, task(docs, code, lang))`` per batch as workers finish them (not in input order).

    ``task`` defaults to ``code_batch`` (a list of outcomes); the ingest passes ``code_rows``. A batch lost
    with its worker becomes ``wrap(failures)``, one failure per document. At most ``max_in_flight`` batches
    (default 2 per worker) are submitted at once, so a corpus of any size is held in memory only a few
    batches at a time. A batch with no documents passes straight through as ``wrap([])``.
    """
    from distributed import wait

    limit = max_in_flight or 2 * worker_count(client)
    pending: dict[Any, tuple[K, Sequence[Document]]] = {}
    source = iter(batches)
    exhausted = False
    while True:
        while not exhausted and len(pending) < limit:
            item = next(source, None)
            if item is None:
                exhausted = True
                break
            key, docs = item
            if not docs:
                yield key, wrap([])
                continue
            # One opaque bytes argument: Dask walks a list of documents field by field looking for nested
            # tasks (~12 ms of coordinator CPU per 128-document task, measured), bytes it passes as they are.
            packed = pickle.dumps(list(docs), protocol=pickle.HIGHEST_PROTOCOL)
            pending[client.submit(_run_packed, task, packed, code, lang, pure=False)] = (key, docs)
        if not pending:
            return
        done, _ = wait(list(pending), return_when="FIRST_COMPLETED")
        for fut in done:
            key, docs = pending.pop(fut)
            yield key, _result(fut, docs, wrap)
            fut.release()
