"""Engine rules of one sentence, as tables of German sentences written for these tests (none from a gold
file): what each rule must code, and what it must leave alone."""

from __future__ import annotations

import pytest

from chronik.api import code
from sentence_tables import assert_codes, assert_no_event

# condemning a hostile act accuses its doer when the text names it (adjective, abbreviation prefix, durch,
# the genitive of an attack), else nobody coded; the victim inside the act's phrase is not the accused
CONDEMNED = [
    ("Der UN-Generalsekretär verurteilte den Anschlag auf eine Schule in Kabul scharf.", "UNO", ""),
    ("Frankreich verurteilte die russischen Luftangriffe auf Wohngebiete.", "FRA", "RUS"),
    ("Russland verurteilte die US-Luftangriffe scharf.", "RUS", "USA"),
    ("Peking verurteilte die Beschlagnahme chinesischer Fischerboote durch Japan.", "CHN", "JPN"),
    ("Die polnische Regierung verurteilte die Festnahme des Journalisten durch Belarus scharf.", "POL", "BLR"),
    ("Der UN-Generalsekretär verurteilte die Angriffe der syrischen Armee auf Krankenhäuser.", "UNO", "SYR"),
    ("Der UN-Sondergesandte beklagte, es habe erneut Bombardierungen durch die syrische Armee gegeben.", "UNO", "SYR"),
    ("Die Angriffe auf Zivilisten seien ein Kriegsverbrechen, kritisierte der französische Außenminister.", "FRA", ""),
    ("Der österreichische Außenminister kritisierte das Urteil gegen den türkischen Journalisten.", "AUT", "TUR"),
]

NOT_CODED = [
    "Die EU kritisierte das Wetter in Brüssel.",
    "Für die Anschläge wird die Terrormiliz verantwortlich gemacht.",  # the blamed party is no actor
    "Der österreichische Zoll beschlagnahmte gefälschte Uhren.",
]


# a state body's demand, threat or criticism of a thing, in a sentence naming no other party: no recipient
UNTARGETED = [
    ("Der französische Außenminister kritisierte die Entscheidung scharf.", "ACCUSE"),
    ("Der russische Außenminister forderte Verhandlungen über einen internationalen Pakt.", "REQUEST"),
    ("Der UN-Sondergesandte forderte am Donnerstag in Genf, die Waffenruhe dringend wiederzubeleben.", "REQUEST"),
    ("Der griechische Ministerpräsident verurteilte die Flugblattaktion scharf.", "ACCUSE"),
    ("Belgien klagt einen Mann wegen des vereitelten Paris-Anschlags an.", "ACCUSE"),  # Paris is no party
]


@pytest.mark.parametrize(("text", "event"), UNTARGETED)
def test_an_act_aimed_at_nobody_named_has_no_recipient(text: str, event: str) -> None:
    evs = code(text, lang="de")
    assert [(e.event, [r.code for r in e.recipient]) for e in evs] == [(event, [])]


@pytest.mark.parametrize("text", [
    "Die ukrainische Regierung beklagte, die Hilfe aus dem Westen komme zu spät.",  # a state of affairs
    "US-Außenminister Kerry kritisierte die Entscheidung der Richterin scharf.",  # a party named, not coded
    "Russland wirft sich vor, zu spät gehandelt zu haben.",  # blaming oneself
    "Viele Menschen forderten mehr Geld für Schulen.",  # no state body
])
def test_no_untargeted_act_where_a_target_is_named_or_nobody_acts(text: str) -> None:
    assert not [e for e in code(text, lang="de") if e.event in ("ACCUSE", "REQUEST") and not e.recipient]


@pytest.mark.parametrize(("text", "actor", "recipient"), CONDEMNED)
def test_condemning_an_act_accuses_its_doer(text: str, actor: str, recipient: str) -> None:
    assert_codes(text, "de", "ACCUSE", actor, recipient, "asserted")


@pytest.mark.parametrize("text", NOT_CODED)
def test_no_accusation_without_an_act_or_a_target(text: str) -> None:
    assert_no_event(text, "de")


# names and datelines that look like parties
NAMES = [
    ("Idomeni/Athen – Die mazedonische Polizei setzte Tränengas gegen Flüchtlinge ein.", "ASSAULT", "MKD"),
    ("Graz/Wien – Die Polizei in Mazedonien nahm drei Schlepper fest.", "COERCE", "MKD"),
]


@pytest.mark.parametrize(("text", "event", "actor"), NAMES)
def test_a_double_dateline_is_no_party(text: str, event: str, actor: str) -> None:
    found = [e for e in code(text, lang="de") if e.event == event]
    assert found and {a.code for a in found[0].actor} == {actor}, [(e.event, e.actor) for e in found]


@pytest.mark.parametrize("text", [
    "London – Mit einem Vorsprung im Gepäck ist Paris Saint Germain zum Achtelfinale nach London gereist.",
    "Die Deutsche Telekom kritisierte die Regulierungsbehörde scharf.",
    "Bei der Deutschen Post kam es zu Protesten gegen die Schließung von Filialen.",
])
def test_a_capital_or_nationality_inside_a_company_name_is_no_party(text: str) -> None:
    assert_no_event(text, "de")


def test_one_capitalised_noun_after_a_capital_does_not_make_a_name() -> None:
    assert_codes("Pjöngjang warf Seoul Provokationen vor.", "de", "ACCUSE", "PRK", "KOR", "asserted")


def test_what_a_party_must_still_do_has_not_happened() -> None:
    assert_codes("Das Parlament in Kiew muss dem Abkommen noch zustimmen.", "de", "AGREE", "UKR", "", "future")


def test_what_a_speaker_says_a_party_must_do_is_the_speakers_demand() -> None:
    evs = code("Die Ukraine muss dem Abkommen zustimmen, sagte der russische Außenminister.", lang="de")
    assert [(e.event, {a.code for a in e.actor}, {r.code for r in e.recipient}) for e in evs] == [
        ("REQUEST", {"RUS"}, {"UKR"})]


@pytest.mark.parametrize("text", [
    "Samsung plant, künftig auch kleinere Varianten anzubieten.",
    "Der Österreicher verzichtet auf den Start in Wimbledon.",
    "Österreichische Banken hatten damals die Konvertierung in Euro angeboten.",
])
def test_a_company_or_citizen_acting_towards_nobody_is_no_political_act(text: str) -> None:
    assert_no_event(text, "de")


def test_a_crowd_needs_no_named_target() -> None:
    assert_codes("Tausende Ungarn gingen in Budapest auf die Straße.", "de", "PROTEST", "HUN", "HUN", "asserted")


def test_a_reported_attack_is_no_accusation_by_the_reporter() -> None:
    evs = code("Die türkische Luftwaffe weitete ihre Angriffe auf die PKK aus, wie türkische Medien berichteten.",
               lang="de")
    assert not [e for e in evs if e.event == "ACCUSE"]


def test_the_genitive_after_an_act_noun_is_its_doer() -> None:
    assert_codes("Die Angriffe der russischen Armee auf die Ukraine gingen auch am Montag weiter.", "de",
                 "ASSAULT", "RUS", "UKR", "asserted")
    assert_codes("Am Montag begannen die Luftangriffe der Nato auf Serbien.", "de", "ASSAULT", "IGO", "SRB",
                 "asserted")


def test_groups_after_a_sentence_opening_coordinator_are_the_subject() -> None:
    text = ("Budapest – Ungarns Regierung will die Schulen zentralisieren. Die Regierung in Budapest lehnt Gespräche "
            "ab. Doch die Gewerkschaften kritisierten die Regierung scharf.")
    found = [e for e in code(text, lang="de") if e.event == "ACCUSE"]
    assert found and [(a.code, a.sector) for a in found[0].actor] == [("HUN", "LAB")]
    assert [(r.code, r.sector) for r in found[0].recipient] == [("HUN", "GOV")]


@pytest.mark.parametrize(("text", "event", "actor", "recipient", "status"), [
    ("Russland wird von der Ukraine beschuldigt, Zivilisten getötet zu haben.", "ACCUSE", "UKR", "RUS", "asserted"),
    ("Der Vorschlag der EU wird von Russland zurückgewiesen.", "REJECT", "RUS", "EUR", "asserted"),
    ("Die Ukraine wird Russland beschuldigen.", "ACCUSE", "UKR", "RUS", "future"),
])
def test_werden_with_a_participle_is_a_present_passive(text: str, event: str, actor: str, recipient: str,
                                                       status: str) -> None:
    assert_codes(text, "de", event, actor, recipient, status)


def test_denying_a_fact_is_no_refusal_but_denying_a_partys_claim_is() -> None:
    assert_no_event("Washington und Seoul bestreiten das.", "de")
    assert_no_event("Die Regierung in Seoul dementierte das Gerücht.", "de")
    assert_codes("Russland bestritt die Vorwürfe der Ukraine.", "de", "REJECT", "RUS", "UKR", "asserted")
    assert_no_event("Der deutsche Regierungssprecher dementierte, dass die deutsche Regierung davon wusste.", "de")


def test_an_unnamed_crowd_protesting_in_a_place_is_its_people() -> None:
    assert_codes("Tausende Menschen demonstrierten in Wien gegen die Regierung.", "de", "PROTEST", "AUT", "AUT",
                 "asserted")
    assert_no_event("Die Regierung demonstriert Einigkeit mit der Opposition.", "de")


def test_citizens_known_only_by_the_articles_country_act_only_by_protesting() -> None:
    text = ("Wien – In Österreich wird über die Schulreform gestritten. Die Schüler seien zur Teilnahme am Unterricht "
            "verpflichtet, sagte der Direktor. Die Schüler protestierten gegen die Schulreform.")
    assert [(e.event, e.actor[0].code) for e in code(text, lang="de") if e.actor[0].sector == "EDU"] == [
        ("PROTEST", "AUT")]


def test_an_uncoded_armed_group_is_the_one_of_its_kind_named_before() -> None:
    text = ("Havanna – US-Außenminister John Kerry ist in Havanna mit der FARC zusammengetroffen. Die USA unterstützen "
            "den Friedensprozess in Kolumbien. Die Rebellen riefen den Außenminister dazu auf, sie anzuerkennen.")
    found = [e for e in code(text, lang="de") if e.event == "REQUEST"]
    assert found and [a.code for a in found[0].actor] == ["COL"] and [r.code for r in found[0].recipient] == ["USA"]


