# ruff: noqa: E501
"""Breadth of the German party lexicons: actor dictionary rows, roles, organisations (sentences written for these tests).

Each kind of data row is checked through the engine: the sentence must give an event whose actor or recipient
carries the code, sector and (for persons) the name and office the row promises, including inflected and
feminine forms where the data files list every form. The last tables check words that are also common nouns or
place names: they must not become parties.

Round 5 adds group nouns of every sector with all their written forms (Gewerkschaftern, Streikenden, Ermittlerinnen),
city adjectives before roles (ein Istanbuler Gericht), hyphenated armed-group names, and the compounds whose head the
rule misread (a Sanitäter is no Täter, a Versicherungsvermittler no Ermittler).
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
    # a two-letter standalone form the dictionary lists ('Xi'): a whole word, so a name (no longer dropped as too short)
    E("Danach traf Xi den nordkoreanischen Machthaber Kim Jong Un in Pjöngjang.", "2019-06-21", "CONSULT", "actor", "CHN", "GOV", "Xi Jinping", "President of China"),
    E("US-Präsident Joe Biden kritisierte Xi am Mittwoch scharf.", "2023-06-21", "ACCUSE", "recipient", "CHN", "GOV", "Xi Jinping", None),
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


# --- round 5: group nouns of a country's actors (sentences written for these tests) ---------------------------
# groups outside the state sectors (unions, pupils, doctors, farmers) take their country from an adjective; as the
# target of an act they take the country of the sentence or article; state bodies (police, courts, parties) take it
# from the dateline too
# fmt: off
GROUPS = [
    # labour
    E("Französische Arbeiter blockierten am Montag die Raffinerien aus Protest gegen die Regierung.", "2016-05-10", "PROTEST", "actor", "FRA", "LAB"),
    E("Die spanischen Bergarbeiter protestierten am Montag in Madrid gegen die Regierung.", "2016-05-10", "PROTEST", "actor", "ESP", "LAB"),
    E("Griechische Hafenarbeiter protestierten am Montag in Piräus gegen die Regierung.", "2016-05-10", "PROTEST", "actor", "GRC", "LAB"),
    E("Die griechischen Streikenden forderten von der Regierung in Athen höhere Löhne.", "2016-05-10", "REQUEST", "actor", "GRC", "LAB"),
    E("Die Polizei in Ankara ging mit Tränengas gegen streikende Arbeiter vor.", "2016-05-10", "ASSAULT", "recipient", "TUR", "LAB"),
    E("Ankara – Die Polizei nahm am Montag mehrere Gewerkschafter fest.", "2016-05-10", "COERCE", "recipient", "TUR", "LAB"),
    E("Die deutsche Regierung sicherte den Stahlarbeitern ihre Unterstützung zu.", "2016-05-10", "AGREE", "recipient", "DEU", "LAB"),
    E("Die österreichische Standesvertretung kritisierte die Regierung in Wien scharf.", "2016-05-10", "ACCUSE", "actor", "AUT", "LAB"),
    E("Die polnischen Arbeitnehmervertreter kritisierten die Regierung in Warschau.", "2016-05-10", "ACCUSE", "actor", "POL", "LAB"),
    # education, civil society, health, farmers, clergy, business
    E("Ungarische Schüler protestierten am Samstag in Budapest gegen die Regierung.", "2016-05-10", "PROTEST", "actor", "HUN", "EDU"),
    E("Die Polizei in Istanbul nahm am Montag 30 Studierende fest.", "2016-05-10", "COERCE", "recipient", "TUR", "EDU"),
    E("Kairo – Die Polizei nahm am Freitag mehrere Menschenrechtsaktivisten fest.", "2016-05-10", "COERCE", "recipient", "EGY", "SOC"),
    E("Syrische Menschenrechtsgruppen warfen der Regierung in Damaskus Folter vor.", "2016-05-10", "ACCUSE", "actor", "SYR", "SOC"),
    E("Die ägyptische Regierung ließ am Montag die Büros mehrerer Nichtregierungsorganisationen durchsuchen.", "2016-05-10", "COERCE", "recipient", "EGY", "SOC"),
    E("Kiew – Die Regierung forderte die Bewohner der Stadt auf, die Gegend zu verlassen.", "2016-05-10", "REQUEST", "recipient", "UKR", "CVL"),
    E("Die Polizei in Kairo nahm am Montag drei Mediziner fest.", "2016-05-10", "COERCE", "recipient", "EGY", "MED"),
    E("Damaskus – Regierungstruppen haben am Montag ein Krankenhaus in Aleppo bombardiert und mehrere Sanitäter getötet.", "2016-05-10", "ASSAULT", "recipient", "SYR", "MED"),
    E("Französische Milchbauern blockierten am Montag Straßen aus Protest gegen die Regierung in Paris.", "2016-05-10", "PROTEST", "actor", "FRA", "AGR"),
    E("Die Regierung in Peking ließ am Montag zwei Priester festnehmen.", "2016-05-10", "COERCE", "recipient", "CHN", "REL"),
    E("Die türkische Polizei durchsuchte am Montag mehrere Firmen der Holding.", "2016-05-10", "COERCE", "recipient", "TUR", "BUS"),
    E("Die Katalanen protestierten am Montag in Barcelona gegen die Regierung in Madrid.", "2016-05-10", "PROTEST", "actor", "ESP", "CVL"),
    # police, investigators, border guards, armed forces
    E("Brüssel – Die Ermittler nahmen am Montag zwei Terrorverdächtige fest.", "2016-05-10", "COERCE", "actor", "BEL", "COP"),
    E("Die belgischen Ermittler nahmen am Montag zwei Verdächtige fest.", "2016-05-10", "COERCE", "actor", "BEL", "COP"),
    E("Ankara – Polizeikräfte stürmten am Montag die Redaktion der Zeitung.", "2016-05-10", "COERCE", "actor", "TUR", "COP"),
    E("Athen – Grenzbeamte wiesen am Montag 200 Flüchtlinge zurück.", "2016-05-10", "REJECT", "actor", "GRC", "COP"),
    E("Ankara – Die Fahnder nahmen am Montag 20 mutmaßliche Anhänger der Gülen-Bewegung fest.", "2016-05-10", "COERCE", "actor", "TUR", "COP"),
    E("Damaskus – Regierungskräfte griffen am Montag Stellungen der Rebellen an.", "2016-05-10", "ASSAULT", "actor", "SYR", "MIL"),
    E("Die russische Kriegsmarine feuerte am Montag Marschflugkörper auf Syrien ab.", "2016-05-10", "ASSAULT", "actor", "RUS", "MIL"),
    E("Tokio – Die japanischen Selbstverteidigungskräfte halten am Montag ein Manöver mit der US-Armee ab.", "2016-05-10", "COOPERATE", "actor", "JPN", "MIL"),
    # legislatures, the federal level, municipalities
    E("Wien – Die Fraktion der Grünen kritisierte die Regierung scharf.", "2016-05-10", "ACCUSE", "actor", "AUT", "LEG"),
    E("Wien – Die Landeshauptleute warfen dem Bund vor, die Gemeinden im Stich zu lassen.", "2016-05-10", "ACCUSE", "recipient", "AUT", "GOV"),
    E("Wien – Mehrere Gemeinden lehnten die Aufnahme von Flüchtlingen ab.", "2016-05-10", "REJECT", "actor", "AUT", "GOV"),
    # parties by political family, opposition groups, armed groups by kind
    E("Madrid – Die Sozialisten kritisierten die Regierung scharf.", "2016-05-10", "ACCUSE", "actor", "ESP", "PTY"),
    E("Die spanischen Sozialisten lehnten eine Koalition mit Podemos ab.", "2016-05-10", "REJECT", "actor", "ESP", "PTY"),
    E("Berlin – Die Sozialdemokraten warfen dem Finanzminister Zynismus vor.", "2016-05-10", "ACCUSE", "actor", "DEU", "PTY"),
    E("London – Die Konservativen kritisierten die Regierung scharf.", "2016-05-10", "ACCUSE", "actor", "GBR", "PTY"),
    E("Die ukrainischen Nationalisten protestierten am Montag in Kiew gegen die Regierung.", "2016-05-10", "PROTEST", "actor", "UKR", "PTY"),
    E("Caracas – Die Oppositionsgruppen warfen der Regierung Wahlbetrug vor.", "2016-05-10", "ACCUSE", "actor", "VEN", "OPP"),
    E("Bamako – Die Islamistengruppe griff am Montag einen Militärposten an.", "2016-05-10", "ASSAULT", "actor", "MLI", "REB"),
    E("Die malische Armee tötete am Montag mehrere Jihadisten.", "2016-05-10", "ASSAULT", "recipient", "MLI", "REB"),
    # prisoners and confessions as the target of an act
    E("Damaskus – Die Regierung ließ am Montag 200 Gefangene frei.", "2016-05-10", "RETREAT", "recipient", "SYR", "CVL"),
    E("Bagdad – IS-Kämpfer griffen am Freitag Schiiten in einer Moschee an.", "2016-05-10", "ASSAULT", "recipient", "IRQ", "REL"),
]

# capitals and large cities as adjectives before a role ('ein Istanbuler Gericht'), and regions named for their government
CITY_ADJECTIVES = [
    E("Ein Istanbuler Gericht verurteilte am Montag zwei Journalisten zu fünf Jahren Haft.", "2016-05-10", "SANCTION", "actor", "TUR", "JUD"),
    E("Die Kölner Polizei nahm am Montag drei Verdächtige fest.", "2016-05-10", "COERCE", "actor", "DEU", "COP"),
    E("Die Münchner Staatsanwaltschaft klagte den Manager am Montag an.", "2016-05-10", "ACCUSE", "actor", "DEU", "JUD"),
    E("Der Grazer Bürgermeister kritisierte die Landesregierung scharf.", "2016-05-10", "ACCUSE", "actor", "AUT", "GOV"),
    E("Die Zürcher Staatsanwaltschaft klagte den Banker am Montag an.", "2016-05-10", "ACCUSE", "actor", "CHE", "JUD"),
    E("Südtirol fordert von Rom mehr Autonomie.", "2016-05-10", "REQUEST", "actor", "ITA", "GOV"),
    E("Die baskische Regionalregierung forderte von Madrid mehr Autonomie.", "2016-05-10", "REQUEST", "actor", "ESP", "GOV"),
    E("Der Südtiroler Landeshauptmann kritisierte die Regierung in Rom.", "2016-05-10", "ACCUSE", "actor", "ITA", "GOV"),
]

# organisations with a hyphen of their own, further spellings, and leaders of armed groups, parties and unions
NAMED = [
    E("Mogadischu – Die Al-Shabaab-Miliz griff am Montag einen Stützpunkt der Afrikanischen Union an.", "2016-05-10", "ASSAULT", "actor", "SOM", "REB", None, None),
    E("Al-Kaida-Kämpfer griffen am Montag einen Stützpunkt der Armee in Aden an.", "2016-05-10", "ASSAULT", "actor", "IMG", "REB", None, None),
    E("Boko-Haram-Kämpfer griffen am Montag ein Dorf im Nordosten Nigerias an.", "2016-05-10", "ASSAULT", "actor", "NGA", "REB", None, None),
    E("Die Hezbollah feuerte am Montag Raketen auf Israel ab.", "2016-05-10", "ASSAULT", "actor", "LBN", "REB", None, None),
    E("Türkische Kampfjets bombardierten am Montag Stellungen der Volksschutzeinheiten in Nordsyrien.", "2016-05-10", "ASSAULT", "recipient", "SYR", "REB", None, None),
    E("Die Dschabhat al-Nusra griff am Montag Stellungen der syrischen Armee an.", "2016-05-10", "ASSAULT", "actor", "SYR", "REB", None, None),
    E("Der Islamische Staat griff am Montag die Stadt Palmyra an.", "2016-05-10", "ASSAULT", "actor", "IMG", "REB", None, None),
    E("Taliban-Chef Achtar Mansur lehnte Friedensgespräche mit der afghanischen Regierung ab.", "2016-05-10", "REJECT", "actor", "AFG", "REB", "Akhtar Mansour", "Leader of the Taliban"),
    E("Al-Kaida-Chef Aiman al-Sawahiri kritisierte die USA scharf.", "2016-05-10", "ACCUSE", "actor", "IMG", "REB", "Ayman al-Zawahiri", "Leader of al-Qaeda"),
    E("DGB-Chef Reiner Hoffmann kritisierte die Bundesregierung scharf.", "2016-05-10", "ACCUSE", "actor", "DEU", "LAB", "Reiner Hoffmann", None),
    E("Ärztekammerpräsident Artur Wechselberger kritisierte das Gesundheitsministerium in Wien.", "2016-05-10", "ACCUSE", "actor", "AUT", "MED", "Artur Wechselberger", None),
    E("Nicola Sturgeon kritisierte die Regierung in London scharf.", "2016-05-10", "ACCUSE", "actor", "GBR", "GOV", "Nicola Sturgeon", "First Minister of Scotland"),
    E("Der Separatistenführer Alexander Sachartschenko warf der Regierung in Kiew Wortbruch vor.", "2016-05-10", "ACCUSE", "actor", "UKR", "REB", "Alexander Zakharchenko", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "pub", "event", "side", "code", "sector"), GROUPS)
def test_group_nouns_take_the_country_of_their_adjective_or_setting(text, pub, event, side, code, sector):
    assert_party(text, pub, event, side, code, sector)


@pytest.mark.parametrize(("text", "pub", "event", "side", "code", "sector"), CITY_ADJECTIVES)
def test_city_adjectives_and_regions_name_the_country(text, pub, event, side, code, sector):
    assert_party(text, pub, event, side, code, sector)


@pytest.mark.parametrize(("text", "pub", "event", "side", "code", "sector", "name", "office"), NAMED)
def test_named_armed_groups_and_leaders(text, pub, event, side, code, sector, name, office):
    assert_party(text, pub, event, side, code, sector, name, office)


# every written form of a group noun is in the lexicon with one sector (the tables list forms, not lemmas)
INFLECTIONS = [
    (("Arbeiter", "Arbeitern", "Arbeiterin", "Arbeiterinnen", "Bauarbeiter", "Hafenarbeitern", "Leiharbeiterinnen"), "LAB"),
    (("Gewerkschaft", "Gewerkschaften", "Gewerkschafter", "Gewerkschaftern", "Gewerkschafterinnen", "Lehrergewerkschaft",
      "Gewerkschaftsvorsitzende", "Gewerkschaftsführer", "Streikende", "Streikenden", "Standesvertretung", "Belegschaft"), "LAB"),
    (("Schüler", "Schülern", "Schülerinnen", "Studierende", "Studierenden", "Hochschülerschaft", "Lehrkräfte", "Elternvertreter"), "EDU"),
    (("Bürger", "Bürgerinnen", "Eltern", "Anrainer", "Anrainern", "Bewohner", "Passanten", "Umweltschützer", "Zivilbevölkerung"), "CVL"),
    (("Menschenrechtsgruppe", "Menschenrechtsgruppen", "Nichtregierungsorganisationen", "Hilfswerk"), "SOC"),
    (("Mediziner", "Sanitäter", "Sanitätern", "Pflegekräfte", "Rettungskräfte", "Klinik", "Kliniken"), "MED"),
    (("Bauern", "Kleinbauern", "Milchbauern", "Bauernverband", "Bauernbund"), "AGR"),
    (("Muslime", "Christen", "Priester", "Rabbiner", "Bischofskonferenz", "Kultusgemeinde"), "REL"),
    (("Firmen", "Banken", "Großbanken", "Arbeitgeber", "Arbeitgeberverband", "Investoren"), "BUS"),
    (("Ermittler", "Ermittlern", "Ermittlerinnen", "Terrorermittler", "Fahnder", "Polizeikräfte", "Grenzbeamte", "Grenzbeamten",
      "Ermittlungsbehörden", "Sicherheitsbeamte"), "COP"),
    (("Regierungskräfte", "Kriegsmarine", "Spezialkräfte", "Offiziere", "Generäle", "Selbstverteidigungskräfte"), "MIL"),
    (("Staatsanwältinnen", "Anklagebehörde", "Justizbehörden"), "JUD"),
    (("Fraktion", "Fraktionen", "Parlamentsfraktion", "Volksvertreter", "Untersuchungsausschuss", "Landtage"), "LEG"),
    (("Bund", "Bundes", "Bundesländer", "Gemeinde", "Gemeinden", "Kanzleramt", "Regierungsvertreter", "Zentralbank"), "GOV"),
    (("Sozialisten", "Sozialdemokraten", "Christdemokraten", "Konservativen", "Liberalen", "Kommunisten", "Rechtspopulisten",
      "Parteispitze", "Parteimitglieder", "Präsidentschaftskandidat", "Spitzenkandidatin"), "PTY"),
    (("Oppositionsgruppen", "Oppositionsbündnis", "Oppositionschef", "Oppositionsabgeordneten"), "OPP"),
    (("Terrororganisation", "Terrorgruppen", "Terrorzelle", "Dschihadistengruppe", "Islamistengruppe", "Guerilleros",
      "Rebellenarmee", "Rebellenkommandeur", "Jihadisten", "Rechtsextremisten", "Maoisten"), "REB"),
    (("Söldner", "Bürgerwehr", "Bürgerwehren"), "PRM"),
    (("Regierungsmitglieder", "Kabinettsmitglieder", "Zentralbank", "Notenbanker"), "GOV"),
    (("Umweltorganisationen", "Bürgerrechtsgruppe", "Tierschutzorganisation"), "SOC"),
    (("Gefangene", "Gefangenen", "Häftlinge", "Kriegsgefangene", "Aktivistengruppe"), "CVL"),
    (("Sunniten", "Schiiten", "Kopten", "Alawiten", "Patriarch", "Kirchenführer"), "REL"),
    (("Drogenkartell", "Drogenbarone", "Schlepperbanden", "Schlepperbande"), "CRM"),
    (("Hacker", "Hackergruppe"), "UAF"),
    (("Militärrat", "Marineinfanterist"), "MIL"),
    (("Fotografen", "Medienvertreter", "Staatsfernsehen", "Fernsehsender"), "JRN"),
]


@pytest.mark.parametrize(("forms", "sector"), INFLECTIONS)
def test_every_inflected_form_of_a_group_noun_is_a_role(forms, sector):
    lex = lexicon("de")
    assert {f: (lex.role(f).sector if lex.role(f) else None) for f in forms} == dict.fromkeys(forms, sector)


@pytest.mark.parametrize(("word", "sector"), [
    # compounds whose head reads as another role
    ("Sanitäter", "MED"), ("Staatsanwältinnen", "JUD"), ("Rebellenarmee", "REB"), ("Grenzschutzbehörde", "COP"),
    ("Generalbundesanwalt", "JUD"), ("Bundesanwaltschaft", "JUD"), ("Rote-Armee-Fraktion", "REB"),
    # presidents of chambers, clubs and federations hold no state office
    ("Wirtschaftskammerpräsident", "BUS"), ("Arbeiterkammerpräsidentin", "LAB"), ("Vereinspräsident", "SOC"),
    ("Klubpräsident", "SOC"), ("Verbandspräsident", "SOC"),
    # words that are no party at all: staff, a surname, benches, messages, a Twitter-like service, sports and science
    ("Mitarbeiter", None), ("Bauer", None), ("Bank", None), ("Datenbank", None), ("Anklagebank", None),
    ("Videobotschaft", None), ("Hiobsbotschaft", None), ("Kurznachrichtendienst", None), ("Linke", None),
    ("Kandidaten", None), ("Koalition", None), ("Drohnen", None), ("Einheiten", None), ("Länder", None),
    ("Forscher", None), ("Piloten", None), ("Versicherungsvermittler", None), ("Vermittler", None),
    ("Direktoren", None), ("Programmdirektoren", None), ("Geiseln", None), ("Menschen", None), ("Sprecher", None),
    ("Kartell", None), ("Mafia", None), ("Fans", None), ("Ultras", None),
])
def test_misread_compounds_and_other_senses(word, sector):
    role = lexicon("de").role(word)
    assert (role.sector if role else None) == sector


@pytest.mark.parametrize("text", [
    "Der Stürmer traf mit der Linken zum 2:0.",
    "Auf der Anklagebank saß ein 30-Jähriger aus Graz.",
    "Hamburger und Pommes kosten auf dem Fest drei Euro.",
    "Berner Sennenhunde bellten den Briefträger an.",
    "Die Mitarbeiter des Unternehmens feierten das Jubiläum.",
    "Der Sanitäter versorgte die Verletzten am Unfallort.",
])
def test_other_senses_of_group_words_give_no_event(text):
    assert_no_event(text, "de")


def test_a_club_president_is_no_state_actor():
    from chronik.api import code

    evs = code("Der Vereinspräsident forderte von der Stadtregierung in Wien mehr Geld.", pub_date="2016-05-10", lang="de")
    assert not any(a.sector == "GOV" for e in evs for a in e.actor), describe(evs)


def test_a_message_on_a_short_message_service_names_no_intelligence_service():
    from chronik.api import code

    evs = code("Die Opposition warf der Regierung in Ankara auf dem Kurznachrichtendienst Twitter Wahlbetrug vor.",
               pub_date="2016-05-10", lang="de")
    parties = [p for e in evs for p in (*e.actor, *e.recipient)]
    assert parties and not any(p.sector == "SPY" for p in parties), describe(evs)


@pytest.mark.parametrize(("text", "event", "side", "code", "sector"), [
    # a role followed by the people it belongs to, in the genitive, with or without adjectives between
    ("Die Regierung der Niederländer kritisierte am Montag Russland.", "ACCUSE", "actor", "NLD", "GOV"),
    ("Die Regierung der skeptischen Niederländer kritisierte am Montag Russland.", "ACCUSE", "actor", "NLD", "GOV"),
    ("Der Finanzminister der Griechenland-skeptischen Finnen kritisierte die Kommission.", "ACCUSE", "actor", "FIN",
     "GOV"),
    ("Die Armee der Syrer griff am Montag mehrere Dörfer an.", "ASSAULT", "actor", "SYR", "MIL"),
    ("Russland kritisierte den Außenminister der zerstrittenen Ukrainer.", "ACCUSE", "recipient", "UKR", "GOV"),
])
def test_a_role_of_a_people_named_in_the_genitive_is_that_countrys(text, event, side, code, sector):
    assert_party(text, "2016-05-10", event, side, code, sector)


@pytest.mark.parametrize(("text", "event", "side", "code", "sector"), [
    # a party with a place of its own country right after it is its branch there: one party, the actor
    ("Die ÖVP Wien forderte die SPÖ zu Gesprächen auf.", "REQUEST", "recipient", "AUT", "PTY"),
    ("Die CDU Sachsen-Anhalt kritisierte die Bundesregierung.", "ACCUSE", "actor", "DEU", "PTY"),
])
def test_a_partys_regional_branch_is_one_party(text, event, side, code, sector):
    assert_party(text, "2016-05-10", event, side, code, sector)


def test_the_place_of_a_partys_branch_is_no_party_of_its_own():
    from chronik.api import code

    evs = code("Die SPÖ Oberösterreich hat ihre Abschlussveranstaltung am Freitag abgesagt.", pub_date="2016-05-10",
               lang="de")
    assert not any(r.sector == "GOV" for e in evs for r in e.recipient), describe(evs)
