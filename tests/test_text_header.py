"""The scraped ``date ...`` header line: publication date with its precision, and where the body starts."""

from __future__ import annotations

from chronik.records import Precision, PubDate
from chronik.text.header import parse_header


def test_month_header_gives_month_precision_and_skips_the_credit_line() -> None:
    text = " date 2020-07 Photo : YONHAP News\n\nDie Regierung in Seoul kündigte neue Gespräche an."
    header = parse_header(text)
    assert header.pub_date == PubDate(2020, 7)
    assert header.pub_date.precision is Precision.MONTH
    assert text[header.body_start:].startswith("Die Regierung")


def test_day_header_gives_day_precision() -> None:
    text = "date 2020-07-08 Photo : KBS\n\nSeoul und Tokio vereinbarten ein Treffen."
    header = parse_header(text)
    assert header.pub_date == PubDate(2020, 7, 8)
    assert header.pub_date.precision is Precision.DAY
    assert text[header.body_start:].startswith("Seoul")


def test_other_credit_and_single_newline_are_tolerated() -> None:
    text = "   date 2019-11-30 Photo : AP / Reuters\nDer Minister reiste nach Berlin."
    header = parse_header(text)
    assert header.pub_date == PubDate(2019, 11, 30)
    assert text[header.body_start:] == "Der Minister reiste nach Berlin."


def test_text_without_header_starts_at_zero() -> None:
    header = parse_header("Datenschützer kritisieren die Regierung. date 2020-07 steht hier nicht vorn.")
    assert header.pub_date is None
    assert header.body_start == 0


def test_impossible_date_is_not_a_header() -> None:
    assert parse_header("date 2020-13-45 Photo : X\n\nText.").body_start == 0


def test_header_only_text_has_an_empty_body() -> None:
    text = " date 2021-02 Photo : YONHAP News"
    assert parse_header(text).body_start == len(text)
