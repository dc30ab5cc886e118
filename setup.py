"""Optional C build: chronik's per-sentence modules compiled by Cython (pure-Python mode, the .py files unchanged).

Project metadata lives in pyproject.toml; this file only adds the extensions. ``pip install .`` and
``pip install -e .`` compile the modules listed in src/chronik/_build.py; a module that Cython or the C compiler
cannot build stays pure Python (a warning, no failure), and ``CHRONIK_PURE=1`` at install time builds nothing.
Generated C files go to build/cython. The record of what was compiled (chronik/_compiled.json: each module's source
digest) tells chronik at run time which extensions still match their sources (see chronik._build).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import time
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

SRC = Path(__file__).resolve().parent / "src"
_spec = importlib.util.spec_from_file_location("chronik_build", SRC / "chronik" / "_build.py")
assert _spec is not None and _spec.loader is not None
BUILD = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(BUILD)

# Cython reads the files as plain Python (annotations are not turned into C types, so the semantics stay Python's),
# with two additions: the classes an augmenting .pxd declares (``extract/tokens.pxd``: Token, Clause; mentions.pxd)
# are C types, and ``@cython.locals(t=Token)`` gives a function's variables those types (attribute reads become
# struct field reads)
DIRECTIVES = {"language_level": 3, "annotation_typing": False}
CBUILD = os.path.join("build", "cython")
# -O2 without debug information: about 1 % fewer instructions per sentence than -O1 but 5 % less time (the
# fastest English pass 2,721 -> 2,870 sentences per CPU second, builds alternated); -O3 is no faster and compiles
# longer. The warnings of Cython's generated C are not ours to fix
CFLAGS = [] if sys.platform == "win32" else ["-O2", "-g0", "-w"]


class OptionalCythonBuild(build_ext):
    """Cythonize and compile each module on its own, in parallel; a module that fails stays pure Python."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1
        self.compiled: list[str] = []

    def run(self) -> None:
        start, compiler = time.perf_counter(), ""
        if BUILD.forced_pure():
            self.extensions = []
        else:
            try:
                from Cython import __version__
                from Cython.Build import cythonize
            except ImportError:
                self.warn("chronik: Cython is not installed, chronik runs as pure Python")
                self.extensions = []
            else:
                compiler = f"Cython {__version__}"
                ready = []
                for ext in self.extensions:
                    try:
                        (c_ext,) = cythonize([ext], build_dir=CBUILD, compiler_directives=DIRECTIVES, quiet=True,
                                               include_path=[str(SRC)])
                    except Exception as exc:  # a module Cython cannot translate stays Python
                        self.warn(f"chronik: {ext.name} stays pure Python (Cython: {exc})")
                    else:
                        ext.sources = c_ext.sources  # the generated C file; ext keeps what build_ext set up
                        ready.append(ext)
                self.extensions = ready
        super().run()
        modules = {name: BUILD.digest(name, str(SRC / "chronik")) for name in sorted(self.compiled)}
        text = json.dumps({"compiler": compiler, "modules": modules}, indent=1) + "\n"
        targets = [Path(self.build_lib) / "chronik"]
        if self.inplace:
            targets.append(Path(self.get_finalized_command("build_py").get_package_dir("chronik")))
        for target in targets:  # replaced whole, so that a chronik starting meanwhile reads the old or the new one
            target.mkdir(parents=True, exist_ok=True)
            tmp = target / f"{BUILD.RECORD}.{os.getpid()}.tmp"
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(target / BUILD.RECORD)
        self.announce(f"chronik: {len(modules)} of {len(BUILD.MODULES)} modules compiled "
                      f"({time.perf_counter() - start:.0f} s)", level=2)

    def build_extension(self, ext: Extension) -> None:
        super().build_extension(ext)  # a failure is reported and skipped by build_ext, since ext.optional is set
        self.compiled.append(ext.name)


def extensions() -> list[Extension]:
    return [Extension(name, [BUILD.source_path(name, os.path.join("src", "chronik"))], optional=True,
                      extra_compile_args=CFLAGS) for name in BUILD.MODULES]


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalCythonBuild})
