# ruff: noqa: E501
"""German trigger and actor rows of round 5 (frames and actors an audit of unseen news found missing), as sentences
written for these tests (none copied from a gold file or an article): what each row codes, and the other senses
it must leave alone.

A row marked ``engine(...)`` documents a gap in the engine, not in the data: the reason says what comes out and
what should.
"""

from __future__ import annotations

import pytest

from chronik.api import code
from sentence_tables import assert_codes, assert_no_event, engine

E = pytest.param

# fmt: off
CODED = [
    # REQUEST: advising a named party against a step (abraten, every tense and the participle)
    E("Die deutsche Regierung rät Griechenland von einem Referendum ab.", "REQUEST", "DEU", "GRC", "asserted"),
    E("Die USA rieten Israel von einem Angriff auf den Iran ab.", "REQUEST", "USA", "ISR", "asserted"),
    E("Die USA haben Israel von einem Angriff auf den Iran abgeraten.", "REQUEST", "USA", "ISR", "asserted"),
    E("Der französische Präsident hat der Türkei davon abgeraten, in Syrien einzumarschieren.", "REQUEST", "FRA", "TUR", "asserted"),
    # SUPPORT: co-signing; approval met with; a party backed; praise in 'lobende Worte'
    E("Österreich hat das Abkommen mit Ungarn mitunterzeichnet.", "SUPPORT", "AUT", "HUN", "asserted"),
    E("Frankreich unterzeichnete das Abkommen mit Deutschland mit.", "SUPPORT", "FRA", "DEU", "asserted"),
    E("Die CSU sprang der deutschen Kanzlerin bei.", "SUPPORT", "DEU", "DEU", "asserted"),
    E("Der österreichische Kanzler fand lobende Worte für den ungarischen Ministerpräsidenten.", "SUPPORT", "AUT", "HUN", "asserted"),
    E("Der österreichische Kanzler stieß mit seinem Plan bei der EU-Kommission auf Zustimmung.", "SUPPORT", "EUR", "AUT", "asserted"),
    # REQUEST: reminding a named party of its obligations; SUPPORT: 'sich starkmachen' written as one word
    E("Der Europarat hat die ungarische Regierung an ihre Verpflichtungen erinnert.", "REQUEST", "IGO", "HUN", "asserted"),
    E("Die EU-Kommission erinnerte Polen an seine Pflichten als Mitglied.", "REQUEST", "EUR", "POL", "asserted"),
    E("Die EU-Kommission wird Polen an seine Pflichten erinnern.", "REQUEST", "EUR", "POL", "future"),
    E("Die deutsche Kanzlerin hat sich für die Türkei starkgemacht.", "SUPPORT", "DEU", "TUR", "asserted"),
    E("Die deutsche Kanzlerin will sich für die Türkei starkmachen.", "SUPPORT", "DEU", "TUR", "future"),
    # REJECT: standing up to a named party; AGREE: 'sich bereiterklären' written as one word
    E("Die Ukraine trat Russland entschlossen entgegen.", "REJECT", "UKR", "RUS", "asserted"),
    E("Der russische Präsident hat sich bereiterklärt, mit den USA zu verhandeln.", "AGREE", "RUS", "", "asserted"),
    # AGREE: open to talks, moving towards each other, a step towards a party, a deal struck (compounds of 'Deal')
    E("Der Iran zeigte sich offen für Gespräche mit den USA.", "AGREE", "IRN", "USA", "asserted"),
    E("Russland und die Ukraine bewegten sich aufeinander zu.", "AGREE", "RUS", "UKR", "asserted"),
    E("Griechenland ging einen Schritt auf die EU zu.", "AGREE", "GRC", "EUR", "asserted"),
    E("Die USA schlossen mit dem Iran einen Atomdeal.", "AGREE", "USA", "IRN", "asserted"),
    # CONSULT: parties brought to the table by a third
    E("Die USA brachten Israel und die Palästinenser an den Verhandlungstisch.", "CONSULT", "USA", "ISR+PSE", "asserted"),
    # ACCUSE: lashing out, a lecture, settling scores, holding to account
    E("Der FPÖ-Chef teilte kräftig gegen die Regierung in Wien aus.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Der US-Präsident hat der EU die Leviten gelesen.", "ACCUSE", "USA", "EUR", "asserted"),
    E("Der FPÖ-Chef rechnete mit der Regierung in Wien ab.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Die EU zog Ungarn zur Verantwortung.", "ACCUSE", "EUR", "HUN", "asserted"),
    # REJECT: interference forbidden; SANCTION: thrown out of the country or the party
    E("Die Türkei verbat sich die Einmischung Deutschlands.", "REJECT", "TUR", "DEU", "asserted"),
    E("Die Türkei verbittet sich Kritik aus Deutschland.", "REJECT", "TUR", "DEU", "asserted"),
    E("Die Türkei warf den deutschen Korrespondenten aus dem Land.", "SANCTION", "TUR", "DEU", "asserted"),
    E("Die FPÖ warf den Abgeordneten aus der Partei.", "SANCTION", "AUT", "AUT", "asserted"),
    # engine gaps met on the way
    E("Die Ukraine kündigte den Vertrag mit Russland.", "SANCTION", "UKR", "RUS", "asserted"),
    # any compound of Abkommen ('*abkommen' in the row), not only the listed ones
    E("Die Türkei setzte das Visaabkommen mit Russland aus.", "SANCTION", "TUR", "RUS", "asserted"),
    E("Russland kündigte das Militärabkommen mit Armenien.", "SANCTION", "RUS", "ARM", "asserted"),
    E("Die Türkei stieg aus dem Migrationsabkommen mit der EU aus.", "SANCTION", "TUR", "EUR", "asserted"),
    E("Die Türkei setzte das Flüchtlingsabkommen mit der EU aus.", "SANCTION", "TUR", "EUR", "asserted"),
    E("Russland suspendierte den Abrüstungsvertrag mit den USA.", "SANCTION", "RUS", "USA", "asserted"),
    # SUPPORT: assuring a named party of support; COERCE: a protest stopped
    E("Die USA versicherten der Türkei ihre Solidarität.", "SUPPORT", "USA", "TUR", "asserted"),
    E("Die russische Polizei unterband die Kundgebung der Opposition in Moskau.", "COERCE", "RUS", "RUS", "asserted"),
    # the sports exclusions leave real attacks alone
    E("Russland griff die Ukraine an.", "ASSAULT", "RUS", "UKR", "asserted"),
    E("Die Hamas attackierte israelische Soldaten mit Messern.", "ASSAULT", "PSE", "ISR", "asserted"),
    # AGREE: a dispute settled; ACCUSE: the red card; REJECT: accusations countered, refusing to be blackmailed
    E("Israel und die Türkei legten ihren Streit bei.", "AGREE", "ISR", "TUR", "asserted"),
    E("Die Türkei legte den Streit mit Russland bei.", "AGREE", "TUR", "RUS", "asserted"),
    E("Die EU zeigte Ungarn die rote Karte.", "ACCUSE", "EUR", "HUN", "asserted"),
    E("Russland konterte die Vorwürfe der Ukraine.", "REJECT", "RUS", "UKR", "asserted"),
    E("Wir lassen uns von der Türkei nicht erpressen, sagte der österreichische Außenminister.", "REJECT", "AUT", "TUR", "asserted"),
    # ACCUSE: immunity withdrawn (as lifted); THREATEN: a military step not ruled out
    E("Die Türkei entzog dem kurdischen Abgeordneten die Immunität.", "ACCUSE", "TUR", "TUR", "asserted"),
    E("Russland schließt einen Militärschlag gegen die Türkei nicht aus.", "THREATEN", "RUS", "TUR", "asserted"),
    # REJECT: thinking nothing of a party's plan, holding back a party's plans; COERCE: the right of asylum restricted
    E("Wien – Die SPÖ hält nichts vom Vorschlag der ÖVP.", "REJECT", "AUT", "AUT", "asserted"),
    E("Wien – Der Finanzminister bremst die Pläne des Sozialministers.", "REJECT", "AUT", "AUT", "asserted"),
    E("Die ungarische Regierung schränkte das Asylrecht ein.", "COERCE", "HUN", "HUN", "asserted"),
    # compounds of the conditions listed one by one (a condition is no compound head)
    E("Die USA hoben die Finanzsanktionen gegen den Iran auf.", "CONCEDE", "USA", "IRN", "asserted"),
    E("Die USA verhängten ein Ölembargo gegen den Iran.", "SANCTION", "USA", "IRN", "asserted"),
    # AID: arms supplied as equipment, an armed group funded, credit guarantees; REQUEST: urging a step, knocking for help
    E("Deutschland rüstete die irakische Armee mit Waffen aus.", "AID", "DEU", "IRQ", "asserted"),
    E("Saudi-Arabien finanzierte die Rebellen in Syrien.", "AID", "SAU", "SYR", "asserted"),
    E("Die USA gewährten der Ukraine Kreditgarantien.", "AID", "USA", "UKR", "asserted"),
    E("Die EU hat die Türkei zur Einhaltung der Menschenrechte angehalten.", "REQUEST", "EUR", "TUR", "asserted"),
    E("Griechenland klopfte bei Russland um Hilfe an.", "REQUEST", "GRC", "RUS", "asserted"),
    E("Der Iran stand der syrischen Regierung bei.", "SUPPORT", "IRN", "SYR", "asserted"),
    # ASSAULT: hooligans attacking fans is physical; an army's positions overrun (the sports exclusions leave it alone)
    E("Die russischen Hooligans attackierten englische Fans in Marseille.", "ASSAULT", "RUS", "GBR", "asserted"),
    E("Die Taliban überrannten die Stellungen der afghanischen Armee.", "ASSAULT", "AFG", "AFG", "asserted"),
    # ACCUSE, REJECT: met with criticism or rejection from a named party (the 'bei' party acts)
    E("Der ungarische Premier stieß mit seinem Vorschlag bei der EU-Kommission auf Kritik.", "ACCUSE", "EUR", "HUN", "asserted"),
    E("Die ÖVP stieß mit ihrer Forderung bei der SPÖ auf Ablehnung.", "REJECT", "AUT", "AUT", "asserted"),
    E("Der ungarische Premier stieß bei der EU-Kommission auf wenig Gegenliebe.", "REJECT", "EUR", "HUN", "asserted"),
    E("Die deutsche Kanzlerin stieß bei der polnischen Regierung auf keine Gegenliebe.", "REJECT", "POL", "DEU", "asserted"),
    E("Der Vorschlag der deutschen Kanzlerin stieß bei der CSU auf Ablehnung.", "REJECT", "DEU", "DEU", "asserted",
      marks=engine("no event ('no coded actor'): with a host verb the subject is the party that receives, but a subject that is an act noun ('der Vorschlag') is no party, and its owner in the genitive ('der Kanzlerin') is not taken in its place")),
    # ACCUSE: blame, running down, slander, insult, exposure
    E("Die FPÖ kreidete der Regierung in Wien das Chaos an der Grenze an.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Der ungarische Premier zog über die EU-Kommission her.", "ACCUSE", "HUN", "EUR", "asserted"),
    E("Die türkische Regierung verleumdet die Opposition.", "ACCUSE", "TUR", "TUR", "asserted"),
    E("Ein Abgeordneter der AfD beleidigte die deutsche Kanzlerin.", "ACCUSE", "DEU", "DEU", "asserted"),
    E("Die FPÖ hat den deutschen Innenminister bloßgestellt.", "ACCUSE", "AUT", "DEU", "asserted"),
    E("Die FPÖ stellte den deutschen Innenminister bloß.", "ACCUSE", "AUT", "DEU", "asserted"),
    # REJECT: a snub; THREATEN: blackmail
    E("Der türkische Präsident brüskierte die deutsche Kanzlerin.", "REJECT", "TUR", "DEU", "asserted"),
    E("Die Türkei erpresst die EU mit den Flüchtlingen.", "THREATEN", "TUR", "EUR", "asserted"),
    # AGREE: feelers put out; CONSULT: exploratory talks, coordinating; COOPERATE: joining forces
    E("Die Türkei streckte die Fühler nach Israel aus.", "AGREE", "TUR", "ISR", "asserted"),
    E("Die SPD hat mit der CDU sondiert.", "CONSULT", "DEU", "DEU", "asserted"),
    E("Der deutsche Außenminister stimmte sich mit Paris ab.", "CONSULT", "DEU", "FRA", "asserted"),
    E("Polen tat sich mit Ungarn zusammen.", "COOPERATE", "POL", "HUN", "asserted"),
    # CONCEDE: a policy U-turn; PROTEST: a walkout
    E("Die deutsche Kanzlerin vollzog eine Kehrtwende.", "CONCEDE", "DEU", "", "asserted"),
    E("Wien – Die Opposition verließ aus Protest den Sitzungssaal.", "PROTEST", "AUT", "AUT", "asserted"),
    # COERCE: deportation; ASSAULT: an uprising crushed, an attack repelled
    E("Russland deportierte Tausende Tschetschenen.", "COERCE", "RUS", "RUS", "asserted"),
    E("Die syrische Armee warf den Aufstand nieder.", "ASSAULT", "SYR", "", "asserted"),
    E("Die syrische Armee schlug den Angriff der Rebellen zurück.", "ASSAULT", "SYR", "SYR", "asserted"),
]

