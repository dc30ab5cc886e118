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


def _record_outcome(record: Any, source: str, offset: int, lang: str | None) -> Outcome | None:
    if record.rec_type not in ("response", "resource") or not _is_success(record):
        return None
    media, charset = _content_type(record)
    if media not in _HTML_TYPES and media not in _TEXT_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        payload = record.content_stream().read()
    except Exception as exc:  # warcio raises several types for a damaged payload; it costs one record
        return failure(source, f"unreadable WARC payload: {type(exc).__name__}: {exc}", offset)
    if media in _HTML_TYPES:
        return html_document(payload, source, lang, url=url, declared=charset)
    return text_document(payload, source, lang, url=url, declared=charset)


def warc_documents(open_stream: Opener, source: str, lang: str | None) -> Iterator[Outcome]:
    # lazy: only WARC input needs warcio
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with open_stream() as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                offset = records.get_record_offset()
                outcome = _record_outcome(record, f"{source}@{offset}", offset, lang)
                if outcome is not None:
                    yield outcome
        except ArchiveLoadFailed as exc:  # the archive cannot be resynchronised after a broken record
            raise ReadError(source, f"broken WARC archive: {exc}") from exc
