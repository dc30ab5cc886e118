# ruff: noqa: E501
"""German trigger rows of round 4 (frames an audit of unseen news found missing), as sentences written for these
tests (none copied from a gold file or an article): what each row codes, and the other senses it must leave alone.

A row marked ``engine(...)`` documents a gap in the engine, not in the trigger table: the reason says what comes
out and what should.
"""

from __future__ import annotations

import pytest

from chronik.api import code
from sentence_tables import assert_codes, assert_no_event, engine

E = pytest.param

# fmt: off
CODED = [
    # MOBILIZE: police or troops mustered (aufbieten)
    E("Die bayerische Polizei bot am Wochenende 3000 Beamte auf, um den Gipfel zu sichern.", "MOBILIZE", "DEU", "", "asserted"),
    E("Die belgische Regierung hat 300 Polizisten aufgeboten.", "MOBILIZE", "BEL", "", "asserted"),
    E("Die Türkei bietet an der Grenze zu Syrien Tausende Soldaten auf.", "MOBILIZE", "TUR", "SYR", "asserted"),
    # REQUEST: a state body recommends a named party a step; cautions a named party against one
    E("Die EU-Kommission empfiehlt Deutschland, die Investitionen zu erhöhen.", "REQUEST", "EUR", "DEU", "asserted"),
    E("Die EU-Kommission hat Griechenland empfohlen, die Reformen fortzusetzen.", "REQUEST", "EUR", "GRC", "asserted"),
    E("Der italienische Ministerpräsident empfahl den Briten, in der EU zu bleiben.", "REQUEST", "ITA", "GBR", "asserted"),
    E("Der russische Außenminister warnte die Türkei vor einer Eskalation.", "REQUEST", "RUS", "TUR", "asserted"),
    E("Die Nato warnte Russland davor, weitere Truppen an die Grenze zu schicken.", "REQUEST", "IGO", "RUS", "asserted"),
    # REJECT: uninviting a party (ausladen)
    E("Die Türkei lud den deutschen Botschafter aus.", "REJECT", "TUR", "DEU", "asserted"),
    E("Österreich hat Griechenland von der Westbalkankonferenz ausgeladen.", "REJECT", "AUT", "GRC", "asserted"),
    # SANCTION: keeping sanctions in force
    E("Die EU hält an den Sanktionen gegen Russland fest.", "SANCTION", "EUR", "RUS", "asserted"),
    E("Russland will seine Strafmaßnahmen gegen die EU aufrechterhalten.", "SANCTION", "RUS", "EUR", "future"),
    # COERCE: migrants taken back, a camp cleared, detention ordered
    E("Die griechische Küstenwache brachte 200 Migranten in die Türkei zurück.", "COERCE", "GRC", "TUR", "asserted"),
    E("In Ungarn wurden 20 Flüchtlinge nach Serbien zurückgeführt.", "COERCE", "HUN", "", "asserted"),
    E("Die griechische Polizei räumte das Flüchtlingslager an der Grenze.", "COERCE", "GRC", "GRC", "asserted"),
    E("Ein Istanbuler Gericht ordnete Untersuchungshaft für den deutschen Journalisten an.", "COERCE", "TUR", "DEU", "asserted"),
    # AID: relief delivered into a country; a named party rescued or bailed out
    E("Die USA lieferten Hilfsgüter in den Irak.", "AID", "USA", "IRQ", "asserted"),
    E("Die Europäische Union will Griechenland vor der Pleite retten.", "AID", "EUR", "GRC", "future"),
    E("Kanada nimmt 25.000 Syrer auf.", "AID", "CAN", "SYR", "asserted"),
    # COERCE: a border closed, a ship held or seized, border controls announced, a cap on asylum claims decided
    E("Serbien sperrte die Grenze zu Kroatien.", "COERCE", "SRB", "HRV", "asserted"),
    E("Die russische Marine hielt ein ukrainisches Schiff fest.", "COERCE", "RUS", "UKR", "asserted"),
    E("Die iranischen Revolutionsgarden brachten zwei amerikanische Boote auf.", "COERCE", "IRN", "USA", "asserted"),
    E("Österreich kündigte schärfere Grenzkontrollen an.", "COERCE", "AUT", "AUT", "future"),
    E("Österreich hat eine Obergrenze von 37.500 Flüchtlingen festgelegt.", "COERCE", "AUT", "", "asserted"),
    # REQUEST: membership applied for; AID: debts deferred; PROTEST: protesters storm an embassy
    E("Die Ukraine beantragte die Mitgliedschaft in der Nato.", "REQUEST", "UKR", "IGO", "asserted"),
    E("Russland stundete der Ukraine die Schulden.", "AID", "RUS", "UKR", "asserted"),
    E("Iranische Demonstranten stürmten die saudische Botschaft in Teheran.", "PROTEST", "IRN", "SAU", "asserted"),
    # ACCUSE: insults, legitimacy denied, a bad report, criticism aimed at a party, intelligence watch
    E("Die türkische Regierung bezeichnete die deutsche Regierung als Heuchler.", "ACCUSE", "TUR", "DEU", "asserted"),
    E("Der ungarische Premier sprach der EU-Kommission die Legitimität ab.", "ACCUSE", "HUN", "EUR", "asserted"),
    E("Die EU-Kommission stellte Polen ein schlechtes Zeugnis aus.", "ACCUSE", "EUR", "POL", "asserted"),
    E("Der ungarische Premier schoss sich auf die deutsche Kanzlerin ein.", "ACCUSE", "HUN", "DEU", "asserted"),
    E("Der Verfassungsschutz beobachtet die AfD.", "ACCUSE", "DEU", "DEU", "asserted"),
    # SUPPORT: a good report; REJECT: protesting against a party's step
    E("Die EU-Kommission stellte Österreich ein gutes Zeugnis aus.", "SUPPORT", "EUR", "AUT", "asserted"),
    E("Die polnische Regierung verwahrte sich gegen die Einmischung der EU.", "REJECT", "POL", "EUR", "asserted"),
    # COERCE: a party dissolved, surveillance by a foreign service
    E("Die ägyptische Regierung löste die Partei der Muslimbrüder auf.", "COERCE", "EGY", "EGY", "asserted"),
    E("Die CIA überwachte den deutschen Außenminister.", "COERCE", "USA", "DEU", "asserted"),
    # CONSULT: coordinating with a party; CONCEDE: giving in; COOPERATE: suspects handed over; AID: arms exported
    E("Die deutsche Kanzlerin sprach sich mit dem französischen Präsidenten ab.", "CONSULT", "DEU", "FRA", "asserted"),
    E("Griechenland beugte sich den Forderungen der EU.", "CONCEDE", "GRC", "EUR", "asserted"),
    E("Der Iran übergab zwei mutmaßliche Schmuggler an die Türkei.", "COOPERATE", "IRN", "TUR", "asserted"),
    E("Deutschland exportierte Waffen nach Saudi-Arabien.", "AID", "DEU", "SAU", "asserted"),
    # COERCE: police kettle protesters, a visa requirement imposed; ASSAULT: homes demolished by an army
    E("Die türkische Polizei kesselte Hunderte Demonstranten in Istanbul ein.", "COERCE", "TUR", "TUR", "asserted"),
    E("Russland führte die Visumpflicht für türkische Staatsbürger ein.", "COERCE", "RUS", "TUR", "asserted"),
    E("Die israelische Armee riss das Haus eines palästinensischen Attentäters ab.", "ASSAULT", "ISR", "PSE", "asserted"),
    # REQUEST: urging (ans Herz legen); THREATEN: a choice forced, consequences announced for a party
    E("Die EU-Kommission legte Griechenland ans Herz, die Reformen fortzusetzen.", "REQUEST", "EUR", "GRC", "asserted"),
    E("Der ungarische Premier stellte die EU vor die Wahl.", "THREATEN", "HUN", "EUR", "asserted"),
    E("Die deutsche Regierung kündigte Konsequenzen für die Türkei an.", "THREATEN", "DEU", "TUR", "asserted"),
    # SANCTION: a truce declared void, an agreement suspended
    E("Nordkorea erklärte den Waffenstillstand mit Südkorea für nichtig.", "SANCTION", "PRK", "KOR", "asserted"),
    E("Die Türkei setzte das Rücknahmeabkommen mit Griechenland aus.", "SANCTION", "TUR", "GRC", "asserted"),
    # THREATEN: an arrest warrant obtained
    E("Die Staatsanwaltschaft in München erwirkte einen Haftbefehl gegen den russischen Geschäftsmann.", "THREATEN", "DEU", "RUS", "asserted"),
    # engine gaps found on the way (the rows exist or cannot be written as rows)
    E("In der Türkei wurde ein deutscher Journalist wegen Terrorpropaganda angeklagt.", "ACCUSE", "TUR", "DEU", "asserted"),
    E("Ein deutscher Journalist fasste in der Türkei fünf Jahre Haft aus.", "SANCTION", "TUR", "DEU", "asserted"),
    E("In Griechenland wurden am Montag 200 Flüchtlinge in die Türkei zurückgebracht.", "COERCE", "GRC", "TUR", "asserted"),
    E("In Athen verbrannte ein Demonstrant ein Bild der deutschen Kanzlerin.", "PROTEST", "GRC", "DEU", "asserted",
      marks=engine("no row: the party whose flag or effigy is burnt is a genitive or an adjective ('eine deutsche Fahne'), which no recipient mark reaches, and a plain row would take the domestic default")),
    E("Die EU erhält die Sanktionen gegen Russland aufrecht.", "SANCTION", "EUR", "RUS", "asserted"),
]

