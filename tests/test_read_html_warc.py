"""HTML pages (trafilatura), gzip, WARC archives, and folders with a corrupt file among good ones."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from chronik.read import read_bytes, read_path
from chronik.records import Document, Failure, PubDate

PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="{charset}"><title>Regierung einigt sich auf Budget | Beispielzeitung</title>
<meta property="og:title" content="Regierung einigt sich auf Budget">
<meta property="article:published_time" content="2021-03-04T09:15:00+01:00"></head>
<body><nav><a href="/">Start</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
<article><h1>Regierung einigt sich auf Budget</h1>
<p>Die Koalitionsparteien haben sich nach langen Verhandlungen am Mittwoch in Wien auf ein Budget für
das kommende Jahr geeinigt. Der Finanzminister sprach von einem fairen Kompromiss für alle Seiten.</p>
<p>Die Opposition kritisierte die Einigung scharf und forderte Neuwahlen. Die Grünen kündigten Proteste
vor dem Parlament an, die am Freitag stattfinden sollen.</p>
<p>Gewerkschaften begrüßten dagegen die geplanten Investitionen in Schulen und Spitäler.</p>
</article>
<div id="comments" class="comments"><h3>Kommentare</h3><p>Leser123: Alles Unsinn, die lügen doch!</p></div>
<footer>Impressum · Datenschutz · Kontakt</footer></body></html>"""


def page(charset: str = "utf-8") -> bytes:
    return PAGE.format(charset=charset).encode(charset)


def test_html_page_gives_title_date_and_main_text_without_navigation_or_comments() -> None:
    (doc,) = list(read_bytes(page(), "artikel.html", lang="de"))
    assert isinstance(doc, Document)
    assert doc.title == "Regierung einigt sich auf Budget"
    assert doc.pub_date == PubDate(2021, 3, 4)
    assert "Die Opposition kritisierte die Einigung scharf" in doc.text
    assert "Spitäler" in doc.text
    assert "Leser123" not in doc.text and "Impressum" not in doc.text
    assert doc.lang == "de" and doc.source == "artikel.html"


def test_html_in_a_declared_legacy_charset_keeps_umlauts() -> None:
    (doc,) = list(read_bytes(page("iso-8859-1"), "alt.htm"))
    assert isinstance(doc, Document)
    assert "begrüßten" in doc.text


def test_html_page_without_text_is_a_failure() -> None:
    (outcome,) = list(read_bytes(b"<html><head><title>Leer</title></head><body></body></html>", "leer.html"))
    assert isinstance(outcome, Failure) and outcome.source == "leer.html"


def test_gzip_text_and_html_read_like_the_plain_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress("Wien – Der Kanzler trat zurück.".encode()))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(page()))
    docs = list(read_path(tmp_path))
    assert [type(d) for d in docs] == [Document, Document]
    assert docs[0].text == "Wien – Der Kanzler trat zurück."  # type: ignore[union-attr]
    assert docs[1].title == "Regierung einigt sich auf Budget"  # type: ignore[union-attr]


def _warc(records: list[tuple[str, str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, status, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buffer.getvalue()


def test_warc_html_responses_become_documents_and_redirects_are_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc([
        ("https://zeitung.example/budget", "200 OK", page()),
        ("https://zeitung.example/alt", "301 Moved Permanently", b""),
        ("https://zeitung.example/leer", "200 OK", b"<html><body></body></html>"),
    ]))
    outcomes = list(read_path(path))
    assert len(outcomes) == 2
    doc, empty = outcomes
    assert isinstance(doc, Document) and doc.url == "https://zeitung.example/budget"
    assert doc.title == "Regierung einigt sich auf Budget"
    assert doc.source is not None and doc.source.startswith(f"{path}@")
    assert isinstance(empty, Failure) and empty.source.startswith(f"{path}@")


def test_corrupt_file_in_a_folder_is_a_failure_and_the_good_files_still_read(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "1.txt").write_text("Die Regierung trat zurück.", encoding="utf-8")
    (tmp_path / "2.txt.gz").write_bytes(gzip.compress(b"kaputt")[:12])  # truncated gzip stream
    (tmp_path / "sub" / "3.jsonl").write_text('{"id": "s3", "text": "Neuwahlen im Herbst."}\n', encoding="utf-8")
    (tmp_path / "sub" / "4.warc").write_bytes(b"\x00\x01 not a WARC archive \xff" * 20)
    (tmp_path / "notizen.md").write_text("nicht lesen", encoding="utf-8")
    outcomes = list(read_path(tmp_path))
    docs = [o for o in outcomes if isinstance(o, Document)]
    failures = [o for o in outcomes if isinstance(o, Failure)]
    assert [d.text for d in docs] == ["Die Regierung trat zurück.", "Neuwahlen im Herbst."]
    assert sorted(f.source for f in failures) == [str(tmp_path / "2.txt.gz"), str(tmp_path / "sub" / "4.warc")]
    assert all(f.stage == "read" and f.reason for f in failures)


def test_truncated_warc_without_a_complete_record_is_a_failure() -> None:
    data = _warc([("https://zeitung.example/budget", "200 OK", page())])
    (outcome,) = list(read_bytes(data[:200], "kurz.warc.gz"))
    assert isinstance(outcome, Failure) and outcome.source == "kurz.warc.gz"
