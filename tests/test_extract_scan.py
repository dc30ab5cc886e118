"""One automaton pass per sentence gives names, places and date words the hits of their own automata."""

from __future__ import annotations

import pytest

from chronik.extract.dates import DateFinder
from chronik.extract.lexicon import lexicon
from chronik.extract.mentions import sentence_atoms
from chronik.extract.places import PlaceFinder
from chronik.extract.scan import Scanner
from chronik.extract.tokens import tokenize


def test_a_word_in_two_lists_is_a_hit_of_both() -> None:
    scanner = Scanner([("Washington", "name")], [("Washington", "Washington"), ("Tokyo", "Tokyo")], [("May", 3)])
    hits = scanner.scan("From Tokyo to Washington in May.")
    assert hits.names == [(23, "name")]
    assert hits.places == [(9, "Tokyo"), (23, "Washington")]
    assert hits.dates == [(30, 3)]
    assert Scanner([], [], []).scan("Tokyo").places == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "U.S. Secretary of State Warren Christopher flew to Washington on Tuesday, 12 May 1994, to meet Russia's "
           "Foreign Minister Andrei Kozyrev."),
    ("de", "Am Dienstag traf Südkoreas Außenminister Chung Eui-yong in Tokio seinen japanischen Amtskollegen, "
           "wie das Außenministerium in Seoul am 10. Juni 2021 mitteilte."),
])
def test_scanned_hits_find_what_each_finder_finds_on_its_own(lang: str, text: str) -> None:
    lex, places, dates = lexicon(lang), PlaceFinder(lang), DateFinder(lang)
    hits = Scanner(lex.automaton.items(), places.words(), dates.words()).scan(text)
    assert hits.names and hits.places and hits.dates
    assert places.find(text, hits.places) == places.find(text)
    assert dates.find(text, hits.dates) == dates.find(text)
    tokens = tokenize(text, 0, lex)
    assert sentence_atoms(text, 0, tokens, lex, hits.names) == sentence_atoms(text, 0, tokens, lex)