NO_EVENT = [
    "Der Teamchef bot gegen Schweden seine stärkste Elf auf.",  # sports line-up
    "Es empfiehlt sich, die Software regelmäßig zu aktualisieren.",
    "Analysten empfehlen Anlegern, die Aktie der Deutschen Bank zu kaufen.",
    "Der Arzt empfahl dem Patienten aus Österreich eine Kur.",
    "Die Hafenarbeiter luden die Container aus dem chinesischen Frachter aus.",  # unloading
    "Die UNO warnte vor einer Hungersnot in Syrien.",  # a caution about a risk, no party addressed
    "Die deutsche Polizei warnt die Bürger vor Betrügern am Telefon.",  # the public warned
    "Die deutsche Regierung warnt vor Russland.",  # warning about a party is not a request to it
    "Der Rückgang der Arbeitslosigkeit ist auf die Zuwanderung von Flüchtlingen zurückzuführen, sagte der deutsche Arbeitsminister.",  # attribute to
    "Ronaldo rettete Portugal in der Nachspielzeit einen Punkt.",
    "Der Tormann rettete Österreich das Remis gegen Ungarn.",
    "Die Polizei sperrte die Straße nach dem Unfall.",
    "Die Regierung in Kiew hält an ihrem Plan fest, ein neues Schiff zu kaufen.",  # keep to a plan
    "Die Opposition konnte kein Verständnis für die Regierung in Rom aufbringen.",
    "Die EU beschloss eine Obergrenze für Bankerboni.",
    "Die Parteien sprachen sich vor der Abstimmung ab.",  # coordinate
    "Die Botschaft in Wien stellte dem Syrer ein Visum aus.",
    "Die russische Artillerie schoss sich auf die Stellungen der ukrainischen Armee ein.",  # ranging fire
    "Der griechische Präsident löste das Parlament auf.",  # dissolution for an election
    "Die Koalition in Rom hat sich aufgelöst.",
    "Der Verfassungsschutz beobachtet eine Zunahme rechter Gewalt.",
    "Der Spieler beugte sich über den Ball.",
    "Die Partei stellt die Wähler vor die Wahl.",
    "Der Wiener Klub nahm den jungen Afghanen in den Kader auf.",
    "Die ÖVP nahm den Syrer als Mitglied auf.",
    "Die Sache liegt dem österreichischen Kanzler am Herzen.",
    "Die Stadt Wien riss das alte Gebäude am Gürtel ab.",  # a town pulls down a building
    "Der Kontakt zwischen Moskau und Ankara riss nicht ab.",
    "Deutschland exportierte im vergangenen Jahr Autos nach China.",
    # an acquittal is no PLOVER act: the court ends a case, it neither convicts nor concedes to anybody
    "Ein Gericht in Istanbul sprach die beiden Journalisten frei.",
    "Ein Gericht in Istanbul sprach die beiden Journalisten vom Vorwurf der Spionage frei.",
]
# fmt: on


