# ruff: noqa: E501
"""Breadth of the German party lexicons: actor dictionary rows, roles, organisations (sentences written for these tests).

Each kind of data row is checked through the engine: the sentence must give an event whose actor or recipient
carries the code, sector and (for persons) the name and office the row promises, including inflected and
feminine forms where the data files list every form. The last tables check words that are also common nouns or
place names: they must not become parties.
"""

from __future__ import annotations

import pytest

from chronik.extract.lexicon import lexicon
from sentence_tables import assert_codes, assert_no_event, describe

E = pytest.param


def _party(text: str, pub: str, event: str, side: str) -> list:
    from chronik.api import code

    evs = [e for e in code(text, pub_date=pub, lang="de") if e.event == event]
    assert evs, f"expected {event}; got {describe(code(text, pub_date=pub, lang='de'))}"
    return [p for e in evs for p in (e.actor if side == "actor" else e.recipient)]


def assert_party(text: str, pub: str, event: str, side: str, code: str, sector: str,
                 name: str | None = None, office: str | None = None) -> None:
    """An event of that type has, on that side, a party with this code and sector (and name, office)."""
    parties = _party(text, pub, event, side)
    want = (code, sector, name, office)
    got = [(p.code, p.sector, p.name if name else None, p.office if office else None) for p in parties]
    assert want in got, f"expected {side} {want}; got {got}"


# fmt: off
# --- named office holders (lang/_shared/actors.tsv): the row valid on the publication date gives code, sector, office
PERSONS = [
    E("Finanzminister Hans Jörg Schelling hat am Dienstag die griechische Regierung kritisiert.", "2015-11-12", "ACCUSE", "actor", "AUT", "GOV", "Hans Jörg Schelling", "Minister of Finance"),
    E("Landeshauptmann Erwin Pröll kritisierte am Montag die Bundesregierung scharf.", "2015-11-12", "ACCUSE", "actor", "AUT", "GOV", "Erwin Pröll", "Governor of Lower Austria"),
    E("Niederösterreichs Landeshauptmann Erwin Pröll hat Innenministerin Johanna Mikl-Leitner gelobt.", "2015-11-12", "SUPPORT", "recipient", "AUT", "GOV", "Johanna Mikl-Leitner", None),
    E("Der griechische Finanzminister Euklid Tsakalotos traf am Mittwoch in Brüssel Eurogruppenchef Jeroen Dijsselbloem.", "2015-11-12", "CONSULT", "recipient", "EUR", "GOV", "Jeroen Dijsselbloem", None),
    E("Der griechische Finanzminister Euklid Tsakalotos traf am Mittwoch in Brüssel Eurogruppenchef Jeroen Dijsselbloem.", "2015-11-12", "CONSULT", "actor", "GRC", "GOV", "Euclid Tsakalotos", "Minister of Finance"),
    E("Der slowenische Premier Miro Cerar forderte am Dienstag Unterstützung von der EU.", "2015-11-12", "REQUEST", "actor", "SVN", "GOV", "Miro Cerar", "Prime Minister of Slovenia"),
    E("Kroatiens Präsidentin Kolinda Grabar-Kitarović hat Serbien scharf kritisiert.", "2015-11-12", "ACCUSE", "actor", "HRV", "GOV", "Kolinda Grabar-Kitarović", "President of Croatia"),
    E("Mazedoniens Außenminister Nikola Poposki warf Griechenland vor, die Grenze zu blockieren.", "2015-11-12", "ACCUSE", "actor", "MKD", "GOV", "Nikola Poposki", "Minister of Foreign Affairs"),
    E("Bayerns Ministerpräsident Horst Seehofer hat Kanzlerin Angela Merkel erneut kritisiert.", "2015-11-12", "ACCUSE", "actor", "DEU", "GOV", "Horst Seehofer", "Minister-President of Bavaria"),
    E("ÖVP-Obmann Reinhold Mitterlehner kritisierte am Montag die SPÖ.", "2015-11-12", "ACCUSE", "actor", "AUT", "GOV", "Reinhold Mitterlehner", "Vice-Chancellor of Austria"),
    E("AfD-Chefin Frauke Petry kritisierte am Montag die Bundesregierung.", "2015-11-12", "ACCUSE", "actor", "DEU", "OPP", "Frauke Petry", None),
    E("Der Volksanwalt Günther Kräuter kritisierte das Innenministerium in Wien.", "2015-11-12", "ACCUSE", "actor", "AUT", "GOV", "Günther Kräuter", "Ombudsman"),
    # one person, the office of the day: Mikl-Leitner ran the interior ministry in 2015 and Lower Austria in 2018
    E("Innenministerin Johanna Mikl-Leitner hat am Montag die Regierung in Budapest kritisiert.", "2015-11-12", "ACCUSE", "actor", "AUT", "GOV", "Johanna Mikl-Leitner", "Minister of the Interior"),
    E("Landeshauptfrau Johanna Mikl-Leitner hat am Montag die Bundesregierung kritisiert.", "2018-03-14", "ACCUSE", "actor", "AUT", "GOV", "Johanna Mikl-Leitner", "Governor of Lower Austria"),
    E("Der FPÖ-Kandidat Norbert Hofer kritisierte am Montag die Bundesregierung in Wien.", "2016-04-12", "ACCUSE", "actor", "AUT", "LEG", "Norbert Hofer", "Third President of the National Council of Austria"),
    E("Verkehrsminister Norbert Hofer kritisierte am Montag die Regierung in Berlin.", "2018-03-14", "ACCUSE", "actor", "AUT", "GOV", "Norbert Hofer", "Minister of Transport, Innovation and Technology"),
]

