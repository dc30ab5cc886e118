"""``run_eval``: read a gold file, run chronik on it, score, render. The extractor is imported late."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from chronik.errors import ChronikError, EvalError
from chronik.eval.gold import GoldDoc, GoldPair, gold_doc, gold_pair, is_pair_rows, read_jsonl
from chronik.eval.pairs import PairPrediction, score_pairs
from chronik.eval.report import render_json, render_pairs_json, render_pairs_text, render_text
from chronik.eval.scorer import Report, default_sentence_spans, score
from chronik.records import DocResult, Document, Sentence

Extractor = Callable[[GoldDoc, str | None], DocResult]
Classifier = Callable[[str, tuple[int, int], tuple[int, int]], tuple[str | None, int | None, str | None]]


def chronik_extractor(doc: GoldDoc, lang: str | None) -> DocResult:
    """Run the real pipeline on a gold document, read the way chronik reads any text."""
    try:
        from chronik.pipeline import code_document
        from chronik.read import document_from_text
    except ImportError as exc:
        raise EvalError(f"the extractor is not available: {exc}") from exc
    document: Document = document_from_text(doc.text, doc_id=doc.doc_id, pub_date=doc.pub_date,
                                            lang=lang or doc.lang)
    return code_document(document, lang=lang or doc.lang)


def chronik_classifier(sentence: str, source: tuple[int, int], target: tuple[int, int],
                       ) -> tuple[str | None, int | None, str | None]:
    try:
        from chronik.api import classify
    except ImportError as exc:
        raise EvalError(f"the pair classifier is not available: {exc}") from exc
    return classify(sentence, source, target)


def evaluate_documents(golds: Sequence[GoldDoc], extractor: Extractor, lang: str | None = None) -> Report:
    """Extract every gold document and score against the sentences the extractor itself used.

    A document the extractor refuses (a ``ChronikError``, e.g. an unsupported language) is scored as
    having no events and named in the report's notes, so one bad document does not hide the rest."""
    results: dict[str, DocResult] = {}
    failed: list[str] = []
    for gold in golds:
        try:
            results[gold.doc_id] = extractor(gold, lang)
        except ChronikError as exc:
            failed.append(f"{gold.doc_id}: not extracted ({exc})")

    def sentences(doc: Document) -> Sequence[Sentence | tuple[int, int]]:
        result = results.get(doc.doc_id)
        return result.sentences if result is not None else tuple(default_sentence_spans(doc))

    report = score(golds, {k: r.events for k, r in results.items()}, sentence_spans=sentences)
    return replace(report, notes=(*failed, *report.notes)) if failed else report


def classify_pairs(rows: Sequence[GoldPair], classifier: Classifier) -> list[PairPrediction]:
    preds = []
    for row in rows:
        if not row.source_spans or not row.target_spans:
            preds.append(PairPrediction(None))  # rows with a placeholder party cannot be asked
            continue
        preds.append(PairPrediction(*classifier(row.sentence, row.source_spans[0], row.target_spans[0])))
    return preds


def run_eval(gold_path: str, as_json: bool = False, pairs: bool = False, lang: str | None = None, *,
             extractor: Extractor | None = None, classifier: Classifier | None = None) -> str:
    """Score chronik on a gold file (documents, or relation pairs with ``pairs`` or when the file has
    them) and return the report as text or JSON. ``lang`` overrides the documents' own language."""
    rows = read_jsonl(gold_path)
    if not rows:
        raise EvalError(f"{gold_path}: the gold file is empty")
    title = Path(gold_path).name
    if pairs or is_pair_rows(rows):
        gold_rows = [gold_pair(r) for r in rows]
        report = score_pairs(gold_rows, classify_pairs(gold_rows, classifier or chronik_classifier))
        return render_pairs_json(report) if as_json else render_pairs_text(report, title)
    golds = [gold_doc(r) for r in rows]
    result = evaluate_documents(golds, extractor or chronik_extractor, lang)
    return render_json(result) if as_json else render_text(result, title)
