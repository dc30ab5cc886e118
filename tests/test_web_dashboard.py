"""The dashboard: data functions over a store, the WSGI app (JSON and HTML from the same data), the server."""

from __future__ import annotations

import json
import threading
import urllib.request
from pathlib import Path
from typing import Any
from wsgiref.util import setup_testing_defaults

import pytest
from click.testing import CliRunner

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
from chronik.web import data
from chronik.web.app import Dashboard, make_dashboard_server
from chronik.web.cli_serve import serve

SEOUL = Location("Seoul", "KOR", 1835848, 37.566, 126.978)
MEET = "Stephen Biegun traf am Mittwoch in Seoul Lee Do-hoon. Er wird am Donnerstag Suh Hoon treffen."
ATTACK = "Russland griff am Morgen Kiew an."
EVIL = "Nordkorea lehnte <script>alert('x')</script> Gespräche mit Seoul ab."


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        piece = part if part.endswith(".") else part + ("." if start + len(part) < len(text) else "")
        out.append(Sentence(i, start, start + len(piece), piece))
        start += len(piece) + 1
    return tuple(out)


def _event(text: str, phrase: str, event: str, actor: str, recipient: str | None, date: str | None,
           status: Status = Status.ASSERTED, name: str | None = None, location: Location | None = None) -> Event:
    start = text.index(phrase)
    sentence = next(s.index for s in _sentences(text) if s.start <= start < s.end)
    return Event(
        event=event, mode=None, context=(), actor=(Entity(actor, "GOV", name or actor, name),),
        recipient=(Entity(recipient, "GOV", recipient),) if recipient else (), status=status, date=date,
        date_precision=None if date is None else Precision.DAY if len(date) == 10 else Precision.MONTH,
        location=location, evidence=phrase, sentence=sentence, start=start, end=start + len(phrase),
        confidence=0.7, trail=(f"trigger:{phrase.split()[1]}", "actor:dictionary"),
    )


def _doc(text: str, events: tuple[Event, ...], pub: str, title: str | None = None) -> DocResult:
    doc = Document(Document.content_id(text), text, "de", PubDate.parse(pub), title=title, source="test")
    return DocResult(doc, _sentences(text), events, ())


RESULTS = [
    _doc(MEET, (_event(MEET, "Biegun traf am Mittwoch in Seoul Lee Do-hoon", "CONSULT", "USA", "KOR", "2020-07-08",
                       name="Stephen Biegun", location=SEOUL),
                _event(MEET, "Er wird am Donnerstag Suh Hoon treffen", "CONSULT", "USA", "KOR", "2020-07-09",
                       Status.FUTURE, name="Stephen Biegun")), "2020-07-08", title="Biegun in <Seoul>"),
    _doc(ATTACK, (_event(ATTACK, "Russland griff am Morgen Kiew an", "ASSAULT", "RUS", "UKR", "2022-02"),),
         "2022-02-24"),
    _doc(EVIL, (_event(EVIL, "Nordkorea lehnte <script>alert('x')</script> Gespräche mit Seoul ab", "REJECT",
                       "PRK", "KOR", "2019", Status.NEGATED, name="Kim <b>Jong-un</b>"),), "2019"),
]


def _fill(store: Store) -> Store:
    store.write(RESULTS)
    store.write_failures([Failure("news/broken.gz", "not a gzip <file>", "read"),
                          Failure("news/a.txt", "d1: ValueError", "code", 17)])
    return store


@pytest.fixture()
def store() -> Any:
    with Store(":memory:") as s:
        yield _fill(s)


@pytest.fixture()
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "chronik.duckdb"
    with Store(path) as s:
        _fill(s)
    return path


def _get(app: Dashboard, path: str, query: str = "", method: str = "GET") -> tuple[str, dict[str, str], str]:
    environ: dict[str, Any] = {"PATH_INFO": path, "QUERY_STRING": query, "REQUEST_METHOD": method}
    setup_testing_defaults(environ)
    seen: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        seen["status"], seen["headers"] = status, dict(headers)

    body = b"".join(app(environ, start_response)).decode("utf-8")
    return seen["status"], seen["headers"], body


def _ids(page: dict[str, Any]) -> list[str]:
    return sorted(e["event"] for e in page["events"])


