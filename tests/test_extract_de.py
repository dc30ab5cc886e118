"""German extraction on sentences written for these tests (not from any gold file)."""

from __future__ import annotations

import pytest

from chronik.api import code
from chronik.records import Event


def events(text: str, pub: str | None = "2021-03-17") -> list[Event]:
    return code(text, pub_date=pub, lang="de")


def one(text: str, event: str, pub: str | None = "2021-03-17") -> Event:
    found = [e for e in events(text, pub) if e.event == event]
    assert found, f"no {event} in {[(e.event, e.evidence) for e in events(text, pub)]}"
    return found[0]


def codes(parties) -> set[str]:
    return {p.code for p in parties}


def test_country_subject_and_object_of_criticism() -> None:
    ev = one("Japan kritisierte am Dienstag die chinesische Regierung scharf.", "ACCUSE")
    assert codes(ev.actor) == {"JPN"}
    assert codes(ev.recipient) == {"CHN"}
    assert ev.status == "asserted"


def test_nationality_adjective_with_role_and_name_is_a_person() -> None:
    ev = one("Der russische Außenminister Sergej Lawrow traf in Ankara seinen türkischen Amtskollegen.",
             "CONSULT")
    assert codes(ev.actor) == {"RUS"}
    assert ev.actor[0].name in ("Sergey Lavrov", "Sergej Lawrow")
    assert ev.location is not None and ev.location.country == "TUR"


def test_hyphenated_country_prefix_codes_the_role() -> None:
    ev = one("US-Außenminister Blinken traf sich am Montag mit Japans Regierungschef in Tokio.", "CONSULT")
    assert codes(ev.actor) == {"USA"}
    assert codes(ev.recipient) == {"JPN"}


def test_inverted_subject_after_adverb_and_separable_verb_is_reject() -> None:
    ev = one("Damit lehnte Nordkorea das Angebot Südkoreas ab.", "REJECT")
    assert codes(ev.actor) == {"PRK"}


def test_negation_marks_status_negated() -> None:
    evs = [e for e in events("Die Regierung in Tokio hat Russland keine Hilfe angeboten. Japan verhängte "
                             "keine Sanktionen gegen Russland.") if e.event in ("AGREE", "AID", "SANCTION")]
    assert evs and all(e.status == "negated" for e in evs)


def test_future_with_werden_and_weekday_resolves_forward() -> None:
    ev = one("Der chinesische Außenminister wird am Freitag mit seinem japanischen Kollegen in Peking "
             "verhandeln.", "CONSULT", pub="2021-03-17")
    assert ev.status == "future"
    assert ev.date == "2021-03-19" and ev.date_precision == "day"


def test_conditional_sentence_is_hypothetical() -> None:
    ev = one("Sollte Nordkorea einen weiteren Atomtest durchführen, werden die USA neue Sanktionen gegen "
             "Nordkorea verhängen.", "SANCTION")
    assert ev.status == "hypothetical"


def test_a_condition_after_a_colon_leaves_the_act_before_it_asserted() -> None:
    # the part before the colon is a statement of its own; the condition belongs to what follows it
    assert one("Der italienische Premier hat dem Bürgermeister von Rom den Rücken gekehrt: Wenn der Bürgermeister "
               "regieren kann, soll er bleiben.", "REJECT").status == "asserted"
    assert one("Die Kanzlerin lobte Frankreich: Sollte Paris die Reform umsetzen, werde Berlin helfen.",
               "SUPPORT").status == "asserted"
    # an interview's speaker before the colon: the act after it is still the condition's
    assert one("Kurz: Österreich würde die Sanktionen gegen Russland lockern, wenn Moskau einlenkt.",
               "CONCEDE").status == "hypothetical"


def test_reported_pledge_in_konjunktiv_is_asserted() -> None:
    evs = events("Der Minister sagte, Deutschland werde die Ukraine weiter unterstützen. Die EU würden der "
                 "Ukraine ebenfalls helfen.")
    support = [e for e in evs if e.event in ("SUPPORT", "AID", "AGREE")]
    assert support
    assert all(e.status != "hypothetical" for e in support)


