# ruff: noqa: E501
"""German trigger rows of round 7 (audit 12's business and staff events that are no political acts): a firm moving
its business out of a country and staff or guests invited to a meeting or a party are no withdrawal and no
agreement; troops and negotiators still are; staff representatives are labour. Sentences written for these tests
(none from a gold file or an article)."""

from __future__ import annotations

import pytest

from chronik.api import code
from sentence_tables import PUB, assert_codes, assert_no_event

E = pytest.param

# fmt: off
CODED = [
    E("Washington – Die USA ziehen ihre Truppen aus Afghanistan ab.", "RETREAT", "USA", "AFG", "asserted"),
    E("Kiew – Russland zieht seine Soldaten aus dem Stahlwerk ab.", "RETREAT", "RUS", "UKR", "asserted"),
    E("Moskau – Putin lud Erdogan zu Gesprächen nach Moskau ein.", "AGREE", "RUS", "TUR", "asserted"),
    E("Berlin – Die Kanzlerin lädt den französischen Präsidenten zu einem Gipfel ein.", "AGREE", "DEU", "FRA", "asserted"),
]

# staff representatives by their other names are labour (LAB) of the article's country
ACTORS = [
    E("Wien – Die Belegschaftsvertreter werden von der Gewerkschaft unterstützt.", "SUPPORT", "AUT", "AUT", "asserted"),
    E("Wien – Die Personalvertretung protestierte gegen die Regierung.", "PROTEST", "AUT", "AUT", "asserted"),
]

NO_EVENT = [
    # a company moving a business unit, a stake or its production (a compound's head: '*geschäft' in the row)
    "Wien – Die italienische Mutter Unicredit will das Osteuropageschäft aus Wien abziehen.",
    "Wien – Der deutsche Konzern zieht seine Produktion aus Ungarn ab.",
    "Warschau – Die französische Bank zieht ihre Beteiligungen aus Polen ab.",
    # staff, members and the press called to a meeting; guests to a party or a show
    "Wien – Der Betriebsrat hat die Belegschaft zur Betriebsversammlung eingeladen.",
    "Berlin – Die SPD lädt ihre Mitglieder zur Mitgliederversammlung ein.",
    "Wien – Das Außenministerium lud die Journalisten zur Pressekonferenz ein.",
    "Paris – Der Botschafter lud zur Geburtstagsfeier ein.",
]
# fmt: on


@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), CODED)
def test_round7_row_codes_the_act(text: str, event: str, actor: str, recipient: str, status: str) -> None:
    assert_codes(text, "de", event, actor, recipient, status)


@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), ACTORS)
def test_round7_staff_representatives_are_labour(text: str, event: str, actor: str, recipient: str,
                                                 status: str) -> None:
    assert_codes(text, "de", event, actor, recipient, status)
    assert all(p.sector == "LAB" for e in code(text, pub_date=PUB, lang="de") for p in e.recipient + e.actor
               if p.text and "vertret" in p.text.lower())


@pytest.mark.parametrize("text", NO_EVENT)
def test_round7_other_senses_give_no_event(text: str) -> None:
    assert_no_event(text, "de")
