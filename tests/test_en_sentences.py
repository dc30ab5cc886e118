# ruff: noqa: E501
"""English news sentences written for these tests (none copied from any gold file or article).

Each row: text, expected type, actor codes, recipient codes ("+"-joined, "" for none), status. For the
symmetric types (CONSULT, AGREE, COOPERATE) the parties may be listed on either side: the union of actor
and recipient codes must match. The second table lists sentences that must give no event at all: words
that look like triggers in sports, economy, weather and everyday reports, vague actors, and refusals
that are not refusals ('did not rule out').

A row marked ``xfail(strict=True)`` documents a gap in the engine (not in the data): the reason says
what came out and what should.
"""

from __future__ import annotations

import pytest

from sentence_tables import assert_codes, assert_no_event, engine

E = pytest.param

# fmt: off
POSITIVE = [
    E("Israel and the United Arab Emirates agreed on Monday to open embassies in each other's capitals.", "AGREE", "ISR+ARE", "", "asserted"),
    E("Russia offered Ukraine a new gas transit deal.", "AGREE", "RUS", "UKR", "asserted"),
    E("The Japanese government pledged support to the Philippines after the typhoon.", "AGREE", "JPN", "PHL", "asserted"),
    E("Colombia and Venezuela reached an agreement on reopening their border.", "AGREE", "COL+VEN", "", "asserted"),
    E("Iran accepted a proposal from the European Union to revive the talks.", "AGREE", "IRN", "EUR", "asserted"),
    E("China invited the Pakistani prime minister to Beijing.", "AGREE", "CHN", "PAK", "asserted"),
    E("Serbia and Kosovo reached a consensus on car licence plates.", "AGREE", "SRB+XKX", "", "asserted"),
    E("The Greek government promised Turkey closer cooperation on migration.", "AGREE", "GRC", "TUR", "asserted"),
    E("The Indian foreign minister met his Chinese counterpart in Moscow on Thursday.", "CONSULT", "IND", "CHN", "asserted"),
    E("The French president visited Lebanon on Tuesday.", "CONSULT", "FRA", "LBN", "asserted"),
    E("Egypt hosted talks between Israel and Hamas.", "CONSULT", "ISR+PSE", "EGY", "asserted"),
    E("The German chancellor spoke by phone with the Russian president.", "CONSULT", "DEU", "RUS", "asserted"),
    E("Ethiopia and Sudan held talks on the disputed border region.", "CONSULT", "ETH+SDN", "", "asserted"),
    E("The Turkish foreign minister will travel to Athens next week.", "CONSULT", "TUR", "GRC", "future"),
    E("The Qatari emir received the Iranian foreign minister in Doha.", "CONSULT", "IRN", "QAT", "asserted"),
    E("The British prime minister telephoned the Irish prime minister on Sunday.", "CONSULT", "GBR", "IRL", "asserted"),
    E("Armenian and Azerbaijani negotiators met in Geneva.", "CONSULT", "ARM+AZE", "", "asserted"),
    E("The Saudi crown prince arrived in Cairo for a two-day visit.", "CONSULT", "SAU", "EGY", "asserted"),
    E("The United States praised Bahrain for normalising relations with Israel.", "SUPPORT", "USA", "BHR", "asserted"),
    E("Morocco and Israel restored diplomatic ties on Thursday.", "SUPPORT", "MAR+ISR", "", "asserted"),
    E("The Kenyan president congratulated the new Tanzanian president.", "SUPPORT", "KEN", "TZA", "asserted"),
    E("Poland welcomed the decision of the European Commission.", "SUPPORT", "POL", "EUR", "asserted"),
    E("Canada expressed solidarity with Ukraine.", "SUPPORT", "CAN", "UKR", "asserted"),
    E("Brazil and Argentina signed a trade agreement on Friday.", "SUPPORT", "BRA+ARG", "", "asserted"),
    E("Japan apologised to South Korea for the wartime abuses.", "CONCEDE", "JPN", "KOR", "asserted"),
    E("The United States eased sanctions on Venezuela.", "CONCEDE", "USA", "VEN", "asserted"),
    E("The Jordanian king pardoned twenty protesters on Sunday.", "CONCEDE", "JOR", "JOR", "asserted"),
    E("China lifted its ban on Australian beef.", "CONCEDE", "CHN", "AUS", "asserted"),
    E("The Lebanese government accepted the demands of the protesters.", "CONCEDE", "LBN", "LBN", "asserted"),
    E("The Nigerian teachers union called off the strike.", "CONCEDE", "NGA", "", "asserted"),
    E("Spain extradited the suspect to Germany.", "COOPERATE", "ESP", "DEU", "asserted"),
    E("The Indian navy held a joint exercise with the French navy.", "COOPERATE", "IND", "FRA", "asserted"),
    E("Jordan shares intelligence with Israel.", "COOPERATE", "JOR", "ISR", "asserted"),
    E("Chile cooperates closely with Peru on fisheries.", "COOPERATE", "CHL", "PER", "asserted"),
    E("Germany sent medical supplies to Italy.", "AID", "DEU", "ITA", "asserted"),
    E("The World Bank provided loans to Ghana.", "AID", "IGO", "GHA", "asserted"),
    E("Sweden granted asylum to a Belarusian activist.", "AID", "SWE", "BLR", "asserted"),
    E("Norway donated two million dollars to Yemen.", "AID", "NOR", "YEM", "asserted"),
    E("Turkish doctors handed over medicine to the Syrian Red Crescent.", "AID", "TUR", "SYR", "asserted", marks=engine("got no event; a nationality before an organisation ('the Syrian Red Crescent') should give the organisation with that country: expected AID TUR->SYR (without 'Syrian' the sentence codes)")),
    E("Iran freed a French prisoner on Friday.", "RETREAT", "IRN", "FRA", "asserted"),
    E("Russia pulled out its troops from the border region.", "RETREAT", "RUS", "", "asserted"),
    E("The Peruvian prime minister stepped down on Monday.", "RETREAT", "PER", "", "asserted"),
    E("Israel withdrew its forces from southern Lebanon.", "RETREAT", "ISR", "LBN", "asserted", marks=engine("got RETREAT ISR->[]; a compass adjective between the preposition and the country ('from southern Lebanon') hides the preposition, 'from Lebanon' gives ISR->LBN")),
    E("The Taliban freed ten Afghan soldiers.", "RETREAT", "AFG", "AFG", "asserted"),
    E("Houthi rebels declared a ceasefire in Yemen.", "RETREAT", "YEM", "", "asserted"),
    E("The European Union urged Belarus to release political prisoners.", "REQUEST", "EUR", "BLR", "asserted"),
    E("The Ukrainian president called on NATO to speed up membership talks.", "REQUEST", "UKR", "IGO", "asserted"),
    E("China demanded an apology from Japan.", "REQUEST", "CHN", "JPN", "asserted"),
    E("The Afghan government appealed to the United Nations for help.", "REQUEST", "AFG", "UNO", "asserted"),
    E("Mexico asked the United States for more vaccines.", "REQUEST", "MEX", "USA", "asserted"),
    E("Hungarian opposition parties demanded the resignation of the Hungarian government.", "REQUEST", "HUN", "HUN", "asserted"),
    E("Israel accused Iran of attacking a cargo ship.", "ACCUSE", "ISR", "IRN", "asserted"),
    E("Germany condemned the arrest of a Russian opposition leader.", "ACCUSE", "DEU", "RUS", "asserted"),
    E("France summoned the Turkish ambassador over the remarks.", "ACCUSE", "FRA", "TUR", "asserted"),
    E("South Korean prosecutors indicted a former minister.", "ACCUSE", "KOR", "KOR", "asserted"),
    E("Ghanaian police launched an investigation into the ruling party.", "ACCUSE", "GHA", "GHA", "asserted"),
    E("Pakistan criticised India for the new visa rules.", "ACCUSE", "PAK", "IND", "asserted"),
    E("The Malaysian foreign ministry lashed out at China over the incursion.", "ACCUSE", "MYS", "CHN", "asserted"),
    E("Pakistan rejected India's offer of talks.", "REJECT", "PAK", "IND", "asserted"),
    E("Pakistan turned down the Indian offer.", "REJECT", "PAK", "IND", "asserted"),
    E("Russia vetoed a Security Council resolution.", "REJECT", "RUS", "UNO", "asserted"),
    E("Egypt refused to open the border crossing.", "REJECT", "EGY", "", "asserted"),
    E("Hungary blocked the European Union's statement on China.", "REJECT", "HUN", "EUR", "asserted"),
    E("The Palestinian delegation walked out of the talks with Israel.", "REJECT", "PSE", "ISR", "asserted"),
    E("Turkey cancelled a visit by the Dutch foreign minister.", "REJECT", "TUR", "NLD", "asserted"),
    E("North Korea threatened South Korea with military action.", "THREATEN", "PRK", "KOR", "asserted"),
    E("Iran threatened further action against Israel.", "THREATEN", "IRN", "ISR", "asserted"),
    E("The Chinese military warned Taiwan against provocations.", "THREATEN", "CHN", "TWN", "asserted"),
    E("Houthi rebels vowed to fight the Saudi coalition.", "THREATEN", "YEM", "SAU", "asserted"),
    E("The United States issued an ultimatum to Iraq.", "THREATEN", "USA", "IRQ", "asserted"),
    E("Thousands of Thai protesters marched on the parliament in Bangkok.", "PROTEST", "THA", "THA", "asserted"),
    E("Belarusian workers went on strike on Monday.", "PROTEST", "BLR", "BLR", "asserted"),
    E("Georgian opposition supporters rallied against the government in Tbilisi.", "PROTEST", "GEO", "GEO", "asserted"),
    E("Chilean students demonstrated against the education reform.", "PROTEST", "CHL", "CHL", "asserted"),
    E("French farmers blocked roads near Paris.", "PROTEST", "FRA", "FRA", "asserted"),
    E("Iraqi protesters took to the streets on Friday.", "PROTEST", "IRQ", "IRQ", "asserted"),
    E("The European Union imposed sanctions on Belarusian officials.", "SANCTION", "EUR", "BLR", "asserted"),
    E("Lithuania expelled two Russian diplomats.", "SANCTION", "LTU", "RUS", "asserted"),
    E("Saudi Arabia severed ties with Qatar.", "SANCTION", "SAU", "QAT", "asserted"),
    E("A Moscow court sentenced Russian opposition leader Alexei Navalny to three years in prison.", "SANCTION", "RUS", "RUS", "asserted"),
    E("The United States suspended military aid to Ethiopia.", "SANCTION", "USA", "ETH", "asserted"),
    E("China slapped tariffs on Australian wine.", "SANCTION", "CHN", "AUS", "asserted"),
    E("India deployed troops to the border with China.", "MOBILIZE", "IND", "CHN", "asserted", marks=engine("got MOBILIZE IND->[]; 'the border with X' names the recipient of a deployment: expected IND->CHN")),
    E("Russia moved tanks to the Ukrainian border.", "MOBILIZE", "RUS", "UKR", "asserted"),
    E("Azerbaijan mobilized reservists on Sunday.", "MOBILIZE", "AZE", "", "asserted"),
    E("North Korea conducted a missile test on Thursday.", "MOBILIZE", "PRK", "", "asserted"),
    E("Israel strengthened its forces along the Lebanese border.", "MOBILIZE", "ISR", "LBN", "asserted", marks=engine("got MOBILIZE ISR->[]; after the actor's own forces are dropped as recipient, 'along the Lebanese border' (nationality + border) should be tried: expected ISR->LBN")),
    E("Egyptian police arrested a French journalist in Cairo.", "COERCE", "EGY", "FRA", "asserted"),
    E("Turkish police detained two German journalists.", "COERCE", "TUR", "DEU", "asserted"),
    E("The Myanmar military imposed a curfew in Yangon.", "COERCE", "MMR", "MMR", "asserted"),
    E("The Nigerian government banned Twitter.", "COERCE", "NGA", "NGA", "asserted"),
    E("Hong Kong police raided the offices of a pro-democracy newspaper.", "COERCE", "HKG", "HKG", "asserted"),
    E("Algerian police cracked down on protesters in Algiers.", "COERCE", "DZA", "DZA", "asserted"),
    E("The Belarusian authorities deported a Polish diplomat.", "COERCE", "BLR", "POL", "asserted"),
    E("Israeli warplanes struck targets in Gaza.", "ASSAULT", "ISR", "PSE", "asserted"),
    E("Boko Haram fighters killed five Nigerian soldiers.", "ASSAULT", "NGA", "NGA", "asserted"),
    E("Russian forces shelled the Ukrainian town.", "ASSAULT", "RUS", "UKR", "asserted"),
    E("The Israeli army demolished Palestinian homes in Hebron.", "ASSAULT", "ISR", "PSE", "asserted"),
    E("Syrian troops captured the town of Saraqeb.", "ASSAULT", "SYR", "", "asserted"),
    E("Turkish drones attacked Kurdish militants in northern Iraq.", "ASSAULT", "TUR", "IRQ", "asserted"),
    E("Indian and Chinese soldiers clashed in the Himalayas.", "ASSAULT", "IND+CHN", "", "asserted", marks=engine("got no event; coordinated nationality adjectives before one role ('Indian and Chinese soldiers') should give joint parties IND+CHN")),
    E("Somali militants kidnapped a Kenyan aid worker.", "ASSAULT", "SOM", "KEN", "asserted"),
    # round 3: historical bodies, residence adjectives on ethnic groups, aid and sanction verbs, appositions
    E("The European Community gave Tanzania ten million dollars of aid.", "AID", "EUR", "TZA", "asserted"),
    E("Bosnian Serb forces attacked Croatian positions near the border.", "ASSAULT", "BIH", "HRV", "asserted"),
    E("Bosnian Serbs released forty prisoners on Sunday.", "RETREAT", "BIH", "", "asserted"),
    E("The Serbian government reduced food supplies to Kosovo.", "SANCTION", "SRB", "XKX", "asserted"),
    E("The United States ended military aid to Pakistan.", "SANCTION", "USA", "PAK", "asserted"),
    E("Kenya shortened the nightly curfew on Monday.", "CONCEDE", "KEN", "", "asserted"),
    E("Turkish hackers defaced hundreds of Greek websites.", "COERCE", "TUR", "GRC", "asserted"),
    E("Canada denied entry to two Russian officials.", "SANCTION", "CAN", "RUS", "asserted"),
    E("Washington prohibited aid to the Nicaraguan rebels.", "SANCTION", "USA", "NIC", "asserted"),
    E("The Palestine Liberation Organization rejected the plan.", "REJECT", "PSE", "", "asserted"),
    E("The Burmese army forced out thousands of Rohingya villagers.", "COERCE", "MMR", "MMR", "asserted"),
    E("The Tamil Tigers declared a ceasefire on Friday.", "RETREAT", "LKA", "", "asserted"),
    E("Fatah supporters rallied in Ramallah against Hamas.", "PROTEST", "PSE", "PSE", "asserted"),
    # round 3: 'of' phrases (owners, partitives, offices of a country), objects of pledges and refusals
    E("Japan, a close ally of Washington, has refused to send troops to Iraq.", "REJECT", "JPN", "IRQ", "asserted"),
    E("Putin offered to negotiate with the president of Armenia.", "AGREE", "RUS", "ARM", "asserted"),
    E("The king of Jordan visited Washington on Monday.", "CONSULT", "JOR", "USA", "asserted"),
    E("The head of the IAEA visited Tehran on Monday.", "CONSULT", "UNO", "IRN", "asserted"),
    E("Iran demanded the withdrawal of American troops from the region.", "REQUEST", "IRN", "USA", "asserted"),
    E("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.", "PROTEST", "IRQ", "IRQ", "asserted"),
    E("Norway is willing to send soldiers to defend Lithuania.", "AGREE", "NOR", "LTU", "asserted"),
    E("South Korea rejected North Korea's demand for talks.", "REJECT", "KOR", "PRK", "asserted"),
    E("A group of Moroccan diplomats met the Spanish foreign minister.", "CONSULT", "MAR", "ESP", "asserted"),
    E("Brazil criticized the policy of the United States on Cuba.", "ACCUSE", "BRA", "USA", "asserted"),
    # round 3: pronoun subjects of reported speech, appositions, mobilizing against an enemy, refuge
    E("Ghana announced that it will withdraw its soldiers from Mali.", "RETREAT", "GHA", "MLI", "future"),
    E("The Ethiopian government said on Monday that it had released forty journalists.", "RETREAT", "ETH", "ETH", "asserted"),
    E("The Venezuelan opposition said that they would boycott the elections.", "PROTEST", "VEN", "VEN", "asserted"),
    E("Hungary, a member of the European Union, has refused to accept refugees.", "REJECT", "HUN", "", "asserted"),
    E("Britain mobilized reservists against Iraq.", "MOBILIZE", "GBR", "IRQ", "asserted"),
    E("Thousands of Syrians sought refuge in Turkey last year.", "REQUEST", "SYR", "TUR", "historical"),
    # round 3: "'s" genitives of names ending in -s and of short organisation names
    E("Germany rejected recent calls by Belarus's rulers for economic aid.", "REJECT", "DEU", "BLR", "asserted"),
    E("NATO's secretary general visited Kyiv on Tuesday.", "CONSULT", "IGO", "UKR", "asserted"),
    # round 3: forces led by a country
    E("The Saudi-led coalition bombed Houthi positions in Sanaa.", "ASSAULT", "SAU", "YEM", "asserted"),
    E("Vietnamese-led forces shelled Cambodian villages.", "ASSAULT", "VNM", "KHM", "asserted"),
    # round 3: what another party must do, reported, is a demand of the speaker
    E("The British foreign secretary said on Friday that Sudan must reach an agreement with the rebels.", "REQUEST", "GBR", "SDN", "asserted"),
    E("Russia said that Georgia must withdraw its troops from the border.", "REQUEST", "RUS", "GEO", "asserted"),
    # round 3: 'to' before a determiner is a preposition; modifiers after a determiner stay in the phrase
    E("The European Union cut aid to the new Malian government.", "SANCTION", "EUR", "MLI", "asserted"),
    E("The United States reduced food supplies to the biggest Somali refugee camp.", "SANCTION", "USA", "SOM", "asserted"),
    E("Russia promised to send weapons to Syria.", "AGREE", "RUS", "SYR", "asserted"),
    # round 3: stone-throwing, inspectors sent, hearings, protests staged, roads and bridges blocked
    E("Palestinian youths threw stones at Israeli soldiers in Hebron.", "PROTEST", "PSE", "ISR", "asserted"),
    E("The IAEA dispatched inspectors to Iran on Monday.", "ACCUSE", "UNO", "IRN", "asserted"),
    E("The Israeli supreme court opened a hearing into demolitions by the Israeli army.", "ACCUSE", "ISR", "ISR", "asserted"),
    E("Thousands of students throughout Indonesia staged demonstrations on Saturday.", "PROTEST", "IDN", "IDN", "asserted"),
    E("Kenyan opposition supporters held rallies in Nairobi against the election result.", "PROTEST", "KEN", "KEN", "asserted"),
    E("French farmers blocked the bridge to Germany for three hours.", "PROTEST", "FRA", "DEU", "asserted"),
    # round 3: act nouns announced or carried out, more reporting verbs
    E("Italy announced a suspension of flights to Libya on Wednesday.", "SANCTION", "ITA", "LBY", "asserted"),
    E("Ethiopian forces completed their withdrawal from Somalia on Tuesday.", "RETREAT", "ETH", "SOM", "asserted"),
    E("A senior Chinese diplomat reiterated that Japan must apologize for the war.", "REQUEST", "CHN", "JPN", "asserted"),
    # round 3: a nationality on an act noun names its doer ('Palestinian riots', 'Israeli airstrikes killed')
    E("Palestinian riots against Israeli military policies continued on Monday.", "PROTEST", "PSE", "ISR", "asserted"),
    E("Israeli airstrikes killed ten people in Gaza on Sunday.", "ASSAULT", "ISR", "PSE", "asserted"),
    # round 3: access for observers and inspectors; a country name before a verb stays the subject
    E("The Kyrgyz prime minister received a mission of observers from the OSCE.", "RETREAT", "KGZ", "IGO", "asserted"),
    E("Myanmar refused to admit UN investigators.", "REJECT", "MMR", "UNO", "asserted"),
    # round 4: former names of states in wire archives
    E("Kampuchean guerrillas attacked a Thai border village.", "ASSAULT", "KHM", "THA", "asserted"),
    E("The government of Zaire expelled the Belgian ambassador.", "SANCTION", "COD", "BEL", "asserted"),
    E("Israel imposed new restrictions in the West Bank on Friday.", "COERCE", "ISR", "PSE", "asserted"),
    # round 4: eased measures and forces on alert aim at the place they happen in (own forces at home at nobody)
    E("The Turkish government lifted the curfew in Diyarbakir on Monday.", "CONCEDE", "TUR", "TUR", "asserted"),
    E("Russian troops remained on alert in Belarus on Sunday.", "MOBILIZE", "RUS", "BLR", "asserted"),
    E("Serbian troops remained on alert in Serbia.", "MOBILIZE", "SRB", "", "asserted"),
    # round 4: lifting a military blockade is material de-escalation; war games are joint exercises
    E("Egypt lifted its blockade of the Libyan port on Sunday.", "RETREAT", "EGY", "LBY", "asserted"),
    E("The United States held war games with South Korea.", "COOPERATE", "USA", "KOR", "asserted"),
    # round 4: an ethnic minority is coded by the country it lives in (without 'ethnic': by its own)
    E("Thousands of ethnic Hungarians demonstrated in Romania on Sunday.", "PROTEST", "ROU", "ROU", "asserted"),
    E("Kyrgyz police arrested ten ethnic Uzbeks in Osh.", "COERCE", "KGZ", "KGZ", "asserted"),
    E("Hungarians demonstrated in Romania on Sunday.", "PROTEST", "HUN", "ROU", "asserted"),
    # round 4: 'that' before an auxiliary opens a relative clause, not reported content
    E("Iran said that Britain must return the tanker that was seized in Gibraltar.", "REQUEST", "IRN", "GBR", "asserted"),
    # round 4: a bombing or landmine without a named attacker: an unidentified armed force of the place's country
    E("A roadside bomb near Kandahar killed one British soldier and wounded two others.", "ASSAULT", "AFG", "GBR", "asserted"),
    E("Three police officers were killed by a landmine in southern Colombia.", "ASSAULT", "COL", "COL", "asserted"),
    # round 4: a clause that opens with the verb of its act noun goes on with the subject before the apposition
    E("Omar Khalil, Egypt's best-known blogger, began a hunger strike in Cairo on Monday.", "PROTEST", "EGY", "EGY", "asserted"),
    E("A member of the Kenyan parliament, John Mwangi, began a hunger strike on Monday.", "PROTEST", "KEN", "KEN", "asserted"),
    # round 4: demands are met (a concession) or not (a refusal); a deadline is no meeting
    E("Israel will not meet the demands of Hamas.", "REJECT", "ISR", "PSE", "asserted"),
    E("The Lebanese government met the demands of the protesters.", "CONCEDE", "LBN", "LBN", "asserted"),
    # round 4: rebels attacking in their own country with no target named attack its state
    E("Colombian rebels attacked a police station in Bogota.", "ASSAULT", "COL", "COL", "asserted"),
    # round 4: the owner of the content clause's subject is whom an accusation is about
    E("Sweden denounced as illegal Russia's annexation of Crimea.", "ACCUSE", "SWE", "RUS", "asserted"),
    # round 4: regions of wire news (Casamance, Sindh)
    E("Rebels in Casamance attacked a Senegalese army post.", "ASSAULT", "SEN", "SEN", "asserted"),
    E("The government of Sindh province ordered troops to the border.", "MOBILIZE", "PAK", "", "asserted"),
    # round 4: ordering or pressuring somebody to do something is a demand; tanks ordered from a supplier are not
    E("A Kenyan judge ordered the former finance minister to appear in court.", "REQUEST", "KEN", "KEN", "asserted"),
    E("The Sudanese government pressured the rebels to sign the agreement.", "REQUEST", "SDN", "SDN", "asserted"),
    # round 4: ethnic cleansing is an assault, people held as human shields are coerced
    E("Serbian forces carried out ethnic cleansing in Kosovo.", "ASSAULT", "SRB", "XKX", "asserted"),
    E("North Korea test-fired two ballistic missiles on Thursday.", "MOBILIZE", "PRK", "", "asserted"),
    E("Syrian troops used villagers as human shields in Idlib.", "COERCE", "SYR", "SYR", "asserted"),
    # round 4: people acting in a named place are of that place; a 'between' far behind the verb is another noun's
    E("Thousands of people blocked the main roads in Nairobi on Tuesday.", "PROTEST", "KEN", "KEN", "asserted"),
    E("Hundreds of workers demonstrated in La Paz against the new tax.", "PROTEST", "BOL", "BOL", "asserted"),
    E("The Egyptian president hosted the Jordanian king in Cairo for talks on closer ties between the two countries.", "CONSULT", "JOR", "EGY", "asserted"),
]

