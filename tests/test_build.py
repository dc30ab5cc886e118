"""The optional C build (setup.py, chronik._build): the build chronik reports is the one that runs, a stale or
unwanted extension is never used, and both builds code alike."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chronik import _build

ROOT = Path(__file__).resolve().parents[1]

# imports every module of the build list and reports, for each, whether an extension module was loaded
PROBE = """
import importlib, json, sys
from importlib.machinery import ExtensionFileLoader
import chronik, chronik._build as b
if sys.argv[1] == "stale":  # every recorded source digest wrong, as after an edit of each file
    b.record = lambda: {"compiler": "test", "modules": {m: "0" * 64 for m in b.MODULES}}
elif sys.argv[1] == "stale-tokens":  # only tokens.py edited since the build
    built = dict(b.record().get("modules", {}), **{"chronik.extract.tokens": "0" * 64})
    b.record = lambda: {"compiler": "test", "modules": built}
loaded = {m: isinstance(importlib.import_module(m).__loader__, ExtensionFileLoader) for m in b.MODULES}
print(json.dumps({"build": chronik.build(), "loaded": loaded, "compiled": {m: b.compiled(m) for m in b.MODULES}}))
"""


def _probe(mode: str = "", pure: bool = False) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "CHRONIK_PURE"}
    if pure:
        env["CHRONIK_PURE"] = "1"
    out = subprocess.run([sys.executable, "-c", PROBE, mode], env=env, cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out)


def test_the_reported_build_is_the_loaded_one():
    got = _probe()
    n = sum(got["loaded"].values())
    assert got["loaded"] == got["compiled"]
    if n:
        assert got["build"].startswith(f"compiled ({n} of {len(_build.MODULES)} modules"), got
    else:
        assert got["build"] == "pure Python", got


def test_chronik_pure_loads_only_python_modules():
    got = _probe(pure=True)
    assert not any(got["loaded"].values()), got
    assert got["build"] == "pure Python (CHRONIK_PURE set)"


def test_an_extension_whose_source_changed_is_not_used():
    got = _probe("stale")
    assert not any(got["loaded"].values()), got
    assert got["build"] == "pure Python"


def test_an_extension_whose_cimported_types_are_stale_is_not_used():
    """A module built against tokens.pxd's C types (its .pxd cimports them) runs as Python once tokens does."""
    users = [m for m in _build.MODULES if "chronik.extract.tokens" in _build.cimports(m)]
    assert {"chronik.extract.mentions", "chronik.extract.engine"} <= set(users)
    got = _probe("stale-tokens")
    if not any(got["loaded"].values()):
        pytest.skip("no compiled build")
    assert not got["loaded"]["chronik.extract.tokens"]
    assert not any(got["loaded"][m] for m in users), got
    assert got["loaded"]["chronik.text.segment"], got  # a module that takes no C types keeps its extension


def test_the_digest_covers_the_declarations_of_cimported_modules(tmp_path: Path):
    pkg = tmp_path / "chronik"
    (pkg / "extract").mkdir(parents=True)
    (pkg / "extract" / "tokens.py").write_text("class Token: ...\n")
    (pkg / "extract" / "tokens.pxd").write_text("cdef class Token:\n    cdef public int i\n")
    (pkg / "extract" / "triggers.py").write_text("from chronik.extract.tokens import Token\n")
    (pkg / "extract" / "triggers.pxd").write_text("from chronik.extract.tokens cimport Token\n")
    before = _build.digest("chronik.extract.triggers", str(pkg))
    assert _build.cimports("chronik.extract.triggers", str(pkg)) == ("chronik.extract.tokens",)
    (pkg / "extract" / "tokens.pxd").write_text("cdef class Token:\n    cdef public long i\n")
    assert _build.digest("chronik.extract.triggers", str(pkg)) != before
    assert _build.cimports("chronik.extract.tokens", str(pkg)) == ()


