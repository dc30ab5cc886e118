"""Engine rules that need more than one sentence or look inside the engine (German texts written for these
tests, none from a gold file): coreference of office holders, clause shapes, the log of rejected triggers."""

from __future__ import annotations

import pytest

from chronik.api import code
from chronik.pipeline import code_document
from chronik.read import document_from_text
from sentence_tables import assert_codes


def _events(text: str, event: str):
    return [e for e in code(text, pub_date="2016-05-20", lang="de") if e.event == event]


def _sides(text: str, event: str) -> tuple[set[str | None], set[str | None]]:
    """Actor and recipient codes of the first event of that type (the test fails when there is none)."""
    found = _events(text, event)
    assert found, f"no {event} in {text!r}"
    return {a.code for a in found[0].actor}, {r.code for r in found[0].recipient}


def test_pronoun_refers_to_an_office_holder_of_the_articles_country() -> None:
    text = ("Wien – Der Streit um die Spitalsreform in Österreich geht weiter. Die Wiener Stadträtin Maria Huber "
            "legte am Montag einen neuen Plan vor. Neue Gespräche mit den Gewerkschaften lehnt sie vorerst ab.")
    found = _events(text, "REJECT")
    assert found and {a.code for a in found[0].actor} == {"AUT"}
    assert any("the article's country" in t for t in found[0].trail)


def test_an_office_holder_without_a_country_stays_uncoded_when_the_article_names_no_country() -> None:
    text = "Stadträtin Maria Huber lehnte neue Gespräche ab. Sie kritisierte die Ärzte scharf."
    assert not _events(text, "ACCUSE")


def test_short_insertion_between_dashes_does_not_split_the_clause() -> None:
    text = ("Der UN-Sicherheitsrat – einschließlich China und Russland – verhängte neue Sanktionen gegen "
            "Nordkorea.")
    found = _events(text, "SANCTION")
    assert found and "UNO" in {a.code for a in found[0].actor}
    assert {r.code for r in found[0].recipient} == {"PRK"}


def test_coordinated_light_verb_clause_keeps_the_subject() -> None:
    text = ("Der japanische Außenminister äußerte sich nicht zu dem Bericht, sondern machte China für die "
            "Spannungen verantwortlich.")
    assert _sides(text, "ACCUSE") == ({"JPN"}, {"CHN"})


def test_rejected_triggers_are_logged_with_their_reason() -> None:
    doc = document_from_text("Bei den Kämpfen zwischen Armee und Rebellen starben sieben Soldaten.", lang="de")
    rejected: list = []
    result = code_document(doc, "de", rejected=rejected)
    assert not result.events
    assert [(r.word, r.event) for r in rejected] == [("Kämpfen", "ASSAULT")]
    assert "setting" in rejected[0].reason


def test_the_country_refers_to_the_country_last_named_as_subject() -> None:
    text = ("Nordkorea hat am Freitag erneut zwei Raketen getestet. Das Militär des international isolierten "
            "Landes drohte Südkorea am Samstag mit Vergeltung.")
    assert _sides(text, "THREATEN") == ({"PRK"}, {"KOR"})


def test_the_country_with_no_country_named_before_is_nobody() -> None:
    assert not _events("Das Militär des Landes drohte Südkorea am Samstag mit Vergeltung.", "THREATEN")


def test_a_framed_prepositional_phrase_is_the_setting() -> None:
    text = "Als Reaktion auf Militärmanöver der USA verschärfte Nordkorea seine Drohungen gegen Südkorea."
    assert not _events(text, "MOBILIZE")


def test_two_weapons_of_one_attack_are_one_event() -> None:
    text = "Die türkische Polizei setzte am Mittwoch Tränengas und Wasserwerfer gegen Demonstranten ein."
    assert len(_events(text, "ASSAULT")) == 1


def test_qualifying_an_actor_as_a_threat_accuses_it() -> None:
    text = "Der US-Verteidigungsminister hat Russland als sehr, sehr ernste Bedrohung bezeichnet."
    assert _sides(text, "ACCUSE") == ({"USA"}, {"RUS"})


def test_qualifying_something_as_a_success_is_no_accusation() -> None:
    assert not _events("Die Kanzlerin bezeichnete die Gespräche mit Frankreich als großen Erfolg.", "ACCUSE")


def test_an_arrest_in_the_passive_is_done_by_the_country_where_it_happened() -> None:
    text = ("Paris – Die französische Polizei sucht weiter nach Komplizen der Attentäter von Paris. "
            "In Italien wurde am Montag ein Algerier festgenommen.")
    found = [e for e in _events(text, "COERCE") if "Italien" in e.evidence or e.sentence == 1]
    assert found and {a.code for a in found[0].actor} == {"ITA"}


