"""WARC archives: each successful HTML (or plain-text) response record becomes a Document.

warcio reads record by record from the stream (plain or gzip-compressed per record), so an archive
of any size is read in bounded memory. Redirects, errors and non-text payloads are not documents and
are passed over; a record whose payload cannot be read becomes a Failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from chronik.errors import ReadError
from chronik.read.formats import Opener, Outcome, failure, html_document, text_document

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
_MAX_REASON = 200


def _content_type(record: Any) -> tuple[str, str | None]:
    """Media type and declared charset of a response (HTTP header) or resource (WARC header) record."""
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    value = (headers.get_header("Content-Type") or "").lower()
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key == "charset" and val:
            charset = val.strip("\"' ")
    return media.strip(), charset


def _is_success(record: Any) -> bool:
    if record.http_headers is None:  # a resource record has no HTTP status
        return True
    status = record.http_headers.get_statuscode() or ""
    return status.startswith("2")


def _check_arc_header(record: Any, source: str) -> None:
    """warcio reads any line with spaces as a legacy ARC header; a real one starts with a URI."""
    if getattr(record, "format", None) == "arc" and ":" not in (record.rec_headers.get_header("uri") or ""):
        raise ReadError(source, "not a WARC or ARC archive (no URI in the first record header)")


def _record_outcome(record: Any, records: Any, source: str, lang: str | None) -> Outcome | None:
    _check_arc_header(record, source)
    if record.rec_type not in ("response", "resource") or not _is_success(record):
        return None
    media, charset = _content_type(record)
    if media not in _HTML_TYPES and media not in _TEXT_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        payload = record.content_stream().read()
    except Exception as exc:  # warcio raises several types for a damaged payload; it costs one record
        payload, error = b"", f"unreadable WARC payload: {type(exc).__name__}: {exc}"
    else:
        error = None
    # Only after the payload is read: asking warcio for the offset earlier consumes the record.
    offset = records.get_record_offset()
    where = f"{source}@{offset}"
    if error is not None:
        return failure(where, error, offset)
    if media in _HTML_TYPES:
        return html_document(payload, where, lang, url=url, declared=charset)
    return text_document(payload, where, lang, url=url, declared=charset)


def warc_documents(open_stream: Opener, source: str, lang: str | None) -> Iterator[Outcome]:
    # lazy: only WARC input needs warcio
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with open_stream() as stream:
        records = ArchiveIterator(stream)
        seen = 0
        try:
            for seen, record in enumerate(records, start=1):  # noqa: B007 (seen is read after the loop)
                outcome = _record_outcome(record, records, source, lang)
                if outcome is not None:
                    yield outcome
        except ArchiveLoadFailed as exc:  # the archive cannot be resynchronised after a broken record
            raise ReadError(source, f"broken WARC archive: {str(exc)[:_MAX_REASON]}") from exc
        if seen == 0:  # warcio reads a truncated or empty archive as one without records
            yield failure(source, "no WARC records found (empty or truncated archive)")
