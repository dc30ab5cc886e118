"""The serial runner: map the pure per-document pipeline over documents, every outcome a value.

``code_rows`` (``code_batch`` plus store rows) is also what a Dask worker runs, so serial and parallel runs
share one code path.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from chronik.records import DocResult, Document, Failure

Outcome = DocResult | Failure
CodeFn = Callable[..., DocResult]
"""``code(doc, lang=None) -> DocResult``, e.g. ``chronik.pipeline.code_document``."""

STAGE = "extract"


def default_code() -> CodeFn:
    # Imported on first use: importing the runner must not load the language data.
    from chronik.pipeline import code_document

    return code_document


WARM_TEXT = "Berlin, Paris und London. Berlin, Paris and London."


@cache
def warm_up(lang: str | None = None) -> None:
    """Load now, once per process, the language data the default pipeline loads lazily (lexicons, place
    index), then freeze it for the garbage collector.

    Coding a short text in every language there is data for (or in ``lang`` only) builds each lazily built
    table once. The tables live as long as the process, yet every full collection would walk their ~300,000
    objects again (0.1–0.3 s, every few hundred documents); frozen, they are skipped, and worker processes
    forked afterwards share them without the collector copying their pages. The language-identification
    model (~0.9 s, 80 MB) is left to the first document that has no language: many corpora give one.
    """
    from chronik.lang.loader import available_languages
    from chronik.pipeline import code_document

    doc = Document("warm-up", WARM_TEXT)
    for one in available_languages():
        if lang in (None, one):
            code_document(doc, lang=one)
    gc.freeze()


def failure_of(doc: Document, exc: BaseException, stage: str = STAGE) -> Failure:
    """The Failure recorded when coding ``doc`` raised: names the document, its source and the error."""
    source = doc.source or doc.doc_id
    return Failure(source=source, reason=f"{doc.doc_id}: {type(exc).__name__}: {exc}"[:2000], stage=stage)


def code_safely(doc: Document, code: CodeFn, lang: str | None = None) -> Outcome:
    """Code one document; an exception from a pathological document becomes its Failure."""
    try:
        return code(doc, lang=lang)
    except Exception as exc:  # any bug on one document must become its Failure, not lose the batch
        return failure_of(doc, exc)


def code_batch(docs: Sequence[Document], code: CodeFn | None = None, lang: str | None = None
               ) -> list[Outcome]:
    """Code a batch of documents; one result or failure per document, in order. Runs on workers."""
    fn = code or default_code()
    return [code_safely(doc, fn, lang) for doc in docs]


def run_documents(docs: Iterable[Document], code: CodeFn | None = None, lang: str | None = None
                  ) -> Iterator[Outcome]:
    """Lazily code documents in this process, yielding a DocResult or a Failure for each."""
    fn = code or default_code()
    for doc in docs:
        yield code_safely(doc, fn, lang)


@dataclass(frozen=True, slots=True)
class CodedBatch:
    """What a worker sends back for a batch: store rows as Arrow tables, counts, failures and MinHash signatures.

    Rows are built where the documents were coded, so the single writer only concatenates tables
    and commits; the DocResults themselves never travel between processes.
    """

    tables: dict[str, Any] | None
    """``chronik.store.rows.result_tables`` of the coded documents (None when none was coded)."""
    coded: int
    sentences: int
    event_types: tuple[str, ...]
    failures: tuple[Failure, ...]
    signatures: Any
    """``dedup.signatures`` of the batch's documents, in order (coded or not: the dedup needs every one)."""

    @classmethod
    def of(cls, docs: Sequence[Document], outcomes: Sequence[Outcome]) -> CodedBatch:
        """The rows, counts and failures of ``outcomes`` (one per document of ``docs``), and the signatures.

        The signatures are computed here, where the documents are coded, rather than in the coordinator,
        which only looks them up in its index.
        """
        from chronik.run.dedup import signatures
        from chronik.store.rows import result_tables

        results = [o for o in outcomes if isinstance(o, DocResult)]
        failures = tuple(o for o in outcomes if isinstance(o, Failure))
        return cls(result_tables(results) if results else None, len(results),
                   sum(len(r.sentences) for r in results),
                   tuple(ev.event for r in results for ev in r.events), failures,
                   signatures(d.text for d in docs))

    @classmethod
    def combine(cls, parts: Sequence[CodedBatch]) -> CodedBatch:
        """One batch of consecutive parts (the chunks of a batch coded by different processes), in order."""
        if len(parts) == 1:
            return parts[0]
        import numpy as np

        from chronik.store.rows import concat_tables

        tables = [p.tables for p in parts if p.tables is not None]
        return cls(concat_tables(tables) if tables else None, sum(p.coded for p in parts),
                   sum(p.sentences for p in parts), tuple(t for p in parts for t in p.event_types),
                   tuple(f for p in parts for f in p.failures), np.concatenate([p.signatures for p in parts]))


def code_rows(docs: Sequence[Document], code: CodeFn | None = None, lang: str | None = None) -> CodedBatch:
    """``code_batch`` plus row building and the documents' MinHash signatures: what an ingest worker runs."""
    return CodedBatch.of(docs, code_batch(docs, code, lang))
