"""Benchmark ``chronik ingest`` on the generated corpus with 1 and 2 workers.

Runs the real command in a subprocess per setting (fresh store each time), samples the resident memory
of the coordinator and of every worker process with psutil, and prints a table of articles/s,
sentences/s, speed-up and peak RSS. If README.md holds the markers ``<!-- bench:ingest -->`` and
``<!-- /bench:ingest -->``, the table is written between them (README content is otherwise untouched).

    python bench/make_corpus.py          # once: 10,000 articles into bench/_corpus/
    python bench/bench_ingest.py [--workers 1,2] [--corpus bench/_corpus]
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

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
    """Peak resident memory of the largest worker process (the coordinator itself with one worker)."""

    @property
    def rate(self) -> float:
        return self.coded / self.seconds if self.seconds else 0.0


def _sample(proc: psutil.Process, peaks: dict[int, float]) -> None:
    try:
        family = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return
    for p in family:
        try:
            peaks[p.pid] = max(peaks.get(p.pid, 0.0), p.memory_info().rss / MB)
        except psutil.Error:
            continue


def run_ingest(corpus: Path, workers: int, batch_size: int) -> Run:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "chronik.run.cli_ingest", str(corpus), "--db", f"{tmp}/bench.duckdb",
               "--workers", str(workers), "--batch-size", str(batch_size), "--quiet", "--json"]
        started = time.perf_counter()
        popen = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        proc, peaks = psutil.Process(popen.pid), {}
        while popen.poll() is None:
            _sample(proc, peaks)
            time.sleep(0.2)
        out, err = popen.communicate()
        wall = time.perf_counter() - started
    if popen.returncode != 0:
        raise SystemExit(f"ingest with {workers} workers failed ({popen.returncode}):\n{err[-3000:]}")
    s = json.loads(out)
    coordinator = peaks.pop(popen.pid, 0.0)
    others = sorted(peaks.values(), reverse=True)[:workers] if workers > 1 else [coordinator]
    return Run(workers, s["coded"], s["sentences"], s["events"], s["failed"], s["seconds"], wall,
               coordinator, max(others, default=0.0))


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def parallel_ceiling(n: int = 8_000_000) -> float:
    """Speed-up of 2 processes over 1 on a pure CPU loop: what this machine allows at best right now
    (shared virtual CPUs often give far less than 2x)."""
    from multiprocessing import Pool

    started = time.perf_counter()
    _spin(n)
    one = time.perf_counter() - started
    with Pool(2) as pool:
        started = time.perf_counter()
        pool.map(_spin, [n, n])
        two = time.perf_counter() - started
    return 2 * one / two


def table(runs: list[Run], corpus: Path, ceiling: float) -> str:
    base = runs[0].rate if runs else 0.0
    n_docs = sum(1 for _ in corpus.rglob("*.jsonl"))
    lines = [
        f"Corpus: `{corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus}` "
        f"({n_docs} JSONL files), {psutil.cpu_count()} CPUs, Python {platform.python_version()}.",
        "",
        "| workers | articles coded | failed | seconds | articles/s | sentences/s | events | speed-up "
        "| peak RSS coordinator | peak RSS per worker |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        speed = r.rate / base if base else 0.0
        lines.append(f"| {r.workers} | {r.coded} | {r.failed} | {r.seconds:.1f} (wall {r.wall:.1f}) "
                     f"| {r.rate:.0f} | {r.sentences / r.seconds:.0f} | {r.events} | {speed:.2f}× "
                     f"| {r.coordinator_mb:.0f} MB | {r.worker_mb:.0f} MB |")
    lines += ["", f"Parallel ceiling of this machine during the run (2 processes of a pure CPU loop vs 1): "
              f"{ceiling:.2f}×.", "",
              "One worker runs in-process (no Dask); more workers are a Dask LocalCluster of one-thread processes."
              " Seconds are inside the ingest (cluster start included); wall adds Python start-up."]
    return "\n".join(lines)


def update_readme(text: str, readme: Path = README) -> bool:
    """Replace the text between the bench markers; False (and nothing written) if they are absent."""
    return replace_block(text, MARK_START, MARK_END, readme)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "bench" / "_corpus")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--no-readme", action="store_true", help="print the table only")
    args = ap.parse_args()
    if not any(args.corpus.glob("*.jsonl")):
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--out", str(args.corpus)],
                       check=True)
    ceilings = [parallel_ceiling()]
    runs = []
    for n in (int(w) for w in args.workers.split(",")):
        runs.append(run_ingest(args.corpus.resolve(), n, args.batch_size))
        print(f"{n} worker(s): {runs[-1].rate:.0f} articles/s", file=sys.stderr, flush=True)
    ceilings.append(parallel_ceiling())
    result = table(runs, args.corpus.resolve(), sum(ceilings) / len(ceilings))
    print(result)
    if not args.no_readme and update_readme(result):
        print(f"(written to {README.name})", file=sys.stderr)


if __name__ == "__main__":
    main()
