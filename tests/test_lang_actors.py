"""The shared actor dictionary, the ISO alpha-3 table and the organisation lexicons are consistent data."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from importlib import resources

import pytest

from chronik.lang.loader import Row, load_table
from chronik.lang.schema import PLOVER_SECTOR_EXTRA
from chronik.plover import plover

SPECIAL_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _iso3_rows() -> list[dict[str, str]]:
    path = resources.files("chronik") / "lang" / "_shared" / "iso3.tsv"
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


ISO3 = frozenset(r["alpha3"] for r in _iso3_rows())
VALID_CODES = ISO3 | SPECIAL_CODES
SECTORS = frozenset(plover().sectors) | frozenset(PLOVER_SECTOR_EXTRA)


def actors() -> tuple[Row, ...]:
    return load_table("_shared", "actors")


def _low(d: str) -> str:
    """Earliest day a partial date can mean."""
    return d + "-01-01"[len(d) - 4:] if len(d) < 10 else d


def _high(d: str) -> str:
    """Latest day a partial date can mean (day 31 compares correctly for every month)."""
    return d + "-12-31"[len(d) - 4:] if len(d) < 10 else d


def offices_on(name_or_alias: str, day: str) -> list[Row]:
    """Rows of the person known by this name or alias whose office covers ``day``."""
    rows = [r for r in actors() if r["name"] == name_or_alias or name_or_alias in r.multi("aliases")]
    return [r for r in rows if r["start"] and _low(r["start"]) <= day and (not r["end"] or day <= _high(r["end"]))]


# --- ISO table -----------------------------------------------------------------------------------------------


def test_iso3_table_is_complete_and_unique():
    rows = _iso3_rows()
    assert len(rows) == 250  # 249 ISO 3166-1 codes + XKX (Kosovo, user-assigned)
    assert len({r["alpha3"] for r in rows}) == len(rows)
    assert len({r["alpha2"] for r in rows}) == len(rows)
    assert all(re.fullmatch(r"[A-Z]{3}", r["alpha3"]) and re.fullmatch(r"[A-Z]{2}", r["alpha2"]) for r in rows)
    assert {"DEU", "KOR", "PRK", "USA", "TWN", "PSE", "GBR", "RUS"} <= ISO3
    assert not ({"DDR", "ZAR", "BUR", "SUN"} & ISO3)


# --- actors --------------------------------------------------------------------------------------------------


def test_actor_table_loads_and_is_large():
    rows = actors()
    assert len(rows) >= 500
    assert len({r["name"] for r in rows}) >= 400


def test_actor_codes_sectors_gender_dates_are_valid():
    for r in actors():
        assert r["code"] in VALID_CODES, r.ref
        assert r["sector"] in SECTORS, r.ref
        assert r["gender"] in ("m", "f"), r.ref
        for col in ("start", "end"):
            assert not r[col] or DATE.match(r[col]), f"{r.ref}: {col}={r[col]!r}"
        if r["end"]:
            assert r["start"], f"{r.ref}: end without start"
        if r["start"] and r["end"]:
            assert _low(r["start"]) <= _high(r["end"]), f"{r.ref}: ends before it starts"
        if r["office"]:
            assert r["start"], f"{r.ref}: an office needs a start date"


def test_actor_rows_are_unique_per_person_office_start():
    seen: dict[tuple[str, str, str], str] = {}
    for r in actors():
        key = (r["name"], r["office"], r["start"])
        assert key not in seen, f"{r.ref} repeats {seen[key]}"
        seen[key] = r.ref


def test_actor_file_is_sorted_by_code_then_start():
    keys = [(r["code"], r["start"]) for r in actors()]
    assert keys == sorted(keys)


def test_every_alias_belongs_to_one_person_and_is_no_other_name():
    owner: dict[str, str] = {}
    names = {r["name"] for r in actors()}
    for r in actors():
        for alias in r.multi("aliases"):
            assert alias != r["name"], f"{r.ref}: alias repeats the name"
            assert owner.setdefault(alias, r["name"]) == r["name"], (
                f"{r.ref}: alias {alias!r} of {r['name']!r} also names {owner[alias]!r}")
            assert alias not in names or alias == r["name"], f"{r.ref}: alias {alias!r} is another person's name"


def test_rows_of_one_person_share_aliases_and_gender():
    by_name: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in actors():
        by_name[r["name"]].add((r["aliases"], r["gender"]))
    assert [n for n, v in by_name.items() if len(v) > 1] == []


def test_one_person_holds_one_office_at_a_time_unless_stated():
    """Two people never hold one single-holder office of one country at the same time (acting heads have
    their own office title; partial dates overlap only when they certainly do)."""
    by_office: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in actors():
        if r["office"] and r["start"] and r["code"] not in SPECIAL_CODES | {"SDN"}:
            by_office[(r["code"], r["office"])].append(r)
    single = ("President of", "Prime Minister of", "Chancellor of", "Minister of Foreign Affairs",
              "United States Secretary of")
    clashes = []
    for (code, office), rows in by_office.items():
        if not office.startswith(single):
            continue
        rows = sorted(rows, key=lambda r: r["start"])
        for a, b in zip(rows, rows[1:], strict=False):
            if a["name"] != b["name"] and a["end"] and _high(b["start"]) < _low(a["end"]):
                clashes.append((code, office, a["name"], b["name"]))
            if a["name"] != b["name"] and not a["end"]:
                clashes.append((code, office, a["name"], b["name"], "open"))
    assert clashes == []


# --- lookups the engine relies on ----------------------------------------------------------------------------


def test_kang_kyung_wha_was_foreign_minister_in_july_2020():
    (row,) = offices_on("Kang Kyung-wha", "2020-07-08")
    assert (row["code"], row["sector"], row["office"]) == ("KOR", "GOV", "Minister of Foreign Affairs")
    assert row["gender"] == "f"


def test_seed_article_officials_on_2020_07_08():
    assert {r["office"] for r in offices_on("Stephen Biegun", "2020-07-08")} == {
        "Deputy Secretary of State", "Special Representative for North Korea"}
    assert [r["office"] for r in offices_on("Moon Jae-in", "2020-07-08")] == ["President of South Korea"]
    assert [r["office"] for r in offices_on("Suh Hoon", "2020-07-08")] == ["National Security Advisor"]
    assert [r["code"] for r in offices_on("Kim Jong Un", "2020-07-08")] == ["PRK"]
    assert [r["office"] for r in offices_on("Choe Son Hui", "2020-07-08")] == ["First Vice Minister of Foreign Affairs"]


def test_german_aliases_resolve_to_english_labels():
    def person(alias: str) -> set[str]:
        return {r["name"] for r in actors() if alias in r.multi("aliases")}

    assert person("Lukaschenko") == {"Alexander Lukashenko"}
    assert person("Lukaschenka") == {"Alexander Lukashenko"}
    assert person("Erdogan") == {"Recep Tayyip Erdoğan"}
    assert person("Wladimir Putin") == {"Vladimir Putin"}
    assert person("Selenskyj") == {"Volodymyr Zelenskyy"}
    assert person("Sergej Lawrow") == {"Sergey Lavrov"}
    assert person("Xi") == {"Xi Jinping"}
    assert person("Kim Jong Un") == {"Kim Jong-un"}


def test_office_follows_the_event_date():
    assert [r["office"] for r in offices_on("Erdogan", "2009-06-01")] == ["Prime Minister of Turkey"]
    assert [r["office"] for r in offices_on("Erdogan", "2016-03-01")] == ["President of Turkey"]
    assert [r["office"] for r in offices_on("Yoon Suk Yeol", "2023-01-01")] == ["President of South Korea"]
    assert offices_on("Yoon Suk Yeol", "2025-06-01") == []
    lee = offices_on("Lee Jae-myung", "2025-07-01")
    assert [(r["code"], r["sector"], r["office"]) for r in lee] == [("KOR", "GOV", "President of South Korea")]
    assert [r["sector"] for r in offices_on("Lee Jae-myung", "2023-01-01")] == ["OPP"]


def test_required_coverage():
    codes = {r["code"] for r in actors() if r["start"] and r["office"]}
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
           "SAU", "ZAF", "TUR", "GBR", "USA", "EUR", "UNO", "PRK", "IGO"}
    assert g20 <= codes
    offices = {(r["code"], r["office"]) for r in actors()}
    for code in ("ARG", "BRA", "CAN", "CHN", "DEU", "FRA", "IDN", "IND", "ITA", "JPN", "KOR", "MEX", "PRK",
                 "RUS", "SAU", "TUR", "USA"):
        foreign = ("Foreign", "External", "United States Secretary of State")
        assert any(c == code and any(w in o for w in foreign) for c, o in offices), code
    assert ("UNO", "Secretary-General of the United Nations") in offices
    assert ("IGO", "Secretary General of NATO") in offices


# --- organisations -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
def test_organisation_lexicon_is_valid(lang):
    rows = load_table(lang, "organisations")
    assert len(rows) >= 150
    forms: dict[str, str] = {}
    for r in rows:
        assert r["code"] in VALID_CODES, r.ref
        assert r["sector"] in SECTORS, r.ref
        assert r["name"], r.ref
        assert r["form"] == r["form"].strip() and "  " not in r["form"], r.ref
        assert r["form"] not in forms, f"{r.ref}: form {r['form']!r} repeats {forms[r['form']]}"
        forms[r["form"]] = r.ref


def _org(lang: str, form: str) -> tuple[str, str, str]:
    (row,) = [r for r in load_table(lang, "organisations") if r["form"] == form]
    return row["code"], row["sector"], row["name"]


@pytest.mark.parametrize(("form", "code", "sector"), [
    ("Vereinten Nationen", "UNO", "GOV"),
    ("UN-Sicherheitsrat", "UNO", "GOV"),
    ("Weltsicherheitsrat", "UNO", "GOV"),
    ("Europäischen Union", "EUR", "GOV"),
    ("EU-Kommission", "EUR", "GOV"),
    ("Nato", "IGO", "MIL"),
    ("Internationalen Strafgerichtshofs", "IGO", "JUD"),
    ("Afrikanische Union", "IGO", "GOV"),
    ("Europarat", "IGO", "GOV"),
    ("IAEA", "UNO", "GOV"),
    ("Amnesty International", "NGO", "SOC"),
    ("Islamischen Staat", "IMG", "REB"),
    ("IS", "IMG", "REB"),
    ("Huthi-Rebellen", "YEM", "REB"),
    ("PKK", "TUR", "REB"),
    ("FARC", "COL", "REB"),
    ("Hisbollah", "LBN", "REB"),
    ("AKP", "TUR", "PTY"),
    ("HDP", "TUR", "OPP"),
    ("ÖVP", "AUT", "PTY"),
    ("Arbeiterpartei Koreas", "PRK", "PTY"),
    ("ÖGB", "AUT", "LAB"),
])
def test_german_organisation_forms(form, code, sector):
    assert _org("de", form)[:2] == (code, sector)


@pytest.mark.parametrize(("form", "code", "sector"), [
    ("United Nations", "UNO", "GOV"),
    ("Security Council", "UNO", "GOV"),
    ("European Commission", "EUR", "GOV"),
    ("NATO", "IGO", "MIL"),
    ("International Criminal Court", "IGO", "JUD"),
    ("Islamic State", "IMG", "REB"),
    ("Houthi rebels", "YEM", "REB"),
    ("Human Rights Watch", "NGO", "SOC"),
    ("Workers' Party of Korea", "PRK", "PTY"),
])
def test_english_organisation_forms(form, code, sector):
    assert _org("en", form)[:2] == (code, sector)


def test_same_organisation_has_the_same_code_in_both_languages():
    de = {(r["name"]): (r["code"], r["sector"]) for r in load_table("de", "organisations")}
    en = {(r["name"]): (r["code"], r["sector"]) for r in load_table("en", "organisations")}
    assert {n: (de[n], en[n]) for n in de.keys() & en.keys() if de[n] != en[n]} == {}
    assert de.keys() == en.keys()
