"""Bad input never stops a run: random bytes to the readers, random text to the pipeline, random files
to a whole ingest. Nothing may raise out of them and nothing may hang (a hard alarm backs the deadline)."""

from __future__ import annotations

import json
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronik.read import read_bytes
from chronik.records import DocResult, Document, Failure
from chronik.run.ingest import IngestSettings, ingest
from chronik.run.serial import code_batch
from chronik.store.db import Store

NAMES = ["a.txt", "a.jsonl", "a.html", "a.warc", "a.txt.gz", "a.jsonl.gz", "a.warc.gz", "a.bin"]
HANG_SECONDS = 10
FUZZ = settings(max_examples=40, deadline=timedelta(seconds=3),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@contextmanager
def no_hang(seconds: int = HANG_SECONDS) -> Iterator[None]:
    def alarm(signum: int, frame: object) -> None:
        raise TimeoutError(f"hung for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


jsonl_lines = st.lists(
    st.one_of(
        st.fixed_dictionaries({"text": st.text(max_size=300)}, optional={"doc_id": st.text(max_size=10),
                                                                         "pub_date": st.text(max_size=12)}),
        st.text(max_size=50),
    ).map(lambda v: json.dumps(v, ensure_ascii=False)),
    max_size=5,
).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))
random_data = st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(
    lambda t: t.encode("utf-8", "surrogatepass")), jsonl_lines)


@FUZZ
@given(data=random_data, name=st.sampled_from(NAMES))
def test_readers_turn_any_bytes_into_documents_or_failures(data: bytes, name: str) -> None:
    with no_hang():
        out = list(read_bytes(data, name))
    assert all(isinstance(o, Document | Failure) for o in out)


@pytest.fixture(scope="module")
def warm_pipeline() -> None:
    """Load the language data once, so that the deadline measures coding, not loading."""
    code_batch([Document("w", "Die Regierung tagte.", lang="de"), Document("v", "The cabinet met.", lang="en")])


@FUZZ
@given(text=st.text(max_size=1500))
def test_pipeline_run_yields_one_outcome_per_document_for_any_text(warm_pipeline: None, text: str) -> None:
    docs = [Document("x", text), Document("y", text, lang="de"), Document("z", text, lang="en")]
    with no_hang():
        out = code_batch(docs)
    assert len(out) == 3 and all(isinstance(o, DocResult | Failure) for o in out)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(st.tuples(st.sampled_from(NAMES), random_data), min_size=1, max_size=4))
def test_ingest_of_random_files_finishes_and_accounts_for_every_input(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp, no_hang(30):
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, (name, data) in enumerate(files):
            (folder / f"{i}-{name}").write_bytes(data)
        db = Path(tmp) / "s.duckdb"
        summary = ingest([folder], IngestSettings(db=str(db), quiet=True))
        unread = summary.failed_by_stage.get("read", 0)
        assert summary.coded + sum(summary.skipped.values()) + summary.failed - unread == summary.read
        with Store(db, read_only=True) as store:
            assert store.sql("SELECT count(*) FROM documents")[1][0][0] == summary.coded
