"""Date phrases: find them with one compiled pattern per language, resolve them against the publication date.

The words come from ``lang/<code>/dates.tsv`` (see the comment at its top); this module only knows the
shapes of date phrases (day month year, month day year, weekday, unit with a modifier, bare year ...).
Resolution follows EVENTS.md section 5: a weekday resolves by tense against the publication date, the
precision is what the text and the publication date really support, and without a publication date only
absolute expressions (a year is given) resolve.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import ahocorasick

try:
    import cython
except ImportError:  # no Cython: the type declarations are no-ops (see chronik/_pure_cython.py)
    from chronik import _pure_cython as cython

from chronik.lang.loader import load_meta, load_table
from chronik.records import Precision, PubDate

Resolved = tuple[str | None, Precision | None]

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_YEAR = r"(?:19\d\d|20\d\d|2100)"
_ORD = r"(?:\.|st|nd|rd|th)"
_CAP_KINDS = ("relative_day", "relative_week", "relative_month", "relative_year", "part", "season", "ignore")
_DIRECTION = {"past": -1, "next": 1, "this": 0}


@dataclass(frozen=True)  # no slots: a C type in the compiled build (dates.pxd)
class DateMention:
    """A date phrase at ``text[start:end]`` and its structured value (numbers are None when not given)."""

    start: int
    end: int
    text: str
    kind: str
    """absolute, month, year, season, weekday, relative_day, relative_week, relative_month, relative_year"""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None
    """Offset of a relative expression (gestern -1, vergangene Woche -1)."""
    direction: int | None = None
    """-1 past / +1 next / 0 this, from a modifier (vergangenen Mittwoch); None when the text has none."""
    part: str | None = None
    """early / mid / late (Anfang Juli)."""


@dataclass(frozen=True)
class _Lexicon:
    pattern: re.Pattern[str]
    anchors: ahocorasick.Automaton
    """Every date word and digit: the pattern is only tried where one of them starts a word."""
    lead_tail: re.Pattern[str]
    quantity_tail: re.Pattern[str]
    tail_words: int
    """The most words of a lead or quantity phrase: a tail pattern's match lies within that many words."""
    value: dict[tuple[str, str], str]
    """(kind, form) -> value; ignore rows are keyed by (role, form)."""
    nouns_capitalised: bool


