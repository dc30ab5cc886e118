"""Shared helpers of the per-language sentence tables (tests/test_<lang>_sentences.py)."""

from __future__ import annotations

import pytest

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


def engine(reason: str):
    """Mark a row that documents a gap in the engine (not in the data); strict, so a fix is noticed."""
    return pytest.mark.xfail(reason="engine: " + reason, strict=True)


def codes(spec: str) -> set[str]:
    return {c for c in spec.split("+") if c}


def describe(evs) -> str:
    return "; ".join(f"{e.event} {[a.code for a in e.actor]}->{[r.code for r in e.recipient]} {e.status.value}"
                     f" «{e.evidence}»" for e in evs) or "(no event)"


def matches(ev, event: str, actor: set[str], recipient: set[str], status: str) -> bool:
    """Type, status and parties; for symmetric acts the sides may be listed either way round."""
    if ev.event != event or ev.status.value != status:
        return False
    got_a = {a.code for a in ev.actor}
    got_r = {r.code for r in ev.recipient}
    if event in SYMMETRIC:
        return got_a | got_r == actor | recipient and bool(got_a & (actor | recipient))
    return got_a == actor and got_r == recipient


PUB = "2021-03-17"


def assert_codes(text: str, lang: str, event: str, actor: str, recipient: str, status: str) -> None:
    """The sentence gives an event of that type, parties ('+'-joined codes) and status."""
    from chronik.api import code

    evs = code(text, pub_date=PUB, lang=lang)
    assert any(matches(e, event, codes(actor), codes(recipient), status) for e in evs), (
        f"expected {event} {actor}->{recipient} {status}; got {describe(evs)}")


def assert_no_event(text: str, lang: str) -> None:
    from chronik.api import code

    evs = code(text, pub_date=PUB, lang=lang)
    assert not evs, f"expected no event; got {describe(evs)}"
