"""chronik: political event data (PLOVER) from news text, offline and multilingual."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "code"]


def __getattr__(name: str):  # lazy, so that importing chronik stays cheap
    if name == "code":
        from chronik.api import code

        return code
    raise AttributeError(name)
