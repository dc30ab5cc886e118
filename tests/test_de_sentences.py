# ruff: noqa: E501
"""German news sentences written for these tests (none copied from any gold file or article).

Each row: text, expected type, actor codes, recipient codes ("+"-joined, "" for none), status. For the
symmetric types (CONSULT, AGREE, COOPERATE) the parties may be listed on either side: the union of actor
and recipient codes must match. The second table lists sentences that must give no event at all: words
that look like triggers in sports, economy and everyday reports, and vague or uncoded actors.

A row marked ``xfail(strict=True)`` documents a gap in the engine (not in the data): the reason says
what came out and what should.
"""

from __future__ import annotations

import pytest

from chronik.api import code
from sentence_tables import codes as _codes
from sentence_tables import describe as _describe
from sentence_tables import engine
from sentence_tables import matches as _match

E = pytest.param

# fmt: off
POSITIVE = [
    # --- AGREE: offers, pledges, agreement reached, invitations, acceptance
    E("Nord- und Südkorea einigten sich am Montag auf die Wiedereröffnung des Verbindungsbüros.", "AGREE", "PRK+KOR", "", "asserted"),
    E("Russland sagte der Ukraine die Lieferung von Erdgas bis Jahresende zu.", "AGREE", "RUS", "UKR", "asserted"),
    E("Der iranische Außenminister erklärte sich zu direkten Gesprächen mit den USA bereit.", "AGREE", "IRN", "USA", "asserted"),
    E("Japan und Südkorea vereinbarten am Dienstag eine engere Zusammenarbeit bei der Verteidigung.", "AGREE", "JPN+KOR", "", "asserted"),
    E("China lud den südkoreanischen Präsidenten zu einem Staatsbesuch nach Peking ein.", "AGREE", "CHN", "KOR", "asserted"),
    E("Die Türkei akzeptierte den Vorschlag der Vereinten Nationen.", "AGREE", "TUR", "UNO", "asserted"),
    E("Die Regierung in Seoul bot Pjöngjang erneut humanitäre Hilfe an.", "AGREE", "KOR", "PRK", "asserted"),
    E("Der russische Präsident bot seinem ukrainischen Amtskollegen ein Treffen in Moskau an.", "AGREE", "RUS", "UKR", "asserted"),
    E("Indien stimmte dem Vorschlag Chinas zu.", "AGREE", "IND", "CHN", "asserted"),
    E("Griechenland und die Türkei verständigten sich auf neue Sondierungsgespräche.", "AGREE", "GRC+TUR", "", "asserted"),
    E("Die deutsche Bundesregierung versprach Griechenland Unterstützung bei der Aufnahme der Flüchtlinge.", "AGREE", "DEU", "GRC", "asserted"),
    E("Der französische Präsident hat Italien Hilfe bei der Bewältigung der Krise zugesichert.", "AGREE", "FRA", "ITA", "asserted"),
    # --- CONSULT: meetings, visits, calls, negotiations
    E("US-Außenminister Antony Blinken traf am Mittwoch in Tokio seinen japanischen Amtskollegen.", "CONSULT", "USA", "JPN", "asserted"),
    E("Der chinesische Präsident Xi Jinping telefonierte mit dem russischen Präsidenten Wladimir Putin.", "CONSULT", "CHN", "RUS", "asserted"),
    E("Die kanadische Außenministerin reiste am Dienstag nach Mexiko.", "CONSULT", "CAN", "MEX", "asserted"),
    E("Österreichs Bundeskanzler besuchte am Freitag Israel.", "CONSULT", "AUT", "ISR", "asserted"),
    E("Der russische Außenminister kam in Moskau mit seinem iranischen Amtskollegen zusammen.", "CONSULT", "RUS", "IRN", "asserted"),
    E("Der südkoreanische Vereinigungsminister wird kommende Woche nach Washington reisen.", "CONSULT", "KOR", "USA", "future"),
    E("Der US-Sondergesandte für Nordkorea traf am Donnerstag den südkoreanischen Vizeaußenminister.", "CONSULT", "USA", "KOR", "asserted"),
    E("Die finnische Regierungschefin traf in Stockholm ihre schwedische Amtskollegin.", "CONSULT", "FIN", "SWE", "asserted"),
    E("Der japanische Premierminister sprach am Telefon mit dem australischen Premier.", "CONSULT", "JPN", "AUS", "asserted"),
    E("Der deutsche Außenminister will am Montag mit seinem polnischen Kollegen in Warschau sprechen.", "CONSULT", "DEU", "POL", "future"),
    E("Die Außenminister Japans und Südkoreas trafen sich am Montag in Tokio.", "CONSULT", "JPN+KOR", "", "asserted"),
    E("Vertreter der USA und der Taliban verhandelten in Katar über einen Truppenabzug.", "CONSULT", "USA+AFG", "", "asserted", marks=engine("got CONSULT AFG only since a665aa4: 'Vertreter der USA' makes 'der USA' a genitive owner, but a genitive after a vague role noun (Vertreter, Delegation) names the party")),
    E("Der ukrainische Präsident empfing am Samstag den polnischen Präsidenten in Kiew.", "CONSULT", "POL+UKR", "", "asserted"),
    E("Der britische Premier hat mit der irischen Regierung über die Grenzfrage beraten.", "CONSULT", "GBR", "IRL", "asserted"),
    E("Die Präsidenten Russlands und der Türkei kamen am Donnerstag in Sotschi zusammen.", "CONSULT", "RUS+TUR", "", "asserted"),
    E("Der österreichische Außenminister ist am Mittwoch zu einem zweitägigen Besuch in Serbien eingetroffen.", "CONSULT", "AUT", "SRB", "asserted"),
    E("Der chinesische Außenminister wird im April zu Gesprächen nach Berlin reisen.", "CONSULT", "CHN", "DEU", "future"),
    # --- SUPPORT: praise, endorsement, recognition, signing
    E("Frankreich begrüßte die Entscheidung der Europäischen Union.", "SUPPORT", "FRA", "EUR", "asserted"),
    E("Der ukrainische Präsident lobte die Vereinigten Staaten für ihre Hilfe.", "SUPPORT", "UKR", "USA", "asserted"),
    E("Indien und Japan unterzeichneten ein Abkommen über den Bau einer Schnellbahn.", "SUPPORT", "IND+JPN", "", "asserted"),
    E("Die Regierung in Tokio gratulierte dem neuen US-Präsidenten zum Wahlsieg.", "SUPPORT", "JPN", "USA", "asserted"),
    E("Österreich erkannte den Kosovo im Jahr 2008 als unabhängigen Staat an.", "SUPPORT", "AUT", "XKX", "historical"),
    E("Kanada sicherte der Ukraine seine volle Unterstützung zu.", "AGREE", "CAN", "UKR", "asserted"),
    E("Der Präsident Südkoreas würdigte die Bemühungen der Vereinigten Staaten.", "SUPPORT", "KOR", "USA", "asserted"),
    E("Israel und die Vereinigten Arabischen Emirate nahmen diplomatische Beziehungen auf.", "SUPPORT", "ISR+ARE", "", "asserted"),
    E("Die deutsche Bundesregierung bekundete ihre Solidarität mit Frankreich.", "SUPPORT", "DEU", "FRA", "asserted"),
    E("Japan dankte Taiwan für die Spende von Schutzmasken.", "SUPPORT", "JPN", "TWN", "asserted"),
    # --- CONCEDE: easing, pardons, apologies
    E("Der belarussische Machthaber Lukaschenko begnadigte am Samstag sechs Oppositionelle.", "CONCEDE", "BLR", "BLR", "asserted", marks=engine("got CONCEDE BLR->[]; an uncoded plural role object after a number (sechs Oppositionelle) should take the topic/actor country: expected BLR->BLR")),
    E("Die Regierung in Ankara hob die Ausgangssperre in der Stadt auf.", "CONCEDE", "TUR", "", "asserted"),
    E("Japan entschuldigte sich bei Südkorea für die Zwangsarbeit während des Krieges.", "CONCEDE", "JPN", "KOR", "asserted"),
    E("Die USA lockerten die Sanktionen gegen Kuba.", "CONCEDE", "USA", "CUB", "asserted"),
    E("Die Europäische Union hob die Strafmaßnahmen gegen Belarus teilweise auf.", "CONCEDE", "EUR", "BLR", "asserted"),
    E("Die chinesische Regierung verzichtete auf weitere Strafzölle gegen Australien.", "CONCEDE", "CHN", "AUS", "asserted"),
    # --- COOPERATE: material cooperation
    E("Italien lieferte den mutmaßlichen Mafiaboss an Deutschland aus.", "COOPERATE", "ITA", "DEU", "asserted"),
    E("Die Türkei kooperiert bei der Gasversorgung eng mit Russland.", "COOPERATE", "TUR", "RUS", "asserted"),
    E("Die japanische Marine hielt mit der US-Marine ein gemeinsames Manöver ab.", "COOPERATE", "JPN", "USA", "asserted"),
    E("Die Polizei Österreichs arbeitet bei den Ermittlungen eng mit den slowenischen Behörden zusammen.", "COOPERATE", "AUT", "SVN", "asserted"),
    E("Südkorea und die USA arbeiten bei der Bekämpfung der Pandemie eng zusammen.", "COOPERATE", "KOR+USA", "", "asserted"),
    E("Die Schweiz überstellte den Verdächtigen an die Vereinigten Staaten.", "COOPERATE", "CHE", "USA", "asserted"),
    # --- AID: material help
    E("Die Europäische Union stellte der Ukraine 1,2 Milliarden Euro bereit.", "AID", "EUR", "UKR", "asserted", marks=engine("got no event; 'bereit' is not a separable particle cue (stellte ... bereit = bereitstellen): add it to cues.tsv particle")),
    E("Japan gewährte Myanmar einen Kredit in Höhe von 500 Millionen Dollar.", "AID", "JPN", "MMR", "asserted"),
    E("Die USA liefern der Ukraine weitere Waffen.", "AID", "USA", "UKR", "asserted"),
    E("Deutschland gewährte dem russischen Oppositionellen Asyl.", "AID", "DEU", "RUS", "asserted"),
    E("Deutschland schickte Hilfsgüter an die Türkei.", "AID", "DEU", "TUR", "asserted"),
    E("Südkorea leistete Nordkorea humanitäre Hilfe.", "AID", "KOR", "PRK", "asserted"),
    # --- RETREAT: release, withdrawal, resignation, ceasefire
    E("Nordkorea ließ den südkoreanischen Fischer am Dienstag frei.", "RETREAT", "PRK", "KOR", "asserted"),
    E("Die Behörden in Myanmar haben den australischen Berater freigelassen.", "RETREAT", "MMR", "AUS", "asserted"),
    E("Russland zog seine Truppen aus der Grenzregion ab.", "RETREAT", "RUS", "", "asserted"),
    E("Der Premierminister Armeniens trat am Montag zurück.", "RETREAT", "ARM", "", "asserted"),
    E("Die USA wollen bis September alle Soldaten aus Afghanistan abziehen.", "RETREAT", "USA", "AFG", "future"),
    E("Der Iran hat einen inhaftierten französischen Forscher freigelassen.", "RETREAT", "IRN", "FRA", "asserted"),
    E("Die Taliban ließen am Sonntag zwanzig afghanische Soldaten frei.", "RETREAT", "AFG", "AFG", "asserted"),
    # --- REQUEST: demands, appeals, calls
    E("Die Vereinten Nationen forderten Äthiopien zu einer sofortigen Waffenruhe auf.", "REQUEST", "UNO", "ETH", "asserted"),
    E("Südkorea forderte Japan auf, die Entscheidung zurückzunehmen.", "REQUEST", "KOR", "JPN", "asserted"),
    E("China rief die USA zur Zurückhaltung auf.", "REQUEST", "CHN", "USA", "asserted"),
    E("Polen bat die NATO um die Verlegung weiterer Truppen.", "REQUEST", "POL", "IGO", "asserted"),
    E("Die Ukraine drängte Deutschland zur Lieferung von Kampfpanzern.", "REQUEST", "UKR", "DEU", "asserted"),
    E("Der UN-Generalsekretär appellierte an Israel und die Hamas, die Kämpfe einzustellen.", "REQUEST", "UNO", "ISR+PSE", "asserted"),
    E("Die EU-Kommission verlangte von Ungarn die Rücknahme des Gesetzes.", "REQUEST", "EUR", "HUN", "asserted"),
    E("Japan forderte von China die Freilassung des japanischen Geschäftsmannes.", "REQUEST", "JPN", "CHN", "asserted"),
    E("Papst Franziskus rief die Konfliktparteien in Syrien zum Dialog auf.", "REQUEST", "VAT", "SYR", "asserted"),
    # --- ACCUSE: criticism, accusations, summons, investigations
    E("Berlin kritisierte das Vorgehen der russischen Behörden scharf.", "ACCUSE", "DEU", "RUS", "asserted"),
    E("Die USA warfen Russland Cyberangriffe auf amerikanische Behörden vor.", "ACCUSE", "USA", "RUS", "asserted"),
    E("Das Außenministerium in Seoul bestellte den japanischen Botschafter ein.", "ACCUSE", "KOR", "JPN", "asserted"),
    E("Der UN-Generalsekretär verurteilte den Angriff auf das Krankenhaus in Aleppo.", "ACCUSE", "UNO", "", "asserted"),
    E("Amnesty International warf der ägyptischen Regierung Folter vor.", "ACCUSE", "NGO", "EGY", "asserted"),
    E("Peking beschuldigte Washington der Einmischung in innere Angelegenheiten.", "ACCUSE", "CHN", "USA", "asserted"),
    E("Die polnische Regierung verurteilte die Festnahme des Journalisten durch Belarus scharf.", "ACCUSE", "POL", "BLR", "asserted"),
    E("Der türkische Präsident Erdogan griff die EU in einer Rede scharf an.", "ACCUSE", "TUR", "EUR", "asserted"),
    E("Die deutsche Außenministerin übte scharfe Kritik an der chinesischen Regierung.", "ACCUSE", "DEU", "CHN", "asserted"),
    E("Die SPÖ warf der ÖVP Postenschacher vor.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Der Wiener Bürgermeister kritisierte die österreichische Bundesregierung.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Die Staatsanwaltschaft in Wien ermittelt gegen den früheren österreichischen Finanzminister.", "ACCUSE", "AUT", "AUT", "asserted"),
    E("Der russische Botschafter wurde von der polnischen Regierung einbestellt.", "ACCUSE", "POL", "RUS", "asserted"),
    E("Litauen protestierte bei Belarus gegen den Bau des Atomkraftwerks.", "ACCUSE", "LTU", "BLR", "asserted"),
    E("Die Menschenrechtsorganisation Human Rights Watch prangerte die Verhaftungen in Russland an.", "ACCUSE", "NGO", "", "asserted"),
    # --- REJECT
    E("Nordkorea lehnte das Gesprächsangebot der USA ab.", "REJECT", "PRK", "USA", "asserted"),
    E("Moskau wies die Vorwürfe der britischen Regierung zurück.", "REJECT", "RUS", "GBR", "asserted"),
    E("Der Kreml dementierte eine Beteiligung an dem Giftanschlag.", "REJECT", "RUS", "", "asserted"),
    E("China verweigerte den Ermittlern der Vereinten Nationen die Einreise.", "REJECT", "CHN", "UNO", "asserted"),
    E("Die Regierung in Kiew lehnte direkte Verhandlungen mit den Separatisten ab.", "REJECT", "UKR", "UKR", "asserted"),
    E("Russland legte im Sicherheitsrat sein Veto gegen die Resolution ein.", "REJECT", "RUS", "", "asserted"),
    E("Ungarn blockierte die Erklärung der Europäischen Union zu Hongkong.", "REJECT", "HUN", "EUR", "asserted", marks=engine("got REJECT HUN->[] since a665aa4: the genitive owner of the blocked thing ('die Erklärung der EU') should be the recipient")),
    E("Der iranische Präsident wies die Forderungen der USA zurück.", "REJECT", "IRN", "USA", "asserted"),
    # --- THREATEN
    E("Nordkorea drohte Südkorea mit militärischen Vergeltungsschlägen.", "THREATEN", "PRK", "KOR", "asserted"),
    E("Die USA drohten China mit neuen Strafzöllen.", "THREATEN", "USA", "CHN", "asserted"),
    E("Der russische Präsident warnte die NATO vor ernsten Konsequenzen.", "THREATEN", "RUS", "IGO", "asserted"),
    E("Die Türkei drohte mit einer neuen Militäroffensive in Syrien.", "THREATEN", "TUR", "SYR", "asserted"),
    E("Die EU droht Polen mit Sanktionen.", "THREATEN", "EUR", "POL", "asserted"),
    E("China drohte Taiwan mit Gewalt.", "THREATEN", "CHN", "TWN", "asserted"),
    # --- PROTEST
    E("Tausende Demonstranten protestierten in Minsk gegen den belarussischen Präsidenten.", "PROTEST", "BLR", "BLR", "asserted", marks=engine("got no event since 40083e0 (no place-of-sentence fallback): uncoded protesters (Demonstranten) demonstrating in Minsk against a Belarusian office should take the country of the place or of the target")),
    E("Südkoreanische Aktivisten demonstrierten vor der japanischen Botschaft in Seoul.", "PROTEST", "KOR", "JPN", "asserted"),
    E("Französische Gewerkschaften streikten am Donnerstag gegen die Rentenreform.", "PROTEST", "FRA", "", "asserted"),
    E("Der inhaftierte russische Oppositionelle trat in einen Hungerstreik.", "PROTEST", "RUS", "", "asserted"),
    # --- SANCTION
    E("Die EU verhängte neue Sanktionen gegen Belarus.", "SANCTION", "EUR", "BLR", "asserted"),
    E("Russland wies zwei deutsche Diplomaten aus.", "SANCTION", "RUS", "DEU", "asserted"),
    E("Ein russisches Gericht verurteilte den Kremlkritiker Alexej Nawalny zu dreieinhalb Jahren Haft.", "SANCTION", "RUS", "RUS", "asserted"),
    E("Großbritannien rief seinen Botschafter aus dem Iran zurück.", "SANCTION", "GBR", "IRN", "asserted"),
    E("Litauen brach die Beziehungen zu Belarus ab.", "SANCTION", "LTU", "BLR", "asserted"),
    E("Die USA belegten chinesische Funktionäre mit Einreiseverboten.", "SANCTION", "USA", "CHN", "asserted"),
    E("Die Vereinigten Staaten setzten die Gespräche mit den Taliban aus.", "SANCTION", "USA", "AFG", "asserted"),
    E("Die EU will neue Sanktionen gegen Russland verhängen.", "SANCTION", "EUR", "RUS", "future"),
    # --- MOBILIZE
    E("Russland verlegte weitere Truppen an die Grenze zur Ukraine.", "MOBILIZE", "RUS", "", "asserted"),
    E("Nordkorea testete erneut eine Interkontinentalrakete.", "MOBILIZE", "PRK", "", "asserted"),
    E("Die USA entsandten einen Flugzeugträger in das Südchinesische Meer.", "MOBILIZE", "USA", "", "asserted"),
    E("Die südkoreanische Armee versetzte ihre Truppen in erhöhte Alarmbereitschaft.", "MOBILIZE", "KOR", "", "asserted"),
    E("Die NATO will ihre Präsenz in Osteuropa verstärken.", "MOBILIZE", "IGO", "", "future"),
    E("Die Türkei zog Panzer an der syrischen Grenze zusammen.", "MOBILIZE", "TUR", "", "asserted"),
    # --- COERCE
    E("Die Polizei in Hongkong nahm am Sonntag mehr als 50 Demonstranten fest.", "COERCE", "HKG", "HKG", "asserted"),
    E("Die türkische Polizei durchsuchte die Redaktion einer Zeitung in Istanbul.", "COERCE", "TUR", "TUR", "asserted"),
    E("Belarussische Sicherheitskräfte nahmen die Oppositionspolitikerin fest.", "COERCE", "BLR", "BLR", "asserted"),
    E("Die jordanische Regierung verhängte eine Ausgangssperre.", "COERCE", "JOR", "", "asserted"),
    E("Der britische Journalist wurde am Flughafen von iranischen Sicherheitskräften festgenommen.", "COERCE", "IRN", "GBR", "asserted"),
    E("Russland schob den ukrainischen Aktivisten ab.", "COERCE", "RUS", "UKR", "asserted"),
    E("Die ägyptischen Behörden verhafteten drei ausländische Journalisten.", "COERCE", "EGY", "", "asserted", marks=engine("got COERCE EGY->EGY since 40083e0: 'ausländische' (foreign) says the object is not of the actor's country, so the short-text country default must not apply")),
    E("Die chinesische Regierung sperrte den Zugang zu Twitter.", "COERCE", "CHN", "", "asserted"),
    E("Die russischen Behörden haben den Oppositionellen unter Hausarrest gestellt.", "COERCE", "RUS", "RUS", "asserted"),
    E("Die Regierung Myanmars verhängte das Kriegsrecht über mehrere Bezirke.", "COERCE", "MMR", "", "asserted"),
    # --- ASSAULT
    E("Israelische Kampfjets bombardierten in der Nacht Stellungen der Hamas im Gazastreifen.", "ASSAULT", "ISR", "PSE", "asserted"),
    E("Die Taliban griffen einen Stützpunkt der afghanischen Armee an.", "ASSAULT", "AFG", "AFG", "asserted"),
    E("Saudi-Arabien flog erneut Luftangriffe auf Stellungen der Huthi-Rebellen.", "ASSAULT", "SAU", "YEM", "asserted", marks=engine("got no event since a665aa4: 'Stellungen der Huthi-Rebellen' after auf: the genitive owner of a target noun is the recipient")),
    E("Russische Truppen beschossen die ukrainische Stadt Charkiw.", "ASSAULT", "RUS", "UKR", "asserted", marks=engine("got ASSAULT RUS->[]; 'die ukrainische Stadt X' (nationality + place noun + place) should be a recipient of that country")),
    E("Soldaten der Armee Myanmars erschossen am Samstag mindestens 90 Demonstranten.", "ASSAULT", "MMR", "MMR", "asserted"),
    E("Die Polizei setzte in Minsk Tränengas gegen Demonstranten ein.", "ASSAULT", "BLR", "BLR", "asserted"),
    E("Kämpfer der Terrormiliz IS haben im Irak mehrere Soldaten getötet.", "ASSAULT", "IMG", "IRQ", "asserted"),
    E("Die Hamas feuerte Raketen auf Israel ab.", "ASSAULT", "PSE", "ISR", "asserted"),
    E("Aserbaidschan griff armenische Stellungen in Bergkarabach an.", "ASSAULT", "AZE", "ARM", "asserted", marks=engine("got ASSAULT AZE->[]; 'armenische Stellungen' is not a party because Stellung is a conditional noun trigger (with: bringen); only unconditional noun triggers should block nationality nouns")),
    # --- status: negated
    E("Japan wird keine Truppen in den Irak entsenden.", "MOBILIZE", "JPN", "IRQ", "negated"),
    E("China hat die Vorwürfe der USA nicht zurückgewiesen.", "REJECT", "CHN", "USA", "negated"),
    E("Die Türkei hat den schwedischen Botschafter nicht einbestellt.", "ACCUSE", "TUR", "SWE", "negated"),
    E("Die EU verhängte keine Sanktionen gegen die Türkei.", "SANCTION", "EUR", "TUR", "negated"),
    E("Der iranische Präsident hat den US-Präsidenten nie getroffen.", "CONSULT", "IRN", "USA", "negated"),
    # --- status: planned (future)
    E("Der US-Präsident will im Mai nach Japan reisen.", "CONSULT", "USA", "JPN", "future"),
    E("Der indische Premierminister soll im Juni Russland besuchen.", "CONSULT", "IND", "RUS", "future"),
    E("Die Außenminister Nord- und Südkoreas werden sich am Freitag in Panmunjom treffen.", "CONSULT", "PRK+KOR", "", "future", marks=engine("got CONSULT KOR only; the truncated compound 'Nord-' is completed only to nominative country forms, not genitive (Nordkoreas)")),
    E("Frankreich plant, weitere Soldaten nach Mali zu entsenden.", "MOBILIZE", "FRA", "MLI", "future"),
    # --- status: conditional
    E("Falls Nordkorea einen weiteren Atomtest durchführt, wird Japan neue Sanktionen gegen Pjöngjang verhängen.", "SANCTION", "JPN", "PRK", "hypothetical"),
    E("Sollte Russland die Ukraine angreifen, würde die NATO ihre Truppen im Osten verstärken.", "MOBILIZE", "IGO", "", "hypothetical"),
    E("Die USA könnten die Sanktionen gegen Venezuela lockern.", "CONCEDE", "USA", "VEN", "hypothetical"),
    # --- status: background (historical)
    E("Bereits im Jahr 2018 hatte Kim Jong-un den südkoreanischen Präsidenten in Pjöngjang empfangen.", "CONSULT", "KOR+PRK", "", "historical"),
    E("Im Jahr 2014 hatte Russland die Krim annektiert und die Ukraine angegriffen.", "ASSAULT", "RUS", "UKR", "historical"),
    E("Die Türkei hatte im Jänner den deutschen Botschafter einbestellt.", "ACCUSE", "TUR", "DEU", "historical"),
    # --- reported speech is asserted, not hypothetical
    E("Der Minister sagte, Deutschland werde die Ukraine weiter mit Waffen unterstützen.", "AID", "DEU", "UKR", "future"),
    E("Ein Sprecher erklärte, Japan habe China eine Protestnote übermittelt.", "ACCUSE", "JPN", "CHN", "asserted"),
    # --- passive voice
    E("Der russische Oppositionelle wurde von einem Moskauer Gericht zu drei Jahren Haft verurteilt.", "SANCTION", "RUS", "RUS", "asserted"),
    E("Zwei kanadische Staatsbürger wurden von den chinesischen Behörden festgenommen.", "COERCE", "CHN", "CAN", "asserted"),
    E("Der deutsche Botschafter wurde vom türkischen Außenministerium einbestellt.", "ACCUSE", "TUR", "DEU", "asserted"),
    E("Die Demonstranten wurden von der belarussischen Polizei mit Gewalt auseinandergetrieben.", "COERCE", "BLR", "BLR", "asserted"),
    # --- roles with names, feminine and plural roles, compounds
    E("Die deutsche Bundeskanzlerin Angela Merkel telefonierte mit dem französischen Präsidenten Emmanuel Macron.", "CONSULT", "DEU", "FRA", "asserted"),
    E("Die Außenministerinnen Schwedens und Kanadas trafen sich in Ottawa.", "CONSULT", "SWE+CAN", "", "asserted"),
    E("Der Vizeaußenminister Südkoreas traf den US-Sonderbeauftragten.", "CONSULT", "KOR", "USA", "asserted"),
    E("Nordkoreanische Funktionäre trafen sich mit chinesischen Diplomaten.", "CONSULT", "PRK", "CHN", "asserted"),
    E("Der russische Verteidigungsminister Sergej Schoigu besuchte am Montag Syrien.", "CONSULT", "RUS", "SYR", "asserted"),
    E("Ungarns Regierungschef Viktor Orban kritisierte die EU-Kommission.", "ACCUSE", "HUN", "EUR", "asserted"),
    E("Mehrere Abgeordnete des ukrainischen Parlaments reisten nach Brüssel.", "CONSULT", "UKR", "EUR", "asserted"),
    E("Die Innenministerin Österreichs kündigte Abschiebungen nach Afghanistan an.", "COERCE", "AUT", "", "future", marks=engine("got COERCE AUT->AFG asserted; 'kündigte ... an' + act noun announces the act: status future")),
    # --- pronouns and 'beide Seiten' across sentences
    E("Der chinesische Außenminister reiste am Montag nach Seoul. Dort traf er seinen südkoreanischen Amtskollegen.", "CONSULT", "CHN", "KOR", "asserted"),
    E("Die Außenminister Japans und Südkoreas trafen sich in Tokio. Beide Seiten vereinbarten eine engere Zusammenarbeit.", "AGREE", "JPN+KOR", "", "asserted"),
    E("Die Präsidenten Russlands und der Türkei trafen sich in Sotschi. Sie einigten sich auf eine Waffenruhe in Idlib.", "AGREE", "RUS+TUR", "", "asserted"),
    E("Die deutsche Bundeskanzlerin traf am Montag in Paris ein. Sie kritisierte die Türkei scharf.", "ACCUSE", "DEU", "TUR", "asserted"),
    E("Der russische Präsident Wladimir Putin ist zu Gast in Ankara. Er lobte die Türkei für ihre Vermittlung.", "SUPPORT", "RUS", "TUR", "asserted"),
    # --- Austrian politics and institutions
    E("Bundeskanzler Sebastian Kurz kritisierte die türkische Regierung scharf.", "ACCUSE", "AUT", "TUR", "asserted"),
    E("Die FPÖ forderte den Rücktritt des österreichischen Innenministers.", "REQUEST", "AUT", "AUT", "asserted"),
    E("Der österreichische Bundespräsident empfing den slowakischen Präsidenten in der Hofburg.", "CONSULT", "SVK+AUT", "", "asserted"),
    E("Die Neos warfen der FPÖ Hetze gegen Flüchtlinge vor.", "ACCUSE", "AUT", "AUT", "asserted"),
    # --- round 3: idioms and false friends of the trigger verbs (positive side)
    E("Nordkorea feuerte am Montag zwei ballistische Raketen ab.", "MOBILIZE", "PRK", "", "asserted"),
    E("Nordkorea hat erneut eine Kurzstreckenrakete getestet.", "MOBILIZE", "PRK", "", "asserted"),
    E("Nordkorea startete am Mittwoch eine Interkontinentalrakete.", "MOBILIZE", "PRK", "", "asserted"),
    E("Die Hamas feuerte am Abend Raketen auf Israel ab.", "ASSAULT", "PSE", "ISR", "asserted"),
    E("Die Huthi-Rebellen feuerten eine Rakete auf Saudi-Arabien ab.", "ASSAULT", "YEM", "SAU", "asserted"),
    E("Das französische Außenministerium zitierte den iranischen Botschafter ins Ministerium.", "ACCUSE", "FRA", "IRN", "asserted"),
    E("Das Auswärtige Amt hat den russischen Botschafter einbestellt.", "ACCUSE", "DEU", "RUS", "asserted"),
    E("Die Türkei bestellte den deutschen Botschafter ins Außenministerium ein.", "ACCUSE", "TUR", "DEU", "asserted"),
    E("Russland verwies zwei deutsche Diplomaten des Landes.", "SANCTION", "RUS", "DEU", "asserted"),
    E("Die Regierung Estlands verwies einen russischen Diplomaten des Landes.", "SANCTION", "EST", "RUS", "asserted"),
    E("Die Regierung in Warschau verwies den belarussischen Konsul des Landes.", "SANCTION", "POL", "BLR", "asserted"),
    E("Die türkische Polizei setzte Tränengas gegen Demonstranten ein.", "ASSAULT", "TUR", "TUR", "asserted"),
    E("Die französische Polizei setzte Tränengas und Wasserwerfer ein.", "ASSAULT", "FRA", "", "asserted"),
    E("Die Polizei in Hongkong ging mit Tränengas gegen Demonstranten vor.", "ASSAULT", "HKG", "HKG", "asserted"),
    E("Die USA unterstützen die Ukraine mit Geld und Waffen.", "AID", "USA", "UKR", "asserted"),
    E("Deutschland unterstützt Jordanien mit 100 Millionen Euro.", "AID", "DEU", "JOR", "asserted"),
    E("Die USA unterstützen die irakische Armee mit Luftangriffen.", "AID", "USA", "IRQ", "asserted"),
    E("Frankreich unterstützt den Vorschlag Deutschlands.", "SUPPORT", "FRA", "DEU", "asserted"),
    E("Die Türkei stimmte dem Beitritt Schwedens nicht zu.", "REJECT", "TUR", "SWE", "asserted"),
    E("Ungarn akzeptierte den Vorschlag der EU-Kommission nicht.", "REJECT", "HUN", "EUR", "asserted"),
    E("Der Iran nahm das Angebot der USA nicht an.", "REJECT", "IRN", "USA", "asserted"),
    E("Nordkorea schloss Gespräche mit Südkorea aus.", "REJECT", "PRK", "KOR", "asserted"),
    E("Israel schloss eine Waffenruhe mit der Hamas aus.", "REJECT", "ISR", "PSE", "asserted"),
    E("Die Türkei sprach sich für einen Beitritt Schwedens zur NATO aus.", "SUPPORT", "TUR", "SWE", "asserted"),
    E("Die SPÖ sprach sich klar gegen eine Koalition mit der FPÖ aus.", "REJECT", "AUT", "AUT", "asserted"),
    E("Die Präsidenten Russlands und Chinas versprachen sich gegenseitig Unterstützung.", "AGREE", "RUS+CHN", "", "asserted"),
    E("Der österreichische Außenminister warb bei der Europäischen Union um Unterstützung.", "REQUEST", "AUT", "EUR", "asserted"),
    E("Nordkorea drohte den USA mit einem Atomschlag.", "THREATEN", "PRK", "USA", "asserted"),
    E("Russland drohte der Ukraine mit Konsequenzen.", "THREATEN", "RUS", "UKR", "asserted"),
    E("Die EU drohte Polen mit Sanktionen.", "THREATEN", "EUR", "POL", "asserted"),
    E("Die Türkei drohte Griechenland mit militärischen Konsequenzen.", "THREATEN", "TUR", "GRC", "asserted"),
    E("Die Ukraine forderte von Deutschland die Lieferung von Waffen.", "REQUEST", "UKR", "DEU", "asserted"),
    E("Die Opposition in Belarus forderte den Rücktritt Lukaschenkos.", "REQUEST", "BLR", "BLR", "asserted"),
    E("Die Hamas rief die Palästinenser im Westjordanland zum Widerstand gegen Israel auf.", "REQUEST", "PSE", "PSE", "asserted"),
    E("Die Außenminister Japans und Südkoreas trafen sich am Montag in Tokio.", "CONSULT", "JPN+KOR", "", "asserted"),
    E("Nord- und Südkorea haben eine Vereinbarung über Familienzusammenführungen getroffen.", "AGREE", "PRK+KOR", "", "asserted"),
    E("Der polnische Präsident besuchte am Dienstag Litauen.", "CONSULT", "POL", "LTU", "asserted"),
    E("Der chinesische Außenminister besuchte am Montag den Iran.", "CONSULT", "CHN", "IRN", "asserted"),
    # city adjectives, roles, former office holders
    E("Der Wiener Bürgermeister traf am Montag den Budapester Bürgermeister.", "CONSULT", "AUT", "HUN", "asserted"),
    E("Der Wiener Bürgermeister traf am Montag den Bürgermeister von Budapest.", "CONSULT", "AUT", "HUN", "asserted"),
    E("Die Moskauer Führung wies die Vorwürfe Londons zurück.", "REJECT", "RUS", "GBR", "asserted"),
    E("Ein Pekinger Gericht verurteilte den kanadischen Geschäftsmann zu elf Jahren Haft.", "SANCTION", "CHN", "CAN", "asserted"),
    E("Ein Athener Gericht verurteilte den türkischen Journalisten zu zwei Jahren Haft.", "SANCTION", "GRC", "TUR", "asserted"),
    E("Die Madrider Regierung kritisierte die katalanische Regionalregierung.", "ACCUSE", "ESP", "ESP", "asserted"),
    E("Die Kiewer Regierung warf Moskau die Verletzung der Waffenruhe vor.", "ACCUSE", "UKR", "RUS", "asserted"),
    E("Der iranische Geistliche verurteilte die Vereinigten Staaten.", "ACCUSE", "IRN", "USA", "asserted"),
    E("Ein ranghoher chinesischer Funktionär traf den US-Botschafter in Peking.", "CONSULT", "CHN", "USA", "asserted"),
    E("Der russische Sondergesandte traf den syrischen Vizeaußenminister in Damaskus.", "CONSULT", "RUS", "SYR", "asserted"),
    E("Die südkoreanische Vizeaußenministerin traf ihren japanischen Amtskollegen.", "CONSULT", "KOR", "JPN", "asserted"),
    E("Das österreichische Innenressort wies die Kritik der EU-Kommission zurück.", "REJECT", "AUT", "EUR", "asserted"),
    E("Der russische Ex-Außenminister kritisierte die Regierung in Kiew.", "ACCUSE", "RUS", "UKR", "asserted"),
    E("Der US-Präsident traf die deutsche Kanzlerin am Brandenburger Tor.", "CONSULT", "USA", "DEU", "asserted"),
    E("Der französische Präsident traf nach der Wahl den deutschen Kanzler.", "CONSULT", "FRA", "DEU", "asserted"),
    E("Russland hat eine Hyperschallrakete getestet.", "MOBILIZE", "RUS", "", "asserted"),
]