NEGATIVE = [
    E("The president said the situation was tense."),
    E("Manchester United beat Chelsea 2-1 on Saturday."),
    E("The striker scored twice in the second half."),
    E("Oil prices rose sharply on Monday."),
    E("The French economy grew by two percent last year."),
    E("The Indian cricket team won the series against Australia."),
    E("Critics accused the government of inaction."),
    E("The international community condemned the coup."),
    E("Experts warned of a recession in Europe."),
    E("Unknown attackers set fire to a car overnight."),
    E("The minister will give a speech on the economy on Friday."),
    E("Elections in Germany take place in September."),
    E("The weather forecast warned of heavy rain in Spain."),
    E("Shares in the company fell after the announcement."),
    E("The film won the main prize at the festival."),
    E("He has been married for twenty years."),
    E("The meeting room was painted blue."),
    E("Analysts expect the central bank to cut interest rates."),
    E("The German chancellor did not rule out new elections."),
    E("The museum reopened its doors to visitors."),
    E("Tennis star Novak Djokovic won the Australian Open."),
    E("The team's coach resigned after the defeat."),
    E("Apple released a new phone in September."),
    E("The Chinese New Year celebrations began on Friday."),
    E("Scientists discovered a new species of frog in Brazil."),
    E("The storm killed three people in Florida."),
    E("The season ended with a win for the home team."),
    E("The central bank reduced interest rates again."),
    E("Floods forced out thousands of residents in the south."),
    E("The new plan reduced waiting times at hospitals."),
    E("Thousands of fans celebrated in the streets of Madrid."),
    E("The company said that it would cut jobs."),
    E("The teachers union called off the strike on Thursday."),
    E("A roadside bomb killed one British soldier and wounded two others."),
    E("Two miners were killed in a mine collapse in Chile."),
    E("Two workers were killed in an explosion at a chemical plant in Germany."),
    E("A bomb killed a soldier from Texas."),
    E("Greece failed to meet the deadline set by the European Union."),
    E("The Polish government ordered 250 tanks from the United States."),
    E("The police used shields to protect themselves."),
    E("Iranian-backed militias attacked a convoy near the border."),
    E("The ruling coalition collapsed on Monday."),
    E("Japan must do more to protect its fishermen, the prime minister said."),
    E("The bowler threw the ball at the stumps."),
    E("The court held a hearing on the custody case."),
    E("The team held a rally to celebrate the title."),
    E("The report concluded that the economy must grow faster."),
    E("The German football team beat Brazil."),
    E("American investment in China grew."),
    E("The museum received thousands of visitors."),
    E("The players played video games about the war."),
]
# fmt: on



@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), POSITIVE)
def test_sentence_codes_expected_event(text: str, event: str, actor: str, recipient: str, status: str) -> None:
    assert_codes(text, "en", event, actor, recipient, status)


@pytest.mark.parametrize("text", NEGATIVE)
def test_sentence_codes_no_event(text: str) -> None:
    assert_no_event(text, "en")


def test_tables_are_large_enough() -> None:
    assert len(POSITIVE) >= 80
    assert len(NEGATIVE) >= 20
    types = {p.values[1] for p in POSITIVE}
    assert len(types) == 16
