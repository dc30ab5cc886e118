"""Pair mode: classify hand-made marked pairs; the CLI writes one line per input line."""

from __future__ import annotations

import json

from click.testing import CliRunner

from chronik.classify import _span, classify, features, finish, rule_event
from chronik.cli_classify import classify_cmd
from chronik.plover import plover


def _pair(sentence: str, source: str, target: str):
    s = sentence.index(source)
    t = sentence.index(target)
    return sentence, (s, s + len(source)), (t, t + len(target))


def test_result_shape_and_quad():
    event, quad, modality = classify(*_pair("China condemned Japan over the island dispute.", "China", "Japan"))
    assert event in plover().types
    assert quad == plover().types[event].quad
    assert modality in ("past", "todo")


def test_condemn_is_accuse():
    assert classify(*_pair("The foreign ministry condemned the airstrike by Israel on Monday.",
                           "The foreign ministry", "Israel"))[0] == "ACCUSE"


def test_attack_is_assault():
    assert classify(*_pair("Rebels attacked an army convoy near the border.", "Rebels", "an army convoy"))[0] \
        == "ASSAULT"


def test_meeting_and_future_collapse():
    assert classify(*_pair("Merkel met Macron in Paris on Tuesday.", "Merkel", "Macron"))[:1] == ("CONSULT",)
    event, quad, modality = classify(*_pair("Merkel will meet Macron in Paris next week.", "Merkel", "Macron"))
    assert modality == "todo" and event == "AGREE" and quad == 1


def test_finish_maps_yield_and_collapses():
    assert finish("YIELD", "past", ["near:RETREAT"])[:2] == ("RETREAT", 2)
    assert finish("YIELD", "past", ["near:CONCEDE"])[:2] == ("CONCEDE", 1)
    assert finish("RETREAT", "todo", [])[0] == "CONCEDE"
    assert finish("SUPPORT", "todo", [])[0] == "AGREE"


def test_rules_use_the_trigger_between_the_parties():
    feats = features(*_pair("Police arrested the opposition leader in the capital.", "Police",
                            "the opposition leader"))
    assert rule_event(feats) == "COERCE"


def test_span_forms():
    assert _span((3, 9)) == (3, 9)
    assert _span([[3, 9], [20, 25]]) == (3, 25)
    assert _span([]) is None


def test_missing_party_still_classified():
    event, quad, _ = classify("Protesters marched through the capital.", (0, 10), None)
    assert event in plover().types and quad in (1, 2, 3, 4)


def test_cli_one_line_per_row(tmp_path):
    rows = [{"id": "a", "sentence": "China condemned Japan.", "source_spans": [[0, 5]], "target_spans": [[16, 21]]},
            {"id": "b", "sentence": "Russia attacked Ukraine.", "source_spans": [[0, 6]], "target_spans": []}]
    src = tmp_path / "pairs.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(classify_cmd, [str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", None]
    assert set(lines[0]) == {"id", "event", "quad", "modality"}
