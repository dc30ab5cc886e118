"""Language identification: German and English news text, None for fragments."""

from __future__ import annotations

from chronik.text.langid import candidate_languages, detect_language


def test_german_and_english_news_sentences_are_recognised() -> None:
    german = "Die Bundesregierung hat am Mittwoch neue Sanktionen gegen Russland beschlossen."
    english = "The government announced new sanctions against Russia on Wednesday evening."
    assert detect_language(german) == "de"
    assert detect_language(english) == "en"


def test_short_fragment_gives_none() -> None:
    assert detect_language("Photo : YONHAP News") is None
    assert detect_language("") is None


def test_min_chars_can_be_lowered() -> None:
    assert detect_language("Die Regierung tagt heute", min_chars=10) == "de"


def test_detection_is_restricted_to_candidate_languages() -> None:
    french = "Le gouvernement a annoncé mercredi de nouvelles sanctions contre la Russie."
    assert detect_language(french, languages=("de", "en")) in ("de", "en")
    assert detect_language(french, languages=("de", "en", "fr")) == "fr"


def test_a_language_the_model_does_not_know_is_left_out() -> None:
    german = "Die Bundesregierung hat am Mittwoch neue Sanktionen gegen Russland beschlossen."
    assert detect_language(german, languages=("de", "en", "xx")) == "de"


def test_candidates_are_never_empty() -> None:
    assert candidate_languages()


def test_the_detector_is_loaded_only_when_a_language_must_be_detected() -> None:
    import subprocess
    import sys

    probe = ("import sys\n"
             "from chronik.api import code\n"
             "code('Die Bundesregierung hat am Mittwoch neue Sanktionen gegen Russland beschlossen.', lang='de')\n"
             "print('numpy' in sys.modules, 'py3langid' in sys.modules)\n"
             "code('Die Bundesregierung hat am Mittwoch neue Sanktionen gegen Russland beschlossen.')\n"
             "print('py3langid' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "True"]
