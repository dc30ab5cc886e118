"""Read and validate language data files: one loader for every language and every table.

``load_table(lang, name)`` returns the rows of ``lang/<lang>/<name>.tsv`` checked against
``schema.TABLES[name]``; ``load_meta(lang)`` returns ``meta.yaml``; ``load_words(lang, name)`` a
one-word-per-line list. The shared actor dictionary lives in ``lang/_shared``. Errors name the file
and line. Languages are discovered from the folders, so adding a language touches no Python.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from chronik.errors import LexiconError, UnsupportedLanguage
from chronik.lang.schema import TABLES
from chronik.plover import plover


@dataclass(frozen=True, slots=True)
class Row:
    """One validated row: its cells by column name, and where it came from (for --explain)."""

    values: dict[str, str]
    file: str
    line: int

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "")

    def multi(self, key: str) -> tuple[str, ...]:
        return tuple(v.strip() for v in self.values.get(key, "").split("|") if v.strip())

    @property
    def ref(self) -> str:
        return f"{self.file}:{self.line}"


def _root() -> Traversable:
    return resources.files("chronik") / "lang"


@cache
def available_languages() -> tuple[str, ...]:
    # Cached: the pipeline asks once per document, and a scan of the package folder costs as much as
    # coding a short document.
    return tuple(sorted(p.name for p in _root().iterdir()
                        if p.is_dir() and not p.name.startswith("_") and (p / "meta.yaml").is_file()))


def _lang_dir(lang: str) -> Traversable:
    if lang != "_shared" and lang not in available_languages():
        raise UnsupportedLanguage(f"no language data for {lang!r} (have: {', '.join(available_languages())})")
    return _root() / lang


def _check_value(schema_name: str, column: str, value: str, where: str, line: int) -> None:
    facts = plover()
    if column == "event" and value not in facts.types:
        raise LexiconError(where, line, f"unknown PLOVER event {value!r}")
    if column == "context":
        for ctx in value.split("|"):
            if ctx.strip() and ctx.strip() not in facts.contexts:
                raise LexiconError(where, line, f"unknown PLOVER context {ctx.strip()!r}")
    if column == "sector" and value and value not in facts.sectors and value not in ("LAB",):
        raise LexiconError(where, line, f"unknown PLOVER sector {value!r}")


@cache
def load_table(lang: str, name: str) -> tuple[Row, ...]:
    """Rows of ``lang/<lang>/<name>.tsv``; a missing optional table is empty."""
    schema = TABLES[name]
    path = _lang_dir(lang) / f"{name}.tsv"
    if not path.is_file():
        return ()
    where = f"lang/{lang}/{name}.tsv"
    with path.open(encoding="utf-8") as fh:
        lines = [(i, ln.rstrip("\n").rstrip("\r")) for i, ln in enumerate(fh, start=1)]
    content = [(i, ln) for i, ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    if not content:
        return ()
    header = next(csv.reader([content[0][1]], delimiter="\t"))
    missing = [c for c in schema.required if c not in header]
    if missing:
        raise LexiconError(where, content[0][0], f"header lacks column(s) {missing}")
    unknown = [c for c in header if c not in schema.columns]
    if unknown:
        raise LexiconError(where, content[0][0], f"unknown column(s) {unknown}; allowed: {schema.columns}")
    rows: list[Row] = []
    for line_no, text in content[1:]:
        cells = text.split("\t")
        if len(cells) > len(header):
            raise LexiconError(where, line_no, f"{len(cells)} cells for {len(header)} columns")
        values = {h: (cells[k].strip() if k < len(cells) else "") for k, h in enumerate(header)}
        for col in schema.required:
            if not values.get(col):
                raise LexiconError(where, line_no, f"empty required column {col!r}")
        for col, allowed in schema.choices.items():
            if col in values and values[col] not in allowed and not (
                col in schema.multi and all(v in allowed for v in values[col].split("|"))
            ):
                raise LexiconError(where, line_no, f"{col}={values[col]!r} not one of {allowed}")
        for col, val in values.items():
            if val:
                _check_value(name, col, val, where, line_no)
        rows.append(Row(values, where, line_no))
    return tuple(rows)


@cache
def load_meta(lang: str) -> dict[str, Any]:
    path = _lang_dir(lang) / "meta.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise LexiconError(f"lang/{lang}/meta.yaml", None, f"invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"lang/{lang}/meta.yaml", None, "must be a mapping")
    return data


@cache
def load_words(lang: str, name: str) -> frozenset[str]:
    """A one-entry-per-line word list (``#`` comments allowed), e.g. ``place_stop.txt``."""
    path = _lang_dir(lang) / f"{name}.txt"
    if not path.is_file():
        return frozenset()
    with path.open(encoding="utf-8") as fh:
        return frozenset(w.strip() for w in fh if w.strip() and not w.startswith("#"))