NEGATIVE = [
    # sports: treffen, schießen, Angriff, schlagen
    E("Bayern traf zweimal gegen Dortmund."),
    E("Der Stürmer traf in der zweiten Halbzeit zum 2:1."),
    E("Der Stürmer schoss zwei Tore für Rapid Wien."),
    E("Die österreichische Nationalmannschaft trifft im Testspiel auf Schottland."),
    E("Der Angriff der Salzburger blieb in der ersten Halbzeit harmlos."),
    E("Deutschland schlug Frankreich im Finale mit 3:1."),
    E("Die Mannschaft aus Graz besiegte den Meister aus Salzburg deutlich."),
    E("Der Trainer kritisierte die Leistung seiner Spieler."),
    # economy: verlieren, treffen, Sanktionen treffen, liefern
    E("Die Aktie der Deutschen Bank verlor am Montag drei Prozent."),
    E("Die Sanktionen treffen die russische Wirtschaft hart."),
    E("Die Sanktionen gegen Russland treffen auch österreichische Unternehmen."),
    E("Die Maßnahmen treffen vor allem kleine Betriebe."),
    E("Die Regierung will rasch Maßnahmen gegen die Teuerung treffen."),
    E("Die österreichische Regierung traf am Montag eine wichtige Entscheidung."),
    E("Das Unternehmen liefert Autoteile nach China."),
    E("Die Inflation in Österreich stieg im Februar auf 2,1 Prozent."),
    E("Der Dax schloss am Freitag mit einem Minus."),
    E("Die Zentralbank senkte den Leitzins um einen halben Prozentpunkt."),
    E("Der Absturz der Aktie traf die Anleger hart."),
    E("Die Firma kündigte den Abbau von 500 Stellen an."),
    E("Die Preise für Strom und Gas steigen weiter."),
    # everyday: Besuch, Treffen, Museum
    E("Der Besuch im Museum war für die Schüler ein Erlebnis."),
    E("Viele Menschen besuchten am Wochenende den Weihnachtsmarkt in Wien."),
    E("Das Treffen der Absolventen fand in Graz statt."),
    E("Der Bundespräsident besuchte am Montag eine Schule in Linz."),
    E("Der österreichische Bundespräsident besuchte am Montag eine Schule in Linz."),
    E("Der Sänger sagte sein Konzert in Graz ab."),
    E("Das Museum zeigt eine Ausstellung über den Krieg in Syrien."),
    E("Der Roman handelt von einem Attentat auf den Zaren."),
    E("Der Kommissar ermittelt in seinem letzten Fall in Wien."),
    E("Die Polizei warnt vor Glatteis auf den Straßen in Tirol."),
    E("Die österreichische Polizei warnte vor Betrügern am Telefon."),
    # statements without cooperative or conflictual content
    E("Der Präsident sagte, die Lage sei angespannt."),
    E("Die Wahl in Deutschland findet im September statt."),
    E("Der österreichische Kanzler hält am Freitag eine Rede zur Lage der Nation."),
    E("Die Regierung in Wien präsentierte ihren Plan für die Energiewende."),
    E("Das Parlament in Wien debattierte am Mittwoch über das Budget."),
    E("Der Präsident Frankreichs sagte, die Gespräche seien schwierig."),
    # penalties that loom, not threats
    E("Ihm drohen zehn Jahre Haft."),
    E("Der russische Oppositionelle wurde angeklagt. Ihm drohen bis zu zehn Jahre Haft."),
    E("Dem ehemaligen Minister droht eine lange Haftstrafe."),
    # vague or uncoded actors
    E("Kritiker warfen der Regierung Untätigkeit vor."),
    E("Die internationale Gemeinschaft verurteilte den Putsch."),
    E("Experten warnen vor einer Rezession in Deutschland."),
    E("Unbekannte haben in der Nacht ein Auto angezündet."),
    E("Menschenrechtler kritisierten die Haftbedingungen."),
    E("Beobachter sprachen von einem historischen Tag."),
    # --- round 3: idioms and false friends (no event)
    E("Der griechischen Regierung droht die Pleite."),
    E("Griechenland droht die Staatspleite."),
    E("Dem Konzern droht die Insolvenz."),
    E("Die Gespräche zwischen Serbien und dem Kosovo drohen zu scheitern."),
    E("Die Koalition in Wien droht zu zerbrechen."),
    E("Dem ehemaligen Präsidenten droht eine Haftstrafe."),
    E("Der Ukraine droht ein harter Winter."),
    E("Den Bauern in Österreich droht eine schwere Dürre."),
    E("Die Terrorwelle in Paris hat 129 Tote gefordert."),
    E("Das Erdbeben in der Türkei forderte mehr als tausend Menschenleben."),
    E("Der Anschlag in Kabul forderte zahlreiche Todesopfer."),
    E("Die Kämpfe in Syrien forderten Tausende Tote."),
    E("Nun sei die Europäische Union gefordert, sagte der Kanzler."),
    E("Hier ist die deutsche Bundesregierung gefordert."),
    E("Die österreichische Regierung hat eine Entscheidung getroffen."),
    E("Die Regierung Frankreichs hat Vorkehrungen getroffen."),
    E("Die Regierung in Wien traf umfangreiche Maßnahmen gegen die Pandemie."),
    E("Die Sanktionen treffen die russische Wirtschaft hart."),
    E("Eine Rakete traf ein Wohnhaus in Kiew."),
    E("Der deutsche Nationalspieler traf zweimal gegen Frankreich."),
    E("Die Regierung Italiens verspricht sich von der Reform mehr Wachstum."),
    E("Die Wirtschaft verspricht sich von dem Abkommen mit Kanada neue Märkte."),
    E("Der österreichische Außenminister warb um Verständnis."),
    E("Die Firma wirbt für ihre neuen Produkte."),
    E("Die Polizei feuerte Warnschüsse ab."),
    E("Die Zeitung zitierte den russischen Botschafter mit den Worten, Russland wolle Frieden."),
    E("Der Bericht zitiert den französischen Präsidenten ausführlich."),
    E("Der russische Außenminister verwies auf das Völkerrecht."),
    E("Der Minister verwies auf die schwierige Lage im Land."),
    E("Nordkorea schloss einen Angriff auf Südkorea nicht aus."),
    E("Der US-Präsident schloss einen Militärschlag gegen den Iran nicht aus."),
    E("Viele Schüler besuchten im vergangenen Jahr den Unterricht in Wien."),
    E("Der österreichische Bundespräsident besuchte am Montag ein Krankenhaus in Graz."),
    E("Tausende Touristen besuchten am Wochenende Salzburg."),
    E("Die Regierung setzte eine Expertenkommission ein."),
    E("Die Bank unterstützt Unternehmen mit günstigen Krediten."),
    E("Die Feuerwehr setzte Wasserwerfer gegen den Brand ein."),
    E("Der Papst sprach von einem Tag der Trauer."),
    E("Die Regierung in Berlin sprach sich für strengere Regeln aus."),
    E("Der Kanzler sprach sich gegen neue Schulden aus."),
    E("Die Aktie des Konzerns drohte am Montag einzubrechen."),
    E("Die Regierung in Wien hat Vorkehrungen gegen einen Blackout getroffen."),
    E("China startete am Donnerstag eine Rakete mit drei Astronauten an Bord."),
    E("Der Minister verwies darauf, dass das Land sicher sei."),
    E("Ein ägyptischer Prediger rief zum Kampf gegen Israel auf."),
]
# fmt: on



@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), POSITIVE)
def test_sentence_codes_expected_event(text: str, event: str, actor: str, recipient: str, status: str) -> None:
    evs = code(text, pub_date="2021-03-17", lang="de")
    assert any(_match(e, event, _codes(actor), _codes(recipient), status) for e in evs), (
        f"expected {event} {actor}->{recipient} {status}; got {_describe(evs)}")


@pytest.mark.parametrize("text", NEGATIVE)
def test_sentence_codes_no_event(text: str) -> None:
    evs = code(text, pub_date="2021-03-17", lang="de")
    assert not evs, f"expected no event; got {_describe(evs)}"


def test_tables_are_large_enough() -> None:
    assert len(POSITIVE) >= 150
    assert len(NEGATIVE) >= 40
    types = {p.values[1] for p in POSITIVE}
    assert len(types) == 16
