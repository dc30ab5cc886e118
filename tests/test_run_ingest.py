"""Ingest: dedup, failures kept, idempotent reruns, and the Dask path agreeing with the serial one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cloudpickle

from chronik.records import DocResult, Document, Event, Failure, Sentence, Status
from chronik.run.ingest import IngestSettings, ingest
from chronik.store.db import Store

# Dask workers cannot import this test module: ship its functions by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def fake_code(doc: Document, lang: str | None = None) -> DocResult:
    """One sentence and one PROTEST event per document; raises on a 'BOOM' document."""
    if "BOOM" in doc.text:
        raise ValueError("cannot code this")
    sent = Sentence(0, 0, len(doc.text), doc.text)
    ev = Event("PROTEST", None, (), (), (), Status.ASSERTED, None, None, None, doc.text[:20], 0, 0, 5)
    return DocResult(doc, (sent,), (ev,))


def article(i: int) -> str:
    unique = " ".join(f"wort{i}x{j}" for j in range(40))
    return f"Artikel {i}. Die Regierung kündigte Maßnahmen an. {unique}"


def corpus() -> list[Document | Failure]:
    docs: list[Document | Failure] = [Document(f"d{i}", article(i), source=f"f{i}.txt") for i in range(60)]
    docs.append(Document("exact", article(3), source="copy.txt"))
    docs.append(Document("near", article(4) + " (dpa)", source="near.txt"))
    docs.append(Document("bad", "BOOM " + article(99), source="bad.txt"))
    docs.append(Failure("broken.gz", "not gzip", "read", 120))
    return docs


def counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as st:
        return {t: st.sql(f"SELECT count(*) FROM {t}")[1][0][0]
                for t in ("documents", "events", "errors", "skipped", "near_duplicates")}


def test_summary_counts_coded_skipped_failed_and_events(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    s = ingest([], IngestSettings(db=str(db), batch_size=7, quiet=True), code=fake_code, items=corpus())
    assert (s.read, s.coded, s.failed) == (63, 61, 2)
    assert s.skipped == {"duplicate": 1}
    assert s.near_duplicates == 1
    assert s.events_by_type == {"PROTEST": 61}
    assert "failed: 2" in s.render()


def test_exact_copy_is_not_coded_and_near_copy_is_coded_and_linked(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    ingest([], IngestSettings(db=str(db), quiet=True), code=fake_code, items=corpus())
    with Store(db, read_only=True) as st:
        assert st.has_docs(["exact", "near", "d3"]) == {"near", "d3"}
        assert st.sql("SELECT doc_id, reason FROM skipped")[1] == [("exact", "duplicate of d3")]
        assert st.sql("SELECT doc_id, original_id FROM near_duplicates")[1] == [("near", "d4")]


def test_failures_are_recorded_with_source_offset_and_reason(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    ingest([], IngestSettings(db=str(db), quiet=True), code=fake_code, items=corpus())
    with Store(db, read_only=True) as st:
        rows = set(st.sql('SELECT source, stage, "offset" FROM errors')[1])
        assert rows == {("broken.gz", "read", 120), ("bad.txt", "extract", None)}


def test_rerun_codes_nothing_again_and_duplicates_no_rows(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    settings = IngestSettings(db=str(db), batch_size=5, quiet=True)
    ingest([], settings, code=fake_code, items=corpus())
    before = counts(db)
    again = ingest([], settings, code=fake_code, items=corpus())
    assert again.coded == 0
    assert again.skipped == {"already in store": 61, "duplicate": 1}
    assert counts(db) == before


def test_documents_already_stored_are_skipped_when_resuming(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    settings = IngestSettings(db=str(db), batch_size=4, quiet=True)
    ingest([], settings, code=fake_code, items=corpus()[:30])
    rest = ingest([], settings, code=fake_code, items=corpus())
    assert rest.coded == 31 and rest.skipped["already in store"] == 30
    assert counts(db)["documents"] == 61


def test_dask_workers_store_the_same_documents_as_the_serial_run(tmp_path: Path) -> None:
    serial, parallel = tmp_path / "s.duckdb", tmp_path / "p.duckdb"
    ingest([], IngestSettings(db=str(serial), quiet=True), code=fake_code, items=corpus())
    s = ingest([], IngestSettings(db=str(parallel), workers=2, batch_size=4, quiet=True), code=fake_code,
               items=corpus())
    assert (s.coded, s.failed) == (61, 2)
    assert counts(parallel) == counts(serial)
    q = "SELECT doc_id, n_events FROM documents ORDER BY doc_id"
    with Store(serial, read_only=True) as a, Store(parallel, read_only=True) as b:
        assert a.sql(q) == b.sql(q)


def pid_code(doc: Document, lang: str | None = None) -> DocResult:
    """One event per document whose evidence is the id of the process that coded it."""
    ev = Event("PROTEST", None, (), (), (), Status.ASSERTED, None, None, None, str(os.getpid()), 0, 0, 5)
    return DocResult(doc, (Sentence(0, 0, len(doc.text), doc.text),), (ev,))


def test_two_workers_are_this_process_and_one_dask_worker_both_coding(tmp_path: Path) -> None:
    db = tmp_path / "p.duckdb"
    docs = [Document(f"d{i}", article(i)) for i in range(40)]
    s = ingest([], IngestSettings(db=str(db), workers=2, batch_size=4, quiet=True), code=pid_code, items=docs)
    assert s.coded == 40
    with Store(db, read_only=True) as st:
        by_pid = dict(st.sql("SELECT evidence, count(*) FROM events GROUP BY ALL")[1])
    assert len(by_pid) == 2 and str(os.getpid()) in by_pid, by_pid
    assert sum(by_pid.values()) == 40


def test_resumed_run_links_a_near_copy_of_an_already_stored_original(tmp_path: Path) -> None:
    """The original is in the store, so no worker sees it again: its signature is computed locally."""
    db = tmp_path / "s.duckdb"
    ingest([], IngestSettings(db=str(db), batch_size=5, quiet=True), code=fake_code, items=corpus()[:10])
    with Store(db, read_only=True) as st:
        assert st.sql("SELECT count(*) FROM near_duplicates")[1] == [(0,)]
    s = ingest([], IngestSettings(db=str(db), batch_size=5, quiet=True), code=fake_code, items=corpus())
    assert s.skipped == {"duplicate": 1, "already in store": 10}
    with Store(db, read_only=True) as st:
        assert st.sql("SELECT doc_id, original_id FROM near_duplicates")[1] == [("near", "d4")]


WORKERS_LOADED = """
import json
from functools import partial
from chronik.run.dask_runner import dask_client
from chronik.run.serial import warm_up