# --- roles (lang/de/roles.tsv): no code of their own, the country comes from the article or an adjective
ROLES = [
    E("Die Grünen kritisierten am Dienstag die Regierung in Wien.", "2015-11-12", "ACCUSE", "actor", "AUT", "PTY"),
    E("Wien – Die Wiener Grünen haben der SPÖ ein Ultimatum gestellt. Die Grünen forderten die Regierung auf, mehr Flüchtlinge aufzunehmen.", "2015-11-12", "REQUEST", "actor", "AUT", "PTY"),
    E("Der Rechnungshof kritisierte das Verteidigungsministerium in Wien.", "2015-11-12", "ACCUSE", "actor", "AUT", "GOV"),
    E("Die Volksanwältin kritisierte das Innenministerium in Wien scharf.", "2015-11-12", "ACCUSE", "actor", "AUT", "GOV"),
    E("Die Volksanwälte kritisierten das Innenministerium in Wien.", "2015-11-12", "ACCUSE", "actor", "AUT", "GOV"),
    E("Der Bezirkshauptmann von Baden kritisierte die Regierung in Wien.", "2015-11-12", "ACCUSE", "actor", "AUT", "GOV"),
    E("Die SPÖ-Landesgeschäftsführerin kritisierte am Montag die ÖVP.", "2015-11-12", "ACCUSE", "actor", "AUT", "PTY"),
    E("Die weißrussischen Regierungskritiker warfen dem Regime in Minsk Wahlbetrug vor.", "2015-11-12", "ACCUSE", "actor", "BLR", "OPP"),
    E("Die weißrussischen Regierungskritiker warfen dem Regime in Minsk Wahlbetrug vor.", "2015-11-12", "ACCUSE", "recipient", "BLR", "GOV"),
    E("Die ägyptische Polizei hat am Freitag mehrere Regimegegner festgenommen.", "2015-11-12", "COERCE", "recipient", "EGY", "OPP"),
    E("Die Junta in Bangkok ließ am Montag mehrere Regierungsgegner festnehmen.", "2015-11-12", "COERCE", "actor", "THA", "GOV"),
    E("Die Regierung in Ankara warf den Putschisten Verrat vor.", "2016-07-20", "ACCUSE", "recipient", "TUR", "MIL"),
    E("Die Regierung in Wien kritisierte die Koalitionspartner in Berlin.", "2015-11-12", "ACCUSE", "recipient", "DEU", "PTY"),
    E("Die nordkoreanische Delegation reiste am Montag nach Seoul.", "2018-02-14", "CONSULT", "actor", "PRK", "GOV"),
]

# --- organisations (lang/de/organisations.tsv): their own code and sector, in any article
ORGANISATIONS = [
    E("Die Industriellenvereinigung forderte von der Bundesregierung in Wien eine Steuerreform.", "2015-11-12", "REQUEST", "actor", "AUT", "BUS"),
    E("Die Ärztekammer kritisierte am Dienstag Gesundheitsministerin Sabine Oberhauser.", "2015-11-12", "ACCUSE", "actor", "AUT", "MED"),
    E("Kurdische Peschmerga haben am Montag Stellungen des IS angegriffen.", "2015-11-12", "ASSAULT", "actor", "IRQ", "MIL"),
    E("Kurdische Peschmerga haben am Montag Stellungen des IS angegriffen.", "2015-11-12", "ASSAULT", "recipient", "IMG", "REB"),
    E("Die Ukip forderte den Austritt Großbritanniens aus der EU.", "2016-05-10", "REQUEST", "actor", "GBR", "OPP"),
    E("Syriza hat die Sparauflagen der Gläubiger abgelehnt.", "2015-07-01", "REJECT", "actor", "GRC", "PTY"),
    E("Das BAMF hat den Asylantrag des Syrers abgelehnt.", "2015-11-12", "REJECT", "actor", "DEU", "GOV"),
]
# fmt: on


@pytest.mark.parametrize(("text", "pub", "event", "side", "code", "sector", "name", "office"), PERSONS)
def test_named_office_holders_take_the_office_of_the_day(text, pub, event, side, code, sector, name, office):
    assert_party(text, pub, event, side, code, sector, name, office)


