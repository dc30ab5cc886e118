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

try:
    import cython
except ImportError:  # no Cython: the type declarations are no-ops (see chronik/_pure_cython.py)
    from chronik import _pure_cython as cython

from chronik.lang.loader import available_languages, load_meta, load_table, load_words
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
    """The end of a boundary syntok would find anyway: terminal punctuation, maybe a quote (not a bracket:
    syntok reads a bracket as one unit), space, then a capital; ``_clear_cuts`` asks for a word of 4+ letters
    before it.

    Taking these without syntok is what makes splitting fast (syntok costs ~1.5 µs a character);
    abbreviations among such words, and ends inside an open bracket, are left to syntok. The word is checked
    by hand, not in the pattern: a pattern that opens with a word is tried at every letter of the text."""
    return re.compile(rf"[.!?]+[{_QUOTES}]?(?P<s>\s+)(?=[{re.escape(OPENERS)}]?{letter_class(True)})")


@cache
def _short_end() -> re.Pattern[str]:
    """More boundaries syntok makes: a 2-3 letter word or a number of 2+ digits, a dot, space, a capital.

    The word must be a whole syntok token (after space, maybe an opening quote; not ``orf.at.``) and
    is checked in ``_short_cuts`` against the abbreviations, syntok's roman numerals and, after a number,
    syntok's month abbreviations ("10. Okt"): there syntok does not split, and the piece is left to it.
    """
    return re.compile(
        rf"(?<!\S)(?P<q>[„“‚\"«»]?)(?:(?P<w>[^\W\d_]{{2,3}})|(?P<n>\d{{2,}}))\.(?P<s>\s+)"
        rf"(?=(?P<next>{letter_class(True)}\w*))"
    )


_BRACKETS_OPEN, _BRACKETS_CLOSE = "([{", ")]}"


def _inside_brackets(text: str, start: int, pos: int) -> bool:
    """Whether syntok may still be inside a bracket at ``pos`` (and skip what is there): an opening bracket
    before it that is not closed by a bracket that is surely a token of its own (``+)`` is not)."""
    depth = 0
    for match in _BRACKET_END.finditer(text, start, pos):
        if text[match.start()] in State.opening_brackets:
            depth += 1
        elif depth and text[match.start() - 1].isalnum():
            depth -= 1
    return depth > 0


# Where syntok takes a decision: a terminal token, or an opening bracket (see syntok._segmentation_states).
_DECISION = re.compile("[" + re.escape("".join(sorted(
    {c for t in State.terminals for c in t} | set(State.opening_brackets)))) + "]")
_OPENING = re.compile("[" + re.escape("".join(sorted(State.opening_brackets))) + "]")
_BRACKET_END = re.compile("[" + re.escape("".join(sorted(State.opening_brackets | State.closing_brackets))) + "]")
_SKIPPED_BRACKET_MAX = 48
"""Brackets shorter than this (in characters, so also in tokens) are always skipped whole by syntok."""


@cython.locals(end=cython.Py_ssize_t, pos=cython.Py_ssize_t, text=str)
def _next_visible(text: str, pos: int, end: int) -> str:
    while pos < end and text[pos].isspace():
        pos += 1
    return text[pos] if pos < end else ""


def _bracket_tokens(text: str, start: int, i: int, j: int, end: int) -> bool:
    """Whether the brackets at ``i`` and ``j`` are surely tokens of their own for syntok's tokenizer
    (``+)`` is one token, and then the bracket never closes): space or the piece's edge outside, a
    letter or digit inside, and at most punctuation that is its own token after the closing one."""
    outside_left = i == start or text[i - 1].isspace()
    outside_right = j + 1 >= end or text[j + 1].isspace() or text[j + 1] in ",;:.!?"
    return outside_left and outside_right and text[i + 1].isalnum() and text[j - 1].isalnum()


def _inner_dot(before: str, after: str) -> bool:
    """A dot between two ASCII letters or digits ('U.S', 'F.W') is inside one syntok token, not a terminal:
    syntok's tokenizer splits a word at a dot only between a lower-case and an upper-case letter."""
    return before in _ASCII_ALNUM and after in _ASCII_ALNUM and not (before.islower() and after.isupper())


_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_INITIALISM = re.compile(r"[A-Z](?:\.[A-Z])+|[a-z](?:\.[a-z])+")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)(?=[\s,;:-]|$)")


def _initialism_before(text: str, start: int, dot: int) -> bool:
    """Whether the dot at ``dot`` ends an initialism after space or the piece's start ('U.N.', 'U.S.A.', 'e.g.'):
    syntok reads 'U.N' as one token and does not split after a token with a dot in it (unless a sentence starter
    follows, see ``_starter_after``)."""
    return _INITIALISM.fullmatch(text, text.rfind(" ", start, dot) + 1 or start, dot) is not None


