"""chronik: political event data (PLOVER) from news text, offline and multilingual."""

from __future__ import annotations

from chronik import _build

__version__ = "0.1.0"

__all__ = ["__version__", "build", "code"]

_build.install()  # before any compiled module is imported: a stale or unwanted extension is not used


def build() -> str:
    """The build that runs: ``compiled (...)`` when the C extensions are used, else ``pure Python``."""
    return _build.describe()


def __getattr__(name: str):  # lazy, so that importing chronik stays cheap
    if name == "code":
        from chronik.api import code

        return code
    raise AttributeError(name)