# actors: party youth and sub-organisations, 'Chef' after a party's or a body's prefix, police units and posts,
# commissions of the state the article is about
ACTORS = [
    E("Die Junge Union forderte den Rücktritt der deutschen Kanzlerin.", "REQUEST", "DEU", "DEU", "asserted"),
    E("Die Jusos kritisierten die deutsche Kanzlerin.", "ACCUSE", "DEU", "DEU", "asserted"),
    E("Die Jungen Liberalen kritisierten die CDU.", "ACCUSE", "DEU", "DEU", "asserted"),
    E("Die Junge Alternative kritisierte die CDU.", "ACCUSE", "DEU", "DEU", "asserted"),
    E("Die Sozialistische Jugend kritisierte die ÖVP.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Der Ring Freiheitlicher Jugend kritisierte die SPÖ.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Der Wirtschaftsbund kritisierte die SPÖ.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Der CDU-Chef kritisierte den ungarischen Ministerpräsidenten.", "ACCUSE", "DEU", "HUN", "asserted"),
    E("Der Chef der FPÖ kritisierte den ungarischen Ministerpräsidenten.", "ACCUSE", "AUT", "HUN", "asserted"),
    E("Der Nato-Chef kritisierte den russischen Präsidenten.", "ACCUSE", "IGO", "RUS", "asserted"),
    E("Der UN-Chef kritisierte den russischen Präsidenten.", "ACCUSE", "UNO", "RUS", "asserted"),
    E("Der Hamas-Chef kritisierte den ägyptischen Präsidenten.", "ACCUSE", "PSE", "EGY", "asserted"),
    E("Der Kremlchef kritisierte den ungarischen Ministerpräsidenten.", "ACCUSE", "RUS", "HUN", "asserted"),
    E("Die Grünen-Chefin kritisierte den ungarischen Ministerpräsidenten.", "ACCUSE", "DEU", "HUN", "asserted",
      marks=engine("no event: 'Grünen' is no party prefix (it is a role of the article's country, and this sentence names none), so 'Grünen-Chefin' is nobody")),
    E("Griechenland einigte sich mit den Euro-Partnern auf ein Sparpaket.", "AGREE", "GRC", "EUR", "asserted"),
    E("Die EU-Staaten einigten sich mit der Türkei.", "AGREE", "EUR", "TUR", "asserted"),
    E("Ungarn kritisierte die anderen EU-Staaten.", "ACCUSE", "HUN", "EUR", "asserted"),
    E("Griechenland einigte sich mit den Geldgebern auf ein Sparpaket.", "AGREE", "GRC", "EUR", "asserted",
      marks=engine("AGREE GRC-> (no recipient): Greece's lenders ('die Geldgeber', 'die Gläubiger', 'die Institutionen') are the EU and the IMF in one article and a firm's creditors in the next, so no table row can code them; this needs the article's context")),
    E("Wien – Die Cobra nahm drei Syrer fest.", "COERCE", "AUT", "SYR", "asserted"),
    E("Wien – Die Wega nahm drei Syrer fest.", "COERCE", "AUT", "SYR", "asserted"),
    E("Berlin – Das SEK nahm drei Syrer fest.", "COERCE", "DEU", "SYR", "asserted"),
    E("Wien – Die Ordnungshüter nahmen drei Syrer fest.", "COERCE", "AUT", "SYR", "asserted"),
    E("Wien – Die Polizeiinspektion nahm drei Syrer fest.", "COERCE", "AUT", "SYR", "asserted"),
    E("Wien – Der Sicherheitsdirektor kritisierte die Regierung.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Wien – Die Diakonie kritisierte die Regierung.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Berlin – Die Kultusministerkonferenz kritisierte die Regierung.", "ACCUSE", "DEU", "DEU", "asserted"),
    E("Berlin – Der Abschirmdienst beobachtet die AfD.", "ACCUSE", "DEU", "DEU", "asserted"),
    E("Wien – Das Abwehramt überwachte den russischen Diplomaten.", "COERCE", "AUT", "RUS", "asserted"),
    E("Wien – Der Sektionschef kritisierte die Ministerin.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Berlin – Die CSU-Landesgruppe kritisierte die Kanzlerin.", "ACCUSE", "DEU", "DEU", "asserted"),
    E("Berlin – Die Ethikkommission kritisierte die Regierung.", "ACCUSE", "DEU", "DEU", "asserted"),
    E("Wien – Die Wahlkommission kritisierte die Regierung.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Wien – Der U-Ausschuss kritisierte die Finanzministerin.", "ACCUSE", "AUT", "AUT", "asserted"),
]