# -- data functions -------------------------------------------------------------------------------
def test_overview_counts_types_statuses_quads_months_and_country_pairs(store):
    o = data.overview(store)
    assert (o["documents"], o["events"], o["errors"]) == (3, 4, 2)
    assert o["by_type"] == {"CONSULT": 2, "ASSAULT": 1, "REJECT": 1}
    assert o["by_status"] == {"asserted": 2, "future": 1, "negated": 1}
    assert o["by_quad"] == {"verbal cooperation": 2, "material cooperation": 0, "verbal conflict": 1,
                            "material conflict": 1}
    assert o["by_month"] == {"2020-07": 2, "2022-02": 1}  # the year-only REJECT has no month
    assert o["top_pairs"][0] == {"actor": "USA", "recipient": "KOR", "count": 2}
    assert {(p["actor"], p["recipient"]) for p in o["top_pairs"]} == {("USA", "KOR"), ("RUS", "UKR"), ("PRK", "KOR")}
    json.dumps(o)  # JSON-ready as it is


def test_event_list_filters_by_type_status_country_dates_actor_and_evidence_text(store):
    def f(**params: str) -> list[str]:
        return _ids(data.events(store, data.EventFilter.from_params(params)))

    assert f() == ["ASSAULT", "CONSULT", "CONSULT", "REJECT"]
    assert f(type="consult") == ["CONSULT", "CONSULT"]
    assert f(status="negated") == ["REJECT"]
    assert f(country="ukr") == ["ASSAULT"]
    assert f(country="KOR") == ["CONSULT", "CONSULT", "REJECT"]
    assert f(**{"from": "2022-02-15"}) == ["ASSAULT"]
    assert f(**{"from": "2020-07", "to": "2020-07"}) == ["CONSULT", "CONSULT"]
    assert f(actor="biegun", status="future") == ["CONSULT"]
    assert f(q="KIEW") == ["ASSAULT"]
    assert f(q="100%") == []  # the search text is literal, not a LIKE pattern


def test_event_list_pages_newest_first_and_reports_the_total(store):
    first = data.events(store, data.EventFilter.from_params({"per_page": "3"}))
    second = data.events(store, data.EventFilter.from_params({"per_page": "3", "page": "2"}))
    assert (first["total"], first["pages"], len(first["events"]), len(second["events"])) == (4, 2, 3, 1)
    assert [e["date"] for e in first["events"]] == ["2022-02", "2020-07-09", "2020-07-08"]
    assert second["events"][0]["event"] == "REJECT"
    assert all(e["event_id"].startswith("ev-") for e in first["events"])


@pytest.mark.parametrize("params", [{"from": "last week"}, {"to": "2020-7"}, {"page": "0"}, {"per_page": "x"},
                                    {"per_page": "100000"}, {"status": "maybe"}])
def test_malformed_filters_are_filter_errors(params):
    with pytest.raises(data.FilterError):
        data.EventFilter.from_params(params)


def test_event_detail_marks_the_evidence_span_by_offsets_and_keeps_the_trail(store):
    ev_id = data.events(store, data.EventFilter(status="future"))["events"][0]["event_id"]
    d = data.event_detail(store, ev_id)
    assert d["event"]["event_id"] == ev_id and d["event"]["status"] == "future"
    assert d["document"]["title"] == "Biegun in <Seoul>"
    assert [s["index"] for s in d["sentences"]] == [0, 1]
    marked = [p["text"] for s in d["sentences"] for p in s["segments"] if p["mark"]]
    assert marked == ["Er wird am Donnerstag Suh Hoon treffen"] == [d["event"]["evidence"]]
    assert d["highlight"] == {"sentence": 1, "start": MEET.index("Er wird"), "end": MEET.index("Er wird") + 38,
                              "found": True}
    assert "".join(p["text"] for p in d["sentences"][1]["segments"]) == d["sentences"][1]["text"]
    assert d["trail"] == ["trigger:wird", "actor:dictionary"]
    assert [o["event"] for o in d["document_events"]] == ["CONSULT", "CONSULT"]


def test_event_detail_of_an_unknown_id_is_none(store):
    assert data.event_detail(store, "ev-0000000000000000") is None


def test_errors_lists_failures_with_counts_by_stage(store):
    e = data.errors(store)
    assert e["total"] == 2 and e["by_stage"] == {"code": 1, "read": 1}
    assert {r["source"] for r in e["errors"]} == {"news/broken.gz", "news/a.txt"}
    assert all(isinstance(r["at"], str) for r in e["errors"])


# -- WSGI app ---------------------------------------------------------------------------------------
def test_json_endpoints_return_exactly_the_data_functions_results(store):
    app = Dashboard(store)
    status, headers, body = _get(app, "/api/overview")
    assert status == "200 OK" and headers["Content-Type"].startswith("application/json")
    assert json.loads(body) == json.loads(json.dumps(data.overview(store)))
    _, _, body = _get(app, "/api/events", "type=ASSAULT")
    page = json.loads(body)
    assert page["total"] == 1 and page["filters"] == {"type": "ASSAULT"}
    _, _, body = _get(app, f"/api/events/{page['events'][0]['event_id']}")
    assert json.loads(body)["event"]["event"] == "ASSAULT"
    _, _, body = _get(app, "/api/errors", "per_page=1")
    assert len(json.loads(body)["errors"]) == 1


