"""One reader per input format, each turning a byte stream into Documents and Failures.

Every reader yields a ``Failure`` for a document it cannot read and goes on with the next one; an
error of the stream itself (a truncated gzip, a broken WARC) ends that stream with one Failure.
``source`` of a Document is the path, with ``:line`` for JSONL and ``@offset`` (bytes) for WARC.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import IO, Any

from chronik.errors import ReadError
from chronik.read.document import document_from_text
from chronik.read.encoding import decode_bytes, html_charset
from chronik.records import Document, Failure

STAGE = "read"
Outcome = Document | Failure
Opener = Callable[[], IO[bytes]]

# Field names accepted in JSONL records; the first present one is used.
ID_FIELDS = ("doc_id", "id")
TEXT_FIELDS = ("text", "sentence")  # "sentence": one-sentence relation sets (plv_*.jsonl)


def failure(source: str, reason: str, offset: int | None = None) -> Failure:
    return Failure(source=source, reason=reason, stage=STAGE, offset=offset)


# -- plain text ----------------------------------------------------------------------------------------
def text_document(
    data: bytes, source: str, lang: str | None, url: str | None = None, declared: str | None = None
) -> Outcome:
    try:
        text = decode_bytes(data, source, declared)
    except ReadError as exc:
        return failure(source, exc.reason)
    if not text.strip():
        return failure(source, "empty text")
    return document_from_text(text, lang=lang, url=url, source=source)


# -- JSONL ---------------------------------------------------------------------------------------------
def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if record.get(name) is not None:
            return record[name]
    return None


def _optional_str(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def jsonl_record(raw: bytes, source: str, offset: int, lang: str | None) -> Outcome:
    """One JSONL line as a Document, or the Failure that says why it is not one."""
    try:
        record = json.loads(decode_bytes(raw, source))
    except ReadError as exc:
        return failure(source, exc.reason, offset)
    except json.JSONDecodeError as exc:
        return failure(source, f"invalid JSON: {exc.msg} (column {exc.colno})", offset)
    if not isinstance(record, dict):
        return failure(source, f"a JSONL line must be an object, not {type(record).__name__}", offset)
    text = _first(record, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        return failure(source, f"no text in any of the fields {', '.join(TEXT_FIELDS)}", offset)
    pub_date = record.get("pub_date")
    return document_from_text(
        text,
        doc_id=_optional_str(_first(record, ID_FIELDS)),
        pub_date=str(pub_date) if pub_date else None,
        lang=_optional_str(record.get("lang")) or lang,
        url=_optional_str(record.get("url")),
        title=_optional_str(record.get("title")),
        source=source,
    )


def jsonl_documents(open_stream: Opener, source: str, lang: str | None) -> Iterator[Outcome]:
    """Line by line, so a file of any size is read in bounded memory; ``offset`` is the line's byte offset."""
    offset = 0
    with open_stream() as stream:
        for line_no, raw in enumerate(stream, start=1):
            if raw.strip():
                yield jsonl_record(raw, f"{source}:{line_no}", offset, lang)
            offset += len(raw)


# -- HTML ----------------------------------------------------------------------------------------------
# Only the publication date the page states; the guessing search of htmldate finds dates in any text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def html_document(
    data: bytes, source: str, lang: str | None, url: str | None = None, declared: str | None = None
) -> Outcome:
    """The main text, title and date of an HTML page (trafilatura, offline; comments left out)."""
    try:
        html = decode_bytes(data, source, declared or html_charset(data))
    except ReadError as exc:
        return failure(source, exc.reason)
    import trafilatura  # lazy: a heavy import only HTML input needs

    extracted = trafilatura.bare_extraction(
        html, url=url, include_comments=False, favor_precision=True, with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        return failure(source, "no main text found in the HTML page")
    return document_from_text(
        text,
        pub_date=getattr(extracted, "date", None),
        lang=lang,
        url=url or getattr(extracted, "url", None),
        title=getattr(extracted, "title", None),
        source=source,
    )
