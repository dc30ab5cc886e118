"""Crash safety: ``kill -9`` in the middle of an ingest, rerun, and every document is stored exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from chronik.run.ingest import IngestSettings, ingest
from chronik.store.db import Store

N_DOCS = 300
CITIES = ["Berlin", "Wien", "Paris", "Kiew", "Moskau", "Ankara", "Rom", "Madrid", "Warschau", "Prag"]


def make_corpus(folder: Path) -> None:
    """300 small, distinct German articles in text files spread over subfolders."""
    for i in range(N_DOCS):
        city = CITIES[i % len(CITIES)]
        text = (f"Regierung in {city} kündigt Maßnahmen an (Meldung {i}).\n\n"
                f"Die Regierung in {city} hat am Montag neue Sanktionen gegen {CITIES[(i * 7) % 10]} "
                f"angekündigt. Der Minister traf sich mit Vertretern aus {CITIES[(i * 3) % 10]}. "
                f"Tausende Menschen protestierten am Dienstag in {city} gegen die Pläne. "
                f"Die Zahl {i * 7919 % 10007} wurde genannt, Kennziffer {i}.")
        sub = folder / f"batch{i % 5}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"article-{i:04d}.txt").write_text(text, encoding="utf-8")


def ingest_cmd(corpus: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "chronik.run.cli_ingest", str(corpus), "--db", str(db), "--lang", "de",
            "--quiet", "--json", *extra]


def kill_after_first_writes(cmd: list[str]) -> list[psutil.Process]:
    """Run ``cmd``, SIGKILL it once it has written 16 documents; returns the processes it had started."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("wrote ") and int(line.rsplit(" ", 1)[1]) >= 16:
                break
        else:
            raise AssertionError("ingest ended before writing anything")
        children = psutil.Process(proc.pid).children(recursive=True)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        if proc.stderr:
            proc.stderr.close()
    return children


def table_counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as st:
        one = lambda q: st.sql(q)[1][0][0]  # noqa: E731 - a local shorthand
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "distinct_documents": one("SELECT count(DISTINCT doc_id) FROM documents"),
            "sentences": one("SELECT count(*) FROM sentences"),
            "distinct_sentences": one("SELECT count(DISTINCT (doc_id, sentence)) FROM sentences"),
            "events": one("SELECT count(*) FROM events"),
            "distinct_events": one("SELECT count(DISTINCT event_id) FROM events"),
        }


@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_9_mid_run_then_rerun_stores_every_document_exactly_once(tmp_path: Path, workers: str) -> None:
    corpus, db, clean_db = tmp_path / "corpus", tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    make_corpus(corpus)
    small_writes = ("--batch-size", "4", "--write-every", "8", "--log-writes", "--workers", workers)

    children = kill_after_first_writes(ingest_cmd(corpus, db, *small_writes))
    partial = table_counts(db)["documents"]
    assert 0 < partial < N_DOCS, "the kill must land mid-run for this test to prove anything"
    # Dask workers notice their coordinator is gone and exit: none is left coding for nobody.
    _, alive = psutil.wait_procs(children, timeout=20)
    assert not alive, f"worker processes still running after the kill: {alive}"

    rerun = subprocess.run(ingest_cmd(corpus, db, *small_writes), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["coded"] == N_DOCS - partial
    assert summary["skipped"].get("already in store") == partial

    ingest([corpus], IngestSettings(db=str(clean_db), lang="de", quiet=True))  # the uninterrupted reference
    resumed, reference = table_counts(db), table_counts(clean_db)
    assert resumed["documents"] == resumed["distinct_documents"] == N_DOCS
    assert resumed["sentences"] == resumed["distinct_sentences"]
    assert resumed["events"] == resumed["distinct_events"]
    assert resumed == reference