def test_html_pages_render_the_same_data(store):
    app = Dashboard(store)
    status, headers, body = _get(app, "/")
    assert status == "200 OK" and headers["Content-Type"].startswith("text/html")
    assert "<svg" in body and "CONSULT" in body and "USA → KOR" in body and "verbal conflict" in body
    _, _, body = _get(app, "/events", "country=UKR")
    assert "Russland griff am Morgen Kiew an" in body and "Biegun" not in body.split("<tbody>")[1]
    _, _, body = _get(app, "/errors")
    assert "news/broken.gz" in body and "not a gzip &lt;file&gt;" in body


def test_evidence_and_names_with_markup_are_escaped_everywhere(store):
    app = Dashboard(store)
    ev_id = data.events(store, data.EventFilter(type="REJECT"))["events"][0]["event_id"]
    for path, query in (("/events", ""), ("/events", "q=script"), (f"/events/{ev_id}", "")):
        status, _, body = _get(app, path, query)
        assert status == "200 OK"
        assert "<script>alert" not in body and "<b>Jong-un" not in body
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body
    assert "<mark>Nordkorea lehnte &lt;script&gt;" in body  # the highlight wraps escaped text
    _, _, body = _get(app, f"/events/{data.events(store, data.EventFilter(status='future'))['events'][0]['event_id']}")
    assert "Biegun in &lt;Seoul&gt;" in body


def test_pages_forbid_inline_scripts_by_content_security_policy(store):
    _, headers, _ = _get(Dashboard(store), "/")
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/api/events/ev-unknown", "/events/ev-unknown", "/events/a/b", "/nowhere",
                                  "/static/../app.py", "/static/missing.css"])
def test_unknown_ids_and_paths_are_404(store, path):
    status, headers, body = _get(Dashboard(store), path)
    assert status == "404 Not Found"
    if path.startswith("/api/"):
        assert json.loads(body) == {"error": "no event ev-unknown"}


def test_bad_filters_are_400_and_writes_are_405(store):
    app = Dashboard(store)
    status, _, body = _get(app, "/api/events", "from=yesterday")
    assert status == "400 Bad Request" and "from" in json.loads(body)["error"]
    status, _, body = _get(app, "/events", "page=-1")
    assert status == "400 Bad Request" and "page" in body
    status, headers, _ = _get(app, "/api/events", method="POST")
    assert status == "405 Method Not Allowed" and headers["Allow"] == "GET, HEAD"


def test_static_files_are_served_from_package_data(store):
    status, headers, body = _get(Dashboard(store), "/static/style.css")
    assert status == "200 OK" and headers["Content-Type"].startswith("text/css") and "mark" in body
    status, headers, _ = _get(Dashboard(store), "/static/app.js")
    assert status == "200 OK" and "javascript" in headers["Content-Type"]


def test_a_store_path_is_opened_read_only_per_request(db_file, tmp_path):
    app = Dashboard(db_file)
    status, _, body = _get(app, "/api/overview")
    assert status == "200 OK" and json.loads(body)["events"] == 4
    with Store(db_file) as writer:  # the file is free between requests: a writer can take it
        writer.write_failures([Failure("late.txt", "x", "read")])
    assert json.loads(_get(app, "/api/errors")[2])["total"] == 3
    status, _, body = _get(Dashboard(tmp_path / "absent.duckdb"), "/api/overview")
    assert status == "503 Service Unavailable" and "no such store" in json.loads(body)["error"]


def test_the_real_server_answers_on_an_ephemeral_local_port(db_file):
    server = make_dashboard_server(db_file, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/api/overview"
        with urllib.request.urlopen(url, timeout=10) as resp:
            assert resp.status == 200
            assert json.loads(resp.read())["documents"] == 3
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
    assert not thread.is_alive()


def test_serve_command_documents_its_options_and_refuses_a_missing_store(tmp_path):
    runner = CliRunner()
    result = runner.invoke(serve, ["--help"])
    assert result.exit_code == 0
    assert all(opt in result.output for opt in ("--db", "--host", "--port", "127.0.0.1", "8765"))
    result = runner.invoke(serve, ["--db", str(tmp_path / "absent.duckdb")])
    assert isinstance(result.exception, StoreError)
