"""PLOVER facts (types, quad classes, scores, recipient rule, modes, contexts, sectors) as package data."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from chronik.errors import LexiconError


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    quad: int
    quad_name: str
    requires_recipient: bool
    score: float
    gist: str


@dataclass(frozen=True, slots=True)
class Mode:
    event: str
    name: str
    score: float
    gist: str


@dataclass(frozen=True, slots=True)
class Plover:
    types: dict[str, EventType]
    modes: dict[tuple[str, str], Mode]
    contexts: frozenset[str]
    sectors: dict[str, str]

    def modes_of(self, event: str) -> list[str]:
        return [m for (e, m) in self.modes if e == event]

    def score(self, event: str, mode: str | None) -> float:
        if mode and (event, mode) in self.modes:
            return self.modes[(event, mode)].score
        return self.types[event].score


def _rows(name: str) -> list[dict[str, str]]:
    path = resources.files("chronik") / "data" / "plover" / name
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for i, row in enumerate(rows, start=2):
        if any(v is None for v in row.values()):
            raise LexiconError(str(path), i, "missing column")
    return rows


@cache
def plover() -> Plover:
    """Load (once) the PLOVER facts shipped in ``chronik/data/plover``."""
    types = {
        r["event"]: EventType(
            r["event"], int(r["quad"]), r["quad_name"], r["requires_recipient"] == "1",
            float(r["score"]), r["gist"],
        )
        for r in _rows("plover.tsv")
    }
    modes = {(r["event"], r["mode"]): Mode(r["event"], r["mode"], float(r["score"]), r["gist"])
             for r in _rows("modes.tsv")}
    contexts = frozenset(r["context"] for r in _rows("contexts.tsv"))
    sectors = {r["sector"]: r["gist"] for r in _rows("sectors.tsv")}
    return Plover(types, modes, contexts, sectors)
