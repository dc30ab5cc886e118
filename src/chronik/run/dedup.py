"""Document deduplication in the coordinating process.

Exact duplicates (same text up to whitespace) are coded once; near-duplicates (syndicated copies
with a changed line or two) are still coded but linked to the first document of their cluster.
Verdicts depend only on the order documents are seen, so a resumed run that reads the same inputs
in the same order reaches the same verdicts.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from chronik.records import Document

SHINGLE_WORDS = 5
NUM_PERM = 64
THRESHOLD = 0.8
_SCHEME = "affine32"


@dataclass(frozen=True, slots=True)
class Unique:
    """A document seen for the first time (neither an exact nor a near copy)."""


@dataclass(frozen=True, slots=True)
class ExactDuplicate:
    original_id: str


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    original_id: str
    jaccard: float


@dataclass(frozen=True, slots=True)
class IdCollision:
    """A different text arrived under a doc_id already used: coding it would overwrite the first."""

    doc_id: str


Verdict = Unique | ExactDuplicate | NearDuplicate | IdCollision


def content_key(text: str) -> bytes:
    """Hash of the text with whitespace runs collapsed, so re-wrapped copies count as exact."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).digest()


def shingles(text: str, k: int = SHINGLE_WORDS) -> list[bytes]:
    """Word k-shingles, lower-cased; a text shorter than k words is one shingle."""
    words = [w.encode("utf-8") for w in text.lower().split()]  # UTF-8 of a join = join of the UTF-8s
    if len(words) <= k:
        return [b" ".join(words)]
    return [b" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]


_PERMUTATIONS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash hash values of ``text`` (uint64, ``num_perm`` of them): the same in every process.

    Pure, so workers compute it next to the coding and the coordinator only indexes it.
    """
    perms = _PERMUTATIONS.get(num_perm)
    if perms is None:
        perms = _PERMUTATIONS[num_perm] = MinHash(num_perm=num_perm).permutations
    # crc32 instead of the default sha1: 4x faster and stable across processes and runs.
    mh = MinHash(num_perm=num_perm, permutations=perms, scheme=_SCHEME, hashfunc=zlib.crc32)
    mh.update_batch(shingles(text))
    return mh.hashvalues


def signatures(texts: Iterable[str], num_perm: int = NUM_PERM) -> np.ndarray:
    """``signature`` of each text, one row per text (shape ``(n, num_perm)``)."""
    rows = [signature(t, num_perm) for t in texts]
    return np.stack(rows) if rows else np.zeros((0, num_perm), dtype=np.uint64)


class _Sketch:
    """Hash values in the shape ``MinHashLSH`` reads (``len``, ``hashvalues``, ``scheme``)."""

    __slots__ = ("hashvalues",)
    scheme = _SCHEME

    def __init__(self, hashvalues: np.ndarray) -> None:
        self.hashvalues = hashvalues

    def __len__(self) -> int:
        return len(self.hashvalues)


class Deduper:
    """Stateful dedup index; lives only in the coordinating process (never shipped to workers).

    ``check`` does both steps; the ingest calls ``check_exact`` while reading and ``check_near`` later,
    in the same input order, with signatures computed by the workers.
    """

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self._num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._by_content: dict[bytes, str] = {}
        self._content_of_id: dict[str, bytes] = {}
        self._signatures: dict[str, np.ndarray] = {}

    def check(self, doc: Document) -> Verdict:
        """Classify ``doc`` against every document checked before, and remember it."""
        verdict = self.check_exact(doc)
        if verdict is not None:
            return verdict
        return self.check_near(doc.doc_id, signature(doc.text, self._num_perm))

    def check_exact(self, doc: Document) -> ExactDuplicate | IdCollision | None:
        """The exact-copy and id-collision verdicts; None (and ``doc`` remembered) for a new text."""
        key = content_key(doc.text)
        seen_key = self._content_of_id.get(doc.doc_id)
        if seen_key is not None and seen_key != key:
            return IdCollision(doc.doc_id)
        original = self._by_content.get(key)
        if original is not None:
            return ExactDuplicate(original)
        self._by_content[key] = doc.doc_id
        self._content_of_id[doc.doc_id] = key
        return None

    def check_near(self, doc_id: str, hashvalues: np.ndarray) -> Unique | NearDuplicate:
        """Near-copy verdict of a document that passed ``check_exact``, from its ``signature``.

        Call in the order of ``check_exact``: verdicts depend on which documents were indexed before.
        """
        sketch = _Sketch(hashvalues)
        best: tuple[float, str] | None = None
        for candidate in self._lsh.query(sketch):
            other = self._signatures[candidate]
            score = float(np.count_nonzero(other == hashvalues)) / self._num_perm
            if best is None or (score, candidate) > best:
                best = (score, candidate)
        if best is not None:
            return NearDuplicate(best[1], round(best[0], 4))
        # Only cluster originals enter the index, so copies of copies link to the first document.
        self._lsh.insert(doc_id, sketch, check_duplication=False)
        self._signatures[doc_id] = np.array(hashvalues, copy=True)
        return Unique()