@pytest.mark.parametrize(("text", "pub", "event", "side", "code", "sector"), ROLES)
def test_roles_take_the_country_of_the_article_or_adjective(text, pub, event, side, code, sector):
    assert_party(text, pub, event, side, code, sector)


@pytest.mark.parametrize(("text", "pub", "event", "side", "code", "sector"), ORGANISATIONS)
def test_organisations_carry_their_own_code(text, pub, event, side, code, sector):
    assert_party(text, pub, event, side, code, sector)


def test_a_surname_alone_refers_to_the_person_named_before():
    text = ("Wien – Finanzminister Hans Jörg Schelling (ÖVP) traf am Dienstag in Wien seinen deutschen Amtskollegen. "
            "Schelling forderte die EU-Kommission auf, die Regeln zu ändern.")
    assert_party(text, "2015-11-12", "REQUEST", "actor", "AUT", "GOV", "Hans Jörg Schelling", "Minister of Finance")
    assert_party(text, "2015-11-12", "REQUEST", "recipient", "EUR", "GOV")


def test_the_genitive_of_an_audit_court_names_the_owner_of_the_criticism():
    for form in ("Rechnungshofes", "Rechnungshofs"):
        parties = _party(f"Die Regierung in Wien wies die Kritik des {form} zurück.", "2015-11-12", "REJECT", "recipient")
        assert ("AUT", "GOV", "Court of Audit") in [(p.code, p.sector, p.office) for p in parties], form


def test_german_spellings_of_foreign_names_resolve_to_one_person():
    for text in ("Der griechische Finanzminister Giannis Varoufakis hat die deutsche Regierung kritisiert.",
                 "Der griechische Finanzminister Yanis Varoufakis hat die deutsche Regierung kritisiert."):
        assert_party(text, "2015-03-10", "ACCUSE", "actor", "GRC", "GOV", "Yanis Varoufakis", "Minister of Finance")
    assert_party("Bulgariens Premier Boiko Borissow hat die Türkei kritisiert.", "2016-03-10", "ACCUSE", "actor",
                 "BGR", "GOV", "Boyko Borissov", "Prime Minister of Bulgaria")


def test_codes_with_the_shared_sentence_helper():
    assert_codes("Serbiens Außenminister Ivica Dačić traf am Montag in Wien Außenminister Sebastian Kurz.", "de",
                 "CONSULT", "SRB", "AUT", "asserted")


# --- words that are also common nouns or place names ------------------------------------------------------

@pytest.mark.parametrize("word", ["Traiskirchen", "Feldkirchen", "Neunkirchen", "Stadtpfarrkirche", "Wallfahrtskirche",
                                  "Feuerwehrkommandant", "Vereinsobmann", "Grünfläche", "Ministerrat"])
def test_place_names_and_other_compounds_are_no_roles(word):
    assert lexicon("de").role(word) is None


@pytest.mark.parametrize(("word", "sector"), [
    ("Kirche", "REL"), ("Landeskirche", "REL"), ("Erzdiözese", "REL"), ("Landesparteiobmann", "PTY"),
    ("ÖVP-Obmann", None), ("Obmann", None), ("Bundesrechnungshof", "GOV"), ("Regierungsdelegation", "GOV"),
    ("Militärjunta", "GOV"), ("Kommandant", "MIL"),
])
def test_institutional_compounds_stay_roles(word, sector):
    role = lexicon("de").role(word)
    if sector is None:
        # 'Obmann' alone is as often a club's chairman; 'ÖVP-Obmann X' is read by the party-prefix rule
        assert role is None
    else:
        assert role is not None and role.sector == sector


@pytest.mark.parametrize("text", [
    "Wir fahren am Sonntag ins Grüne.",
    "Die Familie verbrachte das Wochenende im Grünen.",
    "Er hob die linke Hand und kritisierte den Schiedsrichter.",
    "Die Union der Fußballverbände kritisierte den Schiedsrichter.",
    "Die Stadtpfarrkirche von Feldkirchen wurde renoviert.",
    "Der Feuerwehrkommandant lobte am Sonntag die Helfer.",
    "Der Vereinsobmann kritisierte den Trainer.",
    "Bekannte von Mario Schmidt, dem Obmann, wurden vor einigen Jahren überfallen.",
    "ORF 2 zeigt um 20.15 Uhr einen Film über eine Geiselnahme, bei der eine Bank überfallen wurde.",
])
def test_common_nouns_do_not_become_parties(text):
    assert_no_event(text, "de")


def test_the_colour_green_is_no_party():
    from chronik.api import code

    evs = code("Die grüne Liste kritisierte am Dienstag die Regierung in Wien.", pub_date="2015-11-12", lang="de")
    assert not any(a.sector == "PTY" for e in evs for a in e.actor), describe(evs)