def loaded():
    from chronik.pipeline import extractor
    return extractor.cache_info().currsize

if __name__ == "__main__":
    with dask_client(2, warm=partial(warm_up, "de")) as client:
        print(json.dumps(list(client.run(loaded).values())))  # no task has run on the workers yet
"""


def test_local_workers_start_with_the_language_data_loaded_by_the_coordinator(tmp_path: Path) -> None:
    # a fresh single-threaded coordinator (as `chronik ingest` is) forks its workers after loading the data;
    # this test process runs other clusters' threads, so it would spawn them instead
    script = tmp_path / "workers_loaded.py"
    script.write_text(WORKERS_LOADED, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(loaded) == 2 and all(n >= 1 for n in loaded)


def test_real_pipeline_on_local_workers_stores_what_the_serial_run_stores(tmp_path: Path) -> None:
    texts = [
        "Die Regierung in Berlin hat am Montag neue Sanktionen gegen Russland verhängt.",
        "Tausende Menschen protestierten am Dienstag in Wien gegen die Pläne der Regierung.",
        "Der französische Präsident traf sich am Mittwoch in Paris mit dem Bundeskanzler.",
        "The Polish government accused Russia on Thursday of violating its airspace.",
    ]
    docs = [Document(f"r{i}", text, source=f"r{i}.txt") for i, text in enumerate(texts)]
    serial, parallel = tmp_path / "s.duckdb", tmp_path / "p.duckdb"
    ingest([], IngestSettings(db=str(serial), quiet=True), items=docs)
    s = ingest([], IngestSettings(db=str(parallel), workers=2, batch_size=1, quiet=True), items=docs)
    assert (s.coded, s.failed) == (4, 0) and s.events >= 3
    q = "SELECT doc_id, event, actor_codes, recipient_codes FROM events ORDER BY ALL"
    with Store(serial, read_only=True) as a, Store(parallel, read_only=True) as b:
        assert a.sql(q) == b.sql(q)
