"""Benchmark ``chronik ingest`` on the generated corpus with 1 and 2 workers.

Runs the real command in a subprocess per setting (fresh store each time), samples the resident memory
of the coordinator and of every worker process with psutil, and prints a table of articles/s,
sentences/s, speed-up and peak RSS. If README.md holds the markers ``<!-- bench:ingest -->`` and
``<!-- /bench:ingest -->``, the table is written between them (README content is otherwise untouched).

    python bench/make_corpus.py          # once: 10,000 articles into bench/_corpus/
    python bench/bench_ingest.py [--workers 1,2] [--repeat 2] [--corpus bench/_corpus]

This machine is shared and its two virtual CPUs rarely give two processes twice the speed of one, so every
repetition runs all settings back to back and measures, right before and after, what 2 processes can
reach at all: a pure CPU loop, and the coding itself with no Dask, reading or store (``coding_ceiling``).
A speed-up is only meaningful next to the ceilings of its own repetition.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import psutil

from readme_block import replace_block

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
MARK_START, MARK_END = "<!-- bench:ingest -->", "<!-- /bench:ingest -->"
MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Run:
    workers: int
    coded: int
    sentences: int
    events: int
    failed: int
    seconds: float
    """Inside the ingest (including the start of the Dask cluster), from the command's summary."""
    wall: float
    """Of the whole command, Python start-up and imports included."""
    coordinator_mb: float
    worker_mb: float
    """Peak resident memory of the largest Dask worker process (the coordinator itself with one worker)."""
    cpu: float
    """CPU seconds of the command and all its processes."""
    worker_cpu: tuple[float, ...]
    """CPU seconds of each Dask worker process (``workers - 1`` of them: the coordinator codes too)."""
    others: float
    """Cores used on average by everything else on the machine meanwhile (other sessions; steal included)."""
    digest: dict[str, tuple[int, int]]
    """Table -> (rows, order-independent hash of the rows), of every store table: equal for equal stores."""

    @property
    def rate(self) -> float:
        return self.coded / self.seconds if self.seconds else 0.0

    @property
    def coordinator_cpu(self) -> float:
        return self.cpu - sum(self.worker_cpu)


# Columns that differ between two codings of the same corpus by construction: when a row was written.
_VOLATILE = {"documents": "coded_at", "errors": '"at"'}


def store_digest(db: str) -> dict[str, tuple[int, int]]:
    """Row count and an order-independent hash of the rows of every table of the store ``db``."""
    import duckdb

    with duckdb.connect(db, read_only=True) as con:
        tables = sorted(r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall())
        digest = {}
        for t in tables:
            rows = f"(SELECT * EXCLUDE ({_VOLATILE[t]}) FROM {t})" if t in _VOLATILE else t
            n, h = con.execute(f"SELECT count(*), coalesce(sum(hash(x)::HUGEINT), 0) FROM {rows} x").fetchone()
            digest[t] = (int(n), int(h))
    return digest


def _sample(proc: psutil.Process, peaks: dict[int, float], cpu: dict[int, float]) -> None:
    try:
        family = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return
    for p in family:
        try:
            with p.oneshot():
                peaks[p.pid] = max(peaks.get(p.pid, 0.0), p.memory_info().rss / MB)
                t = p.cpu_times()
                cpu[p.pid] = t.user + t.system
        except psutil.Error:
            continue