NO_EVENT = [
    # abraten: advice to the public, to investors, to patients
    "Das Auswärtige Amt rät von Reisen in die Türkei ab.",
    "Experten raten Anlegern von griechischen Staatsanleihen ab.",
    "Der Arzt riet dem Patienten von der Operation ab.",
    # co-signing a bill is no agreement signed
    "Der Gesetzesentwurf ist von 200 italienischen Abgeordneten mitunterzeichnet worden.",
    # sondieren, sich abstimmen: probing a market; voting
    "Die Anleger sondieren den Markt.",
    "Das Parlament stimmte mit großer Mehrheit über das Gesetz ab.",
    "Die Briten stimmten mit knapper Mehrheit für den Austritt.",
    # erinnern: remembering the dead, reminding that; entgegentreten: police facing a crowd
    "Der Papst erinnerte an die Opfer des Krieges in Syrien.",
    "Der österreichische Minister erinnerte daran, dass Österreich seine Pflicht erfüllt habe.",
    "Die Polizei trat den Demonstranten in Wien entgegen.",
    # offen, sich zubewegen, aus ... werfen, abrechnen, austeilen: other senses
    "Die russischen Truppen bewegten sich auf Kiew zu.",
    "Deutschland warf Italien aus dem Turnier.",
    "Die Ärzte rechneten die Leistungen mit der Krankenkasse ab.",
    "Der ungarische Premier winkte ab.",  # waving a question away names nobody refused (as test_de_multiword.py)
    "Die Helfer teilten in Idomeni Essen an Flüchtlinge aus Syrien aus.",
    # warnen vor: a danger of attacks by a third party is no request to the party warned
    "Wien – Das Heeresnachrichtenamt warnte die Regierung vor einem Anschlag.",
    "Der Bundesnachrichtendienst warnte die deutsche Regierung vor Terroranschlägen des IS.",
    # geloben (to vow) shares the participle 'gelobt' with loben (to praise); a promise denied
    "Auch wenn die Abgeordneten in Salzburg der Regierung vorerst Treue gelobt haben, ist sie nicht stabil.",
    "Ich habe der Türkei nie etwas versprochen, sagte der österreichische Kanzler.",
    # stoßen: coming upon resistance with nobody named; a find
    "Die Polizei stieß bei der Durchsuchung auf Widerstand.",
    "Die Soldaten stießen bei Aleppo auf heftigen Widerstand der Rebellen.",
    "Die Ermittler stießen bei der Razzia auf Waffen.",
    # an insult or a smear denied; feeling insulted or snubbed; a confession extorted
    "Ich habe den Präsidenten nie beleidigt, sagte der türkische Journalist.",
    "Der türkische Präsident fühlt sich von dem Satiriker beleidigt.",
    "Die deutsche Kanzlerin fühlte sich von der polnischen Regierung brüskiert.",
    "Der Häftling sagte, sein Geständnis sei von der Polizei erpresst worden.",
    "Strache habe er aber niemals verunglimpfen wollen.",
    # zurückschlagen, niederwerfen: sports and speech
    "Die Bayern schlugen nach dem Rückstand zurück.",
    "Der österreichische Kanzler schlug in der Debatte verbal zurück.",
    # sports: leads, titles and lines of attack are no territory, threat or assault
    "Die Türkei eroberte die Tabellenführung von Spanien.",
    "Russland bedroht den Titel von Spanien.",
    "Italien eroberte den Titel gegen Deutschland zurück.",
    "Österreich besiegte Schweden mit 2:0.",
    "Deutschland schlug Frankreich im Halbfinale.",
    "Der deutsche Verteidiger foulte den Schweden im Strafraum.",
    E("Die Deutschen starteten einen Angriff auf das Tor der Franzosen.",
      marks=engine("ASSAULT DEU->FRA comes out; should be no event. The sports sense cannot be excluded in the data: a noun row whose 'with' holds only exclusions ('-Tor') is read like a light-verb row and then codes many more bare mentions ('Angriff auf das Lohnniveau') than the plain row")),
    "Portugal griff Frankreich in der zweiten Halbzeit an.",
    "Im Finale griff Spanien Italien früh an.",
    "Die Italiener attackierten die Spanier in der eigenen Spielhälfte.",
    "Der Deutsche attackierte den Engländer auf der Zielgeraden.",
    # versichern: an assurance that something is so
    "Der israelische Premier versicherte, dass Israel Frieden wolle.",
    "Der Schiedsrichter zeigte dem türkischen Verteidiger die rote Karte.",
    "Österreich konterte in der 80. Minute gegen Island.",
    # halten, bremsen: no plan of a party named; growth slowed
    "Die SPÖ hält nichts davon, die Steuern zu erhöhen.",
    "Der Ölpreis bremst das Wachstum in Russland.",
    # preventing the blockade of an agreement saves it
    "Die Demokraten verhinderten eine Blockade des Atomabkommens mit dem Iran im US-Senat.",
    # a crowd marching up, a continent won back in a slogan
    "Hunderte Demonstranten marschierten vor dem Parlament in Wien auf.",
    "Die Bürger sollen sich ihre EU zurückerobern.",
    # admitting to oneself is no concession
    "Der griechische Premier wollte sich nicht eingestehen, dass die Reformen gescheitert seien.",
    # ausrüsten, finanzieren, anhalten: one's own forces, a building, a car stopped, fighting going on
    "Die USA rüsteten ihre Armee mit neuen Drohnen aus.",
    "Die EU finanzierte den Bau einer Schule in der Türkei.",
    "Die Polizei hielt den syrischen Lenker auf der Autobahn an.",
    "Die Kämpfe in Syrien hielten an.",
    "Kroatien überrannte Spanien in der ersten Halbzeit.",
    # economy: a market conquered, an attack on a market
    "Der chinesische Konzern eroberte den europäischen Markt.",
    "Apple startet einen Angriff auf den Markt von Samsung.",
    # 'Chef' and compounds of it that are nobody coded: a coach, a boss, a chef
    "Wien – Der Teamchef kritisierte den Schiedsrichter.",
    "Der Konzernchef kritisierte die Gewerkschaft.",
    "Wien – Der Chef kritisierte die Kellner.",
    # the euro area and the member states as a place
    "In der Eurozone sank die Arbeitslosigkeit.",
    "Die Arbeitslosigkeit in den EU-Ländern stieg.",
    # 'Kobra' the snake is no police unit
    "Die Kobra biss den Tierpfleger in Wien.",
]
# fmt: on