def test_der_before_a_feminine_role_is_no_subject() -> None:
    assert_codes("Wien – Der Außenministerin Kneissl warf Russland Desinformation vor.", "de", "ACCUSE", "RUS", "AUT",
                 "asserted")


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Eine von Saudi-Arabien geführte Militärallianz bombardierte Stellungen der Huthi-Rebellen.", "SAU", "YEM"),
    ("Die von den USA angeführten Truppen flogen Luftangriffe auf den IS.", "USA", "IMG"),
    ("Eine US-geführte Militärallianz bombardierte Stellungen des IS.", "USA", "IMG"),
])
def test_a_party_led_by_a_country_is_that_countrys(text: str, actor: str, recipient: str) -> None:
    assert_codes(text, "de", "ASSAULT", actor, recipient, "asserted")


def test_the_reported_clause_before_a_verb_first_reporting_clause_names_the_target() -> None:
    assert_codes("Die Ukraine habe ihre Zusagen gebrochen, kritisierte der russische Außenminister.", "de", "ACCUSE",
                 "RUS", "UKR", "asserted")
    text = ("Westliche Regierungen werfen Russland vor, die Aufständischen in der Ukraine mit Waffen zu versorgen, "
            "was Moskau bestreitet.")
    assert not [e for e in code(text, lang="de") if e.event == "REJECT"]  # the deniers' target is no party here


def test_the_content_of_a_claim_is_no_act() -> None:
    assert_no_event("Er widersprach der Aussage, wonach die Gewerkschaften in Österreich ständig neue Gesetze fordern "
                    "würden.", "de")


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("Der Konflikt hat neue Spannungen heraufbeschworen und Polen fordert einen stärkeren Schutz durch die NATO.",
     "REQUEST", "POL", "IGO"),
    ("Die Lage ist schwierig und die Regierung Venezuelas lehnte Gespräche mit der Opposition ab.", "REJECT", "VEN",
     "VEN"),
])
def test_a_coordinator_before_a_new_subject_and_its_verb_opens_a_clause(text: str, event: str, actor: str,
                                                                         recipient: str) -> None:
    assert_codes(text, "de", event, actor, recipient, "asserted")


def test_a_coordinated_subject_stays_one_clause() -> None:
    assert_codes("Die USA und Russland riefen die Konfliktparteien in Syrien zur Waffenruhe auf.", "de", "REQUEST",
                 "USA+RUS", "SYR", "asserted")


def test_an_attributive_participle_is_no_act_and_does_not_hide_the_verb() -> None:
    evs = code("Wien – Die vom Iran unterstützten Huthi-Rebellen eroberten die jemenitische Hauptstadt.", lang="de")
    assert [e.event for e in evs] == ["ASSAULT"]
    evs = code("Wien – Seine mehrfach angedrohte Klage gegen die Regierung hat der Landeshauptmann nicht "
               "eingereicht.", lang="de")
    assert not [e for e in evs if e.event == "THREATEN"]  # the threat is background; the filing is negated
    assert_codes("Die USA unterstützten Kiew mit Waffen.", "de", "AID", "USA", "UKR", "asserted")


def test_the_subjunctive_after_a_reported_sentence_reports_a_past_act() -> None:
    text = ("Kairo – Der Experte sagte, die USA hätten Ägypten lange kritisiert. Doch beide Länder hätten ihre "
            "militärische Zusammenarbeit wieder verstärkt.")
    assert_codes(text, "de", "COOPERATE", "USA", "EGY", "asserted")


def test_a_question_reports_no_act() -> None:
    assert_no_event("Frage: Wie oft werden in Österreich Asylwerber abgeschoben?", "de")
    assert_no_event("Hat Russland die Ukraine angegriffen?", "de")


def test_a_feared_act_is_hypothetical() -> None:
    assert_codes("Die Regierung in Kiew fürchtet einen Angriff Russlands.", "de", "ASSAULT", "RUS", "UKR",
                 "hypothetical")


def test_a_title_after_a_name_is_the_same_person() -> None:
    text = "Wien – Den Plan kritisiert die Abgeordnete Madeleine Petrovic, Präsidentin des Tierschutzvereins, scharf."
    # her title is no target (the president of a body chronik does not know is nobody: what she criticises is a plan)
    assert not [e.recipient for e in code(text, lang="de") if e.event == "ACCUSE" and e.recipient]


def test_the_owner_inside_a_fronted_object_is_the_recipient() -> None:
    evs = [e for e in code("Wien – Den Vorwurf der FPÖ weist der Sozialminister zurück.", lang="de")
           if e.event == "REJECT"]
    assert evs and [(r.code, r.sector) for r in evs[0].recipient] == [("AUT", "PTY")]
    assert_codes("Den Friedensplan der USA lehnte Russland ab.", "de", "REJECT", "RUS", "USA", "asserted")


def test_an_unnamed_attacker_is_an_armed_force_of_the_place() -> None:
    evs = code("Bei einem Raketenangriff auf Aleppo wurden zwölf Zivilisten getötet.", lang="de")
    assert [(e.event, e.actor[0].code, e.actor[0].sector) for e in evs] == [("ASSAULT", "SYR", "UAF")]
    assert_no_event("In Bagdad wurden bei einer Explosion in einer Fabrik drei Arbeiter verletzt.", "de")


def test_crowd_control_by_officials_targets_the_articles_country() -> None:
    text = ("Istanbul – Die türkische Polizei stürmte die Zentrale eines Medienkonzerns in Istanbul. Die Türkei steht "
            "in der Kritik. Die Beamten setzten Tränengas und Wasserwerfer ein.")
    assert_codes(text, "de", "ASSAULT", "TUR", "TUR", "asserted")


def test_a_prepositional_relative_clause_has_its_own_subject() -> None:
    text = ("Warschau – Polen hat den russischen Botschafter einbestellt. Grund ist ein Interview, in dem der "
            "russische Botschafter am Freitag Warschau vorwarf, die Kontakte zu Moskau einzufrieren.")
    assert_codes(text, "de", "ACCUSE", "RUS", "POL", "asserted")


def test_a_definite_title_is_the_last_holder_of_that_office() -> None:
    text = ("Moskau – Der russische Außenminister Lawrow ist in Berlin eingetroffen. Am Abend warf der Minister "
            "Kiew Provokationen vor.")
    assert_codes(text, "de", "ACCUSE", "RUS", "UKR", "asserted")


def test_representatives_of_parties_are_those_parties() -> None:
    assert_codes("Vertreter von Russland und der Ukraine verhandelten in Istanbul.", "de", "CONSULT", "RUS", "UKR",
                 "asserted")


@pytest.mark.parametrize("text", [
    "In Athen wurde die Polizei von Demonstranten mit Steinen beworfen.",
    "In Kairo griffen Demonstranten die Polizei an.",
])
def test_violence_of_an_unnamed_crowd_is_a_riot(text: str) -> None:
    evs = code(text, lang="de")
    assert [(e.event, e.mode) for e in evs] == [("PROTEST", "riot")]


@pytest.mark.parametrize(("text", "actor"), [
    ("Der israelische UNO-Botschafter kritisierte den Iran scharf.", "ISR"),
    ("Der UNO-Botschafter Israels kritisierte den Iran scharf.", "ISR"),
    ("Der deutsche EU-Kommissar kritisierte den Iran scharf.", "EUR"),  # a commissioner acts for the EU
])
def test_an_envoy_speaks_for_the_sending_state(text: str, actor: str) -> None:
    assert_codes(text, "de", "ACCUSE", actor, "IRN", "asserted")


def test_the_owner_of_a_violated_norm_is_no_target() -> None:
    evs = code("Tokio – Das verstoße gegen Resolutionen des UN-Sicherheitsrats, sagte der japanische Regierungschef.",
               lang="de")
    assert not [e for e in evs if any(r.code == "UNO" for r in e.recipient)]


# 'sich' with two sides as subject: they act on each other (joint actors, no recipient)
MUTUAL = [
    ("Armenische und aserbaidschanische Soldaten beschießen sich seit Tagen.", "ASSAULT", "ARM+AZE"),
    ("Russland und die Ukraine werfen sich gegenseitig vor, die Waffenruhe gebrochen zu haben.", "ACCUSE", "RUS+UKR"),
    ("Die Regierung in Kabul und die Taliban beschuldigen sich, den Waffenstillstand verletzt zu haben.", "ACCUSE",
     "AFG"),
]


@pytest.mark.parametrize(("text", "event", "actor"), MUTUAL)
def test_two_sides_acting_on_each_other(text: str, event: str, actor: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == event]
    assert evs and {a.code for a in evs[0].actor} == set(actor.split("+")) and len(evs[0].actor) >= 2 \
        and not evs[0].recipient, [(e.event, e.actor, e.recipient) for e in evs]


def test_both_sides_are_the_last_two_named_together() -> None:
    """'beide Seiten' after a sentence that names two sides together, with no act of theirs coded."""
    text = ("Kabul – In Doha saßen Vertreter der Taliban und der afghanischen Regierung zusammen. "
            "Beide Seiten werfen sich vor, die Waffenruhe gebrochen zu haben.")
    evs = [e for e in code(text, lang="de") if e.event == "ACCUSE"]
    assert evs and {(a.code, a.sector) for a in evs[0].actor} >= {("AFG", "GOV")} and len(evs[0].actor) == 2, \
        [(e.event, e.actor) for e in evs]


@pytest.mark.parametrize("text", [
    "Russland wirft sich vor, zu spät gehandelt zu haben.",  # one side
    "Die deutschen Emittenten und die österreichischen Banken müssen sich mit Klagen auseinandersetzen.",  # reflexive
])
def test_sich_is_no_mutual_act_of_one_side_or_of_a_reflexive_verb(text: str) -> None:
    assert_no_event(text, "de")