def _busy() -> float:
    """CPU seconds the whole machine has spent busy (steal included: the host's other guests)."""
    t = psutil.cpu_times()
    return t.user + t.nice + t.system + t.irq + t.softirq + t.steal


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def run_ingest(corpus: Path, workers: int, batch_size: int | None = None) -> Run:
    with tempfile.TemporaryDirectory() as tmp:
        db = f"{tmp}/bench.duckdb"
        cmd = [sys.executable, "-m", "chronik.run.cli_ingest", str(corpus), "--db", db,
               "--workers", str(workers), "--quiet", "--json"]
        if batch_size:
            cmd += ["--batch-size", str(batch_size)]
        busy, own, family = _busy(), _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        popen = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        proc, peaks, cpu = psutil.Process(popen.pid), {}, {}
        while popen.poll() is None:
            _sample(proc, peaks, cpu)
            time.sleep(0.2)
        out, err = popen.communicate()
        wall = time.perf_counter() - started
        # The workers are reaped by the command, so its rusage holds theirs too.
        family = _cpu(resource.RUSAGE_CHILDREN) - family
        others = _busy() - busy - family - (_cpu(resource.RUSAGE_SELF) - own)
        if popen.returncode != 0:
            raise SystemExit(f"ingest with {workers} workers failed ({popen.returncode}):\n{err[-3000:]}")
        digest = store_digest(db)
    s = json.loads(out)
    coordinator = peaks.pop(popen.pid, 0.0)
    cpu.pop(popen.pid, None)
    # The command codes in its own process beside workers - 1 Dask worker processes: the busiest children
    # (the last sample of each, at most 0.2 s before it ended).
    worker_cpu = tuple(sorted(cpu.values(), reverse=True)[:workers - 1])
    workers_mb = sorted(peaks.values(), reverse=True)[:workers - 1] or [coordinator]
    return Run(workers, s["coded"], s["sentences"], s["events"], s["failed"], s["seconds"], wall,
               coordinator, max(workers_mb, default=0.0), family, worker_cpu, max(others, 0.0) / wall, digest)


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def loop_ceiling(n: int = 8_000_000) -> float:
    """Speed-up of 2 processes over 1 on a pure CPU loop: what this machine allows at best right now
    (shared virtual CPUs often give far less than 2x)."""
    started = time.perf_counter()
    _spin(n)
    one = time.perf_counter() - started
    with get_context("fork").Pool(2) as pool:
        started = time.perf_counter()
        pool.map(_spin, [n, n])
        two = time.perf_counter() - started
    return 2 * one / two


_SAMPLE: list[Any] = []


def _code_sample(_: int) -> float:
    from chronik.run.serial import code_rows

    started = time.perf_counter()
    code_rows(_SAMPLE)
    return time.perf_counter() - started


def coding_ceiling(corpus: Path, n: int = 300) -> float:
    """Speed-up of 2 processes over 1 coding the same ``n`` documents with the language data loaded, with
    no Dask, no reading and no store: the best any parallel ingest could reach on this machine right now.

    All processes are forked from this one after loading, as the ingest's workers are, the single one too:
    a fresh fork first copies the pages it writes to, which the parent timing itself would not pay."""
    from chronik.read import read_path
    from chronik.run.serial import warm_up

    if not _SAMPLE:
        warm_up()
        _SAMPLE.extend(islice(read_path(sorted(corpus.glob("*.jsonl"))[0]), n))
    seconds = []
    for k in (1, 2):
        with get_context("fork").Pool(k) as pool:
            started = time.perf_counter()
            pool.map(_code_sample, range(k), chunksize=1)
            seconds.append(time.perf_counter() - started)
    one, two = seconds
    return 2 * one / two


@dataclass(frozen=True, slots=True)
class Repetition:
    """1 and 2 (or more) workers run back to back, between two measurements of the machine's ceilings."""

    runs: tuple[Run, ...]
    loop_ceiling: float
    coding_ceiling: float

    def speedup(self, run: Run) -> float:
        return run.rate / self.runs[0].rate if self.runs[0].rate else 0.0


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def _cpu_split(runs: list[Run]) -> str:
    """Median CPU-s of all processes, and of the coordinator and each worker when there are workers."""
    total = f"{_median([r.cpu for r in runs]):.1f}"
    if not runs[0].worker_cpu:
        return total
    parts = [_median([r.coordinator_cpu for r in runs])]
    parts += [_median([r.worker_cpu[i] for r in runs if len(r.worker_cpu) > i]) for i in range(len(runs[0].worker_cpu))]
    return f"{total} ({' + '.join(f'{x:.1f}' for x in parts)})"


def _differing_tables(runs: Sequence[Run]) -> set[str]:
    """Tables whose rows differ between the runs (by count or hash)."""
    base = runs[0].digest
    return {t for r in runs[1:] for t in base.keys() | r.digest.keys() if base.get(t) != r.digest.get(t)}


