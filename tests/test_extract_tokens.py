"""Tokens: every word and punctuation mark with its absolute offsets, as TOKEN_RE defines them; the fast path for
plain words between spaces must cut exactly where the pattern alone would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.extract.lexicon import lexicon
from chronik.extract.tokens import TOKEN_RE, tokenize

PIECES = ["Seoul", "U.S.", "U.S.-led", "(APEC)", "25,000", "2,5", "3.5%", "Süd-", "und", "Nordkorea", "Do-hoon",
          "bekannt.Biegun", "„Wir", "müssen“", "–", "don't", "Peking’s", "F-16-Kampfjets", "1.", "Mai", ",", ".", "?!",
          "\u00a0", " ", "  ", "\n", "\t", "x_y", "١٢٣", "ΑΘΗΝΑ", "…", "e.V.", "10:30", "said,", "2020.", "'", "’", "_",
          "‐", ")", "Kim's", "²"]


def reference(text: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group(), offset + m.start(), offset + m.end()) for m in TOKEN_RE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.integers(min_value=0, max_value=10_000))
def test_tokens_are_the_patterns_matches_with_absolute_offsets(pieces: list[str], offset: int) -> None:
    text = "".join(pieces)
    got = [(t.text, t.start, t.end) for t in tokenize(text, offset, lexicon("de"))]
    assert got == reference(text, offset)
    assert all(text[s - offset:e - offset] == w for w, s, e in got)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_tokenises_like_the_pattern(text: str) -> None:
    got = [(t.text, t.start, t.end) for t in tokenize(text, 0, lexicon("en"))]
    assert got == reference(text, 0)


def test_a_glued_sentence_end_and_a_number_with_a_comma() -> None:
    toks = tokenize("in Seoul bekannt.Biegun sagte, 25,000 Menschen", 100, lexicon("de"))
    assert [t.text for t in toks] == ["in", "Seoul", "bekannt.Biegun", "sagte", ",", "25,000", "Menschen"]
    assert (toks[2].start, toks[2].end) == (109, 123)
    assert [t.i for t in toks] == list(range(7))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.integers(min_value=0, max_value=10_000))
def test_the_token_at_an_offset_is_found_only_on_token_edges(pieces: list[str], offset: int) -> None:
    # names from the automaton must cover whole tokens: a hit is kept only where tokens start and end
    from chronik.extract.mentions import _token_at

    text = "".join(pieces)
    tokens = tokenize(text, offset, lexicon("de"))
    starts = {t.start: t.i for t in tokens}
    ends = {t.end: t.i for t in tokens}
    for pos in range(offset - 1, offset + len(text) + 2):
        assert _token_at(tokens, pos) == starts.get(pos, -1)
        assert _token_at(tokens, pos, end=True) == ends.get(pos, -1)
