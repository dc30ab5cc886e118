"""German lexicons: triggers, roles, contexts load, cover PLOVER, and their lemmas are reachable."""

from __future__ import annotations

from collections import Counter

import pytest

from chronik.lang.loader import load_table
from chronik.plover import plover

# Modes of modes.tsv that German has no trigger for (none at present).
UNCOVERED_MODES: set[tuple[str, str]] = set()

# Inflected forms as German news writes them; each must lemmatise to a trigger lemma
# (a verb, the joined form or the base of a separable verb, or an alternative-lemma row).
FORMS = [
    "kritisierte", "kritisierten", "trafen", "traf", "getroffen", "abgelehnt", "lehnte", "festgenommen",
    "vereinbarten", "vereinbart", "drohte", "drohten", "angedroht", "forderten", "gefordert", "aufgefordert",
    "bombardierten", "bombardiert", "freigelassen", "einbestellt", "verurteilt", "verurteilte", "vorgeworfen",
    "warf", "zurückgewiesen", "ausgewiesen", "verhängten", "verhängt", "unterzeichneten", "unterzeichnet",
    "begnadigte", "begnadigt", "aufgehoben", "beschossen", "entführt", "entführten", "gefoltert", "erschossen",
    "verhaftet", "inhaftiert", "abgesagt", "zugesagt", "warnte", "demonstrierten", "protestierten",
    "streikten", "boykottiert", "stationiert", "stationierte", "mobilisiert", "beschlagnahmt", "durchsucht",
    "zensiert", "verboten", "verbot", "ermordet", "hingerichtet", "getötet", "tötete", "zerstört",
    "beschuldigt", "angeklagt", "ermittelt", "untersucht", "verklagt", "angeprangert", "ausgeschlossen",
    "verweigert", "dementiert", "bestritt", "unterstützt", "unterstützte", "lobte", "begrüßte", "gewürdigt",
    "anerkannt", "gratulierte", "ratifiziert", "kooperiert", "zusammengearbeitet", "ausgeliefert", "lieferte",
    "gespendet", "abgezogen", "zurückgezogen", "zurückgetreten", "verlangte", "appellierte", "bat", "gebeten",
    "aufgerufen", "drängte", "angeboten", "versprach", "eingeladen", "einigten", "geeinigt", "telefonierte",
    "berieten", "verhandelten", "besuchte", "reiste", "empfing", "abgeschoben", "angegriffen", "abgestattet",
    "verstärkt", "entsandt", "angekündigt",
]
# forms that are not triggers on purpose (reporting verbs and the like)
NOT_TRIGGERS = {"angekündigt"}


@pytest.fixture(scope="module")
def triggers():
    return load_table("de", "triggers")


def _keys(rows):
    joined, bases = set(), set()
    for r in rows:
        if r["pos"] != "V":
            continue
        lemma = r["lemma"].lower()
        if "|" in lemma:
            particle, base = lemma.split("|", 1)
            joined.add(particle + base)
            bases.add(base)
        else:
            joined.add(lemma)
    return joined, bases


def test_tables_load_and_are_large_enough(triggers):
    assert len(triggers) >= 300
    assert len(load_table("de", "roles")) >= 200
    assert len(load_table("de", "contexts")) >= 120


def test_every_plover_type_has_eight_triggers(triggers):
    counts = Counter(r["event"] for r in triggers)
    for event in plover().types:
        assert counts[event] >= 8, (event, counts[event])


def test_every_mode_is_reachable(triggers):
    have = {(r["event"], r["mode"]) for r in triggers if r["mode"]}
    for key in plover().modes:
        if key not in UNCOVERED_MODES:
            assert key in have, key
    for r in triggers:
        if r["mode"]:
            assert (r["event"], r["mode"]) in plover().modes, r.ref


def test_every_context_is_reachable():
    have = {c for r in load_table("de", "contexts") for c in r.multi("context")}
    assert have == set(plover().contexts)


def test_context_keywords_are_lower_case():
    for r in load_table("de", "contexts"):
        assert r["keyword"] == r["keyword"].lower(), r.ref


def test_noun_triggers_capitalised_verbs_lower_case(triggers):
    for r in triggers:
        lemma = r["lemma"]
        if r["pos"] == "N":
            assert lemma[0].isupper(), r.ref
        else:
            assert lemma == lemma.lower(), r.ref


def test_plain_verb_rows_follow_rows_with_conditions(triggers):
    """The engine takes the first verb row whose `with` is met: a plain row must not shadow the others."""
    plain_seen: set[str] = set()
    for r in triggers:
        if r["pos"] != "V":
            continue
        key = r["lemma"].replace("|", "").lower()
        if r["with"]:
            assert key not in plain_seen, f"{r.ref}: plain row of {key} comes earlier"
        else:
            plain_seen.add(key)


def test_roles_forms_lower_case_and_unique():
    rows = load_table("de", "roles")
    forms = [r["form"] for r in rows]
    assert all(f == f.lower() for f in forms)
    assert len(forms) == len(set(forms))
    by_form = {r["form"]: r for r in rows}
    assert by_form["außenministerin"]["office"] == "Minister of Foreign Affairs"
    assert by_form["vizeaußenminister"]["office"] == "Deputy Minister of Foreign Affairs"
    assert by_form["botschafter"]["sector"] == "GOV"
    assert by_form["staatsanwaltschaft"]["sector"] == "JUD"
    assert by_form["rebellen"]["sector"] == "REB"


@pytest.mark.parametrize("form", [f for f in FORMS if f not in NOT_TRIGGERS])
def test_inflected_form_reaches_a_trigger_lemma(triggers, form):
    """Through the engine's lemma table (simplemma's dictionary inverted, plus the regular rewrites of
    meta.yaml: bombardiert -> bombardieren), every inflected form lands on a trigger lemma."""
    from chronik.extract.lexicon import lexicon

    joined, bases = _keys(triggers)
    lemma = lexicon("de").lemma(form)
    assert lemma in joined or lemma in bases, (form, lemma)


def test_engine_lemma_table_reaches_triggers(triggers):
    """The engine looks tokens up in a table inverted from simplemma's dictionary; check it too."""
    try:
        from chronik.extract.lexicon import lexicon
        lex = lexicon("de")
    except Exception as exc:  # the engine or another table is broken: not this file's business
        pytest.skip(f"engine lexicon unavailable: {exc}")
    joined, bases = _keys(triggers)
    missing = [f for f in FORMS if f not in NOT_TRIGGERS
               and lex.lemma(f) not in joined and lex.lemma(f) not in bases]
    assert not missing, missing
