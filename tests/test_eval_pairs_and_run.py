"""Pair mode scoring and the ``run_eval`` glue, with a hand-made extractor and classifier."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronik.errors import EvalError, UnsupportedLanguage
from chronik.eval import run_eval
from chronik.eval.gold import GoldDoc, GoldPair
from chronik.eval.pairs import PairPrediction, score_pairs
from chronik.eval.report import shorten
from chronik.records import DocResult, Entity, Event, Sentence, Status


def row(i: int, event: str, modality: str = "past") -> GoldPair:
    return GoldPair(f"r{i}", "A met B.", ((0, 1),), ((6, 7),), event, None, modality)


def test_pair_accuracy_and_macro_f1() -> None:
    gold = [row(1, "ACCUSE"), row(2, "ACCUSE"), row(3, "AGREE"), row(4, "AGREE")]
    r = score_pairs(gold, ["ACCUSE", "AGREE", "AGREE", "AGREE"])
    assert r.accuracy.value == 0.75
    assert r.per_class["ACCUSE"].precision == 1.0 and r.per_class["ACCUSE"].recall == 0.5
    assert r.per_class["AGREE"].precision == pytest.approx(2 / 3)
    assert r.macro_f1 == pytest.approx((2 / 3 + 0.8) / 2)


def test_concede_and_retreat_count_as_yield_when_gold_uses_yield() -> None:
    gold = [row(1, "YIELD"), row(2, "YIELD"), row(3, "ACCUSE")]
    r = score_pairs(gold, {"r1": "CONCEDE", "r2": PairPrediction("RETREAT"), "r3": "ACCUSE"})
    assert r.accuracy.value == 1.0
    assert "CONCEDE" not in r.per_class


def test_concede_stays_concede_when_gold_has_no_yield() -> None:
    r = score_pairs([row(1, "CONCEDE"), row(2, "ACCUSE")], ["CONCEDE", "RETREAT"])
    assert r.accuracy.value == 0.5 and r.per_class["RETREAT"].fp == 1


def test_missing_pair_prediction_is_wrong_and_modality_is_scored() -> None:
    gold = [row(1, "ACCUSE", "past"), row(2, "AGREE", "todo")]
    r = score_pairs(gold, {"r1": PairPrediction("ACCUSE", 3, "todo")})
    assert r.accuracy.value == 0.5
    assert (r.modality.correct, r.modality.total) == (0, 1)


def test_misaligned_pair_predictions_are_an_error() -> None:
    with pytest.raises(EvalError):
        score_pairs([row(1, "ACCUSE")], ["ACCUSE", "AGREE"])


TEXT = " date 2021-03 Photo : YONHAP News\n\nJapan kritisierte China.Das Wetter war gut."


def write_gold(tmp_path: Path) -> Path:
    event = {"event": "ACCUSE", "mode": None, "context": [], "status": "asserted", "date": None,
             "date_precision": None, "location": None, "evidence": "Japan kritisierte China",
             "actor": [{"code": "JPN", "sector": "GOV", "text": "Japan"}],
             "recipient": [{"code": "CHN", "sector": "GOV", "text": "China"}],
             "optional": False, "alt_events": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"doc_id": "k1", "lang": "de", "pub_date": "2021-03", "text": TEXT,
                                "events": [event]}) + "\n", encoding="utf-8")
    return path


def fake_extractor(doc: GoldDoc, lang: str | None) -> DocResult:
    start = doc.text.index("Japan")
    sentences = (Sentence(0, start, start + 24, doc.text[start:start + 24]),
                 Sentence(1, start + 24, len(doc.text), doc.text[start + 24:]))
    hit = Event("ACCUSE", "disapprove", (), (Entity("JPN", "GOV"),), (Entity("CHN", "GOV"),), Status.ASSERTED,
                "2021-03", None, None, "kritisierte", 0, start + 6, start + 17)
    extra = Event("THREATEN", None, (), (Entity("JPN", "GOV"),), (), Status.ASSERTED, None, None, None,
                  "Wetter", 1, start + 28, start + 34)
    return DocResult(doc.document(), sentences, (hit, extra))


def test_run_eval_text_report_has_headline_tables_and_findings(tmp_path: Path) -> None:
    out = run_eval(str(write_gold(tmp_path)), extractor=fake_extractor)
    assert "events (type+parties)" in out and "Per type" in out and "Per document" in out
    assert "False positives (1)" in out and "Das Wetter war gut." in out
    assert "Misses (0)" in out


def test_run_eval_json_report_is_parseable(tmp_path: Path) -> None:
    data = json.loads(run_eval(str(write_gold(tmp_path)), as_json=True, extractor=fake_extractor))
    assert data["events"]["tp"] == 1 and data["events"]["fp"] == 1
    assert data["docs"][0]["doc_id"] == "k1"


def test_run_eval_pairs_asks_the_classifier_with_marked_spans(tmp_path: Path) -> None:
    path = tmp_path / "plv.jsonl"
    rows = [{"id": "p1", "sentence": "Iran condemned Israel.", "source_spans": [[0, 4]],
             "target_spans": [[15, 21]], "event": "ACCUSE", "quad": 3, "modality": "past"},
            {"id": "p2", "sentence": "Iran freed sailors.", "source_spans": [[0, 4]],
             "target_spans": [[11, 18]], "event": "YIELD", "quad": 1, "modality": "past"}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    asked = []

    def classifier(sentence: str, source: tuple[int, int], target: tuple[int, int]) -> tuple[str, int, str]:
        asked.append(sentence[target[0]:target[1]])
        return ("ACCUSE" if "condemned" in sentence else "RETREAT"), 3, "past"

    data = json.loads(run_eval(str(path), as_json=True, pairs=True, classifier=classifier))
    assert asked == ["Israel", "sailors"]
    assert data["accuracy"] == 1.0 and data["quad_accuracy"] == 0.5


def test_run_eval_missing_file_is_an_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError):
        run_eval(str(tmp_path / "nope.jsonl"))


def test_a_document_the_extractor_refuses_is_scored_empty_and_noted(tmp_path: Path) -> None:
    def refusing(doc: GoldDoc, lang: str | None) -> DocResult:
        raise UnsupportedLanguage(f"{doc.doc_id}: no language data for 'xx'")

    data = json.loads(run_eval(str(write_gold(tmp_path)), as_json=True, extractor=refusing))
    assert data["events"]["fn"] == 1 and data["events"]["pred"] == 0
    assert "k1: not extracted" in data["notes"][0]


def test_long_sentence_is_cut_around_the_evidence() -> None:
    sentence = "Vorher " * 40 + "kritisierte Japan China" + " danach" * 40
    shown = shorten(sentence, 80, keep="kritisierte Japan China")
    assert "kritisierte Japan China" in shown
    assert shown.startswith("…") and shown.endswith("…") and len(shown) <= 81
