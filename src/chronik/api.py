"""chronik's library API: code a text, or a stream of documents, into PLOVER events.

>>> from chronik.api import code
>>> events = code("Biegun traf am Mittwoch in Seoul seinen Amtskollegen Lee.", pub_date="2020-07-09")

``classify`` is pair mode (``chronik.classify.classify``): the PLOVER relation between a marked source
and target in one English sentence.

``code_documents`` never raises for one bad document: a ChronikError or an unexpected exception
becomes that document's ``Failure`` and the batch goes on.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Sequence

from chronik.errors import ChronikError
from chronik.records import DocResult, Document, Event, Failure, PubDate

__all__ = ["classify", "code", "code_documents", "code_one"]

STAGE = "code"


def _code_document(doc: Document, lang: str | None) -> DocResult:
    # Looked up on each call, not bound at import: importing the API must not load language data.
    return importlib.import_module("chronik.pipeline").code_document(doc, lang=lang)


def code(text: str, pub_date: str | PubDate | None = None, lang: str | None = None) -> list[Event]:
    """Code one text; ``pub_date`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or a PubDate)."""
    from chronik.read import document_from_text

    date = PubDate.parse(pub_date) if isinstance(pub_date, str) else pub_date
    doc = document_from_text(text, pub_date=date, lang=lang)
    return [ev.with_doc(doc.doc_id) for ev in _code_document(doc, lang).events]


def code_one(doc: Document, lang: str | None = None) -> DocResult | Failure:
    """Code one document; an error becomes its Failure (named by source and doc id)."""
    source = doc.source or doc.doc_id
    try:
        return _code_document(doc, lang)
    except ChronikError as exc:
        return Failure(source=source, reason=f"{doc.doc_id}: {exc}", stage=STAGE)
    except Exception as exc:  # a bug hit by one document must not stop the batch; it is recorded
        return Failure(source=source, reason=f"{doc.doc_id}: {type(exc).__name__}: {exc}", stage=STAGE)


def code_documents(docs: Iterable[Document | Failure], lang: str | None = None
                   ) -> Iterator[DocResult | Failure]:
    """Code documents lazily; failures from reading pass through, so every input yields one outcome."""
    for item in docs:
        yield item if isinstance(item, Failure) else code_one(item, lang)


def classify(sentence: str, source_span: Sequence[int] | Sequence[Sequence[int]] | None,
             target_span: Sequence[int] | Sequence[Sequence[int]] | None) -> tuple[str, int, str]:
    """(event after the section 6 future-collapse, quad 1-4, modality ``past``/``todo``) of a marked pair.

    >>> classify("Russia accused Ukraine of shelling the plant.", (0, 6), (15, 22))  # doctest: +SKIP
    ('ACCUSE', 3, 'past')

    ``chronik.classify.classify``, imported on first use (it loads the English lexicon).
    """
    return importlib.import_module("chronik.classify").classify(sentence, source_span, target_span)