@pytest.mark.parametrize("text", [
    "In Nordkorea wurden in den vergangenen Jahren wiederholt Ausländer festgenommen.",
    "Die Polizei in Wien nahm zwei Ausländer fest.",
])
def test_foreigners_are_not_of_the_country_they_are_in(text: str) -> None:
    evs = code(text, lang="de")
    assert not any(r.code in ("PRK", "AUT") for e in evs for r in e.recipient), [(e.event, e.recipient) for e in evs]


# a first-person subject in a quote is its speaker; with no speaker named it is nobody (never the object)
FIRST_PERSON = [
    ("Wir führen im Moment Verhandlungen mit der Türkei, erklärte der mazedonische Außenminister.", "CONSULT", "MKD",
     "TUR"),
    ("Wir fordern Deutschland auf, die Lage zu klären, sagte ein Sprecher der ungarischen Regierung.", "REQUEST",
     "HUN", "DEU"),
    ("Ich habe den Präsidenten der Ukraine kritisiert, sagte der russische Außenminister.", "ACCUSE", "RUS", "UKR"),
]


@pytest.mark.parametrize("text", [
    "Wir werden Russland nicht angreifen.",
    "Andererseits versuchen wir die jemenitische Antikenbehörde in jeglicher Form zu unterstützen.",
])
def test_first_person_without_a_speaker_is_nobody(text: str) -> None:
    assert_no_event(text, "de")


def test_the_dateline_after_a_teaser_line_sets_the_country() -> None:
    text = ("Kapitän bleibt vorerst in Freiheit. Grosseto – Das Gericht lehnte den Antrag der Staatsanwaltschaft "
            "auf Inhaftierung des Kapitäns ab. Die Polizei nahm am Abend zwei Demonstranten fest.")
    evs = code(text, lang="de")
    assert evs and all(a.code == "ITA" for e in evs for a in e.actor), [(e.event, e.actor) for e in evs]


# a definite act noun as the object refers to the last act of its type: its doer is the target
EARLIER_ACT = [
    ("Die EU verhängte am Dienstag Sanktionen gegen Nordkorea. Russland kritisierte die Sanktionen als einseitig.",
     "ACCUSE", "RUS", "EUR"),
    ("Japan warf Nordkorea am Montag Provokationen vor. Nordkorea wies die Vorwürfe am Dienstag zurück.", "REJECT",
     "PRK", "JPN"),
]


def test_one_rejects_only_what_was_aimed_at_oneself() -> None:
    text = "Russland warf der Ukraine am Montag Angriffe vor. China wies die Vorwürfe am Dienstag zurück."
    assert not [e for e in code(text, lang="de") if e.event == "REJECT" and e.recipient]


# a headline ending in a participle with no auxiliary is a passive: its subject is the one acted on
HEADLINE_PASSIVE = [
    ("Deutschland von EU-Kommission verklagt.", "ACCUSE", "EUR", "DEU"),
    ("Polen sieht sich durch Russlands Vorgehen bedroht.", "THREATEN", "RUS", "POL"),
]


@pytest.mark.parametrize("text", [
    "Journalist in Ankara festgenommen.",  # the police of the place arrested him
    "Istanbul – Journalist festgenommen.",
])
def test_the_subject_of_a_headline_passive_is_no_actor(text: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == "COERCE"]
    assert evs and all(a.sector != "JRN" for e in evs for a in e.actor) and evs[0].recipient, \
        [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text", [
    "Russische Diplomaten ausgewiesen.",  # the country named is the expelled diplomats'
    "Die Opposition protestiert.",  # a present tense, no passive (and no target)
])
def test_no_agent_from_the_passive_subjects_own_country(text: str) -> None:
    evs = code(text, lang="de")
    assert not [e for e in evs if {a.code for a in e.actor} & {r.code for r in e.recipient}], \
        [(e.event, e.actor, e.recipient) for e in evs]


# 'A, B und C': a list closed by 'und' is one group of parties, in the subject as in a place phrase
LISTS = [
    ("Wien – Die SPÖ, die Grünen und die Neos forderten den Rücktritt des Ministers.", "REQUEST", 3),
    ("Frankreich, Deutschland und Italien kritisierten Russland scharf.", "ACCUSE", 3),
]


@pytest.mark.parametrize(("text", "event", "actors"), LISTS)
def test_a_list_of_subjects_acts_together(text: str, event: str, actors: int) -> None:
    evs = [e for e in code(text, lang="de") if e.event == event]
    assert evs and len(evs[0].actor) == actors, [(e.actor, e.recipient) for e in evs]


def test_a_list_of_places_is_no_party() -> None:
    text = "Angesichts der Konflikte im Irak, Jemen und Sudan sei das Leben von Millionen bedroht, sagte der Kommissar."
    assert not [e for e in code(text, lang="de") if e.actor or e.recipient]


@pytest.mark.parametrize(("text", "event", "actor"), [
    ("Istanbul – Ein Gericht verurteilte den Journalisten zu zwei Jahren Haft.", "SANCTION", "TUR"),
    ("Paris – Ein Polizist schoss den Angreifer nieder.", "ASSAULT", "FRA"),
])
def test_an_indefinite_court_or_police_officer_is_of_the_place(text: str, event: str, actor: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == event]
    assert evs and {a.code for a in evs[0].actor} == {actor}, [(e.event, e.actor) for e in code(text, lang="de")]


def test_an_indefinite_embassy_is_nobody() -> None:
    assert_no_event("Wien – Eine Botschaft kritisierte die Entscheidung scharf.", "de")


@pytest.mark.parametrize(("text", "actor"), [
    ("Wien – Der ÖVP-Politiker kritisierte die SPÖ scharf.", "AUT"),
    ("Eine SPD-Politikerin forderte den Rücktritt des Ministers.", "DEU"),
])
def test_a_politician_of_a_named_party_is_of_its_country(text: str, actor: str) -> None:
    evs = code(text, lang="de")
    assert evs and {(a.code, a.sector) for a in evs[0].actor} == {(actor, "PTY")}, [(e.event, e.actor) for e in evs]


def test_politicians_of_no_named_party_are_nobody() -> None:
    assert_no_event("Wien – Zahlreiche Politiker forderten die Freilassung des saudischen Bloggers.", "de")


@pytest.mark.parametrize("text", [
    "Die britische Regierung kritisierte Russland nicht zuletzt wegen der Angriffe auf Zivilisten.",
    "Die britische Regierung kritisierte Russland nicht selten.",
    "Die britische Regierung kritisierte den Plan Russlands als nicht hilfreich.",  # a negated judgement
])
def test_litotes_is_no_negation(text: str) -> None:
    assert_codes(text, "de", "ACCUSE", "GBR", "RUS", "asserted")


def test_should_in_reported_speech_is_a_demand() -> None:
    text = "Der italienische Innenminister sagte, Russland sollte seine Truppen abziehen."
    assert_codes(text, "de", "REQUEST", "ITA", "RUS", "asserted")
    assert not [e for e in code(text, lang="de") if e.event == "RETREAT"]


def test_should_opening_a_clause_is_a_condition() -> None:
    text = "Sollte Russland seine Truppen abziehen, werde Italien die Sanktionen aufheben, sagte der Innenminister."
    assert not [e for e in code(text, lang="de") if e.event == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Ankara – Gegen die HDP-Politikerin sind Ermittlungen wegen Terrorpropaganda eingeleitet worden.",
    "Ankara – Gegen den kurdischen Abgeordneten wird wegen Terrorpropaganda ermittelt.",
])
def test_an_investigation_against_a_party_is_by_the_state_of_the_place(text: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == "ACCUSE"]
    assert evs and evs[0].mode == "investigate" and [a.code for a in evs[0].actor] == ["TUR"] \
        and [r.code for r in evs[0].recipient] == ["TUR"], [(e.event, e.actor, e.recipient) for e in evs]


def test_a_study_is_no_investigation() -> None:
    assert_no_event("Wien – Untersucht wurden mehrere Aspekte der Unterrichtssprache.", "de")


def test_an_act_noun_a_speaker_qualifies_is_no_act() -> None:
    text = "Peking – Der chinesische Präsident hat den Kampf gegen uigurische Separatisten als notwendig bezeichnet."
    assert not [e for e in code(text, lang="de") if e.event == "ASSAULT"]


def test_a_light_verb_that_qualifies_still_codes() -> None:
    assert_codes("Washington betrachtet die Streitigkeiten Chinas mit Sorge.", "de", "ACCUSE", "USA", "CHN",
                 "asserted")


@pytest.mark.parametrize("text", [
    "Die türkische Regierung kündigte ein neues Abkommen mit Japan an.",  # ankündigen, not kündigen
    "Der Minister stellte bei dem Treffen mit Japan nur fest, dass nichts geschehen sei.",
])
def test_a_clause_final_particle_makes_another_verb(text: str) -> None:
    assert not [e for e in code(text, lang="de") if e.event in ("SANCTION", "COERCE")]


def test_a_capitalised_noun_is_no_particle() -> None:
    assert_codes("Moskau – Der russische Geheimdienst räumte den Oppositionellen aus dem Weg.", "de", "ASSAULT", "RUS",
                 "RUS", "asserted")


def test_a_capitalised_adverb_opening_the_sentence_is_no_compound_noun() -> None:
    from chronik.extract.lexicon import lexicon
    from chronik.extract.tokens import split_clauses, tokenize
    from chronik.extract.triggers import find_triggers

    lex = lexicon("de")
    tokens = tokenize("Außenpolitisch konnte sich Moskau in Szene setzen.", 0, lex)
    hits = find_triggers(tokens, split_clauses(tokens, lex)[0], lex)
    assert not [h for h in hits if h.token == 0], hits


def test_foreign_journalists_do_not_make_the_article_about_their_country() -> None:
    text = ("Die US-Journalistin Anna Day und drei US-Kameraleute wurden festgenommen. Die amerikanischen Reporter "
            "hatten über Proteste in Bahrain berichtet. Die Regierung ließ die Proteste mit Gewalt niederschlagen.")
    evs = [e for e in code(text, lang="de") if e.event == "ASSAULT"]
    assert evs and [a.code for a in evs[0].actor] == ["BHR"], [(e.event, e.actor) for e in evs]