def test_eavesdropping_in_the_passive_has_no_implied_state_agent() -> None:
    text = "Berlin – Die deutsche Regierung ist besorgt. In Deutschland wurden Telefonate der Kanzlerin abgehört."
    assert not _events(text, "COERCE")


def test_the_countrys_own_police_acts_on_people_of_that_country() -> None:
    text = ("Istanbul – Vier Tage vor der Wahl in der Türkei wächst der Druck auf die Presse. Die türkische Polizei "
            "nahm am Mittwoch in Istanbul zwei Journalisten fest.")
    assert _sides(text, "COERCE") == ({"TUR"}, {"TUR"})


def test_a_party_in_brackets_gives_an_unknown_persons_country() -> None:
    text = "Bürgermeister Franz Huber (SPÖ) kritisierte am Montag die deutsche Bundesregierung scharf."
    assert _sides(text, "ACCUSE") == ({"AUT"}, {"DEU"})


def test_two_persons_of_one_country_doing_the_same_are_two_events() -> None:
    text = ("Wien – Innenministerin Johanna Mikl-Leitner kritisierte die Grünen. Bürgermeister Franz Huber (SPÖ) "
            "kritisierte die Bundesregierung.")
    assert len(_events(text, "ACCUSE")) == 2


def test_an_act_noun_names_its_doer_with_durch() -> None:
    text = "Die Ausweisung von zwei Diplomaten durch Russland hatte in Warschau zu Empörung geführt."
    found = _events(text, "SANCTION") + _events(text, "COERCE")
    assert found and {a.code for a in found[0].actor} == {"RUS"}


def test_the_owner_of_a_passive_subject_is_the_target() -> None:
    text = ("Minsk – Die Lage in Belarus bleibt gespannt. Proteste der belarussischen Opposition wurden am Sonntag "
            "gewaltsam niedergeschlagen.")
    assert _sides(text, "ASSAULT") == ({"BLR"}, {"BLR"})


def test_an_ethnic_group_is_coded_as_its_homeland() -> None:
    found = _events("Die chinesischen Behörden gehen verschärft gegen Uiguren vor.", "COERCE")
    assert found and {r.code for r in found[0].recipient} == {"CHN"}


def test_a_role_with_its_name_between_commas_is_the_subject() -> None:
    text = ("Der Generalsekretär der NATO, Jens Stoltenberg, hat die russische Regierung aufgerufen, die Truppen "
            "von der Grenze abzuziehen.")
    assert _sides(text, "REQUEST") == ({"IGO"}, {"RUS"})


def test_sowohl_als_auch_joins_two_actors() -> None:
    text = ("Paris – Sowohl Premier Manuel Valls als auch Innenminister Bernard Cazeneuve verurteilten den "
            "Anschlag des Islamischen Staates.")
    for ev in _events(text, "ACCUSE"):
        assert "FRA" not in {r.code for r in ev.recipient}  # neither Frenchman is the other's target


def test_an_object_pronoun_is_not_the_subject_of_its_clause() -> None:
    text = ("Berlin – Der französische Präsident François Hollande reiste nach Berlin. Bundespräsident Joachim "
            "Gauck, der ihn am Montag empfing, lobte die französische Regierung.")
    support = _events(text, "SUPPORT")
    assert support and {a.code for a in support[0].actor} == {"DEU"}
    assert {r.code for r in support[0].recipient} == {"FRA"}
    for ev in _events(text, "CONSULT"):
        assert {a.code for a in ev.actor} | {r.code for r in ev.recipient} == {"FRA", "DEU"}


def test_a_party_inside_a_fronted_noun_phrase_is_not_the_verbs_recipient() -> None:
    text = ("Nach harter Kritik an Alexander Gauland entschuldigte sich die AfD-Chefin bei dem deutschen "
            "Fußballer Jérôme Boateng.")
    for ev in _events(text, "CONCEDE"):
        assert all(r.name != "Alexander Gauland" for r in ev.recipient)
    found = _events("Mit Russland verhandelte die Ukraine am Montag in Minsk.", "CONSULT")
    assert found and {a.code for a in found[0].actor} | {r.code for r in found[0].recipient} == {"RUS", "UKR"}


def test_what_a_party_should_do_is_a_demand() -> None:
    text = "Die USA sollten ihre Sanktionen gegen Kuba aufheben, sagte der russische Außenminister."
    assert not _events(text, "CONCEDE")
    assert _sides(text, "REQUEST") == ({"RUS"}, {"USA"})


