"""Exports: strict PLOVER JSONL with the EVENTS.md section 6 mapping, POLECAT TSV, Parquet, CSV, JSONL."""

from __future__ import annotations

import csv
import json

import duckdb
import pytest

from chronik.errors import StoreError
from chronik.records import Entity, Event, Location, Precision, Status
from chronik.store.export import POLECAT_COLUMNS, export_events, export_string
from chronik.store.rows import SCHEMAS

PLOVER_FIELDS = {
    "id", "date", "date_precision", "event_type", "mode", "context", "actor", "actor_country", "actor_sector",
    "actor_name", "recipient", "recipient_country", "recipient_sector", "recipient_name", "quad_code",
    "quad_name", "goldstein", "location", "text", "story_id", "sentence_id", "status", "attributed_to",
    "confidence",
}


def _ev(event: str, status: Status, mode: str | None = None, sentence: int = 0, date: str = "2020-07-09"
        ) -> Event:
    return Event(
        event=event, mode=mode, context=("diplomatic",),
        actor=(Entity("USA", "GOV", "Biegun", "Stephen Biegun", "Deputy Secretary of State"),),
        recipient=(Entity("KOR", "GOV", "Suh Hoon", "Suh Hoon"),), status=status, date=date,
        date_precision=Precision.DAY, location=Location("Seoul", "KOR", 1835848, 37.566, 126.978),
        evidence="Biegun wird sich am Donnerstag mit Suh treffen", sentence=sentence, start=10 * sentence,
        end=10 * sentence + 9, confidence=0.7, trail=("trigger:treffen",), doc_id="sha1-abc",
    )


EVENTS = [
    _ev("CONSULT", Status.ASSERTED, "visit", 0),
    _ev("CONSULT", Status.FUTURE, "visit", 1, "2020-07-10"),
    _ev("RETREAT", Status.FUTURE, "withdraw", 2),
    _ev("AID", Status.NEGATED, None, 3),
    _ev("ASSAULT", Status.HISTORICAL, None, 4, "2019"),
]


def _plover(include_negated: bool = False) -> list[dict]:
    return [json.loads(line) for line in export_string(EVENTS, "plover", include_negated).splitlines()]


def test_plover_records_use_plover_field_names_with_quad_and_score():
    recs = _plover()
    assert set(recs[0]) >= PLOVER_FIELDS
    first = recs[0]
    kind = (first["event_type"], first["mode"], first["quad_code"], first["goldstein"])
    assert kind == ("CONSULT", "visit", 1, 4.0)
    assert first["actor_country"] == "USA" and first["recipient_sector"] == "GOV"
    assert first["location"]["geonameid"] == 1835848 and first["story_id"] == "sha1-abc"
    assert recs[-1]["quad_code"] == 4 and recs[-1]["goldstein"] < 0


def test_future_consult_is_exported_as_agree_with_the_planned_act():
    planned = _plover()[1]
    assert planned["event_type"] == "AGREE" and planned["mode"] is None
    assert planned["planned"] == {"event": "CONSULT", "mode": "visit", "date": "2020-07-10"}
    assert planned["status"] == "future"
    assert "planned" not in _plover()[0]


def test_future_retreat_is_exported_as_concede():
    assert _plover()[2]["event_type"] == "CONCEDE"
    assert _plover()[2]["planned"]["event"] == "RETREAT"


def test_negated_events_are_left_out_unless_asked_for():
    assert "negated" not in {r["status"] for r in _plover()}
    assert len(_plover()) == 4
    with_negated = _plover(include_negated=True)
    assert [r["event_type"] for r in with_negated if r["status"] == "negated"] == ["AID"]


def test_polecat_tsv_has_the_polecat_header_and_one_row_per_strict_event(tmp_path):
    out = tmp_path / "events.tsv"
    assert export_events(EVENTS, "polecat", out) == 4
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    assert tuple(rows[0]) == POLECAT_COLUMNS
    row = dict(zip(rows[0], rows[2], strict=True))
    assert row["Event Type"] == "AGREE" and row["Quad Code"] == "1" and row["GeoNames ID"] == "1835848"
    assert row["Actor Name"] == "Stephen Biegun" and row["Story ID"] == "sha1-abc"


def test_parquet_export_reads_back_with_duckdb(tmp_path):
    out = tmp_path / "events.parquet"
    assert export_events(EVENTS, "parquet", out) == len(EVENTS)
    rows = duckdb.sql(f"select event, status, actor_codes from '{out}' order by sentence").fetchall()
    assert [r[0] for r in rows] == ["CONSULT", "CONSULT", "RETREAT", "AID", "ASSAULT"]
    assert rows[3][1] == "negated" and rows[0][2] == ["USA"]


def test_csv_export_has_the_store_columns(tmp_path):
    out = tmp_path / "events.csv"
    export_events(EVENTS, "csv", out)
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == SCHEMAS["events"].names
    assert rows[0]["context"] == "diplomatic" and len(rows) == len(EVENTS)


def test_jsonl_export_round_trips_chronik_records(tmp_path):
    out = tmp_path / "events.jsonl"
    export_events(EVENTS, "jsonl", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    back = [Event.from_dict(json.loads(line)) for line in lines]
    assert back == EVENTS
    assert all(json.loads(line)["event_id"].startswith("ev-") for line in lines)


def test_unknown_format_is_refused():
    with pytest.raises(StoreError, match="unknown export format"):
        export_events(EVENTS, "xml", "out.xml")
