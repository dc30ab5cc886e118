# ruff: noqa: E501
"""German trigger rows of round 8: supplying a named party ('beliefert die Ukraine mit Waffen' is aid, 'beliefert
China mit Gas' trade); a firm supplying customers with parts is no political act; a body suspending a named party
(a member state, its government) sanctions it; 'auf X angewiesen sein' (to depend on X) is no instruction; legal action held out ('ein Strafverfahren in Aussicht stellen') is a threat; a fate sealed ('besiegelt') is no deal; 'mehr Soldaten verlangen' names no addressee; signing a law, decree or budget of one's own state is no agreement.
Participles declined alike and coordinated before one noun ('getöteten und verwundeten Soldaten') describe it, both
of them, while coordinated finite verbs ('töteten und verwundeten Zivilisten') stay acts. Sentences written for these
tests (none from a gold file or an article)."""

from __future__ import annotations

import pytest

from sentence_tables import assert_codes, assert_no_event

E = pytest.param

# fmt: off
CODED = [
    E("London – Großbritannien beliefert die Ukraine mit Waffen.", "AID", "GBR", "UKR", "asserted"),
    E("London – Der britische Premierminister kündigte an, die Ukraine weiter mit Waffen zu beliefern.", "AID", "GBR", "UKR", "future"),
    E("Moskau – Russland beliefert China mit Gas.", "COOPERATE", "RUS", "CHN", "asserted"),
    E("Addis Abeba – Die Afrikanische Union suspendierte Niger.", "SANCTION", "IGO", "NER", "asserted"),
    E("Addis Abeba – Die Afrikanische Union hat die Militärregierung in Niger suspendiert.", "SANCTION", "IGO", "NER", "asserted"),
    E("Kiew – Die Ukraine unterzeichnete mit Polen eine Absichtserklärung.", "SUPPORT", "UKR", "POL", "asserted"),
    E("Damaskus – Syrische Soldaten töteten und verwundeten am Montag mehrere Rebellen in Aleppo.", "ASSAULT", "SYR", "SYR", "asserted"),
    E("Moskau – Putin hat das Militär angewiesen, die Truppen abzuziehen.", "REQUEST", "RUS", "RUS", "asserted"),
    # legal action held out is a threat, not a promise ('in Aussicht stellen' of money or talks is one)
    E("Brüssel – Die EU-Kommission stellte Ungarn ein Vertragsverletzungsverfahren in Aussicht.", "THREATEN", "EUR", "HUN", "asserted"),
    E("Ankara – Die Staatsanwaltschaft stellte dem Journalisten ein Strafverfahren in Aussicht.", "THREATEN", "TUR", "TUR", "asserted"),
    E("Wien – Die Regierung stellte den Gemeinden mehr Geld in Aussicht.", "AGREE", "AUT", "AUT", "asserted"),
]

NO_EVENT = [
    "Berlin – Der Konzern beliefert Kunden in Frankreich mit Ersatzteilen.",
    "Berlin – Die Bäckerei beliefert die Schulen mit Brot.",
    "Wien – Der Verein suspendierte den Spieler.",
    "Moskau – Putin hat ein Gesetz unterzeichnet, das ausländische Agenten stärker kontrolliert.",
    "Peking – Xi Jinping unterzeichnete das Sicherheitsgesetz für Hongkong.",
    "Moskau – Putin unterzeichnete ein Dekret über die Einberufung von Reservisten.",
    "Damaskus – Die Staatsagentur Sana berichtete von mehreren getöteten und verwundeten Terroristen.",
    "Damaskus – Das syrische Militär meldete zahlreiche getötete und verletzte Rebellen.",
    "Kabul – Die Behörden zählten die getöteten oder verschleppten Dorfbewohner.",
    # 'auf X angewiesen sein' is to depend on X, no instruction ('anweisen')
    "Wien – Die Landesregierung ist auf das Wohlwollen der Bundesregierung angewiesen.",
    "Wien – Die Stadt war schon immer darauf angewiesen, dass der Bund zahlt.",
    # the people a demand asks for are its content, not whom it is made of (meta content_quantifiers)
    "Wien – Der Verteidigungsminister verlangte mehr Soldaten für die Grenze.",
    "Berlin – Die Gewerkschaft fordert zusätzliche Polizisten für die Bahnhöfe.",
    # a fate sealed is no deal sealed ('besiegeln')
    "Rom – Das Schicksal von Matteo Renzi schien schon im Februar besiegelt.",
    "Rom – Die Niederlage bei der Abstimmung besiegelte das Aus von Premier Matteo Renzi.",
]
# fmt: on


@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), CODED)
def test_round8_row_codes_the_act(text: str, event: str, actor: str, recipient: str, status: str) -> None:
    assert_codes(text, "de", event, actor, recipient, status)


@pytest.mark.parametrize("text", NO_EVENT)
def test_round8_other_senses_give_no_event(text: str) -> None:
    assert_no_event(text, "de")