@pytest.mark.parametrize("text", [
    "Die polnische Regierung gab vor der Präsentation der Kommission bekannt, dass sie die Quoten nicht akzeptieren "
    "werde.",
    "Die polnische Regierung teilte nach dem Treffen der Kommission mit, dass sie die Quoten nicht akzeptieren werde.",
])
def test_the_pronoun_after_a_separable_reporting_verb_is_its_subject(text: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == "REJECT"]
    assert evs and [a.code for a in evs[0].actor] == ["POL"], [(e.event, e.actor) for e in code(text, lang="de")]


# 'von' after an uncoded role names its owner, unless it is the agent of a passive participle
OF_PHRASE = [
    ("Die Regierung von Premier Matteo Renzi kritisierte die EU scharf.", "ACCUSE", "ITA", "EUR"),
    ("Der Präsident von Frankreich kritisierte Russland.", "ACCUSE", "FRA", "RUS"),
    ("Nordkorea warf der Regierung von Präsidentin Park Geun-hye vor, einen Angriff geplant zu haben.", "ACCUSE",
     "PRK", "KOR"),
]


def test_von_before_a_passive_participle_is_its_agent() -> None:
    text = "Kiew – Der Präsident sagte, dass die Rebellen von Russland unterstützt werden."
    assert not [e for e in code(text, lang="de") if any(a.code == "RUS" and a.sector == "REB" for a in e.actor)]


def test_der_before_a_feminine_institution_is_no_subject() -> None:
    assert_codes("Der Regierung warf die Opposition in Athen Korruption vor.", "de", "ACCUSE", "GRC", "GRC",
                 "asserted")


# the tables of asserted acts above, one row each: (text, event, actor codes, recipient codes)
@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    *(pytest.param(*row, id="first-person") for row in FIRST_PERSON),
    *(pytest.param(*row, id="earlier-act") for row in EARLIER_ACT),
    *(pytest.param(*row, id="headline-passive") for row in HEADLINE_PASSIVE),
    *(pytest.param(*row, id="of-phrase") for row in OF_PHRASE),
])
def test_an_asserted_act(text: str, event: str, actor: str, recipient: str) -> None:
    assert_codes(text, "de", event, actor, recipient, "asserted")


def test_an_arrest_warrant_issued_is_by_the_courts_of_the_place() -> None:
    text = "Paris – Gegen den Islamisten wurde ein internationaler Haftbefehl ausgestellt."
    evs = [e for e in code(text, lang="de") if e.event == "THREATEN"]
    assert evs and [(a.code, a.sector) for a in evs[0].actor] == [("FRA", "JUD")], [(e.event, e.actor) for e in evs]


@pytest.mark.parametrize("text", [
    "Berlin – Der CSU-Generalsekretär hatte gegenüber der Frankfurter Allgemeinen Zeitung eine Schließung der Grenze "
    "gefordert.",
    "Athen – Der griechische Finanzminister hat die Gläubiger seines Landes scharf kritisiert.",
])
def test_a_newspaper_or_a_dateline_is_no_target(text: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event in ("REQUEST", "ACCUSE")]
    assert evs and not evs[0].recipient, [(e.event, e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text", [
    "Wien – Die Polizei klagt über den Riesenaufwand.",  # a complaint about a state of affairs
    "London – Arsenal-Trainer Arsene Wenger hat die Strafe für Dinamo Zagreb kritisiert.",  # a capital in a name
])
def test_no_untargeted_complaint_or_capital_in_a_name(text: str) -> None:
    assert not [e for e in code(text, lang="de") if e.event == "ACCUSE"]


def test_the_euro_prefix_is_the_eurozone() -> None:
    assert_codes("Athen – Die Euro-Finanzminister lehnten eine Verlängerung des griechischen Programms ab.", "de",
                 "REJECT", "EUR", "GRC", "asserted")


@pytest.mark.parametrize("text", [
    "Unklar ist, ob Griechenland die Forderungen der EU akzeptiert oder nicht.",
    "Ob die türkischen Soldaten an der Grenze patrouillieren werden, bleibt unklar.",
])
def test_an_indirect_question_is_hypothetical(text: str) -> None:
    evs = code(text, lang="de")
    assert evs and all(e.status.value == "hypothetical" for e in evs), [(e.event, e.status) for e in evs]


@pytest.mark.parametrize("text", [
    "Calais – Vermummte Mitglieder der Anarchogruppe No Border bewarfen die Polizei mit Steinen.",
    "Wien – Die Mitglieder der Gruppe kritisierten Russland.",
])
def test_an_unknown_subject_with_a_genitive_does_not_make_the_object_the_actor(text: str) -> None:
    evs = code(text, lang="de")
    assert not [e for e in evs if any(a.sector == "COP" or a.code == "RUS" for a in e.actor)], \
        [(e.event, e.actor) for e in evs]


@pytest.mark.parametrize("text", [
    "Solidarisches Verhalten unterstütze die Polizei in Wien aber.",  # a fronted object
    "Vergangenes Jahr hatte der tadschikische Staatschef ausländische Namen verboten.",  # a fronted adverbial
])
def test_a_fronted_adjective_phrase_is_no_unknown_subject(text: str) -> None:
    assert code(text, lang="de")


def test_a_plural_pronoun_is_no_singular_party() -> None:
    text = ("Athen – Für den Plan stimmte die Partei Goldene Morgenröte. Die Banken sollen am Montag öffnen. "
            "Am Samstag lehnten sie eine Verlängerung des Programms ab.")
    assert not [e for e in code(text, lang="de") if e.event == "REJECT" and any(a.sector == "PTY" for a in e.actor)]


def test_a_visit_a_statement_was_made_on_happened() -> None:
    text = "Die deutsche Kanzlerin sagte am Montag bei einem Besuch in Athen, die Reformen müssten weitergehen."
    assert_codes(text, "de", "CONSULT", "DEU", "GRC", "asserted")


def test_a_trip_before_a_statement_is_no_act_of_the_sentence() -> None:
    text = "Vor seiner Reise nach China sagte der türkische Präsident, er sei offen für Gespräche."
    assert not [e for e in code(text, lang="de") if e.event == "CONSULT"]


def test_holding_a_partys_proposal_for_unacceptable_accuses_it() -> None:
    assert_codes("Die österreichische Regierung hält den Vorschlag Ungarns für inakzeptabel.", "de", "ACCUSE", "AUT",
                 "HUN", "asserted")


def test_a_crowds_demand_to_the_state_is_coded() -> None:
    assert_codes("Peking – Die Demonstranten verlangten höhere Entschädigungen von der Regierung.", "de", "REQUEST",
                 "CHN", "CHN", "asserted")
    assert_no_event("Wien – Die Eltern forderten von der Schule mehr Lehrer.", "de")


def test_es_is_the_neuter_subject_of_the_sentence_before() -> None:
    text = ("Das russische Außenministerium kritisierte die Sanktionen scharf. Es forderte die EU auf, die "
            "Strafmaßnahmen aufzuheben.")
    assert_codes(text, "de", "REQUEST", "RUS", "EUR", "asserted")


@pytest.mark.parametrize("text", [
    # the sentence before has no neuter subject
    "Die russische Regierung kritisierte die Sanktionen scharf. Es forderte die EU auf, die Strafmaßnahmen aufzuheben.",
    # an expletive 'es' before a verb that is no act of a subject
    "Das russische Außenministerium kritisierte die Sanktionen. Es kam in Moskau zu Protesten gegen die EU.",
])
def test_es_with_no_neuter_subject_before_is_nobody(text: str) -> None:
    assert not [e for e in code(text, lang="de") if e.event == "REQUEST" or (
        e.event == "PROTEST" and any(a.sector == "GOV" and a.code == "RUS" for a in e.actor))]


@pytest.mark.parametrize(("text", "actor"), [
    ("Budapest – Ungarn begrenzt ab Montag die Einreise von Migranten.", "HUN"),
    ("Wien – Österreich schränkte den Transit von Flüchtlingen ein.", "AUT"),
    ("Kopenhagen – Dänemark verschärft sein Asylrecht.", "DNK"),
])
def test_state_measures_on_entry_and_asylum_restrict(text: str, actor: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == "COERCE"]
    assert evs and evs[0].mode == "restrict" and [a.code for a in evs[0].actor] == [actor], \
        [(e.event, e.actor) for e in code(text, lang="de")]


@pytest.mark.parametrize("text", [
    "Wien – Der Verein begrenzt die Zahl der Teilnehmer.",
    "Wien – Die Firma verschärft ihre Sparpläne.",
])
def test_limiting_numbers_or_plans_is_no_restriction(text: str) -> None:
    assert not [e for e in code(text, lang="de") if e.event == "COERCE"]


# a court sentence is coded even when the person sentenced is no coded party: a person of the court's country
SENTENCED = [
    ("Wien – Das Landesgericht verurteilte den früheren Lobbyisten zu drei Jahren Haft.", "AUT"),
    ("Genua – Das Gericht verurteilte den Kapitän des Schiffes zu 16 Jahren Haft.", "ITA"),
    ("Wien – Der Angeklagte wurde am Dienstag zu fünf Jahren Haft verurteilt.", "AUT"),
    ("Brüssel – Der Mann ist wegen Betrugs zu zwei Jahren Haft verurteilt worden.", "BEL"),
]


@pytest.mark.parametrize(("text", "country"), SENTENCED)
def test_a_person_sentenced_is_of_the_courts_country(text: str, country: str) -> None:
    assert_codes(text, "de", "SANCTION", country, country, "asserted")


@pytest.mark.parametrize("text", [
    "Budapest – Unerlaubter Grenzübertritt wird nun mit bis zu drei Jahren Haft bestraft.",  # a law, no sentence
    "Wien – Die Uefa verurteilte den Verein zu einer Geldstrafe.",  # a sports body is no court
])
def test_no_sentence_without_a_court_or_in_a_law(text: str) -> None:
    assert not [e for e in code(text, lang="de") if e.event == "SANCTION"]


