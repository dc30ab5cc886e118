"""One automaton pass over a sentence for every dictionary word the engine looks for in the text.

Party names (the lexicon's name automaton), place names (places.py) and date words (dates.py) are all found by
Aho-Corasick on the original sentence text. The engine reads each sentence once with one automaton that holds the
three word lists and hands each module its own hits, as its own automaton would give them: (end index, value).
The modules keep their automata for use on their own (``PlaceFinder.find(text)``, ``DateFinder.find(text)``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick


@dataclass(frozen=True)  # no slots: a C type in the compiled build (scan.pxd)
class Hits:
    """The hits of one text, per word list, in the order of their end index."""

    names: list[tuple[int, Any]]
    places: list[tuple[int, str]]
    dates: list[tuple[int, int]]


class Scanner:
    """One automaton over the words of three lists (each a list of (word, value) with values that are not None)."""

    def __init__(self, names: Iterable[tuple[str, Any]], places: Iterable[tuple[str, str]],
                 dates: Iterable[tuple[str, int]]) -> None:
        merged: dict[str, list[Any]] = {}
        for k, words in enumerate((names, places, dates)):
            for word, value in words:
                merged.setdefault(word, [None, None, None])[k] = value
        self._automaton: ahocorasick.Automaton | None = None
        if merged:
            self._automaton = ahocorasick.Automaton()
            for word, values in merged.items():
                self._automaton.add_word(word, tuple(values))
            self._automaton.make_automaton()

    def scan(self, text: str) -> Hits:
        hits = Hits([], [], [])
        if self._automaton is None:
            return hits
        for end, (name, place, date) in self._automaton.iter(text):
            if name is not None:
                hits.names.append((end, name))
            if place is not None:
                hits.places.append((end, place))
            if date is not None:
                hits.dates.append((end, date))
        return hits