def test_pure_python_runs_without_cython_installed():
    """Without Cython the modules take their type declarations from chronik._pure_cython (no-ops)."""
    probe = ("import sys; sys.modules['cython'] = None\n"  # 'import cython' now raises ImportError
             "from chronik.api import code\n"
             "import chronik.extract.tokens as t\n"
             "print(t.cython.__name__, len(code('Russland kritisierte am Montag die USA.', lang='de')))")
    env = {k: v for k, v in os.environ.items() if k != "CHRONIK_PURE"} | {"CHRONIK_PURE": "1"}
    out = subprocess.run([sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["chronik._pure_cython", "1"]


def test_every_listed_module_exists_as_python():
    for module in _build.MODULES:
        assert Path(_build.source_path(module)).is_file(), module


CODE = """
import json, sys
from chronik.api import code
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    for ev in code(doc["text"], pub_date=doc.get("pub_date"), lang=doc["lang"]):
        print(ev.to_json())
"""


def test_compiled_and_pure_builds_code_the_examples_alike():
    if not any(_probe()["loaded"].values()):
        pytest.skip("no compiled build to compare")
    runs = []
    for pure in (False, True):
        env = {k: v for k, v in os.environ.items() if k != "CHRONIK_PURE"} | ({"CHRONIK_PURE": "1"} if pure else {})
        runs.append(subprocess.run([sys.executable, "-c", CODE, str(ROOT / "examples/gold.jsonl")], env=env,
                                   capture_output=True, text=True, check=True).stdout.splitlines())
    assert runs[0], "the examples gave no events"
    assert runs[0] == runs[1]


RECORDS = """
import dataclasses, json, pickle
import chronik.records as r
a = r.Entity("USA", "GOV", "Washington")
ev = r.Event(event="CONSULT", mode="visit", context=("diplomacy",), actor=(a,), recipient=(r.Entity("KOR"),),
             status=r.Status.ASSERTED, date="2020-07-08", date_precision=r.Precision.DAY,
             location=r.Location("Seoul", "KOR"), evidence="Biegun traf Lee", sentence=2, start=10, end=25)
out = {
    "fields": [f.name for f in dataclasses.fields(r.Event)],
    "defaults": [ev.attributed_to, ev.confidence, ev.trail, ev.doc_id],
    "equal": ev == r.Event.from_dict(ev.to_dict()) and hash(a) == hash(r.Entity("USA", "GOV", "Washington")),
    "set": len({a, r.Entity("USA", "GOV", "Washington"), r.Entity("KOR")}),
    "replace": dataclasses.replace(ev, doc_id="d").doc_id == ev.with_doc("d").doc_id == "d" and ev.doc_id is None,
    "pickle": pickle.loads(pickle.dumps(ev)) == ev,
    "asdict": dataclasses.asdict(r.Location("Seoul", "KOR")),
    "doc": repr(r.Document("d1", "Text.", lang="de", pub_date=r.PubDate(2020, 7))),
    "json": ev.to_json(),
}
for record, name in ((ev, "event"), (a, "code"), (r.Sentence(0, 0, 5, "Text."), "text")):
    try:
        setattr(record, name, None)
        out[type(record).__name__] = "assigned"
    except AttributeError:
        out[type(record).__name__] = "frozen"
print(json.dumps(out))
"""


def test_records_behave_as_frozen_dataclasses_in_both_builds():
    """The records are C types when compiled (records.pxd): fields, defaults, equality, hashing, replace, pickling
    and JSON are the dataclass ones, and no field can be assigned, in the compiled build as in the pure one."""
    runs = []
    for pure in (False, True):
        env = {k: v for k, v in os.environ.items() if k != "CHRONIK_PURE"} | ({"CHRONIK_PURE": "1"} if pure else {})
        runs.append(json.loads(subprocess.run([sys.executable, "-c", RECORDS], env=env, cwd=ROOT, capture_output=True,
                                              text=True, check=True).stdout))
    compiled, pure = runs
    assert compiled == pure
    assert pure["fields"][:3] == ["event", "mode", "context"] and pure["fields"][-1] == "doc_id"
    assert pure["defaults"] == [None, 0.5, [], None]
    assert pure["equal"] and pure["replace"] and pure["pickle"] and pure["set"] == 2
    assert pure["asdict"] == {"name": "Seoul", "country": "KOR", "geonameid": None, "lat": None, "lon": None}
    assert pure["Event"] == pure["Entity"] == pure["Sentence"] == "frozen"
