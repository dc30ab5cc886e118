"""document_from_text and the plain-text reader: header, metadata precedence, ids, encodings."""

from __future__ import annotations

import codecs
from pathlib import Path

from chronik.read import document_from_text, read_bytes, read_path
from chronik.records import Document, Failure, Precision, PubDate

KBS = " date 2020-07 Photo : YONHAP News\n\nSüdkorea und die USA haben sich auf neue Gespräche geeinigt."
GERMAN = "Die Außenministerin äußerte Bedenken über die Maßnahmen der Regierung in Österreich."


def test_header_date_and_body_start_are_taken_from_the_text() -> None:
    doc = document_from_text(KBS)
    assert doc.pub_date == PubDate(2020, 7)
    assert doc.pub_date.precision is Precision.MONTH
    assert doc.text == KBS
    assert doc.text[doc.body_start:].startswith("Südkorea")


def test_metadata_pub_date_wins_over_the_header() -> None:
    assert document_from_text(KBS, pub_date="2020-07-08").pub_date == PubDate(2020, 7, 8)
    assert document_from_text(KBS, pub_date=PubDate(2020, 7, 9)).pub_date == PubDate(2020, 7, 9)


def test_doc_id_defaults_to_the_content_hash_and_is_stable() -> None:
    assert document_from_text(KBS).doc_id == Document.content_id(KBS)
    assert document_from_text(KBS).doc_id == document_from_text(KBS).doc_id
    assert document_from_text(KBS, doc_id="kbs-1").doc_id == "kbs-1"


def _only_document(outcomes: list[Document | Failure]) -> Document:
    assert len(outcomes) == 1 and isinstance(outcomes[0], Document), outcomes
    return outcomes[0]


def test_text_file_in_utf8_latin1_cp1252_and_utf16_reads_the_same(tmp_path: Path) -> None:
    encoded = {
        "utf8.txt": GERMAN.encode("utf-8"),
        "latin1.txt": GERMAN.encode("latin-1"),
        "cp1252.txt": (GERMAN + " Kosten: 5 € – „hoch“.").encode("cp1252"),
        "utf16.txt": codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"),
        "utf8bom.txt": codecs.BOM_UTF8 + GERMAN.encode("utf-8"),
    }
    for name, data in encoded.items():
        (tmp_path / name).write_bytes(data)
        doc = _only_document(list(read_path(tmp_path / name, lang="de")))
        assert doc.text.startswith(GERMAN), name
        assert doc.lang == "de"
        assert doc.source == str(tmp_path / name)
    cp1252 = _only_document(list(read_path(tmp_path / "cp1252.txt")))
    assert cp1252.text.endswith("5 € – „hoch“.")


def test_read_bytes_uses_the_name_for_format_and_source() -> None:
    doc = _only_document(list(read_bytes(KBS.encode("utf-8"), "kbs/000.txt")))
    assert doc.source == "kbs/000.txt"
    assert doc.pub_date == PubDate(2020, 7)


def test_binary_and_empty_files_are_failures(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    for name in ("binary.txt", "empty.txt"):
        outcomes = list(read_path(tmp_path / name))
        assert len(outcomes) == 1 and isinstance(outcomes[0], Failure)
        assert outcomes[0].source == str(tmp_path / name)
        assert outcomes[0].stage == "read"


def test_missing_path_and_unknown_type_are_failures(tmp_path: Path) -> None:
    (tmp_path / "bild.png").write_bytes(b"\x89PNG\r\n")
    missing = list(read_path(tmp_path / "fehlt.txt"))
    unknown = list(read_path(tmp_path / "bild.png"))
    assert isinstance(missing[0], Failure) and "no such" in missing[0].reason
    assert isinstance(unknown[0], Failure) and "unsupported" in unknown[0].reason
