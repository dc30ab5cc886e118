"""chronik's command line: a thin click layer over ``chronik.api``, ``chronik.store`` and ``chronik.eval``.

ChronikError is turned into a message and an exit code in one place (``_Group.invoke``).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import click

import chronik
from chronik.errors import ChronikError, ReadError
from chronik.records import DocResult, Document, Entity, Event, Failure
from chronik.store.db import DEFAULT_PATH, Store
from chronik.store.export import FORMATS, export_events

READ_STAGE = "read"
CELL = 48
"""Widest cell of a terminal table; longer values are cut with an ellipsis."""

_LAZY = {
    "ingest": "chronik.run.cli_ingest:ingest",
    "classify": "chronik.cli_classify:classify",
    "serve": "chronik.web.cli_serve:serve",
}
"""Commands that live in other packages, imported only when used so that ``chronik --help`` stays fast."""


class _Group(click.Group):
    """The command group; the one place where a ChronikError becomes a message and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ChronikError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(exc.exit_code)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_LAZY})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in _LAZY and name not in self.commands:
            module, attr = _LAZY[name].split(":")
            try:
                return getattr(importlib.import_module(module), attr)
            except ModuleNotFoundError as exc:
                if exc.name != module:
                    raise
                return None  # that part of chronik is not installed in this build
        return super().get_command(ctx, name)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="chronik", message=f"%(prog)s, version %(version)s, {chronik.build()}")
def cli() -> None:
    """chronik turns news articles (German, English) into PLOVER political event records, offline.

    \b
    Examples:
      chronik code article.txt                     # table of events; stored in chronik.duckdb
      chronik code --explain --no-store article.txt  # why each event was coded
      chronik code --lang de --out events.jsonl news/*.txt
      chronik query --country KOR --type CONSULT --from 2020-07
      chronik sql "select event, count(*) from events group by 1"
      chronik export --format plover --out plover.jsonl
      chronik export --format polecat --out events.tsv --include-negated
      chronik stats
      chronik eval shared/eval/de/seed.jsonl --json
      chronik eval shared/eval/en/plv_train.jsonl --pairs
      chronik classify pairs.jsonl --out predictions.jsonl

    \b
    The store is a DuckDB file (--db, default chronik.duckdb or $CHRONIK_DB) with the tables
    documents, sentences, events, entities, locations and errors; query it with `chronik sql`.
    Exit codes: 0 ok, 1 error, 3 some inputs could not be read or coded (the others were),
    4 bad language data, 5 unsupported language, 6 store error, 7 eval error, 8 export error.
    """


def _db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", default=DEFAULT_PATH, envvar="CHRONIK_DB", show_default=True,
                        help="DuckDB store file.")(f)


