# ruff: noqa: E501
"""Breadth of the organisation tables of both languages (sentences written for these tests).

lang/de/organisations.tsv and lang/en/organisations.tsv name the same bodies (tests/test_lang_actors.py); each
row here checks, through the engine, that a sentence naming a party, news agency or medium, armed group, NGO
or international body gives an event whose actor or recipient carries the code, sector and English name of the
row, in its German inflected forms and its English forms. The last tables check written forms that are also
common words, other bodies or names: they must not become organisations.
"""

from __future__ import annotations

import pytest

from chronik.extract.lexicon import lexicon
from sentence_tables import describe

E = pytest.param


def _parties(text: str, lang: str, pub: str, event: str, side: str) -> list:
    from chronik.api import code

    evs = [e for e in code(text, pub_date=pub, lang=lang) if e.event == event]
    assert evs, f"expected {event}; got {describe(code(text, pub_date=pub, lang=lang))}"
    return [p for e in evs for p in (e.actor if side == "actor" else e.recipient)]


# fmt: off
# --- German: (text, pub, event, side, code, sector, name)
GERMAN = [
    # parties of Europe
    E("Die Schottische Nationalpartei forderte die Regierung in London auf, ein neues Referendum zuzulassen.", "2019-05-10", "REQUEST", "actor", "GBR", "PTY", "Scottish National Party"),
    E("Die SNP kritisierte die Regierung in London scharf.", "2019-05-10", "ACCUSE", "actor", "GBR", "PTY", "Scottish National Party"),
    E("Die Schwedendemokraten kritisierten die Regierung in Stockholm.", "2019-05-10", "ACCUSE", "actor", "SWE", "PTY", "Sweden Democrats"),
    E("Die Pasok hat die Regierung in Athen scharf kritisiert.", "2016-05-10", "ACCUSE", "actor", "GRC", "PTY", "PASOK"),
    E("Die Polizei nahm in Athen Mitglieder der Goldenen Morgenröte fest.", "2015-10-10", "COERCE", "recipient", "GRC", "PTY", "Golden Dawn"),
    E("Die MSZP warf der Regierung Orbán Korruption vor.", "2016-05-10", "ACCUSE", "actor", "HUN", "OPP", "Hungarian Socialist Party"),
    E("Die rechtspopulistische Vox forderte die Regierung in Madrid auf, die Grenzen zu schließen.", "2019-05-10", "REQUEST", "actor", "ESP", "OPP", "Vox"),
    E("Die Partei der Regionen kritisierte die Regierung in Kiew.", "2014-05-10", "ACCUSE", "actor", "UKR", "PTY", "Party of Regions"),
    E("Die Kommunistische Partei der Russischen Föderation kritisierte den Kreml.", "2019-05-10", "ACCUSE", "actor", "RUS", "OPP", "Communist Party of the Russian Federation"),
    E("Die Regierungspartei Georgischer Traum warf der Vereinten Nationalen Bewegung Verrat vor.", "2019-05-10", "ACCUSE", "recipient", "GEO", "OPP", "United National Movement"),
    E("Die Regierungspartei Georgischer Traum warf der Vereinten Nationalen Bewegung Verrat vor.", "2019-05-10", "ACCUSE", "actor", "GEO", "PTY", "Georgian Dream"),
    # parties elsewhere
    E("Die Ennahda hat die Regierung in Tunis kritisiert.", "2019-05-10", "ACCUSE", "actor", "TUN", "PTY", "Ennahda"),
    E("Die NLD von Aung San Suu Kyi hat das Militär kritisiert.", "2019-05-10", "ACCUSE", "actor", "MMR", "PTY", "National League for Democracy"),
    E("Die Kuomintang kritisierte Peking.", "2019-05-10", "ACCUSE", "actor", "TWN", "PTY", "Kuomintang"),
    E("Die Hamas warf der Fatah und der PFLP Verrat vor.", "2019-05-10", "ACCUSE", "recipient", "PSE", "REB", "Popular Front for the Liberation of Palestine"),
    # news agencies and media
    E("Der ORF hat die Regierung kritisiert.", "2019-05-10", "ACCUSE", "actor", "AUT", "JRN", "ORF"),
    E("Der Kreml warf der BBC Propaganda vor.", "2019-05-10", "ACCUSE", "recipient", "GBR", "JRN", "BBC"),
    E("Die Zeitung Cumhuriyet kritisierte die Regierung in Ankara.", "2016-05-10", "ACCUSE", "actor", "TUR", "JRN", "Cumhuriyet"),
    E("Die Bild-Zeitung kritisierte die Bundesregierung.", "2019-05-10", "ACCUSE", "actor", "DEU", "JRN", "Bild"),
    # armed groups and cartels
    E("Die Naxaliten griffen einen Polizeikonvoi an.", "2019-05-10", "ASSAULT", "actor", "IND", "REB", "Naxalites"),
    E("Das Haqqani-Netzwerk griff die afghanische Armee an.", "2019-05-10", "ASSAULT", "actor", "AFG", "REB", "Haqqani network"),
    E("Die Kataib Hisbollah griff einen US-Stützpunkt im Irak an.", "2020-01-10", "ASSAULT", "actor", "IRQ", "PRM", "Kata'ib Hezbollah"),
    E("Die TPLF griff die äthiopische Armee an.", "2021-05-10", "ASSAULT", "actor", "ETH", "REB", "Tigray People's Liberation Front"),
    E("Das Sinaloa-Kartell hat mehrere Polizisten getötet.", "2019-05-10", "ASSAULT", "actor", "MEX", "CRM", "Sinaloa Cartel"),
    E("Die Rote Armee Fraktion hat den Generalbundesanwalt ermordet.", "1977-04-10", "ASSAULT", "actor", "DEU", "REB", "Red Army Faction"),
    E("Die Zapatisten haben die Regierung in Mexiko kritisiert.", "2019-05-10", "ACCUSE", "actor", "MEX", "REB", "Zapatista Army of National Liberation"),
    # NGOs
    E("Das Deutsche Rote Kreuz hat Hilfe für die Flüchtlinge in Griechenland geschickt.", "2016-03-10", "AID", "actor", "DEU", "SOC", "German Red Cross"),
    E("Die Ärzte der Welt kritisierten die EU.", "2019-05-10", "ACCUSE", "actor", "NGO", "MED", "Médecins du Monde"),
    E("Das WWF kritisierte die Regierung in Brasilia.", "2019-05-10", "ACCUSE", "actor", "NGO", "SOC", "World Wide Fund for Nature"),
    # intergovernmental bodies
    E("Die Parlamentarische Versammlung des Europarats verurteilte Aserbaidschan.", "2019-05-10", "ACCUSE", "actor", "IGO", "LEG", "Parliamentary Assembly of the Council of Europe"),
    E("Die Osteuropabank gewährte der Ukraine einen Kredit.", "2019-05-10", "AID", "actor", "IGO", "GOV", "European Bank for Reconstruction and Development"),
    E("Die Afrikanische Entwicklungsbank gewährte Nigeria einen Kredit.", "2019-05-10", "AID", "actor", "IGO", "GOV", "African Development Bank"),
    E("Die EU-Kommission und die Europäische Investitionsbank sagten der Ukraine Hilfe zu.", "2019-05-10", "AGREE", "actor", "EUR", "GOV", "European Investment Bank"),
    E("Die Visegrád-Staaten kritisierten die EU-Kommission.", "2019-05-10", "ACCUSE", "actor", "IGO", "GOV", "Visegrád Group"),
    E("Das Jugoslawien-Tribunal hat Serbien scharf kritisiert.", "2009-05-10", "ACCUSE", "actor", "UNO", "JUD", "International Criminal Tribunal for the former Yugoslavia"),
    # central banks, religious communities, further parties and armed groups
    E("Die Bundesbank kritisierte die EZB.", "2019-05-10", "ACCUSE", "actor", "DEU", "GOV", "Deutsche Bundesbank"),
    E("Die Israelitische Kultusgemeinde kritisierte die FPÖ scharf.", "2016-05-10", "ACCUSE", "actor", "AUT", "REL", "Jewish Community of Vienna"),
    E("Die Südtiroler Volkspartei kritisierte die Regierung in Rom.", "2016-05-10", "ACCUSE", "actor", "ITA", "PTY", "South Tyrolean People's Party"),
    E("Die Rebellengruppe ADF griff einen Militärstützpunkt in Nord-Kivu an.", "2016-05-10", "ASSAULT", "actor", "UGA", "REB", "Allied Democratic Forces"),
    E("Die Badr-Organisation griff Stellungen des IS an.", "2016-05-10", "ASSAULT", "actor", "IRQ", "PRM", "Badr Organization"),
]

