"""The dashboard as a WSGI app: JSON under ``/api/``, HTML pages elsewhere, both from ``chronik.web.data``.

Read-only. Given a path, the app opens the store read-only for each request and closes it again, so a
writer (``chronik ingest``) can take the file between page loads; given an open Store (tests, embedding)
it shares that one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from chronik.errors import StoreError
from chronik.store.db import Store
from chronik.web import data, pages

StartResponse = Callable[..., Any]
Environ = dict[str, Any]

STATIC = {"style.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}
_SECURITY_HEADERS = [
    # No inline script or style anywhere: evidence text that slipped through escaping still could not run.
    ("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                                "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
]


class Response:
    """Status, content type and body of one answer."""

    def __init__(self, status: str, body: str | bytes, content_type: str) -> None:
        self.status = status
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.content_type = content_type


def _json(status: str, payload: Any) -> Response:
    return Response(status, json.dumps(payload, ensure_ascii=False, default=str), "application/json; charset=utf-8")


def _html(status: str, page: str) -> Response:
    return Response(status, page, "text/html; charset=utf-8")


def _failure(api: bool, status: str, message: str) -> Response:
    return _json(status, {"error": message}) if api else _html(status, pages.message_page(status, message))


class Dashboard:
    """The WSGI application. ``Dashboard(store_or_path)`` is callable as ``app(environ, start_response)``."""

    def __init__(self, source: Store | str | Path) -> None:
        self._source = source

    @contextmanager
    def _store(self) -> Iterator[Store]:
        if isinstance(self._source, Store):
            yield self._source
            return
        with Store(self._source, read_only=True) as store:
            yield store

    def __call__(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO") or "/"  # wsgiref has already percent-decoded it
        if method not in ("GET", "HEAD"):
            res = _failure(path.startswith("/api/"), "405 Method Not Allowed", "the dashboard is read-only")
            extra = [("Allow", "GET, HEAD")]
        else:
            res, extra = self.respond(path, dict(parse_qsl(environ.get("QUERY_STRING", "")))), []
        start_response(res.status, [("Content-Type", res.content_type), ("Content-Length", str(len(res.body))),
                                    *_SECURITY_HEADERS, *extra])
        return [b""] if method == "HEAD" else [res.body]

    def respond(self, path: str, params: dict[str, str]) -> Response:
        """Route a GET request to its data function and view."""
        api = path.startswith("/api/")
        if path.startswith("/static/"):
            return _static(path.removeprefix("/static/"))
        route = _ROUTES.get(path.removeprefix("/api") if api else path)
        arg = None
        rest = path.removeprefix("/api").removeprefix("/events/")
        if route is None and path.removeprefix("/api").startswith("/events/") and rest and "/" not in rest:
            route, arg = _event, rest
        if route is None:
            return _failure(api, "404 Not Found", f"no page {path}")
        try:
            with self._store() as store:
                payload, page = route(store, params, arg)
        except data.FilterError as exc:
            return _failure(api, "400 Bad Request", str(exc))
        except StoreError as exc:
            return _failure(api, "503 Service Unavailable", str(exc))
        if payload is None:
            return _failure(api, "404 Not Found", f"no event {arg}")
        return _json("200 OK", payload) if api else _html("200 OK", page(payload))


View = Callable[[Any], str]
Route = Callable[[Store, dict[str, str], str | None], tuple[Any, View]]


def _overview(store: Store, params: dict[str, str], _: str | None) -> tuple[Any, View]:
    return data.overview(store), pages.overview_page


def _events(store: Store, params: dict[str, str], _: str | None) -> tuple[Any, View]:
    return data.events(store, data.EventFilter.from_params(params)), pages.events_page


def _event(store: Store, params: dict[str, str], event_id: str | None) -> tuple[Any, View]:
    return data.event_detail(store, event_id or ""), pages.event_page


def _errors(store: Store, params: dict[str, str], _: str | None) -> tuple[Any, View]:
    return data.errors(store, *data.paging(params)), pages.errors_page


_ROUTES: dict[str, Route] = {"/": _overview, "/overview": _overview, "/events": _events, "/errors": _errors}


def _static(name: str) -> Response:
    if name not in STATIC:  # a fixed list: no path from the request ever reaches the file system
        return _failure(False, "404 Not Found", f"no file {name}")
    body = (resources.files("chronik.web") / "static" / name).read_bytes()
    return Response("200 OK", body, STATIC[name])


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def make_dashboard_server(source: Store | str | Path, host: str = "127.0.0.1", port: int = 8765,
                          quiet: bool = False) -> WSGIServer:
    """A wsgiref server for the dashboard (``port=0`` picks a free port: see ``server.server_port``)."""
    handler = _QuietHandler if quiet else WSGIRequestHandler
    return make_server(host, port, Dashboard(source), handler_class=handler)
