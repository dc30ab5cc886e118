"""English lexicons: they load through the one loader, and the engine codes plain English news sentences."""

from __future__ import annotations

import pytest

from chronik.api import code
from chronik.extract.lexicon import lexicon
from chronik.lang.loader import load_table
from chronik.plover import plover


@pytest.mark.parametrize("table", ["triggers", "roles", "contexts", "cues", "countries"])
def test_english_tables_load(table):
    assert load_table("en", table)


def test_triggers_cover_every_plover_type_with_valid_modes():
    rows = load_table("en", "triggers")
    facts = plover()
    assert {r["event"] for r in rows} == set(facts.types)
    assert len(rows) >= 300
    for r in rows:
        assert not r["mode"] or (r["event"], r["mode"]) in facts.modes, r.ref


def test_no_trigger_note_mentions_host_by_accident():
    # the engine swaps actor and recipient when a trigger's note contains "host"
    hosts = {r["lemma"] for r in load_table("en", "triggers") if "host" in r["note"]}
    assert hosts <= {"host", "receive", "welcome"}


def test_inflected_forms_reach_their_lemma():
    lex = lexicon("en")
    for form, lemma in [("condemned", "condemn"), ("urged", "urge"), ("met", "meet"), ("sanctions", "sanction"),
                        ("withdrew", "withdraw"), ("arrested", "arrest")]:
        assert lex.lemma(form) == lemma


def _events(text: str, pub: str = "2020-05-08"):
    return [(e.event, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient), e.status.value)
            for e in code(text, pub_date=pub, lang="en")]


def test_sanction_usa_prk():
    assert ("SANCTION", ("USA",), ("PRK",), "asserted") in _events(
        "The United States imposed new sanctions on North Korea on Wednesday.")


def test_announced_non_attendance_is_a_refusal():
    # EVENTS.md section 1: a refusal is REJECT (mode meet), not a negated meeting
    evs = _events("Russia will not attend the talks.")
    assert evs and all(event == "REJECT" and status == "asserted" for event, *_, status in evs)


def test_past_non_attendance_is_negated():
    evs = _events("Russia did not attend the talks with Ukraine.")
    assert evs and all(status == "negated" for *_, status in evs)


@pytest.mark.parametrize("text, expected", [
    ("China condemned Japan on Monday.", ("ACCUSE", ("CHN",), ("JPN",), "asserted")),
    ("Israel attacked Syria on Sunday.", ("ASSAULT", ("ISR",), ("SYR",), "asserted")),
    ("Germany will send troops to Lithuania.", ("MOBILIZE", ("DEU",), ("LTU",), "future")),
    ("France urged Iran to free the hostages.", ("REQUEST", ("FRA",), ("IRN",), "asserted")),
    ("Russia pulled out of the treaty with the United States.", ("RETREAT", ("RUS",), ("USA",), "asserted")),
])
def test_english_sentences(text, expected):
    assert expected in _events(text)


def test_phone_call_is_consult_phone():
    evs = code("Japan's prime minister held a phone call with the Chinese president.", lang="en",
               pub_date="2020-05-08")
    assert any(e.event == "CONSULT" and e.mode == "phone" for e in evs)
