"""Dedup verdicts: exact copies, syndicated near-copies, id collisions; stable across runs."""

from __future__ import annotations

import pytest

from chronik.records import Document
from chronik.run.dedup import Deduper, ExactDuplicate, IdCollision, NearDuplicate, Unique, shingles

ARTICLE = " ".join(
    f"Satz {i}: Die Regierung in Berlin hat am Montag neue Maßnahmen zur Energiepolitik angekündigt."
    for i in range(30)
)


def doc(doc_id: str, text: str) -> Document:
    return Document(doc_id=doc_id, text=text)


def test_first_document_is_unique() -> None:
    assert Deduper().check(doc("a", ARTICLE)) == Unique()


def test_exact_copy_names_its_original_even_when_rewrapped() -> None:
    d = Deduper()
    d.check(doc("a", ARTICLE))
    assert d.check(doc("b", ARTICLE.replace(" ", "\n  ", 5))) == ExactDuplicate("a")


def test_syndicated_copy_with_a_changed_sentence_is_a_near_duplicate() -> None:
    d = Deduper()
    d.check(doc("a", ARTICLE))
    verdict = d.check(doc("b", ARTICLE + " Die Agentur dpa hat beigetragen."))
    assert isinstance(verdict, NearDuplicate)
    assert verdict.original_id == "a"
    assert verdict.jaccard >= 0.8


def test_copy_of_a_copy_links_to_the_first_original() -> None:
    d = Deduper()
    d.check(doc("a", ARTICLE))
    d.check(doc("b", ARTICLE + " Nachtrag eins."))
    verdict = d.check(doc("c", ARTICLE + " Nachtrag eins. Nachtrag zwei."))
    assert isinstance(verdict, NearDuplicate) and verdict.original_id == "a"


def test_different_articles_are_not_linked() -> None:
    d = Deduper()
    d.check(doc("a", ARTICLE))
    other = " ".join(f"In Paris protestierten {i} Tausend gegen die Rentenreform." for i in range(30))
    assert d.check(doc("b", other)) == Unique()


def test_same_id_with_a_different_text_is_a_collision() -> None:
    d = Deduper()
    d.check(doc("a", ARTICLE))
    assert d.check(doc("a", "Ein ganz anderer Text.")) == IdCollision("a")


def test_verdicts_are_the_same_in_a_second_run() -> None:
    docs = [doc(str(i), ARTICLE + f" Zusatz {i % 3}" * (i % 2)) for i in range(8)]
    run1, run2 = Deduper(), Deduper()
    verdicts = [run1.check(x) for x in docs]
    assert verdicts == [run2.check(x) for x in docs]
    assert any(isinstance(v, NearDuplicate) for v in verdicts)


def test_short_text_is_one_shingle() -> None:
    assert shingles("Kurz und gut") == [b"kurz und gut"]
    assert len(shingles("a b c d e f")) == 2


def test_signatures_from_elsewhere_give_the_same_verdicts_as_check() -> None:
    from chronik.run.dedup import signature, signatures

    texts = [ARTICLE, ARTICLE + " Nachtrag eins.", ARTICLE, "Kurz.", ARTICLE + " Nachtrag zwei."]
    docs = [doc(f"d{i}", t) for i, t in enumerate(texts)]
    one_step = Deduper()
    expected = [one_step.check(d) for d in docs]
    rows = signatures(d.text for d in docs)  # as a worker computes them, in a batch
    two_steps = Deduper()
    got = []
    for d, row in zip(docs, rows, strict=True):
        verdict = two_steps.check_exact(d)
        got.append(verdict if verdict is not None else two_steps.check_near(d.doc_id, row))
    assert got == expected
    assert (rows[0] == signature(ARTICLE)).all()


def test_shingles_are_the_utf8_of_the_joined_words() -> None:
    text = "Größere Straßen in Köln und Düsseldorf wurden am Montag gesperrt"
    words = text.lower().split()
    assert shingles(text) == [" ".join(words[i : i + 5]).encode("utf-8") for i in range(len(words) - 4)]
    assert shingles("Zu kurz") == [b"zu kurz"]


def test_signatures_equal_datasketch_minhash_over_the_shingles() -> None:
    from chronik.run.dedup import minhash, signature, signatures

    texts = [ARTICLE, "", "Kurz.", "a b c d e", "a b c d e f", "Straße\xa0in  Köln,\tam Rhein\n", ARTICLE * 40]
    expected = []
    for text in texts:
        m = minhash()
        m.update_batch(shingles(text))
        expected.append(m.hashvalues)
    rows = signatures(texts)
    assert rows.shape == (len(texts), 64)
    assert all((row == want).all() for row, want in zip(rows, expected, strict=True))
    assert all((signature(t) == want).all() for t, want in zip(texts, expected, strict=True))


def test_signatures_do_not_depend_on_how_texts_are_batched(monkeypatch: pytest.MonkeyPatch) -> None:
    from chronik.run import dedup

    texts = [f"{ARTICLE} Zusatz {i}" * (1 + i % 3) for i in range(40)]
    whole = dedup.signatures(texts)
    assert (dedup.signatures(texts[:7]) == whole[:7]).all()
    monkeypatch.setattr(dedup, "_CHUNK", 1000)  # a numpy step every two or three texts
    assert (dedup.signatures(texts) == whole).all()
    assert dedup.signatures([]).shape == (0, 64)
