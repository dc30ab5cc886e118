"""Sentences as spans of the original document text.

Three steps, none of which changes the text: (1) cut the body (from ``doc.body_start``) into blocks —
one per line, except that a paragraph of hard-wrapped lines stays one block; (2) find glued sentence
boundaries in each block (``deglue``); (3) let syntok find the ordinary boundaries. Syntok tokenizes
each block with its absolute offset, so every boundary is an offset of ``doc.text`` and
``Sentence.text == doc.text[start:end]`` holds by construction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from syntok import segmenter
from syntok._segmentation_states import State
from syntok.tokenizer import Tokenizer

from chronik.lang.loader import available_languages, load_words
from chronik.records import Document, Sentence
from chronik.text.deglue import CLOSERS, OPENERS, glue_cuts, letter_class

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_LINE = re.compile(r"[^\n]+")
# Lines of a hard-wrapped paragraph are all of similar, moderate length; scraped news puts one
# paragraph per (long) line and headlines on short lines, which must stay separate blocks.
_WRAP_MIN, _WRAP_MAX = 40, 100
ABBREVIATIONS_FILE = "abbreviations"


_QUOTES = re.escape("\"”“»«")


@cache
def _clear_end() -> re.Pattern[str]:
    """A boundary syntok would find anyway: a word of 4+ letters, terminal punctuation,
    maybe a quote (not a bracket: syntok reads a bracket as one unit), space, then a capital.

    Taking these without syntok is what makes splitting fast (syntok costs ~1.5 µs a character);
    abbreviations among such words, and ends inside an open bracket, are left to syntok."""
    return re.compile(
        rf"(?<!\w)(?P<w>[^\W\d_]{{4,}})[.!?]+[{_QUOTES}]?(?P<s>\s+)"
        rf"(?=[{re.escape(OPENERS)}]?{letter_class(True)})"
    )


# Anything syntok might split at: terminal punctuation followed by space, inside a piece.
_MAYBE_END = re.compile(rf"[.!?…;)\]][{re.escape(CLOSERS)}]*\s")


@cache
def _tokenizer() -> Tokenizer:
    return Tokenizer(replace_not_contraction=False)


@cache
def abbreviations(lang: str | None) -> frozenset[str]:
    """Abbreviations (without their dot) that never end a sentence.

    From ``lang/<lang>/abbreviations.txt`` (all languages' lists when ``lang`` is unknown), plus the list
    syntok itself uses (de/en/es), so that the shortcuts taken here agree with syntok.
    """
    words: set[str] = set(getattr(State, "abbreviations", ())) | set(getattr(State, "months", ()))
    return frozenset(words | listed_abbreviations(lang))


@cache
def listed_abbreviations(lang: str | None) -> frozenset[str]:
    """Only the words of ``lang/<lang>/abbreviations.txt`` (all languages' lists when ``lang`` is unknown).

    syntok's own list is left out here: it holds words that do end sentences in German ("es", "Mi", "So"),
    which syntok itself splits after when a sentence starter follows.
    """
    langs = available_languages()
    chosen = [lang] if lang in langs else langs
    return frozenset(w.rstrip(".") for code in chosen for w in load_words(code, ABBREVIATIONS_FILE))


def _is_wrapped(lines: list[tuple[int, int]], text: str) -> bool:
    if len(lines) < 2:
        return False
    widths = [len(text[s:e].strip()) for s, e in lines]
    return all(_WRAP_MIN <= w <= _WRAP_MAX for w in widths[:-1]) and widths[-1] <= _WRAP_MAX


def _blocks(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Spans of lines, or of whole paragraphs when their lines are hard-wrapped."""
    para_start = start
    ends = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text, start)] + [(len(text), len(text))]
    for para_end, next_start in ends:
        lines = [m.span() for m in _LINE.finditer(text, para_start, para_end)]
        if _is_wrapped(lines, text):
            yield para_start, para_end
        else:
            yield from lines
        para_start = next_start


def _syntok_starts(text: str, start: int, end: int) -> Iterator[int]:
    tokens = _tokenizer().tokenize(text[start:end], start)
    for sentence in segmenter.segment(tokens):
        if sentence:
            yield sentence[0].offset


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _clear_cuts(text: str, start: int, end: int, abbrevs: frozenset[str]) -> Iterator[int]:
    for match in _clear_end().finditer(text, start, end):
        if match.group("w") in abbrevs:
            continue
        if text.count("(", start, match.start()) > text.count(")", start, match.start()):
            continue
        yield match.end("s")


def _after_abbreviation(text: str, left: int, cut: int, abbrevs: frozenset[str]) -> bool:
    """Whether the piece ending at ``cut`` ends with a listed abbreviation and its dot ("Der stellv. | ...").

    syntok has its own, shorter list; a language's ``abbreviations.txt`` says these words never end a
    sentence, so a boundary syntok puts right after one is dropped (as ``glue_cuts`` and ``_clear_cuts`` do).
    """
    stop = _trim(text, left, cut)[1]
    if stop <= left or text[stop - 1] != ".":
        return False
    begin = stop - 1
    while begin > left and not text[begin - 1].isspace():
        begin -= 1
    word = text[begin:stop - 1].lstrip(OPENERS)
    return bool(word) and (word in abbrevs or word.lower() in abbrevs)


def _boundaries(text: str, start: int, end: int, abbrevs: frozenset[str], listed: frozenset[str] = frozenset()
                ) -> list[int]:
    """Glued and clear boundaries first; syntok only on the pieces that may hold another one.

    ``listed``: the language's own abbreviations; syntok boundaries right after one are dropped."""
    found = {*glue_cuts(text, start, end, abbrevs), *_clear_cuts(text, start, end, abbrevs)}
    cuts = sorted({start, end, *found})
    bounds = set(cuts)
    for left, right in zip(cuts, cuts[1:], strict=False):
        if _MAYBE_END.search(text, left, _trim(text, left, right)[1]):
            starts = list(_syntok_starts(text, left, right))
            bounds.update(b for b in starts if b == left or not _after_abbreviation(text, left, b, listed))
    return sorted(bounds)


def _block_spans(text: str, start: int, end: int, abbrevs: frozenset[str], listed: frozenset[str] = frozenset()
                 ) -> list[tuple[int, int]]:
    bounds = _boundaries(text, start, end, abbrevs, listed)
    spans: list[tuple[int, int]] = []
    for left, right in zip(bounds, bounds[1:], strict=False):
        s, e = _trim(text, left, right)
        if s == e:
            continue
        # A piece without a letter or digit (a stray quote, "…") belongs to the sentence before it.
        if spans and not any(c.isalnum() for c in text[s:e]):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def sentence_spans(text: str, body_start: int = 0, lang: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``text`` from ``body_start``, in order."""
    abbrevs, listed = abbreviations(lang), listed_abbreviations(lang)
    spans: list[tuple[int, int]] = []
    for start, end in _blocks(text, body_start):
        spans.extend(_block_spans(text, start, end, abbrevs, listed))
    return spans


def split_sentences(doc: Document) -> tuple[Sentence, ...]:
    """The sentences of the document body as spans of ``doc.text`` (the header is never a sentence)."""
    text = doc.text
    return tuple(
        Sentence(index, start, end, text[start:end])
        for index, (start, end) in enumerate(sentence_spans(text, doc.body_start, doc.lang))
    )
