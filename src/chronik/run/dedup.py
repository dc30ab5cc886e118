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


_PRIME = np.uint32(0x01000193)
"""Multiplier that folds the hashes of a shingle's words into the shingle's hash (mod 2^32)."""
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
"""datasketch's ``affine32`` pre-mix of every element hash (the MurmurHash3 finalizer, 32 bits)."""
_CHUNK = 1 << 16
"""Shingles hashed per numpy step in ``signatures`` (bounds its arrays: 16 MB for 64 permutations)."""
_PERMUTATIONS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def shingle_hash(shingle: bytes) -> int:
    """The 32-bit hash of one shingle that ``signature`` feeds to MinHash: its words' crc32s folded together.

    Defined on the words so that ``signatures`` can hash each word once and fold in numpy rather than hash
    every 5-word string again; stable across processes and runs."""
    h = 0
    for word in shingle.split(b" "):
        h = (h * int(_PRIME) + zlib.crc32(word)) & 0xFFFFFFFF
    return h


def minhash(num_perm: int = NUM_PERM) -> MinHash:
    """An empty datasketch MinHash of the scheme, permutations and element hash ``signature`` computes."""
    perms = _PERMUTATIONS.get(num_perm)
    if perms is None:
        perms = MinHash(num_perm=num_perm, scheme=_SCHEME).permutations
        _PERMUTATIONS[num_perm] = perms
    return MinHash(num_perm=num_perm, permutations=perms, scheme=_SCHEME, hashfunc=shingle_hash)


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash hash values of ``text`` (``num_perm`` of them): the same in every process.

    Pure, so workers compute it next to the coding and the coordinator only indexes it. Equal to
    ``minhash(num_perm)`` updated with ``shingles(text)`` (tests/test_run_dedup.py).
    """
    return signatures([text], num_perm)[0]


def _shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """``shingle_hash`` of each of ``shingles(text, k)``, from one crc32 per word."""
    words = np.fromiter(map(zlib.crc32, map(str.encode, text.lower().split())), np.uint32)
    n = len(words) - k + 1
    if n <= 1:  # one shingle of all the words (none: the empty shingle, hash 0)
        h = np.zeros(1, np.uint32)
        for w in words:
            h = h * _PRIME + w
        return h
    h = words[:n].copy()
    for j in range(1, k):
        h *= _PRIME
        h += words[j : j + n]
    return h


def signatures(texts: Iterable[str], num_perm: int = NUM_PERM) -> np.ndarray:
    """``signature`` of each text, one row per text (shape ``(n, num_perm)``).

    datasketch's MinHash update over the shingles of many texts at once: every shingle hash pre-mixed, put
    through the ``num_perm`` affine permutations, and the minimum kept per text (``minimum.reduceat``)."""
    a, b = minhash(num_perm).permutations
    a, b = a[:, None], b[:, None]
    s1, m1, s2, m2, s3 = _FMIX
    rows: list[np.ndarray] = []
    parts: list[np.ndarray] = []
    size = 0

    def flush() -> None:
        hv = np.concatenate(parts)
        hv ^= hv >> s1
        hv *= m1
        hv ^= hv >> s2
        hv *= m2
        hv ^= hv >> s3
        starts = np.zeros(len(parts), np.intp)
        np.cumsum([len(p) for p in parts[:-1]], out=starts[1:])
        rows.append(np.minimum.reduceat(a * hv + b, starts, axis=1).T)
        parts.clear()

    for text in texts:
        parts.append(_shingle_hashes(text))
        size += len(parts[-1])
        if size >= _CHUNK:
            flush()
            size = 0
    if parts:
        flush()
    return np.concatenate(rows) if rows else np.zeros((0, num_perm), dtype=np.uint32)


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