def test_background_in_earlier_month_is_historical() -> None:
    ev = one("Russland hatte die Ukraine noch im Januar scharf kritisiert.", "ACCUSE", pub="2021-07")
    assert ev.status == "historical"
    assert ev.date == "2021-01" and ev.date_precision == "month"


@pytest.mark.parametrize(("text", "pub", "date", "status"), [
    # the last days of the month before the news: news, not background
    ("Russland kritisierte am Dienstag die Ukraine.", "2021-07-01", "2021-06-29", "asserted"),
    ("Russland kritisierte am 28. Juni die Ukraine.", "2021-07-02", "2021-06-28", "asserted"),
    # weeks before, in an earlier month: background
    ("Russland kritisierte am 3. Juni die Ukraine.", "2021-07-02", "2021-06-03", "historical"),
])
def test_a_day_of_the_last_week_is_news_across_a_months_end(text: str, pub: str, date: str, status: str) -> None:
    ev = one(text, "ACCUSE", pub=pub)
    assert (ev.date, ev.status) == (date, status)


def test_pronoun_resolves_to_the_person_named_before() -> None:
    evs = events("Der südkoreanische Präsident Moon Jae-in reiste am Montag nach Washington. Dort traf er "
                 "den amerikanischen Präsidenten.", pub="2021-05-21")
    meet = [e for e in evs if e.event == "CONSULT" and e.actor and e.actor[0].text == "er"]
    assert meet, [(e.event, [a.text for a in e.actor]) for e in evs]
    assert meet[0].actor[0].code == "KOR"
    assert meet[0].actor[0].name == "Moon Jae-in"


def test_both_sides_refer_to_the_last_pair() -> None:
    evs = events("Der japanische Ministerpräsident traf am Mittwoch den indischen Premierminister. Dabei "
                 "vereinbarten beide Seiten eine engere Zusammenarbeit.")
    agree = [e for e in evs if e.event == "AGREE"]
    assert agree  # an agreement of two sides: one is the actor, the other the recipient
    assert codes(agree[0].actor) | codes(agree[0].recipient) == {"JPN", "IND"} and len(agree[0].actor) == 1


def test_visit_with_destination_is_consult_visit_located_there() -> None:
    ev = one("Anschließend wird der französische Präsident nach Japan weiterreisen.", "CONSULT")
    assert ev.mode == "visit"
    assert codes(ev.recipient) == {"JPN"}
    assert ev.location is not None and ev.location.country == "JPN"


def test_passive_arrest_codes_the_arrested_as_recipient() -> None:
    evs = events("In Moskau wurden am Samstag mehrere Journalisten von der russischen Polizei festgenommen.")
    arrest = [e for e in evs if e.event == "COERCE"]
    assert arrest
    assert codes(arrest[0].actor) == {"RUS"}


def test_statement_without_content_is_not_an_event() -> None:
    assert events("Der Sprecher des Außenministeriums sagte, die Lage sei angespannt.") == []


def test_vague_party_alone_gives_no_event() -> None:
    assert [e for e in events("Kritiker warfen der Regierung in Wien Versagen vor.") if e.event == "ACCUSE"] == []


@pytest.mark.parametrize("text", [
    "Die Polizei nahm in Istanbul zwölf Demonstranten fest.",
    "Die türkische Polizei hat zwölf Demonstranten festgenommen.",
])
def test_arrest_in_separable_and_participle_forms(text: str) -> None:
    assert any(e.event == "COERCE" for e in events(text))


def test_evidence_offsets_slice_the_original_text_with_header() -> None:
    text = " date 2021-03 Photo : YONHAP News\n\nJapan kritisierte China.Die USA lobten Südkorea."
    evs = code(text, lang="de")
    assert evs
    for e in evs:
        assert text[e.start:e.end] == e.evidence
        assert e.start > text.index("\n\n")
    assert {e.event for e in evs} >= {"ACCUSE", "SUPPORT"}


def test_every_event_explains_its_trigger() -> None:
    ev = one("Die EU verhängte neue Sanktionen gegen Belarus.", "SANCTION")
    assert ev.trail and ev.trail[0].startswith("trigger:")
    assert codes(ev.actor) == {"EUR"} and codes(ev.recipient) == {"BLR"}
