"""The disk cache of derived tables: built once, read back, rebuilt when broken or when its key changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.extract.diskcache import cached


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CHRONIK_CACHE", str(tmp_path))
    return tmp_path


def test_a_table_is_built_once_and_read_back(cache_home: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"Berlin": 1}

    assert cached("t", ["v1"], build) == {"Berlin": 1}
    assert cached("t", ["v1"], build) == {"Berlin": 1}
    assert len(calls) == 1
    assert len(list(cache_home.glob("t-*.pickle"))) == 1


def test_a_new_key_or_a_broken_file_builds_again(cache_home: Path) -> None:
    assert cached("t", ["v1"], lambda: 1) == 1
    assert cached("t", ["v2"], lambda: 2) == 2  # another key, another file
    for path in cache_home.glob("t-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert cached("t", ["v1"], lambda: 3) == 3


def test_an_unwritable_cache_only_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    monkeypatch.setenv("CHRONIK_CACHE", str(blocked / "sub"))  # a directory cannot be made below a file
    assert cached("t", ["v1"], lambda: 4) == 4


def test_each_language_has_its_own_data_key() -> None:
    from chronik.extract.diskcache import data_key

    de, en = data_key("de"), data_key("en")
    assert de[0] == "de" and en[0] == "en" and de[1] != en[1]
    assert data_key("de") == de  # the same files give the same key


def test_the_scanner_read_back_from_the_cache_finds_what_a_built_one_finds(cache_home: Path) -> None:
    from chronik.extract.engine import Extractor

    text = "Wien – Am Montag traf Außenminister Kurz in Moskau den russischen Präsidenten Putin."
    built = Extractor("de")._scanner.scan(text)
    assert list(cache_home.glob("scanner-de-*.pickle"))
    read_back = Extractor("de")._scanner.scan(text)
    assert read_back == built and built.names and built.places and built.dates
