"""Section 8 scoring on hand-made documents: each test states one rule of the contract."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from chronik.eval.gold import GoldDoc, gold_doc
from chronik.eval.match import near_name
from chronik.eval.scorer import Report, score
from chronik.records import Entity, Event, Location, Precision, Status

TEXT = "Seoul und Washington einigten sich. Danach kritisierte Japan China scharf. Das Wetter war gut."
# Hand-made sentence spans, so that the tests do not depend on the sentence splitter.
SENTENCES = [(0, 35), (36, 74), (75, 95)]


def spans(_doc: object) -> list[tuple[int, int]]:
    return SENTENCES


def party(code: str, name: str | None = None) -> dict[str, Any]:
    return {"code": code, "sector": "GOV", "text": code, "name": name}


def gold_event(event: str, actor: list[str], recipient: list[str], evidence: str,
               **extra: Any) -> dict[str, Any]:
    return {"event": event, "mode": None, "context": [], "actor": [party(c) for c in actor],
            "recipient": [party(c) for c in recipient], "status": "asserted", "date": None,
            "date_precision": None, "location": None, "evidence": evidence, **extra}


def doc(*events: dict[str, Any], partial: bool = False, text: str = TEXT) -> GoldDoc:
    return gold_doc({"doc_id": "d1", "lang": "de", "pub_date": "2021-03-17", "text": text,
                     "events": list(events), "partial": partial})


def pred(event: str, actor: list[str], recipient: list[str], evidence: str, text: str = TEXT,
         **extra: Any) -> Event:
    start = text.index(evidence)
    fields: dict[str, Any] = {
        "event": event, "mode": None, "context": (), "actor": tuple(Entity(c, "GOV") for c in actor),
        "recipient": tuple(Entity(c, "GOV") for c in recipient), "status": Status.ASSERTED, "date": None,
        "date_precision": None, "location": None, "evidence": evidence, "sentence": 0,
        "start": start, "end": start + len(evidence),
    }
    fields.update(extra)
    return Event(**fields)


def run(gold: GoldDoc, *preds: Event) -> Report:
    return score([gold], {"d1": list(preds)}, sentence_spans=spans)


ACCUSE_GOLD = gold_event("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan China")
AGREE_GOLD = gold_event("AGREE", ["KOR", "USA"], [], "Seoul und Washington einigten sich")


def test_exact_match_is_a_true_positive() -> None:
    r = run(doc(ACCUSE_GOLD), pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan"))
    assert (r.events.tp_gold, r.events.fp, r.events.fn) == (1, 0, 0)
    assert r.events.f1 == 1.0


def test_prediction_elsewhere_in_the_same_sentence_still_matches() -> None:
    r = run(doc(ACCUSE_GOLD), pred("ACCUSE", ["JPN"], ["CHN"], "Danach"))
    assert r.events.tp_gold == 1


def test_prediction_in_another_sentence_does_not_match() -> None:
    r = run(doc(ACCUSE_GOLD), pred("ACCUSE", ["JPN"], ["CHN"], "Das Wetter"))
    assert (r.events.tp_gold, r.events.fp, r.events.fn) == (0, 1, 1)
    assert r.types.tp_gold == 0


def test_wrong_type_is_a_miss_and_a_false_positive_at_both_levels() -> None:
    r = run(doc(ACCUSE_GOLD), pred("THREATEN", ["JPN"], ["CHN"], "kritisierte Japan"))
    assert (r.events.fp, r.events.fn) == (1, 1)
    assert (r.types.fp, r.types.fn) == (1, 1)
    assert r.false_positives[0].sentence == "Danach kritisierte Japan China scharf."
    assert r.misses[0].event == "ACCUSE"


def test_wrong_parties_count_for_type_only_score() -> None:
    r = run(doc(ACCUSE_GOLD), pred("ACCUSE", ["USA"], ["CHN"], "kritisierte Japan"))
    assert r.events.tp_gold == 0
    assert r.types.tp_gold == 1


def test_alt_event_type_is_accepted() -> None:
    gold = gold_event("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan China", alt_events=["REJECT"])
    r = run(doc(gold), pred("REJECT", ["JPN"], ["CHN"], "kritisierte Japan"))
    assert r.events.tp_gold == 1
    assert r.per_type["ACCUSE"].tp_gold == 1 and r.per_type["REJECT"].tp_pred == 1


def test_swapped_parties_accepted_for_consult() -> None:
    gold = gold_event("CONSULT", ["JPN"], ["CHN"], "kritisierte Japan China")
    assert run(doc(gold), pred("CONSULT", ["CHN"], ["JPN"], "kritisierte Japan")).events.tp_gold == 1


def test_swapped_parties_rejected_for_accuse() -> None:
    r = run(doc(ACCUSE_GOLD), pred("ACCUSE", ["CHN"], ["JPN"], "kritisierte Japan"))
    assert r.events.tp_gold == 0


def test_reciprocal_gold_matches_actor_and_recipient_prediction_for_agree() -> None:
    r = run(doc(AGREE_GOLD), pred("AGREE", ["KOR"], ["USA"], "einigten sich"))
    assert r.events.tp_gold == 1


def test_reciprocal_gold_needs_both_sides_among_the_joint_parties() -> None:
    r = run(doc(AGREE_GOLD), pred("AGREE", ["KOR"], ["PRK"], "einigten sich"))
    assert r.events.tp_gold == 0


def test_reciprocal_gold_does_not_match_one_sided_accusation() -> None:
    gold = gold_event("ACCUSE", ["KOR", "USA"], [], "Seoul und Washington einigten sich")
    assert run(doc(gold), pred("ACCUSE", ["KOR"], ["USA"], "einigten sich")).events.tp_gold == 0


def test_recipient_empty_in_gold_but_given_in_prediction_does_not_match() -> None:
    gold = gold_event("ACCUSE", ["JPN"], [], "kritisierte Japan China")
    r = run(doc(gold), pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan"))
    assert r.events.tp_gold == 0


def test_recipient_empty_on_both_sides_matches() -> None:
    gold = gold_event("ACCUSE", ["JPN"], [], "kritisierte Japan China")
    assert run(doc(gold), pred("ACCUSE", ["JPN"], [], "kritisierte Japan")).events.tp_gold == 1


def test_optional_gold_is_neither_missed_nor_a_false_positive() -> None:
    gold = gold_event("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan China", optional=True)
    alone = run(doc(gold))
    assert (alone.events.fn, alone.events.gold) == (0, 0)
    found = run(doc(gold), pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan"))
    assert (found.events.tp_gold, found.events.fp, found.events.pred) == (0, 0, 1)


def test_required_gold_wins_over_optional_gold_for_one_prediction() -> None:
    optional = gold_event("ACCUSE", ["JPN"], ["CHN"], "Danach kritisierte", optional=True)
    r = run(doc(optional, ACCUSE_GOLD), pred("ACCUSE", ["JPN"], ["CHN"], "Japan China scharf"))
    assert (r.events.tp_gold, r.events.fn) == (1, 0)


def test_extra_prediction_in_partial_document_is_not_a_false_positive() -> None:
    r = run(doc(ACCUSE_GOLD, partial=True), pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan"),
            pred("AGREE", ["KOR"], [], "einigten sich"))
    assert (r.events.tp_gold, r.events.fp) == (1, 0)
    assert r.false_positives == ()


def test_one_gold_takes_only_one_of_two_predictions() -> None:
    r = run(doc(ACCUSE_GOLD), pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan"),
            pred("ACCUSE", ["JPN"], ["CHN"], "China scharf"))
    assert (r.events.tp_gold, r.events.fp, r.events.fn) == (1, 1, 0)


def test_best_candidate_is_taken_first() -> None:
    # The exact-type prediction should go to the ACCUSE gold; the alternative type is left over.
    gold = gold_event("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan China", alt_events=["REJECT"])
    r = run(doc(gold), pred("REJECT", ["JPN"], ["CHN"], "kritisierte Japan"),
            pred("ACCUSE", ["JPN"], ["CHN"], "Danach"))
    assert r.per_type["ACCUSE"].tp_pred == 1 and r.per_type["REJECT"].fp == 1


def test_missing_predictions_for_a_document_mean_no_events() -> None:
    r = score([doc(ACCUSE_GOLD)], {}, sentence_spans=spans)
    assert (r.events.fn, r.events.recall) == (1, 0.0)


def test_gold_without_sentences_falls_back_to_its_evidence_span() -> None:
    r = score([doc(ACCUSE_GOLD)], {"d1": [pred("ACCUSE", ["JPN"], ["CHN"], "Danach")]},
              sentence_spans=lambda _d: [])
    assert r.events.tp_gold == 0
    r = score([doc(ACCUSE_GOLD)], {"d1": [pred("ACCUSE", ["JPN"], ["CHN"], "Japan")]},
              sentence_spans=lambda _d: [])
    assert r.events.tp_gold == 1


def test_unlocatable_gold_evidence_is_reported_and_missed() -> None:
    gold = gold_event("ACCUSE", ["JPN"], ["CHN"], "nicht im Text")
    r = run(doc(gold), pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan"))
    assert r.events.fn == 1
    assert "not found" in r.notes[0]


def dated(status: str, date: str, precision: str) -> dict[str, Any]:
    return gold_event("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan China", status=status, date=date,
                      date_precision=precision)


def test_status_and_date_accuracy_of_matched_events() -> None:
    good = pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan", status=Status.ASSERTED, date="2021-03-17",
                date_precision=Precision.DAY)
    r = run(doc(dated("asserted", "2021-03-17", "day")), good)
    assert (r.attributes["status"].value, r.attributes["date"].value, r.attributes["date_precision"].value) \
        == (1.0, 1.0, 1.0)
    bad = pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan", status=Status.FUTURE, date="2021-03",
               date_precision=Precision.MONTH)
    r = run(doc(dated("asserted", "2021-03-17", "day")), bad)
    assert (r.attributes["status"].value, r.attributes["date"].value, r.attributes["date_precision"].value) \
        == (0.0, 0.0, 0.0)


def test_gold_day_written_with_month_precision_compares_as_month() -> None:
    p = pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan", date="2021-03", date_precision=Precision.MONTH)
    r = run(doc(dated("asserted", "2021-03-17", "month")), p)
    assert r.attributes["date"].value == 1.0


def test_gold_without_date_is_left_out_of_date_accuracy() -> None:
    r = run(doc(ACCUSE_GOLD), pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan", date="2021-03-17"))
    assert "date" not in r.attributes and r.attributes["status"].total == 1


def test_location_accuracy_by_country_and_geonameid() -> None:
    gold = gold_event("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan China",
                      location={"name": "Tokio", "country": "JPN", "geonameid": 1850147})
    p = pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan", location=Location("Tokyo", "JPN", 1850144))
    r = run(doc(gold), p)
    assert r.attributes["location_country"].value == 1.0
    assert r.attributes["location_geonameid"].value == 0.0


def test_person_names_with_near_spelling_count_as_found() -> None:
    gold = gold_event("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan China")
    gold["actor"] = [party("JPN", "Alexander Lukashenko")]
    named = replace(pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan"),
                    actor=(Entity("JPN", "GOV", name="Lukaschenko"),))
    assert run(doc(gold), named).attributes["names"].value == 1.0
    other = replace(named, actor=(Entity("JPN", "GOV", name="Kim Jong-un"),))
    assert run(doc(gold), other).attributes["names"].value == 0.0


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Lukaschenko", "Lukashenko", True),
    ("Alexander Lukashenko", "Lukaschenko", True),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", True),
    ("Stephen Biegun", "Biegun", True),
    ("Lee Do-hoon", "Lee Do Hoon", True),
    ("Kim Jong-un", "Kim Yo-jong", False),
    ("Stephen Biegun", "Suh Hoon", False),
    ("", "Biegun", False),
])
def test_near_name(a: str, b: str, same: bool) -> None:
    assert near_name(a, b) is same


def test_per_document_and_per_language_figures() -> None:
    other = gold_doc({"doc_id": "d2", "lang": "en", "text": "Japan criticised China.",
                      "events": [gold_event("ACCUSE", ["JPN"], ["CHN"], "Japan criticised China")]})
    r = score([doc(ACCUSE_GOLD), other], {"d1": [pred("ACCUSE", ["JPN"], ["CHN"], "kritisierte Japan")]},
              sentence_spans=lambda d: [(0, len(d.text))])
    assert [(d.doc_id, d.events.f1) for d in r.docs] == [("d1", 1.0), ("d2", 0.0)]
    assert r.per_lang["de"][0].recall == 1.0 and r.per_lang["en"][0].recall == 0.0
    assert r.events.recall == 0.5


def test_rates_without_denominator_are_null_in_json() -> None:
    r = run(doc(ACCUSE_GOLD), pred("AGREE", ["KOR"], [], "einigten sich"))
    assert r.per_type["ACCUSE"].to_dict()["precision"] is None
    assert r.per_type["AGREE"].to_dict()["recall"] is None
    assert r.per_type["ACCUSE"].to_dict()["f1"] == 0.0


def test_planned_cooperation_matches_gold_coded_as_agree_but_an_asserted_one_does_not() -> None:
    gold = doc(gold_event("AGREE", ["JPN"], ["CHN"], "kritisierte Japan China"))
    planned = pred("CONSULT", ["JPN"], ["CHN"], "kritisierte Japan", status=Status.FUTURE)
    asserted = pred("CONSULT", ["JPN"], ["CHN"], "kritisierte Japan")
    assert run(gold, planned).events.tp_gold == 1
    assert run(gold, asserted).events.tp_gold == 0
