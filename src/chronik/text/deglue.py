"""Find sentence boundaries that a scraper removed the space from (``bekannt.Biegun``, ``2020.Earlier``).

Scraped news often joins paragraphs without a space, so a sentence end is directly followed by the
next sentence's capital letter. syntok catches some of these (``tun.Eine``) but not an all-capital
word (``Korea.US``), a year (``2020.Earlier``) or a closing quote (``."Er``). ``glue_cuts`` returns the
offsets where a new sentence starts; the text itself is never changed, so offsets stay those of the
original document.

What is NOT a glued boundary: the next character is not a capital (``3.5``, ``7.7.2020``,
``derStandard.at``), the word before the dot is an initial or a dotted abbreviation (``U.S``, ``z.B``),
a known abbreviation (from the language data file ``abbreviations.txt``), a short title-case
abbreviation (``Dr``), a day or ordinal number (``7.Juli``), or the dot is inside a URL or e-mail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

_OPENERS = "„‚\"'“«»‹›(["
_CLOSERS = "\"'”’“‘»«›‹)]"
_URL_HINT = re.compile(r"://|^www\.|@", re.IGNORECASE)
_DOTTED_ABBREV = re.compile(r"^(?:\w\.)+\w$")
_SHORT_NUMBER = re.compile(r"^\d{1,2}$")
# Opening quote of the same kind that a closing character pairs with (the German „…“ and the English
# “…” both close with a curly quote; » and « close each other in German and French usage).
_PAIR = {"“": "„", "”": "“", "’": "‘‚", "‘": "‚", "»": "«", "«": "»", "›": "‹", "‹": "›", ")": "(", "]": "["}
_UNPAIRED = "\"'"


@cache
def letter_class(upper: bool) -> str:
    """A regex character class of all upper-case (or lower-case) letters of the Basic Multilingual Plane.

    Computed on first use, not at import: Python's ``re`` has no ``\\p{Lu}``.
    """
    test = str.isupper if upper else str.islower
    return "[" + re.escape("".join(chr(c) for c in range(0x10000) if test(chr(c)))) + "]"


OPENERS = _OPENERS
CLOSERS = _CLOSERS


@cache
def _candidate_pattern() -> re.Pattern[str]:
    """Terminal punctuation, optional quotes/brackets, then an upper-case letter with no space between."""
    quotes = re.escape(_OPENERS + _CLOSERS)
    return re.compile(rf"[.!?…]+(?P<q>[{quotes}]*)(?={letter_class(True)})")


def _is_closing(text: str, line_start: int, pos: int) -> bool:
    """Whether the quote or bracket at ``pos`` closes something opened earlier on the same line."""
    char = text[pos]
    if char in _UNPAIRED:
        return text.count(char, line_start, pos) % 2 == 1
    openers = _PAIR.get(char)
    if openers is None:
        return False
    opened = sum(text.count(o, line_start, pos) for o in openers)
    return opened > text.count(char, line_start, pos)


def _left_word(text: str, start: int, pos: int) -> str:
    """The whitespace-delimited word that ends at ``pos``, without leading brackets or quotes."""
    begin = pos
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:pos].lstrip(_OPENERS)


def _right_word(text: str, pos: int, end: int) -> str:
    stop = pos
    while stop < end and not text[stop].isspace():
        stop += 1
    return text[pos:stop]


def _keeps_together(word: str, chunk: str, punct: str, quoted: bool, abbreviations: frozenset[str]) -> bool:
    """True when the dot after ``word`` belongs to an abbreviation, initial, number or URL."""
    if _URL_HINT.search(chunk):
        return True
    # An abbreviation is never followed by a quote, and an ellipsis ends the sentence whatever precedes it.
    if punct != "." or quoted:
        return False
    if len(word) == 1 and word.isalpha():
        return True
    if _DOTTED_ABBREV.match(word) or _SHORT_NUMBER.match(word):
        return True
    if word in abbreviations or word.lower() in abbreviations:
        return True
    # Title-case two-letter words before a dot are almost always titles or units (Dr, Nr, St, Mr).
    return len(word) == 2 and word[0].isupper() and word[1].islower()


def glue_cuts(text: str, start: int, end: int, abbreviations: frozenset[str] = frozenset()) -> Iterator[int]:
    """Offsets in ``text[start:end]`` (one line or paragraph) where a glued-on sentence begins."""
    for match in _candidate_pattern().finditer(text, start, end):
        punct_end = match.start("q")
        punct = text[match.start():punct_end]
        word = _left_word(text, start, match.start())
        chunk = word + punct + _right_word(text, punct_end, end)
        if _keeps_together(word, chunk, punct, match.end() > punct_end, abbreviations):
            continue
        cut = punct_end
        while cut < match.end() and _is_closing(text, start, cut):
            cut += 1
        yield cut
