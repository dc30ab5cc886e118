# ruff: noqa: E501
"""German names that open with an adjective are declined in full: 'der Europäische Rat', 'dem Europäischen Rat',
'ein Europäischer Rat'. A table that declines a name ('Europäischen Rat' listed) must also list the form after the
definite article ('Europäische Rat', 'Vereinigte Königreich'), or 'Der Europäische Rat forderte ...' loses its actor. Sentences written for
these tests (none from a gold file or an article)."""

from __future__ import annotations

import re

import pytest

from chronik.lang.loader import load_table
from sentence_tables import assert_codes

E = pytest.param

# a first word that is an adjective with a strong masculine or neuter ending: 'Europäischer', 'Deutscher', 'Leuchtender',
# 'Europäisches', 'Vereinigtes'
STRONG = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]+(?:isch|al|ig|lich|end|sch|cht|t))e[rs]( .+)$")


@pytest.mark.parametrize("table", ["organisations", "countries"])
def test_a_declined_name_has_its_form_after_the_article(table: str) -> None:
    forms = {row["form"] for row in load_table("de", table)}
    missing = []
    for form in forms:
        m = STRONG.match(form)
        if m and f"{m.group(1)}en{m.group(2)}" in forms and f"{m.group(1)}e{m.group(2)}" not in forms:
            missing.append(f"{m.group(1)}e{m.group(2)}")
    assert not missing, sorted(missing)


# fmt: off
CODED = [
    E("Brüssel – Der Europäische Rat forderte Russland zum Abzug auf.", "REQUEST", "EUR", "RUS", "asserted"),
    E("Washington – Der Internationale Währungsfonds gewährt der Ukraine einen Kredit.", "AID", "IGO", "UKR", "asserted"),
    E("Berlin – Der Deutsche Gewerkschaftsbund kritisierte die Regierung.", "ACCUSE", "DEU", "DEU", "asserted"),
    E("Rom – Der Heilige Stuhl verurteilte den Angriff auf die Ukraine.", "ACCUSE", "VAT", "", "asserted"),
    E("Straßburg – Das Europäische Parlament verurteilte Russland.", "ACCUSE", "EUR", "RUS", "asserted"),
    E("London – Das Vereinigte Königreich verhängte Sanktionen gegen Russland.", "SANCTION", "GBR", "RUS", "asserted"),
]
# fmt: on


@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), CODED)
def test_name_after_the_definite_article_is_the_actor(text: str, event: str, actor: str, recipient: str,
                                                      status: str) -> None:
    assert_codes(text, "de", event, actor, recipient, status)
