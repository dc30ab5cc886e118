"""Document deduplication in the coordinating process.

Exact duplicates (same text up to whitespace) are coded once; near-duplicates (syndicated copies
with a changed line or two) are still coded but linked to the first document of their cluster.
Verdicts depend only on the order documents are seen, so a resumed run that reads the same inputs
in the same order reaches the same verdicts.
"""

from __future__ import annotations

import hashlib
import zlib
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
    words = text.lower().split()
    if len(words) <= k:
        return [" ".join(words).encode("utf-8")]
    return [" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)]


class Deduper:
    """Stateful dedup index; lives only in the coordinating process (never shipped to workers)."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self._num_perm = num_perm
        self._perms = MinHash(num_perm=num_perm).permutations
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._by_content: dict[bytes, str] = {}
        self._content_of_id: dict[str, bytes] = {}
        self._signatures: dict[str, np.ndarray] = {}

    def check(self, doc: Document) -> Verdict:
        """Classify ``doc`` against every document checked before, and remember it."""
        key = content_key(doc.text)
        seen_key = self._content_of_id.get(doc.doc_id)
        if seen_key is not None and seen_key != key:
            return IdCollision(doc.doc_id)
        original = self._by_content.get(key)
        if original is not None:
            return ExactDuplicate(original)
        self._by_content[key] = doc.doc_id
        self._content_of_id[doc.doc_id] = key
        return self._check_near(doc)

    def _check_near(self, doc: Document) -> Unique | NearDuplicate:
        mh = self._minhash(doc.text)
        best: tuple[float, str] | None = None
        for candidate in self._lsh.query(mh):
            other = self._signatures[candidate]
            score = float(np.count_nonzero(other == mh.hashvalues)) / self._num_perm
            if best is None or (score, candidate) > best:
                best = (score, candidate)
        if best is not None:
            return NearDuplicate(best[1], round(best[0], 4))
        # Only cluster originals enter the index, so copies of copies link to the first document.
        self._lsh.insert(doc.doc_id, mh, check_duplication=False)
        self._signatures[doc.doc_id] = mh.hashvalues.copy()
        return Unique()

    def _minhash(self, text: str) -> MinHash:
        # crc32 instead of the default sha1: 4x faster and stable across processes and runs.
        mh = MinHash(num_perm=self._num_perm, permutations=self._perms, scheme=_SCHEME, hashfunc=zlib.crc32)
        mh.update_batch(shingles(text))
        return mh