def table(reps: list[Repetition], corpus: Path) -> str:
    n_files = sum(1 for _ in corpus.rglob("*.jsonl"))
    lines = [
        f"Corpus: `{corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus}` "
        f"({n_files} JSONL files), {psutil.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"medians of {len(reps)} repetition(s), each running every setting back to back.",
        "",
        "| workers | articles coded | failed | seconds | articles/s (range) | sentences/s | events | speed-up "
        "| CPU-s: all (command + Dask workers) | other load | peak RSS command | peak RSS per Dask worker |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for i, first in enumerate(reps[0].runs):
        runs = [rep.runs[i] for rep in reps]
        rates = [r.rate for r in runs]
        seconds = _median([r.seconds for r in runs])
        lines.append(
            f"| {first.workers} | {first.coded} | {first.failed} | {seconds:.1f} "
            f"(wall {_median([r.wall for r in runs]):.1f}) | {_median(rates):.0f} ({min(rates):.0f}–{max(rates):.0f}) "
            f"| {_median([r.sentences / r.seconds for r in runs]):.0f} | {first.events} "
            f"| {_median([rep.speedup(rep.runs[i]) for rep in reps]):.2f}× | {_cpu_split(runs)} "
            f"| {_median([r.others for r in runs]):.2f} cores "
            f"| {max(r.coordinator_mb for r in runs):.0f} MB | {max(r.worker_mb for r in runs):.0f} MB |")
    lines += ["", "Per repetition, with the machine's ceilings measured right before and after it (2 processes vs 1:"
              " a pure CPU loop, and coding the same 300 articles with no Dask, reading or store):", ""]
    for k, rep in enumerate(reps, 1):
        speeds = ", ".join(f"{r.workers} workers {r.rate:.0f}/s = {rep.speedup(r):.2f}×"
                           + (f" ({rep.speedup(r) / rep.coding_ceiling:.0%} of the coding ceiling)"
                              if r.workers == 2 and rep.coding_ceiling else "") for r in rep.runs[1:])
        cpus = ", ".join(f"{r.cpu:.1f}" for r in rep.runs)
        lines.append(f"- {k}: 1 worker {rep.runs[0].rate:.0f}/s; {speeds}; CPU-s {cpus}; ceilings: CPU loop "
                     f"{rep.loop_ceiling:.2f}×, coding {rep.coding_ceiling:.2f}×")
    lines += ["", "Workers are processes that code. One worker is the command alone (no Dask); with N workers the"
              " command codes beside a Dask LocalCluster of N - 1 one-thread processes forked from it after it"
              " loaded the language data. Seconds are inside the ingest (loading and cluster start included);"
              " wall adds Python start-up. Other load: cores that other processes on this shared machine used"
              " meanwhile (their share is not ours to use; CPU-s are ours alone, so the 2-worker run's extra CPU-s"
              " are what parallel coding costs; in brackets, those of the command (start-up, language data, reading,"
              " deduplication, the Dask scheduler and client, store writes and its share of the coding) and of each"
              " Dask worker). A forked worker's RSS counts the pages it still shares with the command."]
    differ = sorted({t for rep in reps for t in _differing_tables(rep.runs)})
    if differ:
        lines += ["", f"The stores of one repetition differ (tables {', '.join(differ)}): the engine or its language"
                  " data changed while the benchmark ran (the ingest itself stores the same rows with any number of"
                  " workers; tests/test_run_ingest.py)."]
    else:
        lines += ["", "In every repetition the runs stored identical rows (every table compared by row count and an"
                  " order-independent hash of its rows, write times excluded)."]
    return "\n".join(lines)


def update_readme(text: str, readme: Path = README) -> bool:
    """Replace the text between the bench markers; False (and nothing written) if they are absent."""
    return replace_block(text, MARK_START, MARK_END, readme)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "bench" / "_corpus")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts, the first is the base")
    ap.add_argument("--batch-size", type=int, default=None, help="documents per task (default: the command's)")
    ap.add_argument("--repeat", type=int, default=2, help="repetitions of the whole set of runs")
    ap.add_argument("--no-readme", action="store_true", help="print the table only")
    args = ap.parse_args()
    if not any(args.corpus.glob("*.jsonl")):
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--out", str(args.corpus)],
                       check=True)
    corpus = args.corpus.resolve()
    reps = []
    for _ in range(args.repeat):
        loop_before, coding_before = loop_ceiling(), coding_ceiling(corpus)
        runs = []
        for n in (int(w) for w in args.workers.split(",")):
            runs.append(run_ingest(corpus, n, args.batch_size))
            print(f"{n} worker(s): {runs[-1].rate:.0f} articles/s", file=sys.stderr, flush=True)
        reps.append(Repetition(tuple(runs), (loop_before + loop_ceiling()) / 2,
                               (coding_before + coding_ceiling(corpus)) / 2))
        print(f"ceilings: loop {reps[-1].loop_ceiling:.2f}x, coding {reps[-1].coding_ceiling:.2f}x",
              file=sys.stderr, flush=True)
    result = table(reps, corpus)
    print(result)
    if not args.no_readme and update_readme(result):
        print(f"(written to {README.name})", file=sys.stderr)


if __name__ == "__main__":
    main()