# the head of a party, parliament, union or church body belongs to its sector, not the government's
@pytest.mark.parametrize(("text", "sector"), [
    ("Berlin – Der CSU-Generalsekretär kritisierte die SPD scharf.", "PTY"),
    ("Wien – ÖGB-Präsident Erich Foglar kritisierte die Regierung.", "LAB"),
    ("Straßburg – Der Präsident des Europaparlaments kritisierte die ungarische Regierung.", "LEG"),
    ("Wien – Der Präsident des Verfassungsgerichtshofs kritisierte die Regierung.", "JUD"),
    ("Brüssel – Der Nato-Generalsekretär kritisierte Russland.", "GOV"),  # an alliance's head: its government
])
def test_the_head_of_a_body_has_its_sector(text: str, sector: str) -> None:
    evs = code(text, lang="de")
    assert evs and [a.sector for a in evs[0].actor] == [sector], [(e.event, e.actor) for e in evs]


def test_a_government_office_of_a_party_member_stays_government() -> None:
    evs = code("Berlin – SPD-Minister Heiko Maas kritisierte die Opposition.", lang="de")
    assert evs and [a.sector for a in evs[0].actor] == ["GOV"], [(e.event, e.actor) for e in evs]


# churches, unions and NGOs: of the article's country, and their demands aimed at nobody named are coded
VOICES = [
    ("Wien – Kardinal Christoph Schönborn kritisierte die Regierung.", "ACCUSE", "AUT", "AUT"),
    ("Wien – Die Gewerkschaft kritisierte die Regierung scharf.", "ACCUSE", "AUT", "AUT"),
    ("Wien – Der Kardinal forderte eine Erhöhung der Entwicklungshilfe.", "REQUEST", "AUT", ""),
    ("Wien – Amnesty International forderte eine unabhängige Untersuchung der Vorfälle.", "REQUEST", "NGO", ""),
    ("Rom – Der Papst kritisierte die italienische Regierung.", "ACCUSE", "VAT", "ITA"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), VOICES)
def test_churches_unions_and_ngos_speak_for_their_country(text: str, event: str, actor: str, recipient: str) -> None:
    assert_codes(text, "de", event, actor, recipient, "asserted")


def test_a_party_after_a_genitive_possessive_is_an_owner_not_the_object() -> None:
    text = "Belgrad – Der Präsident lobte trotz der Kritik seines Außenministers die Politik der deutschen Kanzlerin."
    assert_codes(text, "de", "SUPPORT", "SRB", "DEU", "asserted")


def test_a_possessive_object_after_a_noun_stays_the_object() -> None:
    assert_codes("Wien – Der Kanzler lobte am Montag in Wien seinen Außenminister.", "de", "SUPPORT", "AUT", "AUT",
                 "asserted")


@pytest.mark.parametrize("text", [
    "Berlin – Die Bundeswehr beteiligt sich an dem Einsatz gegen den IS.",
    "Washington – Die USA sagten ihre Unterstützung im Kampf gegen die Taliban zu.",
])
def test_the_adversary_of_a_joint_effort_is_no_partner(text: str) -> None:
    evs = code(text, lang="de")
    assert not [e for e in evs if e.event in ("COOPERATE", "SUPPORT", "AGREE") and
                {r.code for r in e.recipient} & {"IMG", "AFG"}], [(e.event, e.recipient) for e in evs]


def test_a_region_after_a_place_preposition_is_where_not_whom() -> None:
    text = "Kiew – Die ukrainische Armee beschoss Stellungen der Separatisten bei Donezk."
    evs = [e for e in code(text, lang="de") if e.event == "ASSAULT"]
    assert evs and [(r.code, r.sector) for r in evs[0].recipient] == [("UKR", "REB")], evs


def test_ueber_before_a_phrase_is_a_preposition_not_a_quantity() -> None:
    # the soldiers are what the reports are about, not whom the denial is aimed at
    text = "Moskau – Der Kreml dementierte Berichte über russische Soldaten in der Ukraine."
    assert not [e for e in code(text, lang="de") if any(r.sector == "MIL" for r in e.recipient)]


@pytest.mark.parametrize("text", [
    "Wien – Mehr als 300 Menschen demonstrierten gegen die Regierung.",
    "Köln – Auf dem Bahnhofsvorplatz demonstrierten etwa hundert Menschen gegen die Regierung.",
])
def test_an_unnamed_crowd_in_the_dateline_sentence_is_of_the_dateline_place(text: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == "PROTEST"]
    assert evs and [(a.code, a.sector) for a in evs[0].actor] == [(evs[0].recipient[0].code, "CVL")], evs


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("Berlin – Merkel hat Erdoğan zu einem Treffen nach Berlin eingeladen. Er habe die Einladung angenommen, "
     "teilte ein Sprecher mit.", "AGREE", "TUR", "DEU"),
    ("Kiew – Die ukrainische Regierung fordert eine internationale Friedenstruppe. Diese lehnt der Kreml ab.",
     "REJECT", "RUS", "UKR"),
    ("Athen – Die EU-Kommission forderte von Griechenland neue Reformen. Das lehnte Athen umgehend ab.",
     "REJECT", "GRC", "EUR"),
])
def test_accepting_or_rejecting_an_earlier_act_is_aimed_at_its_doer(text: str, event: str, actor: str,
                                                                    recipient: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == event and {a.code for a in e.actor} == {actor}]
    assert evs and [r.code for r in evs[-1].recipient] == [recipient], [(e.event, e.actor, e.recipient) for e in evs]



def test_the_participle_of_a_separable_verb_before_a_noun_is_no_act() -> None:
    evs = code("Berlin – Laut Innenminister de Maizière sollen abgelehnte Asylwerber schneller abgeschoben werden.",
               lang="de")
    assert [(e.event, e.status.value) for e in evs] == [("COERCE", "future")], [(e.event, e.actor) for e in evs]


def test_an_act_noun_after_a_concessive_preposition_is_the_setting() -> None:
    text = ("Belgrad – Der serbische Präsident äußerte sich trotz der Kritik seines Außenministers an der EU-Politik "
            "lobend über die Politik der deutschen Kanzlerin.")
    assert [(e.event, [r.code for r in e.recipient]) for e in code(text, lang="de")] == [("SUPPORT", ["DEU"])]


@pytest.mark.parametrize(("text", "event", "recipient"), [
    ("Ankara – Die Türkei hat Flüchtlinge aus Syrien aufgenommen.", "AID", "SYR"),
    ("Budapest – Die Polizei nahm zwölf Flüchtlinge aus Afghanistan fest.", "COERCE", "AFG"),
    ("Paris – Frankreich will Flüchtlingen aus dem Irak, Syrien und Afghanistan Asyl gewähren.", "AID", "IRQ"),
])
def test_refugees_are_of_the_country_they_come_from(text: str, event: str, recipient: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == event]
    assert evs and [(r.code, r.sector) for r in evs[0].recipient] == [(recipient, "REF")], evs


@pytest.mark.parametrize("text", [
    "Washington – Die USA ziehen ihre Truppen aus Afghanistan ab.",  # troops leave a place: not Afghan troops
    "Wien – Die Flüchtlinge aus Syrien wollen nach Deutschland weiterreisen.",  # migrants travelling pay no visit
    "Athen – Kein Land hat mehr Flüchtlinge aus Syrien aufgenommen als die Türkei.",  # the object is no actor
])
def test_no_party_from_a_place_troops_leave_and_no_acts_of_refugees(text: str) -> None:
    assert not [e for e in code(text, lang="de") if any(a.sector == "REF" for a in e.actor)
                or any(r.code == "AFG" and r.sector == "MIL" for r in e.recipient)]


@pytest.mark.parametrize(("text", "event"), [
    ("Moskau – Russland hat bei der türkischen Regierung offiziell Protest eingelegt.", "ACCUSE"),
    ("Athen – Tausende Griechen protestierten gegen die Regierung.", "PROTEST"),
    ("Budapest – In Budapest haben tausende Ungarn gegen die Regierung protestiert.", "PROTEST"),
])
def test_a_governments_protest_is_a_disapproval_a_crowds_a_protest(text: str, event: str) -> None:
    assert [e.event for e in code(text, lang="de")] == [event]


def test_a_list_of_names_after_a_comma_stays_one_clause() -> None:
    text = "Paris – Frankreich hat Flüchtlinge aus dem Irak, Syrien und Afghanistan aufgenommen."
    assert [(e.event, [a.code for a in e.actor]) for e in code(text, lang="de")] == [("AID", ["FRA"])]


@pytest.mark.parametrize("text", [
    "Paris – Die Gewerkschaften wollen die Regierung mit Streiks in Bedrängnis bringen.",
    "Wien – Die Staatsanwaltschaft will den Fall vor Gericht bringen.",
    "Berlin – Die Botschaften sollen die Bürger in Sicherheit bringen.",
])
def test_no_compound_head_inside_a_derivational_suffix(text: str) -> None:
    assert not [e for e in code(text, lang="de") if e.mode == "arrest"]


def test_crowd_control_with_no_crowd_named_targets_the_people_of_the_place() -> None:
    text = ("Calais – Die französische Polizei räumte am Montag das Lager der Migranten. Es kam zu Zusammenstößen. "
            "Die Sicherheitskräfte antworteten mit Wasserwerfern und Tränengas.")
    evs = [e for e in code(text, lang="de") if e.event == "ASSAULT"]
    assert evs and [r.code for r in evs[0].recipient] == ["FRA"], evs


def test_a_crowd_striking_in_an_article_about_one_country_is_its_people() -> None:
    text = ("Frankfurt – Die Lufthansa und die Piloten streiten seit Monaten über die Renten in Deutschland. Die "
            "deutsche Regierung hält sich heraus. Am Dienstag streiken die Piloten erneut.")
    evs = [e for e in code(text, lang="de") if e.event == "PROTEST"]
    assert evs and [a.code for a in evs[-1].actor] == ["DEU"], evs


def test_landslides_blocking_roads_are_no_crowd() -> None:
    text = ("Berlin – In Deutschland gab es schwere Unwetter. Die deutsche Regierung sagte Hilfe zu. In Bayern "
            "blockierten Erdrutsche mehrere Straßen.")
    assert not [e for e in code(text, lang="de") if e.event == "PROTEST"]


def test_a_regions_genitive_before_an_office_is_the_office_holders_own() -> None:
    evs = code("München – Bayerns Innenminister kritisierte die Bundesregierung scharf.", lang="de")
    assert [(e.event, e.actor[0].text) for e in evs] == [("ACCUSE", "Bayerns Innenminister")], evs


