"""The DuckDB store: idempotent writes, bulk writes, filters, failures, round trips."""

from __future__ import annotations

import pytest

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
from chronik.store.rows import date_bounds, event_id

TEXT = ("US-Vizeaußenminister Stephen Biegun traf am Mittwoch in Seoul seinen Amtskollegen Lee Do-hoon. "
        "Biegun wird sich am Donnerstag mit Suh Hoon treffen.")
SEOUL = Location("Seoul", "KOR", 1835848, 37.566, 126.978)


def _event(event: str = "CONSULT", status: Status = Status.ASSERTED, date: str = "2020-07-08",
           sentence: int = 0, start: int = 0, actor: str = "USA", recipient: str = "KOR",
           name: str = "Stephen Biegun", location: Location | None = SEOUL) -> Event:
    return Event(
        event=event, mode="visit" if event == "CONSULT" else None, context=("diplomatic",),
        actor=(Entity(actor, "GOV", f"Vizeaußenminister {name}" if actor == "USA" else name, name),),
        recipient=(Entity(recipient, "GOV", "Lee Do-hoon", "Lee Do-hoon"),),
        status=status, date=date, date_precision=Precision.DAY if len(date) == 10 else Precision.MONTH,
        location=location, evidence=TEXT[start:start + 40], sentence=sentence, start=start, end=start + 40,
        confidence=0.8, trail=("trigger:traf", "actor:dictionary"),
    )


def _result(text: str = TEXT, events: tuple[Event, ...] | None = None, pub: str = "2020-07-09") -> DocResult:
    doc = Document(Document.content_id(text), text, "de", PubDate.parse(pub), source="test")
    cut = text.find(". ") + 1 or len(text)
    sents = (Sentence(0, 0, cut, text[:cut]), Sentence(1, cut + 1, len(text), text[cut + 1:]))
    sents = sents[: 1 + (cut < len(text))]
    evs = events if events is not None else (
        _event(), _event("CONSULT", Status.FUTURE, "2020-07-10", sentence=1, start=cut + 1))
    return DocResult(doc, sents, evs, ("lang:given=de",))


def _count(store: Store, table: str) -> int:
    return store.sql(f"select count(*) from {table}")[1][0][0]


def test_writing_the_same_document_twice_keeps_one_copy(tmp_path):
    res = _result()
    with Store(tmp_path / "s.duckdb") as store:
        store.write([res])
        store.write([res])
        store.write([res, res])
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        assert _count(store, "documents") == 1
        assert _count(store, "events") == 2
        assert _count(store, "sentences") == 2
        assert _count(store, "entities") == 4
        assert _count(store, "locations") == 2


def test_rewriting_a_document_replaces_its_old_events():
    with Store(":memory:") as store:
        store.write([_result()])
        store.write([_result(events=(_event(event="SUPPORT"),))])
        assert [e.event for e in store.events()] == ["SUPPORT"]
        assert _count(store, "entities") == 2


def test_events_come_back_as_the_records_that_were_written():
    res = _result()
    with Store(":memory:") as store:
        store.write([res])
        back = store.events()
    assert back == [ev.with_doc(res.doc.doc_id) for ev in res.events]


def test_bulk_write_of_many_documents_stores_them_all():
    results = [_result(f"Dokument {i}: " + TEXT) for i in range(2500)]
    with Store(":memory:") as store:
        assert store.write(iter(results)) == 2500
        assert _count(store, "documents") == 2500
        assert _count(store, "events") == 5000
        ids = {r.doc.doc_id for r in results[:3]}
        assert store.has_docs([*ids, "sha1-unknown"]) == ids


def test_event_ids_are_stable_and_distinct_per_event():
    res = _result()
    with Store(":memory:") as store:
        store.write([res])
        ids = [r[0] for r in store.sql("select event_id from events order by sentence")[1]]
    assert ids == [event_id(ev, res.doc.doc_id) for ev in res.events]
    assert len(set(ids)) == 2


