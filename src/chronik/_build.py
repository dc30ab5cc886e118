"""Which build of chronik runs: the optional C extensions (Cython) or the pure-Python modules.

``pip install`` compiles the modules in ``MODULES`` when Cython and a C compiler are at hand (see ``setup.py``) and
writes ``_compiled.json`` next to this file: the SHA-256 of each compiled module's source. An extension is used only
while its source is unchanged, so an edited ``.py`` in an editable install runs as Python until the next build
(``make compile``), never as the stale extension. ``CHRONIK_PURE=1`` in the environment runs every module as pure
Python. The pure modules are the reference: both builds give the same output.

This module only reads the standard library, so ``setup.py`` can load it by path before chronik is installed; it
imports little, since ``import chronik`` runs it.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec

# the modules compiled when possible: the per-sentence work of segmentation and extraction, and the records it builds
MODULES = (
    "chronik.extract.arguments",
    "chronik.extract.coref",
    "chronik.extract.dates",
    "chronik.extract.engine",
    "chronik.extract.lexicon",
    "chronik.extract.mentions",
    "chronik.extract.places",
    "chronik.extract.scan",
    "chronik.extract.speech",
    "chronik.extract.status",
    "chronik.extract.tokens",
    "chronik.extract.triggers",
    "chronik.records",
    "chronik.text.deglue",
    "chronik.text.segment",
)
RECORD = "_compiled.json"
PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def source_path(module: str, package_dir: str = PACKAGE_DIR) -> str:
    """The ``.py`` file of ``module`` (a name in MODULES) under the directory of the ``chronik`` package."""
    return os.path.join(package_dir, *module.split(".")[1:]) + ".py"


def digest(module: str, package_dir: str = PACKAGE_DIR) -> str:
    """SHA-256 of what the extension of ``module`` was built from: its ``.py``, its ``.pxd`` when there is one, and
    the ``.pxd`` of each module it cimports (their C types are laid out in its code)."""
    import hashlib

    h = hashlib.sha256()
    paths = [source_path(module, package_dir), declarations_path(module, package_dir)]
    paths += [declarations_path(m, package_dir) for m in cimports(module, package_dir)]
    for path in paths:
        if os.path.isfile(path):
            with open(path, "rb") as fh:
                h.update(fh.read())
    return h.hexdigest()


def declarations_path(module: str, package_dir: str = PACKAGE_DIR) -> str:
    """The augmenting ``.pxd`` of ``module``: the C types Cython gives its classes and variables (may not exist)."""
    return source_path(module, package_dir)[:-3] + ".pxd"


def cimports(module: str, package_dir: str = PACKAGE_DIR) -> tuple[str, ...]:
    """The modules whose C types ``module``'s ``.pxd`` takes ('from chronik.extract.tokens cimport Token'): its
    extension works only with theirs."""
    try:
        with open(declarations_path(module, package_dir), encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return ()
    return tuple(parts[1] for parts in (line.split() for line in lines)
                 if len(parts) >= 3 and parts[0] == "from" and parts[2] == "cimport")


def forced_pure() -> bool:
    return os.environ.get("CHRONIK_PURE", "") not in ("", "0")


@cache
def record() -> dict[str, object]:
    """The build record (``{"compiler": ..., "modules": {name: source digest}}``); empty when nothing was compiled."""
    import json

    try:
        with open(os.path.join(PACKAGE_DIR, RECORD), encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _has_extension(module: str) -> bool:
    stem = source_path(module)[:-3]
    return any(os.path.isfile(stem + suffix) for suffix in EXTENSION_SUFFIXES)


@cache
def compiled(module: str) -> bool:
    """Whether ``module`` runs as its C extension: built, recorded, source and declarations unchanged, the modules
    it cimports compiled too, CHRONIK_PURE unset."""
    if forced_pure() or module not in MODULES:
        return False
    built = record().get("modules")
    if not isinstance(built, dict) or module not in built or not _has_extension(module):
        return False
    return built[module] == digest(module) and all(compiled(m) for m in cimports(module))


class SourceUnlessCompiled:
    """A meta-path finder that loads a module of MODULES from its ``.py`` file unless its extension may be used.

    Python's own finder prefers an extension module over a source file of the same name; this finder, ahead of it,
    hands out the source whenever ``compiled`` says no (CHRONIK_PURE, a stale or unrecorded extension).
    """

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name not in MODULES or compiled(name):
            return None  # not ours, or the default finder loads the extension
        from importlib.util import spec_from_file_location

        return spec_from_file_location(name, source_path(name))


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once), before any module of MODULES is imported."""
    if not any(isinstance(f, SourceUnlessCompiled) for f in sys.meta_path):
        sys.meta_path.insert(0, SourceUnlessCompiled())


def describe() -> str:
    """One line naming the active build, e.g. ``compiled (14 of 14 modules, Cython 3.1.2)`` or ``pure Python``."""
    n = sum(compiled(m) for m in MODULES)
    if n == 0:
        return "pure Python (CHRONIK_PURE set)" if forced_pure() else "pure Python"
    stale = [m.rsplit(".", 1)[1] for m in MODULES if not compiled(m)]
    note = f"; pure: {', '.join(stale)}" if stale else ""
    return f"compiled ({n} of {len(MODULES)} modules, {record().get('compiler', '?')}{note})"
