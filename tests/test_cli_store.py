"""`chronik query`, `sql`, `export`, `stats`, `eval` and `--help` over a store built by hand."""

from __future__ import annotations

import json

import click
import duckdb
import pytest
from click.testing import CliRunner

import chronik.eval
from chronik.cli import cli
from chronik.errors import StoreError
from chronik.records import (
    DocResult,
    Document,
    Entity,
    Event,
    Failure,
    Location,
    Precision,
    PubDate,
    Sentence,
    Status,
)
from chronik.store.db import Store

TEXT = ("Biegun traf am Mittwoch in Seoul seinen Amtskollegen Lee. "
        "Biegun wird sich am Donnerstag mit Suh treffen. Er habe Nordkorea kein Treffen vorgeschlagen.")


def _ev(event: str, status: Status, sentence: int, date: str, mode: str | None = None) -> Event:
    return Event(event, mode, ("diplomatic",), (Entity("USA", "GOV", "Biegun", "Stephen Biegun"),),
                 (Entity("KOR", "GOV", "Lee", "Lee Do-hoon"),), status, date, Precision.DAY,
                 Location("Seoul", "KOR", 1835848, 37.566, 126.978), "Biegun traf", sentence, 0, 11,
                 confidence=0.9, trail=("trigger:traf", "status:past tense"))


@pytest.fixture()
def db(tmp_path) -> str:
    path = str(tmp_path / "store.duckdb")
    doc = Document(Document.content_id(TEXT), TEXT, "de", PubDate(2020, 7, 9), source="yonhap")
    events = (_ev("CONSULT", Status.ASSERTED, 0, "2020-07-08", "visit"),
              _ev("CONSULT", Status.FUTURE, 1, "2020-07-10", "visit"),
              _ev("AGREE", Status.NEGATED, 2, "2020-07-09"))
    with Store(path) as store:
        store.write([DocResult(doc, (Sentence(0, 0, 57, TEXT[:57]),), events)])
        store.write_failures([Failure("feed/broken.html", "no article body", "read")])
    return path


def _run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_help_teaches_every_command_with_examples():
    result = _run("--help")
    assert result.exit_code == 0
    for command in ("code", "eval", "export", "query", "sql", "stats"):
        assert f"\n  {command} " in result.output
    assert "chronik export --format plover" in result.output
    assert "Examples:" in result.output


def test_query_filters_and_shows_a_readable_table(db):
    result = _run("query", "--db", db, "--status", "future", "--country", "kor")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["doc", "sent", "type/mode"]
    assert len(lines) == 3 and "CONSULT/visit" in lines[2] and "Stephen Biegun (USA/GOV) →" in lines[2]


def test_query_as_json_lines_gives_records(db):
    result = _run("query", "--db", db, "--from", "2020-07-09", "--json")
    assert [json.loads(line)["status"] for line in result.output.splitlines()] == ["future", "negated"]


def test_sql_prints_columns_and_rows(db):
    result = _run("sql", "--db", db, "select event, status from events order by sentence")
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines()]
    assert rows[0] == ["event", "status"] and rows[2:] == [["CONSULT", "asserted"], ["CONSULT", "future"],
                                                           ["AGREE", "negated"]]


def test_export_plover_collapses_future_and_drops_negated(db, tmp_path):
    out = tmp_path / "plover.jsonl"
    result = _run("export", "--db", db, "--format", "plover", "--out", str(out))
    assert result.exit_code == 0, result.output
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["event_type"] for r in recs] == ["CONSULT", "AGREE"]
    assert recs[1]["planned"]["event"] == "CONSULT"
    result = _run("export", "--db", db, "--format", "plover", "--out", str(out), "--include-negated")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_export_parquet_with_a_filter(db, tmp_path):
    out = tmp_path / "e.parquet"
    result = _run("export", "--db", db, "--format", "parquet", "--out", str(out), "--type", "AGREE")
    assert result.exit_code == 0, result.output
    assert duckdb.sql(f"select event, status from '{out}'").fetchall() == [("AGREE", "negated")]


def test_stats_summarises_documents_events_and_errors(db):
    result = _run("stats", "--db", db)
    assert result.exit_code == 0, result.output
    assert "documents: 1" in result.output and "events: 3" in result.output and "errors: 1" in result.output
    assert "CONSULT 2" in result.output and "read 1" in result.output
    data = json.loads(_run("stats", "--db", db, "--json").output)
    assert data["by_status"] == {"asserted": 1, "future": 1, "negated": 1}


def test_a_missing_store_is_a_clear_error_with_the_store_exit_code(tmp_path):
    result = _run("stats", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == StoreError.exit_code
    assert "error:" in result.stderr and "none.duckdb" in result.stderr
    assert "Traceback" not in result.output


def test_bad_sql_is_a_clear_error(db):
    result = _run("sql", "--db", db, "select * from nowhere")
    assert result.exit_code == StoreError.exit_code and "query failed" in result.stderr


def test_eval_delegates_to_run_eval(monkeypatch, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc_id": "d", "text": "x", "events": []}\n', encoding="utf-8")
    calls = []

    def fake_run_eval(gold_path, as_json=False, pairs=False, lang=None):
        calls.append((gold_path, as_json, pairs, lang))
        return "P 1.00 R 1.00"

    monkeypatch.setattr(chronik.eval, "run_eval", fake_run_eval, raising=False)
    result = _run("eval", str(gold), "--json", "--pairs")
    assert result.exit_code == 0 and "P 1.00" in result.output
    assert calls == [(str(gold), True, True, None)]
    assert _run("eval", str(gold), "--lang", "en").exit_code == 0
    assert calls[-1] == (str(gold), False, False, "en")


def test_every_command_has_help_text():
    group_ctx = click.Context(cli, info_name="chronik")
    for name in cli.list_commands(group_ctx):
        command = cli.get_command(group_ctx, name)
        assert command is not None and (command.help or "").strip(), name
        assert _run(name, "--help").exit_code == 0
