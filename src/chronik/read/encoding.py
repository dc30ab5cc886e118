"""Bytes to text: byte-order marks, UTF-8 first, a declared charset next, charset-normalizer last.

UTF-8 is tried first because a valid UTF-8 byte string of real text is almost never anything else,
while statistical detection can mistake short German UTF-8 text for another code page.
"""

from __future__ import annotations

import codecs
import re

from chronik.errors import ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start, if any."""
    found = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return found.group(1).decode("ascii").lower() if found else None


def _decode_as(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode ``data``; raises ``ReadError`` naming ``source`` when no encoding fits."""
    text = _decode(data, source, declared)
    # Decoders happily "decode" binary data; NUL characters never occur in a news text.
    if "\x00" in text:
        raise ReadError(source, "contains NUL characters (binary data?)")
    return text


def _decode(data: bytes, source: str, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _decode_as(data, encoding)
            if text is not None:
                return text
    for encoding in ("utf-8", declared):
        text = _decode_as(data, encoding) if encoding else None
        if text is not None:
            return text
    return _detect(data, source)


def _detect(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes  # lazy: only needed for the rare non-UTF-8 input

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(source, "cannot detect the text encoding (binary data?)")
    return str(best)