def _starter_after(text: str, pos: int, end: int) -> bool:
    """Whether the word after ``pos`` may be a sentence starter for syntok ('The', 'It'), where it splits even
    after an initialism; also when the word is not plainly letters, or a lower-case letter in it is followed by a
    capital ('AlsoThe' is two syntok tokens): syntok is left to read it."""
    found = _NEXT_WORD.match(text, pos, end)
    if found is None:
        return True
    word = found.group(1)
    return word in State.starters or any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))


# Closing quotes and brackets (PTB's '' among them): after a terminal, a run of them ending the piece is no decision
_CLOSING_RUN = re.compile("[" + re.escape(CLOSERS + "".join(sorted(State.closing_brackets))) + "]+")


def _may_split(text: str, start: int, end: int) -> bool:
    """False when syntok cannot split ``text[start:end]`` anywhere, so it need not run at all.

    syntok only decides at a terminal or an opening bracket. A terminal followed by a lower-case letter
    (after space or not) or directly by a digit is never a boundary. A short bracket that closes in the
    piece is skipped whole, and nothing after it is decided unless it is a terminal or another bracket,
    except near the start of a sentence (the piece's first two tokens), where a following capital splits.
    """
    first = _trim(text, start, end)[0]
    # a dot inside a word is no decision; in a piece with brackets syntok is left to judge it (the bracket rule
    # below is not exact after every terminal)
    inner_dots = _OPENING.search(text, start, end) is None
    for match in _DECISION.finditer(text, start, end):
        i = match.start()
        char = text[i]
        if char in State.opening_brackets:
            close = _BRACKET_END.search(text, i + 1, end)
            if close is None or text[close.start()] not in State.closing_brackets:
                return True
            if close.start() - i >= _SKIPPED_BRACKET_MAX or not _bracket_tokens(text, start, i, close.start(), end):
                return True
            words_before = len(text[first:i].split())
            if words_before <= 1 and not _next_visible(text, close.end(), end).islower():
                return True
            continue
        after = text[i + 1] if i + 1 < end else ""
        if after.isdigit() or after.islower():
            continue
        if inner_dots and char == "." and i > start and _inner_dot(text[i - 1], after):
            continue
        if inner_dots and char == "." and after.isspace() and _initialism_before(text, start, i) \
                and not _starter_after(text, i + 1, end):
            continue
        # Nothing visible after it, or only closing quotes and brackets right after it ('destruction.\'\'',
        # 'kommen.“)'): a boundary there is the piece's end anyway (syntok keeps the closers with the sentence).
        if not after or _CLOSING_RUN.fullmatch(text, i + 1, _trim(text, i + 1, end)[1]):
            continue
        if after.isspace():
            following = _next_visible(text, i + 1, end)
            if not following or following.islower():
                continue
        return True
    return False


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


@cache
def month_names(lang: str | None) -> frozenset[str]:
    """Month names of ``lang/<lang>/dates.tsv`` (all languages' when ``lang`` is unknown): a day number and
    its dot before one ("am 10. Juli") never end a sentence."""
    langs = available_languages()
    chosen = [lang] if lang in langs else langs
    return frozenset(row.values["form"] for code in chosen for row in load_table(code, "dates")
                     if row.values.get("kind") == "month")


_DAY_DOT = re.compile(r"(?<![^\s(\[„“\"])\d{1,2}\.$")
_FIRST_WORD = re.compile(r"\w+")


def _is_wrapped(lines: list[tuple[int, int]], text: str) -> bool:
    if len(lines) < 2:
        return False
    widths = [len(text[s:e].strip()) for s, e in lines]
    return all(_WRAP_MIN <= w <= _WRAP_MAX for w in widths[:-1]) and widths[-1] <= _WRAP_MAX


