"""Date phrases and their resolution (EVENTS.md section 5)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.extract.dates import DateFinder, _lexicon, _words_back, publication_fallback, resolve
from chronik.records import Precision, PubDate

DAY = PubDate(2020, 7, 8)  # a Wednesday
MONTH = PubDate(2020, 7)


def one(lang: str, text: str):
    found = DateFinder(lang).find(text)
    assert len(found) == 1, found
    return found[0]


def test_weekday_past_and_future_with_day_publication() -> None:
    wed = one("de", "Die beiden trafen sich am Mittwoch in Seoul.")
    assert wed.text == "am Mittwoch" and wed.kind == "weekday"
    assert resolve(wed, DAY, "past") == ("2020-07-08", Precision.DAY)
    thu = one("de", "Biegun wird sich am Donnerstag mit Suh treffen.")
    assert resolve(thu, DAY, "future") == ("2020-07-09", Precision.DAY)
    assert resolve(thu, DAY, "past") == ("2020-07-02", Precision.DAY)
    assert resolve(thu, DAY, "present") == ("2020-07-02", Precision.DAY)


def test_weekday_with_month_publication_gives_month() -> None:
    wed = one("de", "Am Mittwochabend sagte er das.")
    assert wed.text == "Am Mittwochabend"
    assert resolve(wed, MONTH, "past") == ("2020-07", Precision.MONTH)
    assert resolve(wed, MONTH, "future") == ("2020-07", Precision.MONTH)


def test_weekday_modifier_overrides_tense() -> None:
    last = one("de", "Er war vergangenen Mittwoch dort.")
    assert resolve(last, DAY, "past") == ("2020-07-01", Precision.DAY)
    nxt = one("de", "Er kommt kommenden Montag.")
    assert resolve(nxt, DAY, "past") == ("2020-07-13", Precision.DAY)


def test_noch_im_januar_past_and_future() -> None:
    jan = one("de", "als die USA noch im Januar betont hatten")
    assert jan.text == "noch im Januar"
    assert resolve(jan, MONTH, "past") == ("2020-01", Precision.MONTH)
    assert resolve(jan, PubDate(2020, 12, 3), "future") == ("2021-01", Precision.MONTH)
    assert resolve(one("de", "im Jänner"), MONTH, "past") == ("2020-01", Precision.MONTH)


def test_day_and_month_without_year() -> None:
    m = one("de", "Die Verhandlungen begannen am 7. Juli in Kuwait.")
    assert (m.kind, m.day, m.month, m.year) == ("absolute", 7, 7, None)
    assert resolve(m, DAY, "past") == ("2020-07-07", Precision.DAY)
    assert resolve(m, None, "past") == (None, None)


def test_anfang_juli_and_anfang_des_jahres() -> None:
    m = one("de", "Anfang Juli kam es zu Protesten.")
    assert m.part == "early" and resolve(m, DAY, "past") == ("2020-07", Precision.MONTH)
    y = one("de", "Anfang des Jahres kam es zu Protesten.")
    assert resolve(y, DAY, "past") == ("2020", Precision.YEAR)


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Im März 2015 startete eine Allianz ihre Angriffe.", "Im März 2015", ("2015-03", Precision.MONTH)),
    ("Erdogan hatte 2009 von Völkermord gesprochen.", "2009", ("2009", Precision.YEAR)),
    ("Im Jahr 2010 folgte ein Haftbefehl.", "Im Jahr 2010", ("2010", Precision.YEAR)),
    ("Der Krieg tobt seit 2014 im Osten.", "seit 2014", ("2014", Precision.YEAR)),
    ("Die Regierung kündigte für Mitte 2016 die Stationierung an.", "Mitte 2016", ("2016", Precision.YEAR)),
    ("Am 7. Juli 2020 unterzeichneten sie.", "Am 7. Juli 2020", ("2020-07-07", Precision.DAY)),
])
def test_absolute_dates_resolve_without_publication_date(text: str, phrase: str, expected: tuple) -> None:
    m = one("de", text)
    assert m.text == phrase
    assert resolve(m, None, "past") == expected
    assert resolve(m, DAY, "future") == expected


@pytest.mark.parametrize("text", [
    "Sie trafen sich am Mittwoch.", "In der vergangenen Woche marschierten Eltern.", "Im Dezember war er verhaftet.",
    "Das war gestern.", "Im vergangenen Jahr gab es Proteste.",
])
def test_relative_dates_need_a_publication_date(text: str) -> None:
    assert resolve(one("de", text), None, "past") == (None, None)


def test_relative_days_weeks_months_years() -> None:
    f = DateFinder("de")
    got = {m.text: resolve(m, DAY, "past") for m in f.find(
        "gestern, vorgestern, heute, morgen, übermorgen, vergangene Woche, nächste Woche, "
        "vergangenen Monat, im vergangenen Jahr, heuer")}
    assert got == {
        "gestern": ("2020-07-07", Precision.DAY), "vorgestern": ("2020-07-06", Precision.DAY),
        "heute": ("2020-07-08", Precision.DAY), "morgen": ("2020-07-09", Precision.DAY),
        "übermorgen": ("2020-07-10", Precision.DAY), "vergangene Woche": ("2020-06-29", Precision.WEEK),
        "nächste Woche": ("2020-07-13", Precision.WEEK), "vergangenen Monat": ("2020-06", Precision.MONTH),
        "im vergangenen Jahr": ("2019", Precision.YEAR), "heuer": ("2020", Precision.YEAR),
    }
    week = f.find("Vergangene Woche protestierten sie.")[0]
    assert resolve(week, MONTH, "past") == ("2020-07", Precision.MONTH)


def test_numbers_that_are_not_years() -> None:
    f = DateFinder("de")
    assert f.find("Rund 2000 Menschen protestierten, 2015 Soldaten rückten an.") == []
    assert f.find("Es kamen 2.000 Menschen und 1,2015 Prozent.") == []


def test_weekday_with_full_date_is_one_absolute_mention() -> None:
    m = one("de", "am Mittwoch, dem 8. Juli 2020")
    assert m.kind == "absolute" and m.weekday == 2
    assert resolve(m, None, "past") == ("2020-07-08", Precision.DAY)


def test_english_forms() -> None:
    f = DateFinder("en")
    got = {m.text: resolve(m, DAY, "past") for m in f.find(
        "Kim met Moon on Wednesday; last week and yesterday, in January, on July 7 and July 7, 2020 "
        "he said next month would be decisive.")}
    assert got == {
        "on Wednesday": ("2020-07-08", Precision.DAY), "last week": ("2020-06-29", Precision.WEEK),
        "yesterday": ("2020-07-07", Precision.DAY), "in January": ("2020-01", Precision.MONTH),
        "on July 7": ("2020-07-07", Precision.DAY), "July 7, 2020": ("2020-07-07", Precision.DAY),
        "next month": ("2020-08", Precision.MONTH),
    }
    thu = one("en", "He will meet Suh on Thursday.")
    assert resolve(thu, DAY, "future") == ("2020-07-09", Precision.DAY)


def test_english_may_and_names_are_not_months() -> None:
    assert DateFinder("en").find("Theresa May said they may talk.") == []


def test_publication_fallback() -> None:
    assert publication_fallback(DAY) == ("2020-07-08", Precision.DAY)
    assert publication_fallback(MONTH) == ("2020-07", Precision.MONTH)
    assert publication_fallback(None) == (None, None)


# pieces of text before a date: lead and quantity words, other words, runs of white space, brackets, hyphens
TAIL_PIECES = ["seit ", "am ", "Anfang ", "bis zu ", "mehr  als ", "in ", "since ", "as\nof ", "more than ", "about ",
               "rund ", "etwa ", "up ", "to ", "(", ")", "-", " ", "  ", "\n", "\t", "Seoul ", "sagte", ",", "x",
               "im Jahr ", "early ", "the ", "Mitte ", "vor ", "least "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TAIL_PIECES), max_size=25), st.sampled_from(["de", "en"]))
def test_the_tail_search_window_finds_what_a_search_of_40_characters_finds(pieces: list[str], lang: str) -> None:
    # a lead ('seit dem', 'on') or quantity word ('rund') before a date is searched only within as many
    # space-separated chunks as the longest such phrase has words: the match must be the same as before
    text = "".join(pieces) + "2020"
    start = len(text) - 4
    lex = _lexicon(lang)
    for pattern in (lex.lead_tail, lex.quantity_tail):
        full = pattern.search(text, max(0, start - 40), start)
        windowed = pattern.search(text, _words_back(text, start, lex.tail_words), start)
        assert (full and full.span()) == (windowed and windowed.span())
