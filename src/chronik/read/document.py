"""Build a Document from text and metadata: the one place where a header date meets metadata."""

from __future__ import annotations

from chronik.records import Document, PubDate
from chronik.text.header import parse_header


def document_from_text(
    text: str,
    doc_id: str | None = None,
    pub_date: PubDate | str | None = None,
    lang: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Document:
    """A Document whose ``body_start`` skips a scraped header line.

    The publication date given as metadata wins over the header's: metadata usually comes from the
    publisher's own record and may be more precise (a day where the header has only the month).
    Without an id the document is named by its content hash, so reading it twice gives the same id.
    """
    header = parse_header(text)
    given = PubDate.parse(pub_date) if isinstance(pub_date, str) else pub_date
    return Document(
        doc_id=doc_id if doc_id else Document.content_id(text),
        text=text,
        lang=lang or None,
        pub_date=given if given is not None else header.pub_date,
        url=url or None,
        title=title or None,
        source=source,
        body_start=header.body_start,
    )