def test_media_report_force_they_do_not_use_it() -> None:
    text = ("Zagreb – Das kroatische Staatsfernsehen berichtete über anstehende verschärfte Grenzkontrollen in "
            "Österreich.")
    assert not [e for e in code(text, lang="de") if any(a.sector == "JRN" for a in e.actor)]


@pytest.mark.parametrize("text", [
    "Ankara – Die Türkei soll die unkontrollierte Weiterreise von Migranten Richtung EU unterbinden.",
    "Wien – Die Regierung will die Durchreise von Flüchtlingen nach Deutschland erleichtern.",
])
def test_travel_of_migrants_is_no_visit(text: str) -> None:
    assert not [e for e in code(text, lang="de") if e.event == "CONSULT"]


def test_a_plural_pronoun_refers_only_to_a_recent_group() -> None:
    near = "Brüssel – Davutoğlu traf Juncker und Schulz in Brüssel. Sie vereinbarten einen Aktionsplan."
    assert [e.event for e in code(near, lang="de")] == ["CONSULT", "AGREE"]
    far = ("Brüssel – Davutoğlu traf Juncker und Schulz in Brüssel. Bereits am Montag treffen sich die Staatsspitzen "
           "der vier Visegrád-Staaten in Prag. Sie lehnen die Quoten ab.")
    assert [e.event for e in code(far, lang="de")] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "Oslo – Auch Norwegen verschärft seine Asylpraxis deutlich.",
    "Moskau – Russland hat die Visa-Regeln für Georgier verschärft.",
    "Berlin – Die Regierung verschärft die Abschiebepraxis für abgelehnte Asylwerber.",
])
def test_a_with_stem_meets_every_compound_it_starts(text: str) -> None:
    assert [(e.event, e.mode) for e in code(text, lang="de")] == [("COERCE", "restrict")]


def test_a_with_stem_does_not_meet_other_words() -> None:
    assert not [e for e in code("Berlin – Die Regierung verschärft ihren Ton gegenüber Ankara.", lang="de")
                if e.event == "COERCE"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Wien – Der frühere Lobbyist bekam drei Jahre Haft.", "AUT", "AUT"),
    ("Moskau – Ein ukrainischer Soldat bekam 22 Jahre Haft.", "RUS", "UKR"),
])
def test_a_subject_who_gets_a_sentence_is_the_convicted(text: str, actor: str, recipient: str) -> None:
    assert_codes(text, "de", "SANCTION", actor, recipient, "asserted")


@pytest.mark.parametrize("text", [
    "Wien – Der Stürmer bekam eine Sperre von drei Spielen.",
    "Berlin – Die Regierung bekam für ihren Plan viel Zustimmung.",
])
def test_getting_other_things_is_no_sentence(text: str) -> None:
    assert not [e for e in code(text, lang="de") if e.event == "SANCTION"]


@pytest.mark.parametrize(("text", "event", "recipient"), [
    ("Moskau – Russland verhängte ein Importverbot für türkische Tomaten.", "SANCTION", "TUR"),
    ("Washington – Die USA verhängten Strafzölle auf chinesischen Stahl.", "SANCTION", "CHN"),
    ("Brüssel – Die EU sperrte ihren Luftraum für russische Flugzeuge.", "COERCE", "RUS"),
])
def test_the_nationality_in_the_phrase_a_measure_hits_is_its_target(text: str, event: str, recipient: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == event]
    assert evs and [r.code for r in evs[0].recipient] == [recipient], evs


def test_refugees_of_one_origin_do_not_make_later_refugees_of_it() -> None:
    text = ("Wien – Österreich nahm 300 Flüchtlinge aus dem Irak auf. Am Mittwoch kündigte die Regierung an, eine "
            "Obergrenze für Flüchtlinge festzulegen.")
    evs = [e for e in code(text, lang="de") if e.event == "COERCE"]
    assert evs and not [r for r in evs[0].recipient if r.code == "IRQ"], evs


def test_a_present_participle_after_a_form_of_sein_is_no_act() -> None:
    text = "Straßburg – Es sei ermutigend, wie die Bürger den Flüchtlingen helfen, sagte der Generalsekretär der Nato."
    assert not [e for e in code(text, lang="de") if e.event == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Brüssel – Die Belgier empfangen am Dienstag die Russen, Valencia hat Lyon zu Gast.",  # a football fixture
    "München – Der Stürmer ist am Knie verletzt, sagte der Trainer.",  # an injured player
])
def test_sports_fixtures_and_injuries_are_no_events(text: str) -> None:
    assert_no_event(text, "de")


def test_the_act_noun_a_verbal_act_is_about_is_no_act_of_its_own() -> None:
    evs = code("Moskau – Russland ermutigte die Separatisten zum Kampf gegen die ukrainische Armee.", lang="de")
    assert [e.event for e in evs] == ["REQUEST"], [(e.event, e.actor) for e in evs]


def test_a_meeting_before_the_verbal_act_stays_an_act() -> None:
    text = ("Prag – Der tschechische Außenminister zeigte sich nach seiner Begegnung mit dem russischen Botschafter "
            "besorgt über die Lage in der Ukraine.")
    assert "CONSULT" in [e.event for e in code(text, lang="de")]


def test_a_court_as_subject_is_no_trial() -> None:
    evs = code("Istanbul – Ein Gericht hatte die Holding am Montag unter staatliche Aufsicht gestellt.", lang="de")
    assert [e.event for e in evs] == ["COERCE"], [(e.event, e.actor) for e in evs]


def test_two_countries_agreeing_together_are_the_two_sides() -> None:
    evs = code("Tokio – Japan und China vereinbarten eine Wiederaufnahme ihrer Gespräche.", lang="de")
    assert [(e.event, {a.code for a in e.actor} | {r.code for r in e.recipient}, len(e.recipient)) for e in evs] \
        == [("AGREE", {"JPN", "CHN"}, 1)]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("Wien – Kritik an der Regierung kam von der Opposition.", "ACCUSE", "AUT", "AUT"),
    ("Wien – Auch von der FPÖ kam Kritik am Kanzler.", "ACCUSE", "AUT", "AUT"),
    ("Ankara – Aus Washington kamen Solidaritätsadressen an die türkische Regierung.", "SUPPORT", "USA", "TUR"),
])
def test_an_act_noun_comes_from_its_doer(text: str, event: str, actor: str, recipient: str) -> None:
    assert_codes(text, "de", event, actor, recipient, "asserted")


def test_a_preposition_fused_with_its_article_marks_the_recipient() -> None:
    assert_codes("Wien – Die FPÖ übte heftige Kritik am Bundeskanzler.", "de", "ACCUSE", "AUT", "AUT", "asserted")


@pytest.mark.parametrize(("text", "event"), [
    ("Wien – Außenminister Sebastian Kurz (ÖVP) hat das Urteil als Unrecht bezeichnet.", "ACCUSE"),
    ("Brüssel – Die Europäische Union dringt auf eine gemeinsame EU-Armee.", "REQUEST"),
])
def test_a_party_in_brackets_or_the_actors_own_is_no_other_side(text: str, event: str) -> None:
    evs = code(text, lang="de")
    assert [(e.event, e.recipient) for e in evs] == [(event, ())], evs


@pytest.mark.parametrize(("text", "actor"), [
    ("Neapel – Carabinieri haben am Montag fünf Männer festgenommen.", "ITA"),
    ("Wien – Die Kriminalisten nahmen zwei Verdächtige fest.", "AUT"),
])
def test_police_by_other_names_arrest(text: str, actor: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == "COERCE"]
    assert evs and [(a.code, a.sector) for a in evs[0].actor] == [(actor, "COP")], evs


def test_given_names_spelt_otherwise_before_a_known_surname_are_one_person() -> None:
    evs = code("Wien – FPÖ-Chef Heinz Christian Strache forderte den Rücktritt der Innenministerin.", lang="de")
    assert [(e.event, e.actor[0].text, [r.text for r in e.recipient]) for e in evs] == [
        ("REQUEST", "FPÖ-Chef Heinz Christian Strache", ["der Innenministerin"])]


def test_international_companies_are_of_no_country() -> None:
    assert not [e for e in code("Wien – Die Regierung kritisierte internationale Konzerne scharf.", lang="de")
                if any(r.code == "AUT" for r in e.recipient)]


@pytest.mark.parametrize(("text", "recipient"), [
    ("Paris – Der Außenminister unterzeichnete das Abkommen auf der Konferenz in Le Bourget bei Paris.", []),
    ("Peking – Japan protestierte bei Peking gegen die Manöver.", ["CHN"]),  # a protest addresses the government
])
def test_a_capital_after_a_place_preposition_is_where_unless_addressed(text: str, recipient: list[str]) -> None:
    evs = code(text, lang="de")
    assert evs and [r.code for r in evs[0].recipient] == recipient, evs


def test_a_nominative_pronoun_after_the_verb_makes_the_fronted_party_the_object() -> None:
    text = ("Berlin – Der russische Präsident Putin traf Bundeskanzlerin Merkel. Die Bundeskanzlerin lobte er für "
            "ihre Politik.")
    assert_codes(text, "de", "SUPPORT", "RUS", "DEU", "asserted")


@pytest.mark.parametrize("text", [
    "Moskau – Russland hatte im vergangenen Jahr Sanktionen gegen die Türkei verhängt.",
    "Moskau – Bereits im November vergangenen Jahres verhängte Russland Sanktionen gegen die Türkei.",
])
def test_an_act_of_last_year_is_historical_without_a_publication_date(text: str) -> None:
    assert [e.status.value for e in code(text, lang="de")] == ["historical"]


def test_a_newspaper_after_in_is_the_medium_not_the_target() -> None:
    text = "Athen – Der Minister gab in der Frankfurter Allgemeinen Zeitung der Regierung in Berlin die Schuld."
    assert not [e for e in code(text, lang="de") if any(r.sector == "JRN" for r in e.recipient)]


def test_a_statement_about_the_act_before_is_aimed_at_its_doer() -> None:
    text = ("Brüssel – Russland warf der EU vor, die Ukraine zu destabilisieren. Das sei eine Lüge, sagte der "
            "EU-Kommissar.")
    evs = [e for e in code(text, lang="de") if e.event == "ACCUSE" and e.actor[0].code == "EUR"]
    assert evs and [r.code for r in evs[0].recipient] == ["RUS"], evs


