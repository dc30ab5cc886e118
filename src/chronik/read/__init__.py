"""Readers: plain text (with a scraped header), JSONL, HTML, WARC, each optionally gzip-compressed.

``read_path(path, lang=None)`` and ``read_bytes(data, name)`` yield Documents and, for what cannot be
read, Failures (the iteration always goes on); ``document_from_text`` builds one Document from a text.
"""

from __future__ import annotations

from chronik.read.document import document_from_text
from chronik.read.paths import input_format, read_bytes, read_file, read_path

__all__ = ["document_from_text", "input_format", "read_bytes", "read_file", "read_path"]