@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), CODED)
def test_round4_row_codes_the_act(text: str, event: str, actor: str, recipient: str, status: str) -> None:
    assert_codes(text, "de", event, actor, recipient, status)


@pytest.mark.parametrize("text", NO_EVENT)
def test_round4_other_senses_give_no_event(text: str) -> None:
    assert_no_event(text, "de")


@pytest.mark.parametrize(("text", "wrong"), [
    ("Der türkische Präsident ordnete eine Untersuchung an.", "COERCE"),  # an order, not detention
    ("Russland lieferte Waffen nach Syrien.", "AID"),  # arms: the relief row does not take 'nach'
    ("Die Weltbank hatte die Finanzminister schon vor zwei Wochen gewarnt, dass Argentinien zahlungsunfähig werde.", "REQUEST"),  # a forecast
    ("Russland warnte vor der Gefahr, dass Chemiewaffen in die Hände der Terrormiliz Islamischer Staat fallen.", "REQUEST"),  # a danger
    ("Die italienische Marine rettete 300 syrische Flüchtlinge aus Seenot.", "AID"),  # rescued migrants: no row
    ("Der deutsche Minister zog die Konsequenzen und trat zurück.", "THREATEN"),  # drawing conclusions
    ("Die syrische Armee kesselte die Rebellen in Aleppo ein.", "COERCE"),  # the army's encirclement stays ASSAULT
    ("Die CSU forderte von der Kanzlerin eine Obergrenze für Flüchtlinge.", "COERCE"),  # a cap demanded
    ("Die deutsche Kanzlerin lehnt eine Obergrenze für Flüchtlinge ab.", "COERCE"),  # a cap refused
])
def test_round4_row_does_not_take_the_other_frame(text: str, wrong: str) -> None:
    assert wrong not in {e.event for e in code(text, lang="de")}