def test_both_sides_accusing_each_other_is_one_mutual_accusation() -> None:
    text = ("Sanaa – Die Houthi-Rebellen griffen erneut Stellungen der jemenitischen Regierung an. Beide Seiten "
            "werfen sich vor, die Waffenruhe gebrochen zu haben.")
    found = [e for e in _events(text, "ACCUSE") if "Beide Seiten" in e.evidence]
    assert found and {a.code for a in found[0].actor} == {"YEM"} and len(found[0].actor) == 2
    assert not found[0].recipient


def test_a_crackdown_on_uncoded_people_targets_the_country() -> None:
    text = ("Ankara – Die türkische Regierung ging wiederholt gegen mutmaßliche Anhänger des Predigers in Justiz, "
            "Polizei und Medien vor.")
    assert _sides(text, "COERCE") == ({"TUR"}, {"TUR"})


def test_talking_about_how_to_proceed_is_no_crackdown() -> None:
    assert not _events("Die türkische Regierung berät, wie sie weiter vorgehen will.", "COERCE")


def test_seit_as_a_preposition_opens_a_main_clause() -> None:
    assert _sides("Seit Samstag feuert die türkische Armee auf syrisches Territorium.", "ASSAULT") == ({"TUR"}, {"SYR"})


def test_holding_allies_to_account_is_a_demand() -> None:
    assert _sides("Der türkische Präsident nimmt die Nato-Verbündeten in die Pflicht.", "REQUEST") == ({"TUR"}, {"IGO"})


def test_protests_that_happened_are_by_the_people_of_the_place() -> None:
    text = ("Ajaccio – Auf Korsika bleibt die Lage gespannt. Am Freitag kam es trotz Aufrufen zur Ruhe zu "
            "Demonstrationen.")
    found = _events(text, "PROTEST")
    assert found and {a.code for a in found[0].actor} == {"FRA"} and found[0].actor[0].sector == "CVL"
    assert not _events("Ajaccio – Auf Korsika bleibt die Lage gespannt. In Paris kam es zu einem Treffen.", "CONSULT")


def test_reported_speech_going_on_in_the_subjunctive_keeps_its_speaker() -> None:
    text = ("Seoul – Nordkorea hat Südkorea scharf kritisiert, hieß es in einer Erklärung der Armee. Südkorea müsse "
            "sich entschuldigen.")
    found = [e for e in _events(text, "REQUEST") if e.sentence == 1]
    assert found and {a.code for a in found[0].actor} == {"PRK"} and {r.code for r in found[0].recipient} == {"KOR"}
    # without a reported statement before, the subjunctive names no speaker
    assert not _events("Seoul – Südkorea müsse sich entschuldigen.", "REQUEST")


def test_a_role_followed_by_its_holders_name_is_one_party() -> None:
    text = "Der Präsident der Ukraine Petro Poroschenko kritisierte Moskau scharf."
    assert _sides(text, "ACCUSE") == ({"UKR"}, {"RUS"})


def test_a_capital_at_the_end_of_a_longer_name_is_no_party() -> None:
    text = "Quito – Der ecuadorianische Präsident empfing den Gast auf dem Flughafen Mariscal Sucre."
    for ev in code(text, pub_date="2015-07-06", lang="de"):
        assert "BOL" not in {a.code for a in ev.actor} | {r.code for r in ev.recipient}


def test_the_doer_in_a_fronted_phrase_stays_and_an_owner_there_does_not_act() -> None:
    text = ("Damaskus – In Syrien gehen die Kämpfe weiter. Bei dem Beschuss durch die syrischen Regierungstruppen "
            "wurden 18 Zivilisten getötet.")
    assert any({a.code for a in e.actor} == {"SYR"} for e in _events(text, "ASSAULT"))
    text = ("Ankara – In der Türkei bleibt die Lage gespannt. Nach dem Wahlsieg der AKP ist die türkische Polizei "
            "gegen Demonstranten vorgegangen.")
    found = _events(text, "COERCE")
    assert found and all(a.sector != "PTY" for a in found[0].actor)


def test_injuring_somebody_is_an_attack_violating_a_law_is_not() -> None:
    text = "In Jerusalem verletzte ein Palästinenser einen Israeli mit einem Messer."
    assert _sides(text, "ASSAULT") == ({"PSE"}, {"ISR"})
    assert not _events("Die russische Armee verletzte erneut den Luftraum Estlands.", "ASSAULT")
    assert not _events("Der französische Stürmer verletzte sich am Knie.", "ASSAULT")