def test_a_demonstrative_article_before_a_noun_refers_to_no_act() -> None:
    text = "Brüssel – Russland warf der EU Heuchelei vor. Das Wetter sei eine Katastrophe, sagte der EU-Kommissar."
    assert not [e for e in code(text, lang="de") if e.event == "ACCUSE" and e.actor[0].code == "EUR"]


def test_the_organisation_after_a_named_person_is_whom_they_speak_for() -> None:
    evs = code("Wien – Die Regierung handle verantwortungslos, kritisierte Renate Anderl vom ÖGB.", lang="de")
    assert [(e.event, [(a.code, a.sector) for a in e.actor], [r.sector for r in e.recipient]) for e in evs] == [
        ("ACCUSE", [("AUT", "LAB")], ["GOV"])]
    passive = code("Wien – Merkel wurde vom ÖGB kritisiert.", lang="de")  # 'vom' before a participle: the agent
    assert [(e.actor[0].sector, e.recipient[0].code) for e in passive] == [("LAB", "DEU")]


# a court, prosecutor's office or police body named with its seat right after it is that place's body
SEATS = [
    ("Die Staatsanwaltschaft Köln erhob Anklage gegen den Bürgermeister.", "ACCUSE", "DEU", "JUD"),
    ("Das Landgericht Augsburg verurteilte den Unternehmer zu vier Jahren Haft.", "SANCTION", "DEU", "JUD"),
    ("Die Polizei Wien hat am Montag zwei Männer festgenommen.", "COERCE", "AUT", "COP"),
    ("Die Landespolizeidirektion Steiermark nahm drei Verdächtige fest.", "COERCE", "AUT", "COP"),
    ("Das Straflandesgericht Wien verurteilte den Angeklagten zu zwei Jahren Haft.", "SANCTION", "AUT", "JUD"),
]


@pytest.mark.parametrize(("text", "event", "code_", "sector"), SEATS)
def test_a_body_named_with_its_seat_is_of_the_seats_country(text: str, event: str, code_: str, sector: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == event]
    assert evs and [(a.code, a.sector) for a in evs[0].actor] == [(code_, sector)], evs
    assert not [r for e in evs for r in e.recipient if r.text in ("Wien", "Steiermark")]  # the seat is no party


def test_a_government_before_a_capital_keeps_the_capital_as_its_object() -> None:
    evs = code("Die Regierung in Rom sagte Athen Hilfe zu.", lang="de")  # no seat for a government
    assert [(e.event, [r.code for r in e.recipient]) for e in evs] == [("AGREE", ["GRC"])], evs


def test_a_police_appeal_to_nobody_named_is_no_request() -> None:
    robbery = "Graz – Ein Unbekannter hat in Graz eine Bank überfallen. "
    assert not code(robbery + "Die Polizei ersucht um Hinweise.", lang="de")
    assert not code(robbery + "Die Polizei bittet Zeugen, sich zu melden.", lang="de")
    evs = code("Graz – Die Polizei forderte von der Landesregierung mehr Personal.", lang="de")
    assert [(e.event, [r.sector for r in e.recipient]) for e in evs] == [("REQUEST", ["GOV"])]


def test_a_named_person_the_dictionary_does_not_know_is_no_stand_in_for_the_subject() -> None:
    # 'Anton Huber' is the subject: the government he criticises is not the actor
    assert not code("Wien – Anton Huber kritisierte die Regierung scharf.", lang="de")


@pytest.mark.parametrize(("text", "event", "actor", "target"), [
    ("Wien – Die Polizei nahm Hans-Peter Gruber am Montag fest.", "COERCE", "AUT", "Hans-Peter Gruber"),
    ("Köln – Die Staatsanwaltschaft wirft Anton Berger Betrug vor.", "ACCUSE", "DEU", "Anton Berger"),
    ("Wien – Die FPÖ klagte Maria Berger wegen übler Nachrede.", "ACCUSE", "AUT", "Maria Berger"),
])
def test_a_named_private_person_taken_to_court_or_arrested_is_of_that_country(text: str, event: str, actor: str,
                                                                               target: str) -> None:
    evs = [e for e in code(text, lang="de") if e.event == event]
    assert [([a.code for a in e.actor], [(r.code, r.text) for r in e.recipient]) for e in evs] == [
        ([actor], [(actor, target)])], evs


def test_a_named_private_person_with_a_title_holds_it() -> None:
    after = code("Wien – Die Regierung handle verantwortungslos, kritisierte Maria Berger, Präsidentin der "
                 "Arbeiterkammer.", lang="de")
    assert [(e.event, e.actor[0].code, e.actor[0].sector, e.actor[0].name) for e in after] == [
        ("ACCUSE", "AUT", "LAB", "Maria Berger")]
    before = code("Wien – Die Präsidentin der Arbeiterkammer, Maria Berger, forderte höhere Löhne.", lang="de")
    assert [(e.event, e.actor[0].sector, e.actor[0].name) for e in before] == [("REQUEST", "LAB", "Maria Berger")]


def test_a_named_person_after_a_genitive_noun_is_its_owner_not_the_object() -> None:
    evs = code("Ankara – Die türkische Regierung forderte von Deutschland die Auslieferung des Journalisten "
               "Jan Berger.", lang="de")
    assert [(e.event, [r.code for r in e.recipient]) for e in evs] == [("REQUEST", ["DEU"])], evs


@pytest.mark.parametrize("text", [
    "Das Landgericht Augsburg verurteilte den Unternehmer wegen Betrugs.",
    "Das Oberlandesgericht Wien hat den früheren Minister wegen Untreue verurteilt.",
])
def test_what_a_court_condemns_it_convicts(text: str) -> None:
    assert [(e.event, e.mode, e.actor[0].sector) for e in code(text, lang="de")] == [("SANCTION", "convict", "JUD")]


def test_what_a_government_condemns_it_condemns() -> None:
    evs = code("Berlin – Die Bundesregierung verurteilte den Angriff auf die Botschaft scharf.", lang="de")
    assert [(e.event, e.mode) for e in evs] == [("ACCUSE", "disapprove")]


@pytest.mark.parametrize(("text", "status"), [
    ("Berlin – Die EU kündigte neue Sanktionen gegen Russland an.", "future"),
    ("Berlin – Die EU hat Strafmaßnahmen gegen Russland angekündigt.", "future"),
    ("Kiew – Die Ukraine kündigte den Vertrag mit Russland.", "asserted"),  # the act's own verb announces nothing
])
def test_announced_sanctions_are_planned_and_a_terminated_treaty_is_done(text: str, status: str) -> None:
    assert [(e.event, e.status.value) for e in code(text, lang="de")] == [("SANCTION", status)]


def test_not_ruling_out_force_is_a_threat_and_ruling_it_out_no_act() -> None:
    assert_codes("Russland schließt Luftangriffe gegen die Türkei nicht aus.", "de", "THREATEN", "RUS", "TUR",
                 "asserted")
    assert_no_event("Russland schließt Luftangriffe gegen die Türkei aus.", "de")
    assert_no_event("Berlin – Die Kanzlerin schließt eine Koalition mit der SPD nicht aus.", "de")


def test_an_act_of_the_teaser_that_the_body_reports_is_one_record() -> None:
    text = ("Türkei verhängt Sanktionen gegen Russland. Ankara – Die türkische Regierung hat am Montag Sanktionen "
            "gegen Russland verhängt. Zuvor hatte Russland Sanktionen gegen die Türkei verhängt.")
    evs = code(text, lang="de")
    assert sorted((e.sentence, e.actor[0].code, e.recipient[0].code) for e in evs) == [
        (1, "TUR", "RUS"), (2, "RUS", "TUR")], evs
    # another act of the teaser stays its own record
    other = code("Türkei kritisiert Russland scharf. Ankara – Die türkische Regierung hat am Montag Sanktionen gegen "
                 "Russland verhängt.", lang="de")
    assert sorted(e.event for e in other) == ["ACCUSE", "SANCTION"], other


@pytest.mark.parametrize(("text", "status"), [
    ("Wien – Das Gericht verurteilte den Mann in einem nicht rechtskräftigen Urteil zu drei Jahren Haft.", "asserted"),
    ("Wien – Die Polizei löste eine nicht genehmigte Demonstration auf.", "asserted"),
    ("Wien – Die Polizei hat die Demonstranten nicht festgenommen.", "negated"),
])
def test_nicht_before_an_attribute_negates_the_attribute_not_the_act(text: str, status: str) -> None:
    assert [e.status.value for e in code(text, lang="de")] == [status]


@pytest.mark.parametrize("text", [
    "Wien – Die ÖVP hofft, dass die Polizei die Demonstranten festnimmt.",
    "Wien – Die Regierung will, dass die EU Sanktionen gegen Russland verhängt.",
    "Kiew – Die Regierung befürchtet, dass Russland die Ukraine angreift.",
])
def test_the_act_of_a_wished_or_feared_dass_clause_has_not_happened(text: str) -> None:
    assert [e.status.value for e in code(text, lang="de")] == ["hypothetical"]


def test_a_reported_dass_clause_is_still_reported() -> None:
    assert [e.status.value for e in code("Wien – Die ÖVP sagte, dass die Polizei die Demonstranten festgenommen "
                                         "habe.", lang="de")] == ["asserted"]


def test_das_land_is_the_country_named_before_it_in_the_sentence() -> None:
    assert_codes("Berlin – Nach Enthüllungen über Briefkastenfirmen in Panama warf die OECD dem Land Versäumnisse vor.",
                 "de", "ACCUSE", "IGO", "PAN", "asserted")
    assert_codes("Athen – Griechenland steht vor der Pleite. Das Land hat beim ESM ein neues Hilfsprogramm beantragt.",
                 "de", "REQUEST", "GRC", "EUR", "asserted")