@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), CODED)
def test_round5_row_codes_the_act(text: str, event: str, actor: str, recipient: str, status: str) -> None:
    assert_codes(text, "de", event, actor, recipient, status)


@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), ACTORS)
def test_round5_actor_is_coded(text: str, event: str, actor: str, recipient: str, status: str) -> None:
    assert_codes(text, "de", event, actor, recipient, status)


@pytest.mark.parametrize("text", NO_EVENT)
def test_round5_other_senses_give_no_event(text: str) -> None:
    assert_no_event(text, "de")


@pytest.mark.parametrize(("text", "wrong"), [
    ("Die USA haben Israel von einem Angriff auf den Iran abgeraten.", "ASSAULT"),  # the act advised against
    ("Die Opposition verließ aus Protest die Regierung.", "PROTEST"),  # leaving a government stays SANCTION
    ("Die Opposition in Ankara kritisierte die Regierung offen.", "AGREE"),  # 'offen' as an adverb
    ("Der beleidigte türkische Präsident verklagte den deutschen Satiriker.", "ACCUSE/disapprove"),  # an attribute
])
def test_round5_row_does_not_take_the_other_frame(text: str, wrong: str) -> None:
    got = {e.event for e in code(text, lang="de")} | {f"{e.event}/{e.mode}" for e in code(text, lang="de")}
    assert wrong not in got
