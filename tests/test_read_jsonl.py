"""JSONL input: field names, metadata, and broken lines that do not stop the file."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from chronik.read import read_path
from chronik.records import Document, Failure, PubDate


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


def test_broken_line_in_the_middle_is_a_failure_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    first = _line(doc_id="a1", text="Die Regierung beschloss neue Steuern.", pub_date="2021-05-03", lang="de")
    broken = '{"doc_id": "a2", "text": "Die Opposition\n'
    third = _line(id="a3", text="The minister resigned on Friday.", lang="en", url="https://example.org/a3",
                  title="Minister resigns")
    path.write_text(first + "\n" + broken + third, encoding="utf-8")
    outcomes = list(read_path(path))
    assert [type(o).__name__ for o in outcomes] == ["Document", "Failure", "Document"]
    doc1, bad, doc3 = outcomes
    assert isinstance(doc1, Document) and isinstance(bad, Failure) and isinstance(doc3, Document)
    assert doc1.doc_id == "a1" and doc1.pub_date == PubDate(2021, 5, 3) and doc1.lang == "de"
    assert doc1.source == f"{path}:1"
    assert bad.source == f"{path}:3" and "invalid JSON" in bad.reason and bad.stage == "read"
    assert bad.offset == len((first + "\n").encode("utf-8"))
    assert doc3.doc_id == "a3" and doc3.url == "https://example.org/a3" and doc3.title == "Minister resigns"


def test_records_without_text_or_not_objects_are_failures(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(_line(doc_id="x", title="nur ein Titel") + "[1, 2]\n" + _line(text="Gut so."), encoding="utf-8")
    outcomes = list(read_path(path))
    assert isinstance(outcomes[0], Failure) and "no text" in outcomes[0].reason
    assert isinstance(outcomes[1], Failure) and "object" in outcomes[1].reason
    assert isinstance(outcomes[2], Document)


def test_missing_id_gives_content_hash_and_missing_date_uses_header(tmp_path: Path) -> None:
    text = " date 2020-07-08 Photo : YONHAP News\n\nSeoul und Washington stimmten sich ab."
    path = tmp_path / "kbs.jsonl"
    path.write_text(_line(text=text, pub_date=None), encoding="utf-8")
    (doc,) = list(read_path(path, lang="de"))
    assert isinstance(doc, Document)
    assert doc.doc_id == Document.content_id(text)
    assert doc.pub_date == PubDate(2020, 7, 8)
    assert doc.lang == "de"


def test_record_lang_wins_over_the_default(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(_line(text="Talks resumed.", lang="en") + _line(text="Gespräche laufen."), encoding="utf-8")
    assert [d.lang for d in read_path(path, lang="de")] == ["en", "de"]  # type: ignore[union-attr]


def test_gzip_jsonl_reads_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(_line(doc_id=f"g{i}", text=f"Meldung Nummer {i} über Österreich."))
    docs = list(read_path(path))
    assert [d.doc_id for d in docs] == ["g0", "g1", "g2"]  # type: ignore[union-attr]
    assert docs[1].source == f"{path}:2"  # type: ignore[union-attr]
