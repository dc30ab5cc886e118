"""Language identification with py3langid, restricted to the languages chronik has data for.

Restricting the candidate set matters: on news text with many foreign names an unrestricted model
drifts to languages chronik cannot process anyway. Short input is not guessed at all: every detector
mislabels fragments such as a photo credit or a name, so below ``min_chars`` letters the answer is None.

py3langid (and numpy with it, about 60 ms and a BLAS thread pool) is imported on the first detection only: a run
whose documents carry their language never loads it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from chronik.lang.loader import available_languages

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

DEFAULT_MIN_CHARS = 40
FALLBACK_LANGUAGES = ("de", "en")
"""Used while no language folder has a ``meta.yaml`` yet (the data is being written)."""


def candidate_languages() -> tuple[str, ...]:
    return tuple(available_languages()) or FALLBACK_LANGUAGES


@cache
def _identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # A language folder the model does not know (a new or constructed language) cannot be detected;
    # leaving it out keeps detection working for the others.
    known = [code for code in languages if code in identifier.labels]
    identifier.set_languages(known or None)
    return identifier


def detect_language(
    text: str, min_chars: int = DEFAULT_MIN_CHARS, languages: tuple[str, ...] | None = None
) -> str | None:
    """The ISO 639-1 code of ``text``'s language among ``languages`` (default: those chronik has data
    for), or None when the text has fewer than ``min_chars`` letters."""
    if sum(1 for c in text if c.isalpha()) < min_chars:
        return None
    chosen = tuple(sorted(languages)) if languages else candidate_languages()
    if len(chosen) == 1:
        return chosen[0]
    lang, _prob = _identifier(chosen).classify(text)
    return str(lang)
