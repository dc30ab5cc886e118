"""``chronik ingest PATH...``: code corpora into a store, in parallel, resumably.

Registered in the ``chronik`` group by ``chronik.cli``; ``python -m chronik.run.cli_ingest`` runs it alone.
"""

from __future__ import annotations

import json
import sys

import click

from chronik.errors import ChronikError
from chronik.run.ingest import BATCH_SIZE, WRITE_EVERY, IngestSettings
from chronik.run.ingest import ingest as run_ingest


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--db", default="chronik.duckdb", show_default=True, type=click.Path(dir_okay=False),
              help="DuckDB store to write (created if missing; a rerun resumes).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1),
              help="Processes that code: this one and N-1 Dask workers (1 = in this process, no Dask).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:8786",
              help="Use a running Dask scheduler instead of starting local workers.")
@click.option("--batch-size", default=BATCH_SIZE, show_default=True, type=click.IntRange(1),
              help="Documents per task sent to a worker.")
@click.option("--write-every", default=WRITE_EVERY, show_default=True, type=click.IntRange(1),
              help="Documents per store transaction (also written at least every 2 s).")
@click.option("--lang", default=None, help="Language of the inputs (default: detected per document).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--log-writes", is_flag=True, help="Print a line to stderr after each store transaction.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest(paths: tuple[str, ...], db: str, workers: int, scheduler: str | None, batch_size: int,
           write_every: int, lang: str | None, quiet: bool, log_writes: bool, as_json: bool) -> None:
    """Read PATHs (files or folders: txt, html, json/jsonl, .gz, WARC), deduplicate, code and store them.

    Exact duplicates are coded once; near-duplicates are coded and linked in ``near_duplicates``.
    Safe to kill and rerun: documents already in the store are skipped.
    """
    settings = IngestSettings(db=db, workers=workers, scheduler=scheduler, batch_size=batch_size,
                              write_every=write_every, lang=lang, quiet=quiet, log_writes=log_writes)
    try:
        summary = run_ingest(paths, settings)
    except ChronikError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    click.echo(json.dumps(summary.to_dict(), ensure_ascii=False) if as_json else summary.render())


if __name__ == "__main__":
    ingest()