def test_a_refused_talk_about_a_partys_request_is_aimed_at_that_party() -> None:
    assert_codes("Berlin – Deutschland werde nicht über den Hilfsantrag aus Athen beraten, sagte die Kanzlerin.", "de",
                 "REJECT", "DEU", "GRC", "asserted")
    assert_codes("Berlin – Die Regierung wird nicht über den Antrag Griechenlands verhandeln.", "de", "REJECT", "DEU",
                 "GRC", "asserted")


def test_a_name_right_after_a_body_in_a_phrase_is_in_that_phrase() -> None:
    # 'ESM' is the fund's name inside 'beim Euro-Hilfsfonds ESM', not the subject of the request
    evs = code("Athen – Die Regierung hat beim Euro-Hilfsfonds ESM ein neues Hilfsprogramm beantragt.", lang="de")
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs] == [(["GRC"], ["EUR"])], evs
    assert not code("Athen – Das Land hat am Nachmittag überraschend ein neues, zweijähriges Hilfsprogramm beim "
                    "Euro-Hilfsfonds ESM beantragt.", lang="de")  # 'Das Land' refers to nothing named: nobody coded


def test_a_group_that_is_no_state_body_meeting_by_itself_is_no_consultation() -> None:
    assert not code("Wien – Alle Betriebsräte kommen am Dienstag zur Beratung zusammen.", lang="de")
    evs = code("Brüssel – Die Außenminister der EU kommen am Montag in Brüssel zusammen.", lang="de")
    assert [(e.event, e.actor[0].code) for e in evs] == [("CONSULT", "EUR")]


def test_what_a_bill_provides_for_has_not_happened() -> None:
    evs = code("Berlin – Der Gesetzentwurf sieht vor, dass Flatrate-Partys verboten werden.", lang="de")
    assert [e.status.value for e in evs] == ["hypothetical"], evs


def test_a_condition_after_a_dateline_is_a_condition() -> None:
    evs = code("Rom – Sollte der Mann zurückkommen, wird ihn die italienische Polizei sofort verhaften.", lang="de")
    assert [e.status.value for e in evs] == ["hypothetical"], evs


@pytest.mark.parametrize("text", [
    "Wien – Die FPÖ findet die Pläne der Regierung nicht akzeptabel.",
    "Wien – Die Gewerkschaft hält die Forderung der Regierung für nicht nachvollziehbar.",
    "Wien – Die Pläne der Regierung seien nicht zumutbar, sagte der FPÖ-Chef.",
    "Wien – Die FPÖ findet die Pläne der Regierung falsch.",
])
def test_an_approving_word_negated_is_criticism(text: str) -> None:
    assert [(e.event, e.actor[0].code, [r.sector for r in e.recipient]) for e in code(text, lang="de")] == [
        ("ACCUSE", "AUT", ["GOV"])]


@pytest.mark.parametrize("text", [
    "Wien – Der Vorschlag der Regierung sei akzeptabel, sagte der FPÖ-Chef.",
    "Wien – Die FPÖ findet die Pläne der Regierung durchaus vertretbar.",
    "Wien – Die Polizei fand bei der Regierung keine Waffen.",
])
def test_an_approving_word_is_no_criticism(text: str) -> None:
    assert not [e for e in code(text, lang="de") if e.event == "ACCUSE"]


def test_two_capitalised_role_nouns_are_two_phrases() -> None:
    evs = code("Kairo – Nach Darstellung der Opposition hat die Polizei Demonstranten festgenommen.", lang="de")
    assert [(e.event, e.actor[0].sector, [r.sector for r in e.recipient]) for e in evs] == [
        ("COERCE", "COP", ["CVL"])], evs


def test_a_word_that_names_a_party_is_no_criticism_word() -> None:
    # 'die Zensur' is the censorship authority here, not an accusation of censorship
    evs = code("Peking – Nach Informationen der China Digital Times in Hongkong wies die Zensur die Staatsmedien an, "
               "Berichte über die Firmen zu löschen.", lang="de")
    assert "ACCUSE" not in [e.event for e in evs], evs


def test_an_organisation_after_a_genitive_article_and_adjectives_is_an_owner() -> None:
    evs = code("Istanbul – Nach dem Wahlsieg der islamisch-konservativen AKP ist die Polizei gegen eine "
               "regierungskritische Zeitung vorgegangen.", lang="de")
    assert [(e.event, e.actor[0].sector) for e in evs] == [("COERCE", "COP")], evs


def test_a_party_coerces_nobody_it_does_not_name() -> None:
    assert not code("Wien – Die Grünen gehen seit einiger Zeit schärfer gegen Hetze im Netz vor.", lang="de")
    evs = code("Wien – Die Regierung geht schärfer gegen Hetze im Netz vor.", lang="de")
    assert [(e.event, e.actor[0].sector) for e in evs] == [("COERCE", "GOV")]


def test_a_president_the_dictionary_does_not_know_heads_another_body() -> None:
    assert not code("Wien – Salzburgs Präsident Hans Huber einigte sich mit dem Trainer auf eine Auflösung.", lang="de")
    evs = code("Wien – Bundespräsident Heinz  Fischer kritisierte die Regierung.", lang="de")  # two spaces: still him
    assert [(e.actor[0].code, e.actor[0].name) for e in evs] == [("AUT", "Heinz Fischer")], evs


# the president of a body chronik does not know is nobody, and an unknown noun with such an owner before the verb is
# an unknown subject (the object is not promoted to actor); the president of the state or of a known country acts
HEADS_OF_UNKNOWN_BODIES = [
    "Wien – Der Präsident des Yachtklubs kritisierte die Regierung.",
    "Wien – Der Präsident des traditionsreichen Yachtklubs forderte den Rücktritt des Ministers.",
    "Wien – Der Präsident von Rapid kritisierte die Regierung scharf.",
    "Wien – Der Trainer von Rapid kritisierte die Regierung.",
    "Der Präsident der Liga kritisierte die Regierung in Rom.",  # no member of Italy's Lega either
]
HEADS_OF_STATES = [
    ("Wien – Der Präsident der Republik kritisierte die Türkei.", "AUT", "TUR"),
    ("Wien – Der Präsident kritisierte die Türkei.", "AUT", "TUR"),
    ("Paris – Der Präsident von Frankreich kritisierte die Türkei.", "FRA", "TUR"),
    ("Wien – Der Präsident Frankreichs kritisierte die Türkei.", "FRA", "TUR"),
    ("Wien – Der Präsident des Landes kritisierte die Türkei.", "AUT", "TUR"),
]


@pytest.mark.parametrize("text", HEADS_OF_UNKNOWN_BODIES)
def test_the_president_of_a_body_chronik_does_not_know_is_nobody(text: str) -> None:
    assert_no_event(text, "de")


@pytest.mark.parametrize(("text", "actor", "recipient"), HEADS_OF_STATES)
def test_the_president_of_the_state_or_a_known_country_acts_for_it(text: str, actor: str, recipient: str) -> None:
    assert_codes(text, "de", "ACCUSE", actor, recipient, "asserted")


def test_the_president_of_a_known_body_after_a_capitalised_adjective_is_no_unknown_head() -> None:
    # 'des Obersten Gerichtshofs' is a body chronik knows: the president stays the subject (not the court alone)
    evs = code("Wien – Die Präsidentin des Obersten Gerichtshofs kritisierte die Regierung.", lang="de")
    assert [e.actor[0].text for e in evs] == ["Die Präsidentin"], evs


# the act of a case ('im Falle eines Angriffs', 'in the event of') is hypothetical; a demand or threat made for a
# case is made all the same; 'im Fall X' (a matter, no indefinite article) is no case
CASES = [
    ("Berlin – Im Falle eines Angriffs werde die NATO Russland bombardieren, sagte der Minister.", "de", "ASSAULT",
     "hypothetical"),
    ("Berlin – Für den Fall einer Eskalation will die EU Sanktionen gegen Russland verhängen.", "de", "SANCTION",
     "hypothetical"),
    ("Berlin – Die NATO drohte Russland für den Fall eines Angriffs mit Konsequenzen.", "de", "THREATEN", "asserted"),
    ("Berlin – Die EU forderte für den Fall einer Eskalation Sanktionen gegen Russland.", "de", "REQUEST", "asserted"),
    ("London – Im Fall Skripal hat Großbritannien russische Diplomaten ausgewiesen.", "de", "SANCTION", "asserted"),
    ("NATO will bomb Russia in the event of an attack.", "en", "ASSAULT", "hypothetical"),
]


@pytest.mark.parametrize(("text", "lang", "event", "status"), CASES)
def test_the_act_of_a_case_is_hypothetical(text: str, lang: str, event: str, status: str) -> None:
    evs = code(text, lang=lang)
    assert [(e.event, e.status.value) for e in evs] == [(event, status)], evs


# a negation that sets one party against another ('und nicht X', 'nicht X, sondern Y') does not negate the act, and
# the negated party is none of its parties; a plain negation still negates
CONTRASTS = [
    ("Berlin – Die Regierung kritisierte Russland und nicht die Ukraine.", "de", "ACCUSE", "RUS", "asserted"),
    ("Berlin – Die Regierung kritisierte nicht Russland, sondern die Ukraine.", "de", "ACCUSE", "UKR", "asserted"),
    ("Berlin – Die Regierung lehnte Gespräche mit Russland und nicht mit der Ukraine ab.", "de", "REJECT", "RUS",
     "asserted"),
    ("Berlin – Die Regierung kritisierte Russland nicht.", "de", "ACCUSE", "RUS", "negated"),
    ("Berlin – Die Regierung kritisierte nicht Russland.", "de", "ACCUSE", "RUS", "negated"),
    ("Germany criticized Russia and not Ukraine.", "en", "ACCUSE", "RUS", "asserted"),
    ("Germany criticized not Russia but Ukraine.", "en", "ACCUSE", "UKR", "asserted"),
    ("Germany did not criticize Russia.", "en", "ACCUSE", "RUS", "negated"),
]


@pytest.mark.parametrize(("text", "lang", "event", "recipient", "status"), CONTRASTS)
def test_a_negation_that_contrasts_parties_does_not_negate_the_act(text: str, lang: str, event: str, recipient: str,
                                                                     status: str) -> None:
    got = [(e.event, [r.code for r in e.recipient], e.status.value) for e in code(text, lang=lang)]
    assert got == [(event, [recipient], status)]
