"""``--scheduler tcp://...``: the ingest against a real ``dask scheduler`` and one ``dask worker`` on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import cloudpickle
import pytest

from chronik.records import DocResult, Document, Event, Sentence, Status
from chronik.run.ingest import IngestSettings, ingest
from chronik.store.db import Store

cloudpickle.register_pickle_by_value(sys.modules[__name__])
DASK = Path(sys.executable).with_name("dask")


def fake_code(doc: Document, lang: str | None = None) -> DocResult:
    sent = Sentence(0, 0, len(doc.text), doc.text)
    ev = Event("PROTEST", None, (), (), (), Status.ASSERTED, None, None, None, doc.text[:20], 0, 0, 5)
    return DocResult(doc, (sent,), (ev,))


def article(i: int) -> str:
    return f"Artikel {i}. " + " ".join(f"wort{i}x{j}" for j in range(40))


def _wait_for(path: Path, procs: list[subprocess.Popen[bytes]], seconds: float = 15.0) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists():
            try:
                return json.loads(path.read_text())
            except ValueError:
                pass  # being written
        if any(p.poll() is not None for p in procs):
            pytest.fail("dask scheduler exited early")
        time.sleep(0.1)
    pytest.fail("dask scheduler did not start")


def _worker_env() -> dict[str, str]:
    """Scheduler and worker unpickle what this process pickles (a LocalCluster inherits ``sys.path``)."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}


@pytest.mark.skipif(not DASK.exists(), reason=f"no `dask` command next to {sys.executable} (dask CLI not installed)")
def test_ingest_against_a_running_scheduler_and_worker(tmp_path: Path) -> None:
    info = tmp_path / "scheduler.json"
    common = ["--no-dashboard"]
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                       "--scheduler-file", str(info), *common], env=_worker_env(),
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        address = str(_wait_for(info, procs)["address"])
        assert address.startswith("tcp://127.0.0.1:")
        procs.append(subprocess.Popen([str(DASK), "worker", address, "--nworkers", "1", "--nthreads", "1",
                                       "--host", "127.0.0.1", *common], env=_worker_env(),
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        docs = [Document(f"d{i}", article(i)) for i in range(20)] + [Document("near", article(4) + " (dpa)")]
        db = tmp_path / "s.duckdb"
        s = ingest([], IngestSettings(db=str(db), scheduler=address, batch_size=4, quiet=True),
                   code=fake_code, items=docs)
        assert (s.read, s.coded, s.failed, s.near_duplicates) == (21, 21, 0, 1), s.failures[:1]
        with Store(db, read_only=True) as st:
            assert st.sql("SELECT doc_id, original_id FROM near_duplicates")[1] == [("near", "d4")]
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