def _blocks(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Spans of lines, or of whole paragraphs when their lines are hard-wrapped."""
    if text.find("\n", start) < 0:  # one line (a wire sentence, a scraped paragraph): no pattern to run
        if start < len(text):
            yield start, len(text)
        return
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


@cython.locals(end=cython.Py_ssize_t, start=cython.Py_ssize_t, text=str)
def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@cython.locals(k=cython.Py_ssize_t, pos=cython.Py_ssize_t, start=cython.Py_ssize_t, text=str)
def _word_before(text: str, start: int, pos: int) -> str | None:
    """The word of letters only (no digit or underscore) that ends at ``pos`` and starts at or after ``start``
    after a non-word character (the text's start counts as one); None when there is none."""
    k = pos
    while k > 0 and text[k - 1].isalnum() and not text[k - 1].isdecimal():  # the regex class [^\W\d_]
        k -= 1
    if k < start or k == pos or (k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_")):
        return None
    return text[k:pos]


def _clear_cuts(text: str, start: int, end: int, abbrevs: frozenset[str]) -> Iterator[int]:
    """Clear boundaries (``_clear_end`` after a word of 4+ letters) outside any open round bracket."""
    opened = closed = 0
    counted = start
    for match in _clear_end().finditer(text, start, end):
        word = _word_before(text, start, match.start())
        if word is None or len(word) < 4 or word in abbrevs:
            continue
        opened += text.count("(", counted, match.start())
        closed += text.count(")", counted, match.start())
        counted = match.start()
        if opened > closed:
            continue
        yield match.end("s")


@cython.locals(end=cython.Py_ssize_t, i=cython.Py_ssize_t, k=cython.Py_ssize_t, start=cython.Py_ssize_t, text=str)
def _short_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``_short_end().finditer(text, start, end)``, tried only where it can match: at the start of a run of
    non-space characters that ends in a dot before space (the pattern opens with a word, so a search would try it
    at every character)."""
    pattern = _short_end()
    found = []
    i = text.find(".", start, end)
    while i >= 0:
        if i + 1 < end and text[i + 1].isspace():
            k = i
            while k > start and not text[k - 1].isspace():
                k -= 1
            match = pattern.match(text, k, end)
            if match is not None:
                found.append(match)
        i = text.find(".", i + 1, end)
    return found


def _short_cuts(text: str, start: int, end: int, abbrevs: frozenset[str]) -> Iterator[int]:
    """Boundaries syntok makes after a short word or a number (``_short_end``), inside a piece syntok
    would read anyway: cutting there first only spares syntok the work (its result does not change,
    as syntok starts afresh after each boundary)."""
    for match in _short_matches(text, start, end):
        word = match.group("w")
        if word is not None:
            if word in abbrevs or word.lower() in abbrevs or word.upper() in State.roman_numerals:
                continue
        elif match.group("next") in State.months:
            continue
        if _inside_brackets(text, start, match.start()):
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


def _day_before_month(text: str, left: int, cut: int, months: frozenset[str]) -> bool:
    """Whether the piece ending at ``cut`` ends with a day number and its dot and a month name follows."""
    stop = _trim(text, left, cut)[1]
    if not months or not _DAY_DOT.search(text, max(left, stop - 4), stop):
        return False
    word = _FIRST_WORD.match(text, cut)
    return word is not None and word.group() in months


_NUMBER_DOT = re.compile(r"(\S+)\s+\d{1,3}\.$")


def _ordinal(text: str, left: int, cut: int, determiners: frozenset[str]) -> bool:
    """Whether the piece ending at ``cut`` ends with a determiner, a number and its dot ('der 6. | Jägerbrigade',
    'zum 70. | Geburtstag'): an ordinal, no sentence end (meta ``ordinal_determiners``)."""
    if not determiners:
        return False
    stop = _trim(text, left, cut)[1]
    found = _NUMBER_DOT.search(text, max(left, stop - 30), stop)
    return found is not None and found.group(1).lower() in determiners


_TAIL = frozenset(".!?…" + OPENERS + CLOSERS)


@cython.locals(c=cython.Py_UCS4, i=cython.Py_ssize_t, j=cython.Py_ssize_t, start=cython.Py_ssize_t,
               stop=cython.Py_ssize_t, tail=cython.Py_ssize_t, text=str)
def _one_sentence(text: str, start: int, stop: int, tail: int) -> bool:
    """Neither ``_MAYBE_END`` in ``text[start:stop]`` nor a terminal (``.!?…``) before ``tail``: no place syntok
    or a glue rule could split at. One pass over the characters (a C loop when compiled) instead of two searches."""
    for i in range(start, stop):
        c = text[i]
        if c in ".!?…;)]":
            if i < tail and c in ".!?…":
                return False
            j = i + 1
            while j < stop and text[j] in CLOSERS:
                j += 1
            if j < stop and text[j].isspace():
                return False
    return True


@cython.locals(start=cython.Py_ssize_t, stop=cython.Py_ssize_t, text=str)
def _tail(text: str, start: int, stop: int) -> int:
    """Where the run of terminal punctuation, quotes and brackets that ends ``text[start:stop]`` begins."""
    while stop > start and text[stop - 1] in _TAIL:
        stop -= 1
    return stop


def _boundaries(text: str, start: int, end: int, abbrevs: frozenset[str], listed: frozenset[str] = frozenset(),
                months: frozenset[str] = frozenset(), determiners: frozenset[str] = frozenset()) -> list[int]:
    """Glued and clear boundaries first; syntok only on the pieces that may hold another one.

    A piece with a possible end (``_MAYBE_END``) is cut further where syntok surely splits
    (``_short_cuts``), and syntok reads only the parts where it could split (``_may_split``).
    ``listed``: the language's own abbreviations, ``months`` its month names; syntok boundaries right after
    a listed abbreviation or between a day number and a month name ("am 10. | Juli") are dropped."""
    stop = _trim(text, start, end)[1]
    if _one_sentence(text, start, stop, _tail(text, start, stop)):
        return [start, end]  # one sentence: no terminal before its end (most headlines, many wire sentences)
    found = {*glue_cuts(text, start, end, abbrevs), *_clear_cuts(text, start, end, abbrevs)}
    cuts = sorted({start, end, *found})
    bounds = set(cuts)
    for left, right in zip(cuts, cuts[1:], strict=False):
        if not _MAYBE_END.search(text, left, _trim(text, left, right)[1]):
            continue
        parts = sorted({left, right, *(c for c in _short_cuts(text, left, right, abbrevs)
                                       if not _day_before_month(text, left, c, months)
                                       and not _ordinal(text, left, c, determiners))})
        bounds.update(parts)
        for part_left, part_right in zip(parts, parts[1:], strict=False):
            if not _may_split(text, part_left, part_right):
                continue
            starts = _syntok_starts(text, part_left, part_right)
            bounds.update(b for b in starts if b == part_left or not (
                _after_abbreviation(text, part_left, b, listed) or _day_before_month(text, part_left, b, months)
                or _ordinal(text, part_left, b, determiners)))
    return sorted(bounds)


def _block_spans(text: str, start: int, end: int, abbrevs: frozenset[str], listed: frozenset[str] = frozenset(),
                 months: frozenset[str] = frozenset(),
                 determiners: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    bounds = _boundaries(text, start, end, abbrevs, listed, months, determiners)
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
    abbrevs, listed, months = abbreviations(lang), listed_abbreviations(lang), month_names(lang)
    openers, titles = subheading_words(lang)
    determiners = ordinal_determiners(lang)
    spans: list[tuple[int, int]] = []
    for start, end in _blocks(text, body_start):
        for s, e in _block_spans(text, start, end, abbrevs, listed, months, determiners):
            cut = _subheading_end(text, s, e, openers, titles) if openers else None
            spans.extend([(s, _trim(text, s, cut)[1]), (cut, e)] if cut is not None else [(s, e)])
    return spans


@cache
def _meta_words(lang: str | None, key: str) -> frozenset[str]:
    """The word list ``key`` of ``lang/<lang>/meta.yaml`` (none for an unknown language)."""
    return frozenset(load_meta(lang).get(key, ())) if lang in available_languages() else frozenset()


def subheading_words(lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Words that open a sentence only when capitalised (German 'Die', 'Der'; meta ``subheading_openers``) and
    words after which such a word starts a title or a name, not a sentence ('der Zeitung Die Welt', 'in Den
    Haag', 'Bücher wie Die Kräfte des Alters'; meta ``title_nouns``, prepositions in lower case)."""
    return _meta_words(lang, "subheading_openers"), _meta_words(lang, "title_nouns")


@cache
def ordinal_determiners(lang: str | None) -> frozenset[str]:
    """Words before which a number and its dot are an ordinal (meta ``ordinal_determiners``: 'der 6.')."""
    return frozenset(w.lower() for w in _meta_words(lang, "ordinal_determiners"))


_WORD = re.compile(r"\S+")


def _subheading_end(text: str, start: int, end: int, openers: frozenset[str], titles: frozenset[str]) -> int | None:
    """'EU besorgt Die EU reagierte besorgt ...': scraped news loses the line break after a short subheading;
    an article that only a sentence start capitalises, as the 2nd to 5th word, starts the real sentence."""
    words = [m for _, m in zip(range(6), _WORD.finditer(text, start, end), strict=False)]
    for k in range(1, min(5, len(words) - 1)):
        word, before = words[k].group(), words[k - 1].group()
        if word in openers and before[-1:].isalnum() and before not in titles and before not in openers \
                and before.lower() not in titles:
            return words[k].start()
    return None


def split_sentences(doc: Document) -> tuple[Sentence, ...]:
    """The sentences of the document body as spans of ``doc.text`` (the header is never a sentence)."""
    text = doc.text
    return tuple(
        Sentence(index, start, end, text[start:end])
        for index, (start, end) in enumerate(sentence_spans(text, doc.body_start, doc.lang))
    )