# --- English: (text, pub, event, side, code, sector, name)
ENGLISH = [
    E("The Scottish National Party demanded that London allow a second independence referendum.", "2019-05-10", "REQUEST", "actor", "GBR", "PTY", "Scottish National Party"),
    E("The Liberal Democrats criticized the Conservative government.", "2019-05-10", "ACCUSE", "actor", "GBR", "OPP", "Liberal Democrats (UK)"),
    E("The Sweden Democrats criticized the government in Stockholm.", "2019-05-10", "ACCUSE", "actor", "SWE", "PTY", "Sweden Democrats"),
    E("Vlaams Belang criticized the Belgian government.", "2019-05-10", "ACCUSE", "actor", "BEL", "OPP", "Vlaams Belang"),
    E("The Popular Party accused Sanchez of betraying Spain.", "2019-05-10", "ACCUSE", "actor", "ESP", "PTY", "People's Party (Spain)"),
    E("The Party of Regions criticized the government in Kiev.", "2014-05-10", "ACCUSE", "actor", "UKR", "PTY", "Party of Regions"),
    E("Servant of the People accused Poroshenko of corruption.", "2019-05-10", "ACCUSE", "actor", "UKR", "PTY", "Servant of the People"),
    E("Georgian Dream accused the United National Movement of treason.", "2019-05-10", "ACCUSE", "actor", "GEO", "PTY", "Georgian Dream"),
    E("Police arrested members of Golden Dawn in Athens.", "2015-10-10", "COERCE", "recipient", "GRC", "PTY", "Golden Dawn"),
    E("Ennahda accused the president of staging a coup.", "2021-07-30", "ACCUSE", "actor", "TUN", "PTY", "Ennahda"),
    E("The National League for Democracy condemned the military.", "2019-05-10", "ACCUSE", "actor", "MMR", "PTY", "National League for Democracy"),
    E("The Kurdistan Democratic Party accused Baghdad of violating the constitution.", "2019-05-10", "ACCUSE", "actor", "IRQ", "PTY", "Kurdistan Democratic Party"),
    E("The Kuomintang criticized Beijing.", "2019-05-10", "ACCUSE", "actor", "TWN", "PTY", "Kuomintang"),
    E("Russia accused the BBC of spreading propaganda.", "2019-05-10", "ACCUSE", "recipient", "GBR", "JRN", "BBC"),
    E("Naxalite rebels attacked a police convoy in Chhattisgarh.", "2019-05-10", "ASSAULT", "actor", "IND", "REB", "Naxalites"),
    E("Kataib Hezbollah attacked a US base in Iraq.", "2020-01-10", "ASSAULT", "actor", "IRQ", "PRM", "Kata'ib Hezbollah"),
    E("The Haqqani network attacked Afghan troops.", "2019-05-10", "ASSAULT", "actor", "AFG", "REB", "Haqqani network"),
    E("The TPLF attacked Ethiopian troops.", "2021-05-10", "ASSAULT", "actor", "ETH", "REB", "Tigray People's Liberation Front"),
    E("The Sinaloa Cartel killed several police officers.", "2019-05-10", "ASSAULT", "actor", "MEX", "CRM", "Sinaloa Cartel"),
    E("Hamas accused Fatah and the PFLP of treason.", "2019-05-10", "ACCUSE", "recipient", "PSE", "REB", "Popular Front for the Liberation of Palestine"),
    E("The German Red Cross sent aid to refugees in Greece.", "2016-03-10", "AID", "actor", "DEU", "SOC", "German Red Cross"),
    E("The European Bank for Reconstruction and Development granted Ukraine a loan.", "2019-05-10", "AID", "actor", "IGO", "GOV", "European Bank for Reconstruction and Development"),
    E("The ICTY criticized Serbia.", "2009-05-10", "ACCUSE", "actor", "UNO", "JUD", "International Criminal Tribunal for the former Yugoslavia"),
    E("The Federal Reserve criticized the Treasury Department.", "2019-05-10", "ACCUSE", "actor", "USA", "GOV", "Federal Reserve"),
    E("The Movement for Socialism accused the opposition of staging a coup.", "2019-11-10", "ACCUSE", "actor", "BOL", "PTY", "Movement for Socialism"),
]
# fmt: on


