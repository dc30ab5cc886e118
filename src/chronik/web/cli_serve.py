"""``chronik serve``: the read-only dashboard over a store (registered in the ``chronik`` group by ``chronik.cli``)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from chronik.errors import StoreError
from chronik.store.db import DEFAULT_PATH
from chronik.web.app import make_dashboard_server


@click.command("serve")
@click.option("--db", default=DEFAULT_PATH, envvar="CHRONIK_DB", show_default=True,
              type=click.Path(dir_okay=False), help="DuckDB store to show (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the dashboard has no login, so keep it local unless you mean otherwise.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 = any free port).")
@click.option("--quiet", is_flag=True, help="Do not log each request.")
def serve(db: str, host: str, port: int, quiet: bool) -> None:
    """Serve a read-only dashboard of the store: overview, filterable events, evidence and trails, errors.

    \b
    JSON endpoints: /api/overview, /api/events?type=&status=&country=&from=&to=&actor=&q=&page=&per_page=,
    /api/events/<event_id>, /api/errors. Stop with Ctrl-C.
    """
    if not Path(db).exists():
        raise StoreError(f"{db}: no such store (code some documents first)")
    server = make_dashboard_server(db, host, port, quiet)
    click.echo(f"chronik dashboard on http://{host}:{server.server_port}/ (store {db}); Ctrl-C stops it", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    try:
        serve()
    except StoreError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
