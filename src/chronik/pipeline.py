"""The per-document pipeline: one explicit list of stages, a pure function of the document.

    text → sentences (header, de-gluing, syntok) → language → extraction → DocResult

Runners (serial, Dask) only map ``code_document`` over documents and collect results or failures.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from chronik.errors import UnsupportedLanguage
from chronik.extract.coref import Rejected
from chronik.extract.engine import Extractor
from chronik.lang.loader import available_languages
from chronik.records import DocResult, Document
from chronik.text.langid import detect_language
from chronik.text.segment import split_sentences

STAGES = ("split", "language", "extract")


@cache
def extractor(lang: str) -> Extractor:
    return Extractor(lang)


def choose_language(doc: Document, lang: str | None) -> tuple[str | None, str]:
    """The language to code in and the note that explains the choice."""
    if lang:
        return lang, f"lang:override={lang}"
    if doc.lang:
        return doc.lang, f"lang:given={doc.lang}"
    detected = detect_language(doc.text[doc.body_start:])
    if detected:
        return detected, f"lang:detected={detected}"
    return None, "lang:undetermined (text too short)"


def code_document(doc: Document, lang: str | None = None, rejected: list[Rejected] | None = None) -> DocResult:
    """Code one document. Raises UnsupportedLanguage for a language chronik has no data for.

    Triggers found but not coded are appended to ``rejected`` (with the reason) when a list is given.
    """
    sentences = split_sentences(doc)
    chosen, note = choose_language(doc, lang)
    notes = [note]
    if chosen is None:
        return DocResult(doc, sentences, (), tuple(notes + ["extract:skipped (no language)"]))
    if chosen not in available_languages():
        raise UnsupportedLanguage(f"{doc.doc_id}: no language data for {chosen!r}")
    if doc.lang != chosen:
        doc = replace(doc, lang=chosen)
    if doc.pub_date is None:
        notes.append("date:no publication date (relative dates stay unresolved)")
    events = extractor(chosen).extract(doc, sentences, rejected)
    return DocResult(doc, sentences, tuple(events), tuple(notes))