@pytest.mark.parametrize(("text", "pub", "event", "side", "code", "sector", "name"), GERMAN)
def test_german_organisations_carry_their_code_sector_and_name(text, pub, event, side, code, sector, name):
    got = [(p.code, p.sector, p.name) for p in _parties(text, "de", pub, event, side)]
    assert (code, sector, name) in got, f"expected {side} {(code, sector, name)}; got {got}"


@pytest.mark.parametrize(("text", "pub", "event", "side", "code", "sector", "name"), ENGLISH)
def test_english_organisations_carry_their_code_sector_and_name(text, pub, event, side, code, sector, name):
    got = [(p.code, p.sector, p.name) for p in _parties(text, "en", pub, event, side)]
    assert (code, sector, name) in got, f"expected {side} {(code, sector, name)}; got {got}"


def test_a_news_agency_quoted_as_source_is_no_party():
    """'sagte der dpa', 'told Reuters': the agency only carries the statement; no event is addressed to it."""
    from chronik.api import code

    for text, lang in (("Der Minister sagte der dpa, die Türkei müsse die Grenze öffnen.", "de"),
                       ("Die Regierung habe die Opposition kritisiert, sagte ein Sprecher der Nachrichtenagentur AFP.", "de"),
                       ("The minister told Reuters that Turkey must open the border.", "en")):
        evs = code(text, pub_date="2019-05-10", lang=lang)
        assert not any(p.sector == "JRN" for e in evs for p in (*e.actor, *e.recipient)), describe(evs)


