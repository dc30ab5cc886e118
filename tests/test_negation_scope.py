# ruff: noqa: E501
"""A negation in a later conjunct negates that conjunct, not the act before it ('will mit Russland verhandeln und
nicht kämpfen', 'met Iran and did not sign'); a negation after a list of parties still negates the act. A preposition
right after a contrast word opens the contrasted phrase, not a new clause ('nicht mit Russland, sondern mit der
Ukraine': the Ukraine is the recipient). And German 'reden' is a meeting only 'mit' somebody. 'niemand' in any case
('hat niemandem versprochen') and English 'nobody' negate like 'kein'. Sentences written for these tests (none from
a gold file or an article)."""

from __future__ import annotations

import pytest

from chronik.api import code
from sentence_tables import PUB, assert_codes, assert_no_event

E = pytest.param

# fmt: off
LATER_CONJUNCT = [
    E("Kiew – Die ukrainische Regierung will mit Russland verhandeln und nicht kämpfen.", "de", "CONSULT", "UKR", "RUS", "future"),
    E("Berlin – Deutschland hat mit Polen verhandelt und nicht gedroht.", "de", "CONSULT", "DEU", "POL", "asserted"),
    E("Wien – Österreich verhandelt mit Ungarn und will nicht klagen.", "de", "CONSULT", "AUT", "HUN", "asserted"),
    E("Washington – The United States met Iran and did not sign the deal.", "en", "CONSULT", "USA", "IRN", "asserted"),
]

STILL_NEGATED = [
    # the negation closes the clause after its objects: it negates the act
    E("Berlin – Die Kanzlerin traf den russischen Botschafter und den iranischen Gesandten nicht.", "de", "CONSULT", "DEU", "RUS+IRN", "negated"),
    # before the act's own word, in its own conjunct
    E("Berlin – Die Bundesregierung verhandelt nicht mit der Türkei und droht Ankara.", "de", "CONSULT", "DEU", "TUR", "negated"),
    E("Washington – The United States did not meet Iran.", "en", "CONSULT", "USA", "IRN", "negated"),
]

CONTRASTED = [
    E("Berlin – Deutschland verhandelte nicht mit Russland, sondern mit der Ukraine.", "CONSULT", "DEU", "UKR", "asserted"),
    E("Ankara – Die Türkei appellierte nicht an Russland, sondern an die USA.", "REQUEST", "TUR", "USA", "asserted"),
]

REDEN = [
    E("Paris – Frankreich will mit Russland reden.", "CONSULT", "FRA", "RUS", "future"),
    E("Ankara – Erdogan redete am Montag mit dem russischen Präsidenten.", "CONSULT", "TUR", "RUS", "asserted"),
]

NOBODY = [
    E("Wien – Bundeskanzler Werner Faymann hat niemandem Geld versprochen.", "de", "AGREE"),
    E("Kabul – Die Taliban haben bei dem Angriff auf die Botschaft niemanden getötet.", "de", "ASSAULT"),
    E("Moskau – Niemand hat die Regierung in Moskau kritisiert, sagte Außenminister Sergej Lawrow.", "de", "ACCUSE"),
    E("Kabul – Nobody attacked the embassy in Kabul, the Afghan government said.", "en", "ASSAULT"),
]

REDEN_NO_EVENT = [
    "Berlin – Der Minister redete lange über die Lage.",
    "Wien – Die Kanzlerin redete im Parlament.",
]
# fmt: on


@pytest.mark.parametrize(("text", "lang", "event", "actor", "recipient", "status"), LATER_CONJUNCT)
def test_negation_of_a_later_conjunct_leaves_the_act(text: str, lang: str, event: str, actor: str, recipient: str,
                                                     status: str) -> None:
    assert_codes(text, lang, event, actor, recipient, status)
    evs = code(text, pub_date=PUB, lang=lang)
    assert not any(e.status.value == "negated" or e.event == "REJECT" for e in evs if e.event in (event, "REJECT"))


@pytest.mark.parametrize(("text", "lang", "event", "actor", "recipient", "status"), STILL_NEGATED)
def test_negation_of_the_act_itself_still_negates(text: str, lang: str, event: str, actor: str, recipient: str,
                                                  status: str) -> None:
    assert_codes(text, lang, event, actor, recipient, status)


@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), CONTRASTED)
def test_contrasted_phrase_gives_the_recipient(text: str, event: str, actor: str, recipient: str, status: str) -> None:
    assert_codes(text, "de", event, actor, recipient, status)
    assert not any(r.code == "RUS" for e in code(text, pub_date=PUB, lang="de") for r in e.recipient)


@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), REDEN)
def test_reden_mit_is_a_meeting(text: str, event: str, actor: str, recipient: str, status: str) -> None:
    assert_codes(text, "de", event, actor, recipient, status)


@pytest.mark.parametrize("text", REDEN_NO_EVENT)
def test_reden_without_mit_is_no_event(text: str) -> None:
    assert_no_event(text, "de")


@pytest.mark.parametrize(("text", "lang", "event"), NOBODY)
def test_nobody_negates_the_act(text: str, lang: str, event: str) -> None:
    evs = [e for e in code(text, pub_date=PUB, lang=lang) if e.event == event]
    assert all(e.status.value == "negated" for e in evs), [(e.event, e.status.value, e.evidence) for e in evs]