@pytest.fixture()
def filled() -> Store:
    store = Store(":memory:")
    store.write([
        _result(),
        _result("Russland griff Kiew an.", (_event("ASSAULT", actor="RUS", recipient="UKR", name="Putin",
                                                    date="2022-02", location=None),), pub="2022-02"),
        _result("Nordkorea lehnte Gespräche ab.", (_event("REJECT", Status.NEGATED, "2019",
                                                          actor="PRK", name="Kim Jong-un"),), pub="2019"),
    ])
    yield store
    store.close()


def test_query_by_date_matches_by_overlap_of_the_period(filled):
    assert {e.event for e in filled.query(date_from="2022-02-15")} == {"ASSAULT"}
    assert {e.event for e in filled.query(date_to="2019-06-30")} == {"REJECT"}
    assert {e.event for e in filled.query(date_from="2020-07", date_to="2020-07")} == {"CONSULT"}


def test_query_by_country_type_status_and_actor(filled):
    assert {e.event for e in filled.query(country="ukr")} == {"ASSAULT"}
    assert len(filled.query(country="KOR")) == 3  # recipient of the CONSULTs and of the REJECT
    assert [e.status for e in filled.query(event_type="consult", status="future")] == [Status.FUTURE]
    assert [e.event for e in filled.query(actor_name="putin")] == ["ASSAULT"]
    assert filled.query(actor_name="vizeaußenminister", event_type="REJECT") == []


def test_summary_counts_types_statuses_and_languages(filled):
    s = filled.summary()
    assert s["counts"]["documents"] == 3
    assert s["by_type"] == {"CONSULT": 2, "ASSAULT": 1, "REJECT": 1}
    assert s["by_status"]["negated"] == 1
    assert s["dates"] == {"from": "2019-01-01", "to": "2022-02-28"}


def test_failures_are_recorded_in_the_errors_table():
    with Store(":memory:") as store:
        store.write_failures([Failure("news/broken.gz", "not a gzip file", "read"),
                              Failure("news/a.txt", "d1: ValueError: boom", "code", 17)])
        cols, rows = store.sql('select source, stage, reason, "offset" from errors order by source')
    assert cols == ["source", "stage", "reason", "offset"]
    assert rows[0] == ("news/a.txt", "code", "d1: ValueError: boom", 17)
    assert rows[1][:2] == ("news/broken.gz", "read")


def test_bad_sql_and_missing_store_are_store_errors(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "absent.duckdb", read_only=True)
    with Store(":memory:") as store, pytest.raises(StoreError, match="query failed"):
        store.sql("select nonsense from nowhere")


def test_threads_sharing_a_store_lose_no_documents():
    from concurrent.futures import ThreadPoolExecutor

    batches = [[_result(f"Thread {t}, Dokument {i}: " + TEXT) for i in range(50)] for t in range(4)]
    with Store(":memory:") as store, ThreadPoolExecutor(4) as pool:
        list(pool.map(store.write, batches))
        list(pool.map(lambda b: store.has_docs(r.doc.doc_id for r in b), batches))
        assert _count(store, "documents") == 200 and _count(store, "events") == 400


def test_date_bounds_of_a_month_end_on_its_last_real_day():
    assert date_bounds("2021-11") == ("2021-11-01", "2021-11-30")
    assert date_bounds("2020-02") == ("2020-02-01", "2020-02-29")
    assert date_bounds("2021-02") == ("2021-02-01", "2021-02-28")
    assert date_bounds("2021-12") == ("2021-12-01", "2021-12-31")
    assert date_bounds("2021") == ("2021-01-01", "2021-12-31")
    assert date_bounds("2021-11-05") == ("2021-11-05", "2021-11-05")
    assert date_bounds(None) == (None, None)


def test_write_rows_stores_prebuilt_tables_in_one_go_and_replaces_old_rows():
    from chronik.store.rows import concat_tables, result_tables

    a, b = _result(), _result("Die Regierung tagte. Sie beschloss nichts.", events=())
    with Store(":memory:") as store:
        store.write([a])
        assert store.write_rows(concat_tables([result_tables([a]), result_tables([b])])) == 2
        assert _count(store, "documents") == 2
        assert _count(store, "events") == 2
        assert _count(store, "sentences") == 4
        assert store.write_rows(concat_tables([])) == 0