# --- written forms that are common words, other bodies or names: no organisation ------------------------------
# 'PP' is a power-play goal in ice-hockey results, 'Liga' a sports league, 'Schas' Austrian slang, 'Swoboda' a
# surname, 'Vox' a German television channel, 'ERC' the European Research Council, 'PTI' the Press Trust of India
# as often as Imran Khan's party, 'CDA' the US Communications Decency Act, 'SNS' social networking services,
# 'IRA' a US retirement account or the Inflation Reduction Act, 'CCTV' surveillance cameras, 'AP' a school exam;
# 'SVP' is the Swiss and the South Tyrolean People's Party, 'PSD' Romania's and Portugal's Social Democrats.
@pytest.mark.parametrize(("lang", "form"), [
    ("de", "PP"), ("de", "AP"), ("de", "Liga"), ("de", "Schas"), ("de", "Swoboda"), ("de", "Vox"), ("de", "ERC"),
    ("de", "PTI"), ("de", "Spiegel"), ("de", "Standard"), ("de", "Presse"), ("de", "Kurier"), ("de", "Krone"),
    ("de", "Grüne"), ("de", "Grünen"), ("de", "PO"), ("de", "RT"), ("de", "Sputnik"), ("de", "RAF"), ("de", "BNP"),
    ("de", "Volkszeitung"), ("de", "SVP"), ("de", "PSD"), ("de", "Anadolu"), ("de", "CCTV"), ("de", "Arbeitspartei"), ("de", "Liberaldemokraten"),
    ("en", "AP"), ("en", "PP"), ("en", "CDA"), ("en", "SNS"), ("en", "ERC"), ("en", "PTI"), ("en", "CCTV"),
    ("en", "IRA"), ("en", "EFF"), ("en", "ADF"), ("en", "DPP"), ("en", "APA"), ("en", "NSU"), ("en", "Guardian"),
    ("en", "Vox"), ("en", "Labor Party"), ("en", "Memorial"), ("en", "Cumhuriyet"), ("en", "PPP"), ("en", "APC"),
])
def test_ambiguous_forms_are_no_organisations(lang, form):
    entries = lexicon(lang).automaton.get(form, ())
    assert not [e for e in entries if e.kind == "org"], [(e.code, e.sector, e.name) for e in entries]


# fmt: off
@pytest.mark.parametrize(("text", "lang", "not_code", "not_sector"), [
    # a city's paper is no Chinese party organ ('Volkszeitung' alone is not the People's Daily)
    E("Die Leipziger Volkszeitung kritisierte die Landesregierung in Dresden.", "de", "CHN", None),
    # a sports league is no Italy's Lega (its president is nobody: tests/test_de_engine_tables.py)
    E("Die Regierung in Rom kritisierte die Liga.", "de", None, "PTY"),
    # Iran's Guardian Council is no British newspaper
    E("Iran's Guardian Council rejected the candidates.", "en", "GBR", None),
    # the African National Congress is no US Congress
    E("The African National Congress criticized the president.", "en", "USA", None),
    # a university named after the republic is no newspaper
    E("Police detained students of Cumhuriyet University in Sivas.", "en", None, "JRN"),
])
# fmt: on
def test_other_bodies_sharing_a_word_take_no_organisation(text, lang, not_code, not_sector):
    from chronik.api import code

    evs = code(text, pub_date="2019-05-10", lang=lang)
    assert evs, "the sentence should still give its event"
    parties = [(p.code, p.sector) for e in evs for p in (*e.actor, *e.recipient)]
    assert not [(c, s) for c, s in parties if c == (not_code or c) and s == (not_sector or s)], describe(evs)
