"""Sentences are exact spans of the original text; glued sentences are split, abbreviations are not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.records import Document
from chronik.text.segment import split_sentences

HEADER = " date 2020-07 Photo : YONHAP News\n\n"


def sentences(text: str, body_start: int = 0, lang: str | None = None) -> list[str]:
    doc = Document("t", text, body_start=body_start, lang=lang)
    result = split_sentences(doc)
    for index, sentence in enumerate(result):
        assert sentence.index == index
        assert doc.text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.start >= body_start
    return [s.text for s in result]


def test_header_never_becomes_a_sentence_and_offsets_are_absolute() -> None:
    body = "Die Minister trafen sich am Mittwoch in Seoul. Sie vereinbarten weitere Gespräche."
    text = HEADER + body
    doc = Document("t", text, body_start=len(HEADER))
    result = split_sentences(doc)
    assert [s.text for s in result] == [
        "Die Minister trafen sich am Mittwoch in Seoul.",
        "Sie vereinbarten weitere Gespräche.",
    ]
    assert result[0].start == len(HEADER)
    assert all("YONHAP" not in s.text for s in result)


def test_glued_german_sentences_are_split() -> None:
    text = (
        "Beide Seiten gaben das Ergebnis am Mittwoch bekannt.Biegun sagte, man wolle weiter verhandeln."
        "Die Delegationen werden Bemühungen unternehmen.Sie wollen bald ein Ergebnis erzielen."
    )
    assert sentences(text) == [
        "Beide Seiten gaben das Ergebnis am Mittwoch bekannt.",
        "Biegun sagte, man wolle weiter verhandeln.",
        "Die Delegationen werden Bemühungen unternehmen.",
        "Sie wollen bald ein Ergebnis erzielen.",
    ]


def test_glued_english_sentences_after_names_and_years_are_split() -> None:
    text = "Talks resumed with North Korea.US officials welcomed the step in July 2020.Earlier, Seoul had hesitated."
    assert sentences(text) == [
        "Talks resumed with North Korea.",
        "US officials welcomed the step in July 2020.",
        "Earlier, Seoul had hesitated.",
    ]


def test_question_exclamation_and_closing_quote_before_a_capital_are_split() -> None:
    text = 'Wer zahlt die Rechnung?Niemand weiß es!Der Sprecher sagte: "Wir prüfen das."Danach ging er.'
    assert sentences(text) == [
        "Wer zahlt die Rechnung?",
        "Niemand weiß es!",
        'Der Sprecher sagte: "Wir prüfen das."',
        "Danach ging er.",
    ]


def test_german_closing_quote_stays_with_its_sentence() -> None:
    text = "Die Ministerin sagte: „Wir verhandeln weiter.“Die Opposition widersprach."
    assert sentences(text) == ["Die Ministerin sagte: „Wir verhandeln weiter.“", "Die Opposition widersprach."]


def test_decimals_dates_urls_and_initials_are_not_split() -> None:
    text = (
        "Die Inflation stieg am 7.7.2020 auf 3.5 Prozent, wie derStandard.at und www.allinrechner.at "
        "berichten, z.B. wegen der Energiepreise. The U.S. Army and J.R.R. Tolkien fans met at 10.30 am."
    )
    assert sentences(text) == [
        "Die Inflation stieg am 7.7.2020 auf 3.5 Prozent, wie derStandard.at und www.allinrechner.at "
        "berichten, z.B. wegen der Energiepreise.",
        "The U.S. Army and J.R.R. Tolkien fans met at 10.30 am.",
    ]


def test_glued_abbreviations_ordinals_and_capitalised_domains_are_not_split() -> None:
    text = "Am 7.Juli traf Dr.Müller den Vertreter der U.S.Army, berichtet www.Beispiel.de heute."
    assert sentences(text) == [text]


def test_listed_abbreviations_end_no_sentence_where_syntok_would_split() -> None:
    # syntok's own list lacks "stellv.", "Lt." and "Gen." before a sentence starter; the language files list them.
    de = Document("t", "Der stellv. Vorsitzende sagte das. Dann ging er.", lang="de")
    assert [s.text for s in split_sentences(de)] == ["Der stellv. Vorsitzende sagte das.", "Dann ging er."]
    en = Document("t", "Lt. Gen. Smith arrived. He left.", lang="en")
    assert [s.text for s in split_sentences(en)] == ["Lt. Gen. Smith arrived.", "He left."]
    # The same words still end a sentence when they are not abbreviated, and syntok's "es" is no abbreviation.
    de2 = Document("t", "Mein Ziel wäre es. Das ist machbar.", lang="de")
    assert [s.text for s in split_sentences(de2)] == ["Mein Ziel wäre es.", "Das ist machbar."]


def test_lines_are_blocks_and_blank_lines_separate_paragraphs() -> None:
    text = "Krise in Nahost\n\nDie Regierung verurteilte den Angriff.\nDie Armee meldete Verluste\n"
    assert sentences(text) == [
        "Krise in Nahost",
        "Die Regierung verurteilte den Angriff.",
        "Die Armee meldete Verluste",
    ]


def test_hard_wrapped_paragraph_is_joined_across_line_breaks() -> None:
    text = (
        "Der Außenminister der Vereinigten Staaten traf am Mittwoch\n"
        "in Seoul mit seinem südkoreanischen Amtskollegen zusammen\n"
        "und sprach über die Lage auf der Halbinsel. Danach reiste er ab.\n"
    )
    result = sentences(text)
    assert len(result) == 2
    assert result[0].startswith("Der Außenminister") and result[0].endswith("Halbinsel.")
    assert "\n" in result[0]


def test_empty_body_gives_no_sentences() -> None:
    assert sentences(HEADER, body_start=len(HEADER)) == []
    assert sentences("   \n\n  ") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZäÖß .!?\n\"„“()0123-:;")), max_size=200))
def test_every_sentence_is_an_ordered_trimmed_span_of_the_body(text: str) -> None:
    start = len(HEADER)
    doc = Document("h", HEADER + text, body_start=start)
    previous_end = start
    for sentence in split_sentences(doc):
        assert doc.text[sentence.start:sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        previous_end = sentence.end


_WORDS = ["Die", "der", "Wien", "am", "10", "3", "2020", "1.700", "es", "ab", "Ära", "IV", "Mrd", "bzw", "Okt", "Juli",
          "z.B.", "U.S.", "www.orf.at", "Uhr/live", "+", "–", "in", "Er", "APA", "A", "b", "St", "Dr", "No", "19.00",
          "U.N.", "e.g.", "The", "It's", "Security-Council", "AlsoThe"]
_GLUE = [". ", "? ", "! ", "; ", ", ", " (", ") ", "(", ")", " [", "] ", "„", "“ ", '"', "...", ".) ", "). ", "+)", " ",
         ".''", "''", ".“", ".“)", "?'' "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=30))
def test_syntok_shortcuts_never_change_what_syntok_finds(parts: list[tuple[str, str]]) -> None:
    """Cuts taken without syntok are boundaries syntok makes itself, and a piece syntok is spared holds none."""
    from chronik.text.segment import _may_split, _short_cuts, _syntok_starts, _trim, abbreviations

    text = "".join(w + g for w, g in parts)
    start, end = 0, len(text)
    first = _trim(text, start, end)[0]
    syntok = set(_syntok_starts(text, start, end)) - {first}
    assert set(_short_cuts(text, start, end, abbreviations("de"))) <= syntok
    if not _may_split(text, start, end):
        assert not syntok


def test_an_initialism_before_a_capital_is_decided_without_syntok() -> None:
    from chronik.text.segment import _may_split

    # syntok reads 'U.N' as one token and splits after it only before a sentence starter ('The')
    kept = "Hungary will support a U.N. Security Council resolution against Serbia."
    assert not _may_split(kept, 0, len(kept))
    assert sentences(kept, lang="en") == [kept]
    split = "He flew to the U.S. The talks began on Monday."
    assert _may_split(split, 0, len(split))
    assert sentences(split, lang="en") == ["He flew to the U.S.", "The talks began on Monday."]


def test_closing_quotes_after_the_last_terminal_are_decided_without_syntok() -> None:
    from chronik.text.segment import _may_split

    # wire text with PTB quotes: the quotes after the final dot end the sentence, they start none
    wire = "Iraq said it would allow the return of U.N. inspectors ``to remove any doubts.''"
    assert not _may_split(wire, 0, len(wire))
    assert sentences(wire, lang="en") == [wire]
    german = "Sie sagte (in Berlin): „Wir kommen.“"
    assert not _may_split(german, 0, len(german))
    # quotes followed by another sentence, or set apart by a space, are still read by syntok
    for text in ("He said ``go.'' Then he left.", "He left. ''"):
        assert _may_split(text, 0, len(text))


def test_a_bracket_syntok_cannot_close_is_left_to_syntok() -> None:
    # syntok reads "+)" as one token, so its bracket never closes and it splits before it.
    text = "Die Vikings spielen am Samstag (19.00 Uhr/live ORF Sport +) in der Bowl. Es ist ihr 4. Titel."
    doc = Document("t", text, lang="de")
    assert [s.text for s in split_sentences(doc)][0] == "Die Vikings spielen am Samstag"


def test_a_day_number_before_a_month_name_ends_no_sentence() -> None:
    text = "Er kam am 10. Juli nach Wien. Bis zum 31. Dezember bleibt er. Das war 1997. Juli war heiß."
    assert [s.text for s in split_sentences(Document("t", text, lang="de"))] == [
        "Er kam am 10. Juli nach Wien.", "Bis zum 31. Dezember bleibt er.", "Das war 1997.", "Juli war heiß."]


def test_a_german_subheading_that_lost_its_line_break_is_its_own_sentence() -> None:
    text = ("Das sei rechtswidrig, sagte er. EU besorgt Die EU reagierte besorgt. Er sagte der Zeitung Die "
            "Welt, das Gericht in Den Haag sei zuständig.")
    assert sentences(text, lang="de") == [
        "Das sei rechtswidrig, sagte er.", "EU besorgt", "Die EU reagierte besorgt.",
        "Er sagte der Zeitung Die Welt, das Gericht in Den Haag sei zuständig.",
    ]


def test_a_german_ordinal_after_a_determiner_is_no_sentence_end() -> None:
    text = ("Soldaten der 6. Jägerbrigade wurden verlegt. Zum 70. Geburtstag kam er. Die Zahl stieg auf 12. "
            "Die Polizei schwieg.")
    assert sentences(text, lang="de") == [
        "Soldaten der 6. Jägerbrigade wurden verlegt.", "Zum 70. Geburtstag kam er.", "Die Zahl stieg auf 12.",
        "Die Polizei schwieg.",
    ]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab X.!?…;)]\"'“”»’\n\t\u00a0,(")), max_size=40))
def test_the_one_sentence_check_agrees_with_its_two_patterns(text: str) -> None:
    """The character loop that spares most sentences the boundary search answers as the two patterns would."""
    import re

    from chronik.text.segment import _MAYBE_END, _one_sentence, _tail, _trim

    start, stop = 0, _trim(text, 0, len(text))[1]
    tail = _tail(text, start, stop)
    expected = _MAYBE_END.search(text, start, stop) is None and re.search(r"[.!?…]", text[start:tail]) is None
    assert _one_sentence(text, start, stop, tail) == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["ab", "Abc", "Uhr", "12", "2020", "x", "AB", ".", ". ", " ", "\n", "\t", "„", "«",
                                  ",", "Die", "am"]), max_size=30), st.integers(0, 5), st.integers(0, 5))
def test_the_short_end_matches_are_the_patterns(pieces: list[str], cut_left: int, cut_right: int) -> None:
    """The short-word ends are found where a dot before space can end one, as a search of the pattern finds them."""
    from chronik.text.segment import _short_end, _short_matches

    text = "".join(pieces)
    start, end = min(cut_left, len(text)), max(min(cut_left, len(text)), len(text) - cut_right)
    expected = [m.span() for m in _short_end().finditer(text, start, end)]
    assert [m.span() for m in _short_matches(text, start, end)] == expected
