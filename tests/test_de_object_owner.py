# ruff: noqa: E501
"""A phrase right after the owner of a rejected or criticised object belongs to that object ('wies die Vorwürfe der
Ukraine gegen die Armee zurück'): the owner is the recipient, not the party of the phrase. Sentences written for
these tests (none from a gold file or an article)."""

from __future__ import annotations

import pytest

from chronik.api import code
from sentence_tables import PUB, assert_codes

E = pytest.param

# fmt: off
OWNER = [
    E("Den Haag – Der Internationale Gerichtshof wies die Klage der Ukraine gegen Russland ab.", "REJECT", "UNO", "UKR", "asserted"),
    E("Moskau – Russland wies die Vorwürfe der Ukraine gegen die Armee zurück.", "REJECT", "RUS", "UKR", "asserted"),
    E("Brüssel – Die EU kritisierte die Sanktionen der USA gegen Russland.", "ACCUSE", "EUR", "USA", "asserted"),
]

# the phrase of the verb itself, or of an act that is no rejection or criticism, still names the recipient
VERB_PHRASE = [
    E("Kiew – Die Ukraine protestierte gegen Russland.", "ACCUSE", "UKR", "RUS", "asserted"),
    E("Brüssel – Die EU verhängte Sanktionen gegen Russland.", "SANCTION", "EUR", "RUS", "asserted"),
]
# fmt: on


@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), OWNER)
def test_owner_of_the_object_is_the_recipient(text: str, event: str, actor: str, recipient: str, status: str) -> None:
    assert_codes(text, "de", event, actor, recipient, status)
    assert all(len(e.recipient) == 1 for e in code(text, pub_date=PUB, lang="de"))


@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), VERB_PHRASE)
def test_phrase_of_the_verb_names_the_recipient(text: str, event: str, actor: str, recipient: str, status: str) -> None:
    assert_codes(text, "de", event, actor, recipient, status)