def test_a_government_acts_where_the_sentence_is_set_refugees_are_not_the_articles_country() -> None:
    found = _events("Wien – Österreich ist besorgt. In Ungarn verhängte die Regierung den Notstand.", "COERCE")
    assert found and {a.code for a in found[0].actor} == {"HUN"}
    text = "Belgrad – Serbien ist besorgt. Die serbische Polizei nahm einen Schlepper mit sechs Flüchtlingen fest."
    for ev in _events(text, "COERCE"):
        assert all(r.sector != "REF" for r in ev.recipient)


def test_the_source_of_a_report_is_no_party_to_the_act() -> None:
    text = "Nordkorea hat nach Angaben des südkoreanischen Generalstabs zwei Raketen ins Meer abgefeuert."
    for ev in code(text, pub_date="2021-03-25", lang="de"):
        assert "KOR" not in {r.code for r in ev.recipient} | {a.code for a in ev.actor}


def test_an_exercise_of_two_countries_is_cooperation() -> None:
    text = "Seoul – Pjöngjang reagierte auf ein militärisches Großmanöver der USA und Südkoreas."
    assert _sides(text, "COOPERATE") in (({"USA"}, {"KOR"}), ({"KOR"}, {"USA"}))
    assert not _events("Russland hielt ein Manöver mit 3000 Soldaten ab.", "COOPERATE")


def test_the_articles_country_counts_its_political_parties() -> None:
    # a domestic article names its parties more often than its country; a country named once in a comparison is
    # not what the article is about
    assert _sides("Die CDU und die SPD stritten am Montag über den Haushalt. Der Innenminister lehnte den Vorschlag "
                  "ab. In Frankreich sei das anders, sagte er.", "REJECT")[0] == {"DEU"}
    assert _sides("Die ÖVP und die FPÖ stritten am Montag über das Budget. Der Landesrat lehnte den Vorschlag der "
                  "Opposition ab.", "REJECT")[0] == {"AUT"}


def test_a_partys_other_name_in_brackets_does_not_count_for_the_articles_country() -> None:
    # 'Homeland Union (Conservatives)': the bracketed name is the same party, and the English data's
    # 'Conservatives' are British
    found = code("The Homeland Union (Conservatives) began collecting signatures to convince the Lithuanian "
                 "Parliament to amend the constitution so that same-sex marriages are banned.", lang="en")
    assert not any(p.code == "GBR" for e in found for p in (*e.actor, *e.recipient))


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    # a party named after 'wie' for comparison is no party to the act
    ("Wien – Österreich kritisierte wie Deutschland die Türkei.", "ACCUSE", "AUT", "TUR"),
    ("Wien – Ebenso wie die USA verhängte Österreich Sanktionen gegen Russland.", "SANCTION", "AUT", "RUS"),
    # examples of a noun are the parties; 'sowohl X wie auch Y' coordinates them
    ("Berlin – Staaten wie Deutschland und Frankreich lehnen den Plan der Kommission ab.", "REJECT", "DEU+FRA", ""),
    ("Moskau – Sowohl Russland wie auch China kritisierten die USA.", "ACCUSE", "RUS+CHN", "USA"),
    ("Moskau – Russland kritisierte die USA wie auch die Nato.", "ACCUSE", "RUS", "USA+IGO"),
])
def test_comparison_and_wie_auch(text: str, event: str, actor: str, recipient: str) -> None:
    assert_codes(text, "de", event, actor, recipient, "asserted")


def test_an_act_noun_after_a_reference_phrase_is_the_matter_referred_to() -> None:
    from chronik.extract.engine import _circumstance
    from chronik.extract.lexicon import lexicon
    from chronik.extract.tokens import split_clauses, tokenize

    lex = lexicon("de")

    def circumstance(text: str, noun: str) -> bool:
        tokens = tokenize(text, 0, lex)
        i = next(t.i for t in tokens if t.text == noun)
        cl = next(c for c in split_clauses(tokens, lex) if c.first <= i < c.last)
        return _circumstance(tokens, i, cl, lex)

    # 'unter Verweis auf', 'mit Blick auf' (meta reference_phrases): the attacks are referred to, not done
    assert circumstance("Der Kanzler warnte unter Verweis auf die Anschläge in Paris vor Panik.", "Anschläge")
    assert circumstance("Die Ministerin sprach mit Blick auf die Angriffe im Norden von einer neuen Lage.", "Angriffe")
    assert not circumstance("Die Miliz verübte am Montag Anschläge auf Polizisten.", "Anschläge")