def _variants(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The rows plus capitalised forms of lower-case words (sentence start), unless that form means else."""
    taken = {form: (kind, value) for form, kind, value in rows}
    out = list(rows)
    for form, kind, value in rows:
        cap = form[:1].upper() + form[1:]
        if kind in _CAP_KINDS and cap != form and cap not in taken:
            taken[cap] = (kind, value)
            out.append((cap, kind, value))
    return out


def _alt(forms: set[str]) -> str:
    if not forms:
        return r"(?!x)x"
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered) + ")"


def _build_pattern(words: dict[str, set[str]]) -> str:
    w = {k: _alt(v) for k, v in words.items()}
    mod = "(?:(?P<{name}>" + w["modifier"] + r")\s+)?"
    branches = [
        rf"(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])",
        rf"(?P<nd>{_DAY})\.(?P<nm>0?[1-9]|1[0-2])\.(?P<ny>{_YEAR})",
        rf"(?P<d1>{_DAY}){_ORD}?\s*(?:{w['of']}\s+)?(?P<m1>{w['month']})(?:,?\s+(?P<y1>{_YEAR}))?",
        rf"(?P<m2>{w['month']})\s+(?P<d2>{_DAY}){_ORD}?(?!\d)(?:,?\s+(?P<y2>{_YEAR}))?",
        mod.format(name="wmod") + rf"(?P<wd>{w['weekday']})(?P<wdp>{w['daypart']})?"
        rf"(?:\s+(?P<wdp2>{w['daypart']}))?",
        rf"(?P<m3>{w['month']})(?:\s+(?P<y3>{_YEAR}))?",
        rf"(?P<season>{w['season']})(?:\s+(?:{w['of']}\s+)?(?P<ys>{_YEAR}))?",
        rf"(?:(?P<yw>{w['year']})\s+)?(?<![\d.,/])(?P<year>{_YEAR})(?!\d|[.,]\d)",
        mod.format(name="umod") + rf"(?P<unit>{w['unit']})",
        rf"(?P<rday>{w['relative_day']})(?:\s+(?P<rdp>{w['daypart']}))?",
    ]
    part = rf"(?:(?P<part>{w['part']})[\s-]+(?:(?P<pof>{w['of']})\s+)?)?"
    return r"(?<!\w)" + part + "(?:" + "|".join(branches) + r")(?!\w)"


@cache
def _lexicon(lang: str) -> _Lexicon:
    raw = [(r["form"], r["kind"], r["value"]) for r in load_table(lang, "dates")]
    words: dict[str, set[str]] = {k: set() for k in (
        "weekday", "month", "relative_day", "unit", "part", "season", "modifier", "daypart", "of", "year",
        "lead", "quantity")}
    value: dict[tuple[str, str], str] = {}
    for form, kind, val in _variants(raw):
        if kind == "ignore":
            key = val if val not in _DIRECTION else "modifier"
            value[(val, form)] = val
        elif kind.startswith("relative_") and kind != "relative_day":
            key = "unit"
            value[(kind, form)] = val
        else:
            key = kind
            value[(kind, form)] = val
        if key in words:
            words[key].add(form)
    lead = _alt(words["lead"])
    pattern = re.compile(_build_pattern(words))
    if tuple(pattern.groupindex) != _GROUPS:  # _mention reads the groups by index
        raise RuntimeError(f"date pattern groups changed: {tuple(pattern.groupindex)}")
    anchors = ahocorasick.Automaton()
    for key in ("weekday", "month", "relative_day", "unit", "part", "season", "modifier", "year"):
        for form in words[key]:
            anchors.add_word(form, len(form))
    for digit in "0123456789":  # numbers: every digit is a start (one inside a number is skipped, as after a letter)
        anchors.add_word(digit, 1)
    anchors.make_automaton()
    return _Lexicon(
        pattern=pattern,
        anchors=anchors,
        lead_tail=re.compile(r"(?<!\w)" + lead + r"\s+$"),
        quantity_tail=re.compile(r"(?<!\w)" + _alt(words["quantity"]) + r"\s+$"),
        tail_words=max((len(f.split()) for f in words["lead"] | words["quantity"]), default=1),
        value=value,
        nouns_capitalised=bool(load_meta(lang).get("nouns_capitalised")),
    )


@cython.locals(lo=cython.Py_ssize_t, n=cython.Py_ssize_t, p=cython.Py_ssize_t, text=str)
def _words_back(text: str, start: int, n: int) -> int:
    """Where a search for a phrase of at most ``n`` words that ends in space at ``start`` can begin: the start of
    the ``n``-th space-separated chunk before it, and no more than 40 characters back. The tail patterns' matches
    lie in there, so searching from here finds what a search of all 40 characters finds, at fewer positions."""
    lo = max(0, start - 40)
    p = start
    while n > 0 and p > lo:
        while p > lo and text[p - 1].isspace():
            p -= 1
        while p > lo and not text[p - 1].isspace():
            p -= 1
        n -= 1
    return p


def _int(s: str | None) -> int | None:
    return int(s) if s else None


class DateFinder:
    """Find date phrases in one language; build the pattern once per language (cached)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._lex = _lexicon(lang)

    def words(self) -> Iterable[tuple[str, int]]:
        """The date words and digits as automaton words (word, its length): for one automaton with other lists."""
        return self._lex.anchors.items()

    def find(self, text: str, hits: Iterable[tuple[int, int]] | None = None) -> list[DateMention]:
        """The date phrases of ``text``; ``hits``: its date-word hits (end index, length) when it was read already."""
        found: list[DateMention] = []
        for m in self._matches(text, hits):
            start = self._extend_lead(text, m.start())
            mention = self._mention(text, m, start)
            if mention is not None:
                found.append(mention)
        return _merge_weekday_dates(text, found)

    def resolve(self, mention: DateMention, pub: PubDate | None, tense: str = "past") -> Resolved:
        return resolve(mention, pub, tense)

    # -- internals --------------------------------------------------------------------------------
    def _matches(self, text: str, hits: Iterable[tuple[int, int]] | None) -> Iterator[re.Match[str]]:
        """The pattern's matches, tried only at word starts where a date word or a digit begins (fast)."""
        starts = {end - n + 1 for end, n in (self._lex.anchors.iter(text) if hits is None else hits)}
        done = 0
        for pos in sorted(starts):
            if pos < done or (pos > 0 and text[pos - 1].isalnum()):
                continue
            m = self._lex.pattern.match(text, pos)
            if m is not None:
                done = m.end()
                yield m

    def _extend_lead(self, text: str, start: int) -> int:
        for _ in range(3):
            m = self._lex.lead_tail.search(text, _words_back(text, start, self._lex.tail_words), start)
            if m is None:
                break
            start = m.start()
        return start

    def _mention(self, text: str, m: re.Match[str], start: int) -> DateMention | None:
        g = m.groups()  # read by index (_G_PART, _G_IY, ...): one tuple, no call per group
        value = self._lex.value
        end = m.end()
        found = text[start:end]
        led = start < m.start() or g[_G_PART] is not None
        part = _value(value, "part", g[_G_PART]) or None
        if g[_G_ID]:
            return _dated(start, end, found, "absolute", part, int(g[_G_IY]), int(g[_G_IM]), int(g[_G_ID]))
        if g[_G_ND]:
            return _dated(start, end, found, "absolute", part, int(g[_G_NY]), int(g[_G_NM]), int(g[_G_ND]))
        if g[_G_D1]:
            return _dated(start, end, found, "absolute", part, _int(g[_G_Y1]), int(_value(value, "month", g[_G_M1])),
                          int(g[_G_D1]))
        if g[_G_D2]:
            return _dated(start, end, found, "absolute", part, _int(g[_G_Y2]), int(_value(value, "month", g[_G_M2])),
                          int(g[_G_D2]))
        if g[_G_WD]:
            return _dated(start, end, found, "weekday", part, weekday=int(_value(value, "weekday", g[_G_WD])),
                          direction=_direction(value, g[_G_WMOD]))
        for kind, word, y in (("month", _G_M3, _G_Y3), ("season", _G_SEASON, _G_YS)):
            if g[word]:
                if not (led or g[y]):
                    return None
                return _dated(start, end, found, kind, part, _int(g[y]), int(_value(value, kind, g[word])))
        if g[_G_YEAR]:
            if not (led or g[_G_YW]) and self._counts(text, start, end):
                return None
            return _dated(start, end, found, "year", part, int(g[_G_YEAR]))
        if g[_G_UNIT]:
            return _unit(value, g, start, end, found, part)
        if g[_G_RDAY]:
            return _dated(start, end, found, "relative_day", part,
                          offset=int(_value(value, "relative_day", g[_G_RDAY])))
        return None

    def _counts(self, text: str, start: int, end: int) -> bool:
        """Whether a bare year at ``text[start:end]`` counts something: 'rund 2000', '2000 Menschen' where nouns
        are capitalised."""
        if self._lex.quantity_tail.search(text, _words_back(text, start, self._lex.tail_words), start):
            return True
        nxt = _NEXT_WORD.match(text, end)
        word = nxt.group(1) if nxt else ""
        return self._lex.nouns_capitalised and word[:1].isupper() and word[1:].islower()


# The pattern's groups in the order _build_pattern opens them, the same in every language (checked in _lexicon):
# _mention reads them by index from one tuple
_GROUPS = ("part", "pof", "iy", "im", "id", "nd", "nm", "ny", "d1", "m1", "y1", "m2", "d2", "y2", "wmod", "wd", "wdp",
           "wdp2", "m3", "y3", "season", "ys", "yw", "year", "umod", "unit", "rday", "rdp")
(_G_PART, _G_POF, _G_IY, _G_IM, _G_ID, _G_ND, _G_NM, _G_NY, _G_D1, _G_M1, _G_Y1, _G_M2, _G_D2, _G_Y2, _G_WMOD,
 _G_WD, _G_WDP, _G_WDP2, _G_M3, _G_Y3, _G_SEASON, _G_YS, _G_YW, _G_YEAR, _G_UMOD, _G_UNIT, _G_RDAY,
 _G_RDP) = range(len(_GROUPS))


@cython.ccall
def _dated(start: int, end: int, text: str, kind: str, part: str | None, year: int | None = None,
           month: int | None = None, day: int | None = None, weekday: int | None = None, offset: int | None = None,
           direction: int | None = None) -> DateMention:
    return DateMention(start, end, text, kind, year, month, day, weekday, offset, direction, part)


@cython.locals(value=dict)
@cython.ccall
def _value(value: dict[tuple[str, str], str], kind: str, form: str | None) -> str:
    """The value of a date word of that kind ('' when the form is none or not of that kind)."""
    return value.get((kind, form or ""), "")


@cython.locals(value=dict)
@cython.ccall
def _direction(value: dict[tuple[str, str], str], form: str | None) -> int | None:
    """-1, +1 or 0 for a past, next or this modifier ('vergangenen', 'next', 'this'); None for none."""
    for role, d in _DIRECTION.items():
        if (role, form) in value:
            return d
    return None


@cython.locals(g=tuple, value=dict)
@cython.ccall
def _unit(value: dict[tuple[str, str], str], g: tuple, start: int, end: int, found: str,
          part: str | None) -> DateMention | None:
    """A unit with a modifier ('last week'), a unit that is a date by itself ('heuer'), or a part of one."""
    unit = g[_G_UNIT] or ""
    for kind in ("relative_week", "relative_month", "relative_year"):
        if (kind, unit) not in value:
            continue
        intrinsic = value[(kind, unit)]
        direction = _direction(value, g[_G_UMOD])
        if direction is not None:
            offset = direction
        elif intrinsic:
            offset = int(intrinsic)
        elif g[_G_POF] or g[_G_PART]:
            offset = 0
        else:
            return None
        return _dated(start, end, found, kind, part, offset=offset, direction=direction)
    return None


_NEXT_WORD = re.compile(r"\s+(\w+)")
_GAP = re.compile(r"\s*,?\s*(?:\w{1,4}\s+)?$")


def _merge_weekday_dates(text: str, found: list[DateMention]) -> list[DateMention]:
    """"am Mittwoch, dem 8. Juli": the weekday and the absolute date are one mention; the date wins."""
    out: list[DateMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "weekday" and m.kind == "absolute"
                and _GAP.match(text, prev.end, m.start) and m.start - prev.end <= 8):
            out[-1] = DateMention(prev.start, m.end, text[prev.start:m.end], "absolute", m.year, m.month,
                                  m.day, prev.weekday, part=m.part)
            continue
        out.append(m)
    return out


# -- resolution ---------------------------------------------------------------------------------------

def publication_fallback(pub: PubDate | None) -> Resolved:
    """The date of an event without a time expression: the publication date at its own precision."""
    if pub is None:
        return None, None
    return pub.iso(), pub.precision


def _absolute(m: DateMention) -> Resolved:
    """Resolve what the text states on its own (a year is given); relative expressions give (None, None)."""
    if m.year is None:
        return None, None
    if m.kind == "absolute" and m.month and m.day:
        return f"{m.year:04d}-{m.month:02d}-{m.day:02d}", Precision.DAY
    if m.kind == "month" and m.month:
        return f"{m.year:04d}-{m.month:02d}", Precision.MONTH
    return f"{m.year:04d}", Precision.YEAR


def _year_for(month: int, day: int | None, pub: PubDate, tense: str) -> int:
    """The year of a month (and day) stated without one, seen from the publication date and the tense."""
    if pub.month is None:
        return pub.year
    here = (pub.month, pub.day if (day is not None and pub.day is not None) else 0)
    there = (month, day if (day is not None and pub.day is not None) else 0)
    if tense == "future":
        return pub.year if there >= here else pub.year + 1
    return pub.year if there <= here else pub.year - 1


def _weekday(m: DateMention, pub: PubDate, tense: str) -> Resolved:
    if pub.day is None or pub.month is None:
        return pub.iso(), pub.precision
    today = date(pub.year, pub.month, pub.day)
    wd = m.weekday or 0
    forward = m.direction == 1 or (m.direction is None and tense == "future")
    if forward:
        delta = (wd - today.weekday()) % 7 or (7 if m.direction == 1 else 0)
        return (today + timedelta(days=delta)).isoformat(), Precision.DAY
    delta = (today.weekday() - wd) % 7 or (7 if m.direction == -1 else 0)
    return (today - timedelta(days=delta)).isoformat(), Precision.DAY


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + offset
    return n // 12, n % 12 + 1


def _relative(m: DateMention, pub: PubDate) -> Resolved:
    offset = m.offset or 0
    if m.kind == "relative_year":
        return f"{pub.year + offset:04d}", Precision.YEAR
    if m.kind == "relative_month":
        if pub.month is None:
            return pub.iso(), pub.precision
        y, mo = _shift_month(pub.year, pub.month, offset)
        return f"{y:04d}-{mo:02d}", Precision.MONTH
    if pub.day is None or pub.month is None:
        return pub.iso(), pub.precision
    today = date(pub.year, pub.month, pub.day)
    if m.kind == "relative_day":
        return (today + timedelta(days=offset)).isoformat(), Precision.DAY
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
    return monday.isoformat(), Precision.WEEK


def resolve(mention: DateMention, pub: PubDate | None, tense: str = "past") -> Resolved:
    """Date string and precision of a mention (EVENTS.md section 5); tense is past, present or future."""
    if mention.year is not None:
        return _absolute(mention)
    if pub is None:
        return None, None
    kind = mention.kind
    if kind == "weekday":
        return _weekday(mention, pub, tense)
    if kind == "absolute" and mention.month and mention.day:
        y = _year_for(mention.month, mention.day, pub, tense)
        return f"{y:04d}-{mention.month:02d}-{mention.day:02d}", Precision.DAY
    if kind == "month" and mention.month:
        y = _year_for(mention.month, None, pub, tense)
        return f"{y:04d}-{mention.month:02d}", Precision.MONTH
    if kind == "season" and mention.month:
        last = (mention.month + 1) % 12 + 1 if tense == "future" else mention.month
        return f"{_year_for(last, None, pub, tense):04d}", Precision.YEAR
    if kind.startswith("relative_"):
        return _relative(mention, pub)
    return None, None
