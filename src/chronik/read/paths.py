"""The entry points: ``read_path`` (a file or a folder) and ``read_bytes`` (data in memory).

The format comes from the file name: ``.txt``, ``.jsonl``, ``.html``, ``.warc``, each optionally
gzip-compressed (``.gz``). A folder is read recursively in name order; files of other types and hidden
files in a folder are passed over (a file of an unknown type named directly is a Failure).
Nothing raises out of these iterators for a bad document or a bad file: it becomes a Failure.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from chronik.errors import ReadError
from chronik.read.formats import Opener, Outcome, failure, html_document, jsonl_documents, text_document
from chronik.read.warc import warc_documents

FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc", ".arc": "warc",
}
_STREAM_ERRORS = (OSError, EOFError, zlib.error, ReadError)


def input_format(name: str) -> tuple[str | None, bool]:
    """The format of a file name and whether it is gzip-compressed: ``a.jsonl.gz`` -> ``("jsonl", True)``."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    stem = lower[:-3] if gz else lower
    return FORMATS.get(os.path.splitext(stem)[1]), gz


def _outcomes(kind: str, gz: bool, open_raw: Opener, source: str, lang: str | None) -> Iterator[Outcome]:
    # warcio undoes per-record gzip itself; every other format is decompressed as one stream.
    def opener() -> IO[bytes]:
        raw = open_raw()
        return gzip.GzipFile(fileobj=raw, mode="rb") if gz and kind != "warc" else raw

    if kind == "jsonl":
        yield from jsonl_documents(opener, source, lang)
    elif kind == "warc":
        yield from warc_documents(opener, source, lang)
    else:
        with opener() as stream:
            data = stream.read()
        yield (html_document if kind == "html" else text_document)(data, source, lang)


def _guarded(
    kind: str | None, gz: bool, open_raw: Opener, source: str, lang: str | None
) -> Iterator[Outcome]:
    """The outcomes of one input; an error of the stream itself ends it with one Failure."""
    if kind is None:
        yield failure(source, "unsupported file type (known: " + ", ".join(sorted(FORMATS)) + ", with .gz)")
        return
    try:
        yield from _outcomes(kind, gz, open_raw, source, lang)
    except ReadError as exc:
        yield failure(source, exc.reason)
    except _STREAM_ERRORS as exc:
        yield failure(source, f"{type(exc).__name__}: {exc}")


def read_file(path: Path, lang: str | None = None) -> Iterator[Outcome]:
    kind, gz = input_format(path.name)
    yield from _guarded(kind, gz, lambda: path.open("rb"), str(path), lang)


def _folder_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and input_format(name)[0] is not None:
                yield Path(root) / name


def read_path(path: str | os.PathLike[str], lang: str | None = None) -> Iterator[Outcome]:
    """Documents and Failures of a file or (recursively) a folder, lazily.

    ``lang`` is the language of documents that do not state their own.
    """
    target = Path(path)
    if target.is_dir():
        for file in _folder_files(target):
            yield from read_file(file, lang)
    elif not target.exists():
        yield failure(str(target), "no such file or folder")
    else:
        yield from read_file(target, lang)


def read_bytes(data: bytes, name: str, lang: str | None = None) -> Iterator[Outcome]:
    """Documents and Failures of in-memory data; ``name`` gives the format (``x.html``) and the source."""
    kind, gz = input_format(name)
    yield from _guarded(kind, gz, lambda: io.BytesIO(data), name, lang)
