"""Progress and the end-of-run summary of an ingest.

The tally is the only mutable state of a run besides the dedup index; ``summary()`` freezes it.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, TextIO

from chronik.records import DocResult, Failure

MAX_LISTED_FAILURES = 20


@dataclass(frozen=True, slots=True)
class IngestSummary:
    read: int
    coded: int
    skipped: dict[str, int]
    failed: int
    failed_by_stage: dict[str, int]
    failures: tuple[Failure, ...]
    """The first failures of the run (all of them are in the store's ``errors`` table)."""
    events_by_type: dict[str, int]
    sentences: int
    near_duplicates: int
    seconds: float

    @property
    def events(self) -> int:
        return sum(self.events_by_type.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "coded": self.coded, "skipped": dict(self.skipped), "failed": self.failed,
            "failed_by_stage": dict(self.failed_by_stage),
            "failures": [{"source": f.source, "stage": f.stage, "reason": f.reason, "offset": f.offset}
                         for f in self.failures],
            "events": self.events, "events_by_type": dict(self.events_by_type), "sentences": self.sentences,
            "near_duplicates": self.near_duplicates, "seconds": round(self.seconds, 3),
        }

    def render(self) -> str:
        rate = self.coded / self.seconds if self.seconds > 0 else 0.0
        lines = [f"documents read: {self.read}", f"coded: {self.coded} ({rate:.1f}/s)",
                 f"skipped: {sum(self.skipped.values())}"]
        lines += [f"  {reason}: {n}" for reason, n in sorted(self.skipped.items())]
        lines.append(f"near-duplicates linked: {self.near_duplicates}")
        stages = ", ".join(f"{k}: {n}" for k, n in sorted(self.failed_by_stage.items()))
        lines.append(f"failed: {self.failed}" + (f" ({stages})" if stages else ""))
        lines += [f"  {f.source}{'' if f.offset is None else f'@{f.offset}'} [{f.stage}] {f.reason}"
                  for f in self.failures]
        lines.append(f"sentences: {self.sentences}")
        lines.append(f"events: {self.events}")
        by_count = sorted(self.events_by_type.items(), key=lambda kv: (-kv[1], kv[0]))
        lines += [f"  {t}: {n}" for t, n in by_count]
        return "\n".join(lines)


@dataclass
class Tally:
    started: float = field(default_factory=time.perf_counter)
    read: int = 0
    coded: int = 0
    failed: int = 0
    failed_by_stage: Counter[str] = field(default_factory=Counter)
    sentences: int = 0
    near_duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)

    def add_results(self, results: list[DocResult]) -> None:
        self.coded += len(results)
        for r in results:
            self.sentences += len(r.sentences)
            self.events.update(ev.event for ev in r.events)

    def add_counts(self, coded: int, sentences: int, event_types: list[str]) -> None:
        self.coded += coded
        self.sentences += sentences
        self.events.update(event_types)

    def add_failures(self, failures: list[Failure]) -> None:
        self.failed += len(failures)
        self.failed_by_stage.update(f.stage for f in failures)
        room = MAX_LISTED_FAILURES - len(self.failures)
        self.failures.extend(failures[: max(room, 0)])

    def summary(self) -> IngestSummary:
        return IngestSummary(self.read, self.coded, dict(self.skipped), self.failed,
                             dict(self.failed_by_stage), tuple(self.failures),
                             dict(self.events), self.sentences, self.near_duplicates,
                             time.perf_counter() - self.started)


class Progress:
    """A tqdm bar with documents/s and events/s on stderr; silent when quiet or not on a terminal."""

    def __init__(self, quiet: bool = False, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        enabled = not quiet and self._stream.isatty()
        self._bar = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(file=self._stream, unit="doc", dynamic_ncols=True, smoothing=0.1)
        self._started = time.perf_counter()
        self._events = 0

    def update(self, docs: int, events: int) -> None:
        self._events += events
        if self._bar is None:
            return
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        self._bar.update(docs)
        self._bar.set_postfix_str(f"{self._events / elapsed:.1f} events/s", refresh=False)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