def _filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    opts = [
        click.option("--from", "date_from", metavar="DATE", help="Events on or after (YYYY[-MM[-DD]])."),
        click.option("--to", "date_to", metavar="DATE", help="Events on or before (YYYY[-MM[-DD]])."),
        click.option("--country", metavar="ISO3", help="Actor, recipient or location country (KOR, USA)."),
        click.option("--type", "event_type", metavar="TYPE", help="PLOVER type (CONSULT, ASSAULT, ...)."),
        click.option("--status", type=click.Choice(
            ["asserted", "negated", "future", "hypothetical", "historical"]), help="Event status."),
        click.option("--actor", "actor_name", metavar="NAME", help="Part of an actor's name or mention."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


# -- rendering ------------------------------------------------------------------------------------
def _cut(value: Any, width: int = CELL) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A plain aligned text table (no colour, so it pipes and diffs well)."""
    cells = [[_cut(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def _party(parties: tuple[Entity, ...]) -> str:
    return " + ".join(p.name or p.text or p.code or "?" for p in parties if p) or "-"


def _codes(parties: tuple[Entity, ...]) -> str:
    return "+".join(f"{p.code or '?'}/{p.sector or '?'}" for p in parties)


EVENT_COLUMNS = ("doc", "sent", "type/mode", "actor → recipient", "status", "date", "location")


def event_cells(ev: Event) -> tuple[str, ...]:
    kind = ev.event + (f"/{ev.mode}" if ev.mode else "")
    actor = f"{_party(ev.actor)} ({_codes(ev.actor)})" if ev.actor else "-"
    recipient = f"{_party(ev.recipient)} ({_codes(ev.recipient)})" if ev.recipient else "-"
    loc = ev.location.name if ev.location else ""
    return ((ev.doc_id or "")[:14], str(ev.sentence), kind, f"{actor} → {recipient}", str(ev.status),
            ev.date or "", loc)


def _explain(ev: Event) -> str:
    lines = [f"  evidence [{ev.start}:{ev.end}]: {ev.evidence}"]
    if ev.attributed_to:
        lines.append(f"  attributed to: {ev.attributed_to.name or ev.attributed_to.text}")
    lines.append(f"  confidence: {ev.confidence:.2f}")
    lines += [f"  - {step}" for step in ev.trail] or ["  (no trail recorded)"]
    return "\n".join(lines)


def _show_events(events: Sequence[Event], explain: bool = False) -> None:
    if not events:
        click.echo("no events")
        return
    if not explain:
        click.echo(render_table(EVENT_COLUMNS, (event_cells(e) for e in events)))
        return
    for ev in events:
        click.echo(render_table(EVENT_COLUMNS, [event_cells(ev)]).splitlines()[-1])
        click.echo(_explain(ev) + "\n")


def _show_rejected(results: Sequence[DocResult]) -> None:
    """Triggers each document's sentences contained that gave no event, with the reason."""
    from chronik.pipeline import code_document

    for r in results:
        rejected: list = []
        code_document(r.doc, r.doc.lang, rejected=rejected)
        for rej in rejected:
            sentence = r.sentences[rej.sentence].text if rej.sentence < len(r.sentences) else ""
            click.echo(f"not coded: [{r.doc.doc_id[:14]} s{rej.sentence}] '{rej.word}' ({rej.event}): {rej.reason}")
            click.echo(f"  sentence: {sentence}")
            click.echo("".join(f"  - {step}\n" for step in rej.trail), nl=False)


# -- code -----------------------------------------------------------------------------------------
def _read(path: str, lang: str | None) -> Iterator[Document | Failure]:
    """Documents of one input; a file that cannot be read becomes a Failure naming path and reason."""
    from chronik.read import read_path

    try:
        yield from read_path(path, lang=lang)
    except ReadError as exc:
        yield Failure(source=exc.source, reason=exc.reason, stage=READ_STAGE)
    except (ChronikError, OSError, UnicodeError) as exc:
        yield Failure(source=path, reason=str(exc), stage=READ_STAGE)


def code_paths(paths: Sequence[str], lang: str | None) -> tuple[list[DocResult], list[Failure]]:
    """Read and code every path; a failing file never stops the others."""
    from chronik.api import code_documents

    results: list[DocResult] = []
    failures: list[Failure] = []
    for path in paths:
        for outcome in code_documents(_read(path, lang), lang=lang):
            (failures if isinstance(outcome, Failure) else results).append(outcome)  # type: ignore[arg-type]
    return results, failures


@cli.command("code")
@click.argument("files", nargs=-1, required=True)
@click.option("--lang", help="Language of the texts (de, en); detected when not given.")
@click.option("--out", type=click.Path(dir_okay=False), help="Write events as JSON lines to this file.")
@click.option("--explain", is_flag=True, help="Show each event's evidence and the trail of decisions.")
@click.option("--why-not", is_flag=True, help="Also list the triggers found but not coded, and why.")
@_db_option
@click.option("--no-store", is_flag=True, help="Do not write documents and events to the store.")
def code_cmd(files: tuple[str, ...], lang: str | None, out: str | None, explain: bool, why_not: bool, db: str,
             no_store: bool) -> None:
    """Code text, HTML, JSONL or WARC FILES into events.

    \b
    chronik code article.txt
    chronik code --lang de --out events.jsonl --no-store news/*.txt
    chronik code --explain --why-not --no-store article.txt
    """
    results, failures = code_paths(files, lang)
    events = [ev.with_doc(r.doc.doc_id) for r in results for ev in r.events]
    _show_events(events, explain)
    if why_not:
        _show_rejected(results)
    if out:
        export_events(events, "jsonl", out)
    if not no_store:
        with Store(db) as store:
            store.write(results)
            store.write_failures(failures)
    for f in failures:
        click.echo(f"failed: {f.source}: {f.reason} (stage {f.stage})", err=True)
    where = "" if no_store else f"; stored in {db}"
    click.echo(f"{len(results)} documents, {len(events)} events, {len(failures)} failures{where}", err=True)
    if failures:
        raise click.exceptions.Exit(ReadError.exit_code)


# -- store commands -------------------------------------------------------------------------------
@cli.command("query")
@_filter_options
@click.option("--limit", type=int, default=200, show_default=True, help="At most this many events.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@_db_option
def query_cmd(db: str, limit: int, as_json: bool, **filters: Any) -> None:
    """List stored events that match the filters.

    \b
    chronik query --country KOR --from 2020-07 --to 2020-08
    chronik query --type ASSAULT --status asserted --actor Lukaschenko
    """
    with Store(db, read_only=True) as store:
        events = store.query(**filters, limit=limit)
    if as_json:
        for ev in events:
            click.echo(ev.to_json())
    else:
        _show_events(events)
    if len(events) == limit:
        click.echo(f"(first {limit} events; raise --limit for more)", err=True)


@cli.command("sql")
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@_db_option
def sql_cmd(query: str, as_json: bool, db: str) -> None:
    """Run an SQL query on the store and show the result.

    \b
    chronik sql "select event, status, count(*) n from events group by all order by n desc"
    chronik sql "select * from errors"
    """
    with Store(db, read_only=True) as store:
        columns, rows = store.sql(query)
    if as_json:
        for row in rows:
            click.echo(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=str))
    elif columns:
        click.echo(render_table(columns, rows))


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option("--out", required=True, help="Output file ('-' for standard output, text formats only).")
@click.option("--include-negated", is_flag=True, help="Keep negated events in plover/polecat exports.")
@_filter_options
@_db_option
def export_cmd(fmt: str, out: str, include_negated: bool, db: str, **filters: Any) -> None:
    """Export stored events: strict PLOVER JSONL, POLECAT-like TSV, Parquet, CSV or chronik JSONL.

    \b
    chronik export --format plover --out plover.jsonl
    chronik export --format parquet --out events.parquet --from 2020-01 --to 2020-12
    """
    with Store(db, read_only=True) as store:
        events = store.query(**filters)
    n = export_events(events, fmt, out, include_negated=include_negated)
    click.echo(f"{n} events written to {out}", err=True)


@cli.command("stats")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of text.")
@_db_option
def stats_cmd(as_json: bool, db: str) -> None:
    """Summarise the store: documents, events by type, status and language, errors."""
    with Store(db, read_only=True) as store:
        summary = store.summary()
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    click.echo(f"store: {summary['path']}")
    click.echo("  ".join(f"{k}: {v}" for k, v in summary["counts"].items()))
    click.echo(f"dates: {summary['dates']['from'] or '-'} .. {summary['dates']['to'] or '-'}")
    for key in ("by_type", "by_status", "by_lang", "errors_by_stage"):
        if summary[key]:
            click.echo(f"{key.replace('_', ' ')}: " + ", ".join(f"{k} {v}" for k, v in summary[key].items()))


# -- eval -----------------------------------------------------------------------------------------
@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable report.")
@click.option("--pairs", is_flag=True, help="Score a relation set (plv_*.jsonl) of marked pairs.")
@click.option("--lang", help="Code every gold document as this language (default: each document's own).")
def eval_cmd(gold: str, as_json: bool, pairs: bool, lang: str | None) -> None:
    """Score chronik against a gold file (EVENTS.md section 8).

    \b
    chronik eval shared/eval/de/seed.jsonl
    chronik eval shared/eval/en/plv_train.jsonl --pairs --json
    """
    from chronik import eval as evaluation

    run_eval = getattr(evaluation, "run_eval", None)
    if run_eval is None:
        raise ChronikError("chronik.eval.run_eval is not available in this build")
    click.echo(run_eval(gold, as_json=as_json, pairs=pairs, lang=lang))


def main(argv: Sequence[str] | None = None) -> None:
    """Console entry point (``chronik``)."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="chronik")


if __name__ == "__main__":
    main()
