"""The scraped header line some sources put before the article body.

KBS World Radio pages scraped into plain text start with a line such as
``" date 2020-07 Photo : YONHAP News"`` followed by a blank line. The line carries the publication date
(with the precision the scraper kept: ``2020-07`` is only the month) and a photo credit that is not
part of the article. ``parse_header`` finds that line and says where the body begins, so that the
header never becomes a sentence while all offsets stay those of the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.records import PubDate

# The marker word ``date`` is the scraper's field name, not natural language. A header line is short;
# a longer "line" means the scraper glued the body to it, and then only the date itself is cut off.
_MAX_HEADER_LINE = 200
_HEADER = re.compile(
    r"[\s\ufeff]*date\s*[:=]?\s*"
    r"(?:(?P<y>\d{4})(?:[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?)?"
    r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4}))"
    r"(?![\d])",
    re.IGNORECASE,
)
_LEADING_SPACE = re.compile(r"\s*")


@dataclass(frozen=True, slots=True)
class Header:
    """What the header line says: the publication date (if any) and where the body starts."""

    pub_date: PubDate | None
    body_start: int


NO_HEADER = Header(None, 0)


def _pub_date(match: re.Match[str]) -> PubDate | None:
    year, month, day = match.group("y", "m", "d")
    if year is None:
        year, month, day = match.group("y2", "m2", "d2")
    iso = "-".join(f"{int(p):02d}" if i else p for i, p in enumerate((year, month, day)) if p)
    parsed = PubDate.parse(iso)
    # PubDate.parse drops an impossible day or month silently; a header with one is not trusted.
    if parsed is None or parsed.iso() != iso:
        return None
    return parsed


def _skip_space(text: str, pos: int) -> int:
    found = _LEADING_SPACE.match(text, pos)
    return found.end() if found else pos


def parse_header(text: str) -> Header:
    """Find a ``date ...`` header line at the very start of ``text``; ``NO_HEADER`` when there is none."""
    match = _HEADER.match(text)
    if match is None:
        return NO_HEADER
    pub_date = _pub_date(match)
    if pub_date is None:
        return NO_HEADER
    line_end = text.find("\n", match.end())
    if line_end == -1:
        line_end = len(text)
    if line_end - match.start() > _MAX_HEADER_LINE:
        return Header(pub_date, _skip_space(text, match.end()))
    return Header(pub_date, _skip_space(text, line_end))
