"""`chronik code` and the API under it: every file is coded, a bad one is reported and stored."""

from __future__ import annotations

import importlib
import json

import pytest
from click.testing import CliRunner

from chronik.api import code_documents
from chronik.cli import cli
from chronik.errors import ReadError
from chronik.records import DocResult, Document, Event, Failure
from chronik.store.db import Store

GOOD = {
    "seoul.txt": "US-Vizeaußenminister Stephen Biegun traf am Mittwoch in Seoul seinen Amtskollegen "
                 "Lee Do-hoon. Beide sprachen über die Gespräche mit Nordkorea.\n",
    "minsk.txt": "Der belarussische Präsident Alexander Lukaschenko hat die Opposition scharf kritisiert. "
                 "Er warf ihr vor, vom Ausland gesteuert zu sein.\n",
}


def _use_pipeline(monkeypatch, fn) -> None:
    monkeypatch.setattr(importlib.import_module("chronik.pipeline"), "code_document", fn)


@pytest.fixture()
def corpus(tmp_path):
    for name, text in GOOD.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "broken.txt.gz").write_bytes(b"this is not gzip data at all \x00\xff")
    return tmp_path


def test_a_corrupt_file_is_reported_and_stored_while_the_others_are_coded(corpus):
    db = corpus / "store.duckdb"
    files = [str(corpus / "seoul.txt"), str(corpus / "broken.txt.gz"), str(corpus / "minsk.txt")]
    result = CliRunner().invoke(cli, ["code", "--db", str(db), *files])
    assert result.exit_code == ReadError.exit_code, result.output
    assert "broken.txt.gz" in result.stderr and "failed:" in result.stderr
    assert "2 documents" in result.stderr
    with Store(db, read_only=True) as store:
        assert store.sql("select count(*) from documents")[1][0][0] == 2
        errors = store.sql("select source, stage from errors")[1]
    assert len(errors) == 1 and errors[0][0].endswith("broken.txt.gz") and errors[0][1] == "read"


def test_a_missing_file_is_a_reported_failure_not_a_crash(corpus):
    files = [str(corpus / "nope.txt"), str(corpus / "seoul.txt")]
    result = CliRunner().invoke(cli, ["code", "--no-store", *files])
    assert result.exit_code == ReadError.exit_code
    assert "nope.txt" in result.stderr and "1 documents" in result.stderr
    assert not (corpus / "chronik.duckdb").exists()


def test_code_writes_events_as_json_lines_with_doc_ids(corpus):
    out = corpus / "events.jsonl"
    result = CliRunner().invoke(cli, ["code", "--no-store", "--out", str(out), str(corpus / "seoul.txt")])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    n_events = int(result.stderr.split(" documents, ")[1].split(" events")[0])
    assert len(lines) == n_events
    for rec in lines:
        assert rec["doc_id"].startswith("sha1-")
        assert set(rec) >= {"event", "mode", "actor", "recipient", "status", "date", "evidence", "start"}


def test_explain_shows_evidence_and_trail(corpus):
    result = CliRunner().invoke(cli, ["code", "--no-store", "--explain", str(corpus / "seoul.txt")])
    assert result.exit_code == 0, result.output
    assert "evidence [" in result.stdout or "no events" in result.stdout


def test_why_not_lists_triggers_that_gave_no_event(tmp_path):
    path = tmp_path / "kaempfe.txt"
    path.write_text("Bei den Kämpfen zwischen Armee und Rebellen starben sieben Soldaten.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", "--no-store", "--lang", "de", "--why-not", str(path)])
    assert result.exit_code == 0, result.output
    assert "not coded:" in result.stdout and "'Kämpfen' (ASSAULT)" in result.stdout
    assert "setting" in result.stdout


def test_code_documents_turns_one_failing_document_into_a_failure(monkeypatch):
    def flaky(doc, lang=None):
        if "kaputt" in doc.text:
            raise ValueError("pathological input")
        return DocResult(doc, (), ())

    _use_pipeline(monkeypatch, flaky)
    docs = [Document("a", "Gut."), Document("b", "kaputt", source="feed.jsonl"),
            Failure("x.gz", "bad", "read"), Document("c", "Auch gut.")]
    outcomes = list(code_documents(docs))
    assert [type(o).__name__ for o in outcomes] == ["DocResult", "Failure", "Failure", "DocResult"]
    assert outcomes[1].source == "feed.jsonl" and "pathological input" in outcomes[1].reason


def test_api_code_takes_a_text_and_a_date_string_and_names_the_document():
    from chronik.api import code

    text = GOOD["seoul.txt"]
    events = code(text, pub_date="2020-07-09", lang="de")
    assert isinstance(events, list)
    assert all(isinstance(e, Event) and e.doc_id == Document.content_id(text) for e in events)


def test_a_document_the_pipeline_cannot_code_is_stored_as_an_error(monkeypatch, corpus):
    real = importlib.import_module("chronik.pipeline").code_document

    def fragile(doc, lang=None):
        if "Lukaschenko" in doc.text:
            raise RuntimeError("stack overflow in clause parser")
        return real(doc, lang=lang)

    _use_pipeline(monkeypatch, fragile)
    db = corpus / "store.duckdb"
    result = CliRunner().invoke(cli, ["code", "--db", str(db), str(corpus / "seoul.txt"), str(corpus / "minsk.txt")])
    assert result.exit_code == ReadError.exit_code
    with Store(db, read_only=True) as store:
        assert store.sql("select count(*) from documents")[1][0][0] == 1
        (stage, reason), = store.sql("select stage, reason from errors")[1]
    assert stage == "code" and "stack overflow" in reason
