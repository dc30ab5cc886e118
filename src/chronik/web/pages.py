"""HTML views of the dashboard: each page renders the dict of one ``chronik.web.data`` function.

Every piece of text from the store goes through ``esc`` (evidence and titles come from scraped news and
may contain markup). Charts are inline SVG with presentation attributes, so the pages need no inline
styles or scripts and the Content-Security-Policy can forbid both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any
from urllib.parse import quote, urlencode

from chronik.plover import plover
from chronik.records import Status
from chronik.web.data import PER_PAGE

BAR_W = 360
LABEL_W = 190
ROW_H = 22
EVIDENCE_CUT = 160


def esc(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _link(path: str, params: Mapping[str, str] | None = None) -> str:
    return path + ("?" + urlencode(params) if params else "")


def layout(title: str, body: str, active: str = "") -> str:
    on = ' class="active"'
    nav = "".join(
        f'<a href="{href}"{on if name == active else ""}>{label}</a>'
        for name, href, label in (("overview", "/", "Overview"), ("events", "/events", "Events"),
                                  ("errors", "/errors", "Errors")))
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{esc(title)} · chronik</title><link rel="stylesheet" href="/static/style.css">'
        '<script src="/static/app.js" defer></script></head>'
        f'<body><header><span class="brand">chronik</span><nav>{nav}</nav></header>'
        f'<main><h1>{esc(title)}</h1>{body}</main></body></html>'
    )


# -- charts ---------------------------------------------------------------------------------------
def hbar_chart(items: Sequence[tuple[str, int, str | None]], css: str = "bars") -> str:
    """Horizontal bars: (label, count, link or None) per row."""
    if not items:
        return '<p class="empty">nothing yet</p>'
    top = max(n for _, n, _ in items) or 1
    width, height = LABEL_W + BAR_W + 70, ROW_H * len(items)
    rows = []
    for i, (label, n, href) in enumerate(items):
        y = i * ROW_H
        w = max(1, round(BAR_W * n / top)) if n else 0
        bar = (f'<text x="{LABEL_W - 8}" y="{y + 15}" text-anchor="end">{esc(label)}</text>'
               f'<rect x="{LABEL_W}" y="{y + 4}" width="{w}" height="{ROW_H - 8}" rx="2"/>'
               f'<text class="n" x="{LABEL_W + w + 6}" y="{y + 15}">{n}</text>'
               f'<title>{esc(label)}: {n}</title>')
        rows.append(f'<a href="{esc(href)}">{bar}</a>' if href else f"<g>{bar}</g>")
    return (f'<svg class="{css}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'role="img">{"".join(rows)}</svg>')


def month_chart(by_month: Mapping[str, int]) -> str:
    """Vertical bars per month, every month between the first and last shown (empty ones as gaps)."""
    if not by_month:
        return '<p class="empty">no dated events yet</p>'
    months = _month_range(min(by_month), max(by_month))
    top = max(by_month.values()) or 1
    # A fixed width, whatever the span: an outlier decades back narrows the bars instead of widening the page.
    width, plot_h, pad = 1000, 160, 24
    slot = (width - 40) / len(months)
    bar_w, step = max(1.0, slot * 0.8), max(1, round(len(months) / 12))
    parts = [f'<line x1="0" y1="{plot_h}" x2="{width}" y2="{plot_h}" class="axis"/>']
    for i, m in enumerate(months):
        n, x = by_month.get(m, 0), 20 + i * slot
        h = max(1, round(plot_h * n / top)) if n else 0
        if n:
            href = esc(_link("/events", {"from": m, "to": m}))
            parts.append(f'<a href="{href}"><rect x="{x:.1f}" y="{plot_h - h}" width="{bar_w:.1f}" height="{h}"/>'
                         f"<title>{esc(m)}: {n}</title></a>")
        if i % step == 0:
            parts.append(f'<text x="{x:.1f}" y="{plot_h + 16}">{esc(m)}</text>')
    return (f'<svg class="months" viewBox="0 0 {width} {plot_h + pad}" preserveAspectRatio="xMinYMin meet" '
            f'role="img">{"".join(parts)}</svg>')


def _month_range(first: str, last: str) -> list[str]:
    try:
        y, m = int(first[:4]), int(first[5:7])
        ly, lm = int(last[:4]), int(last[5:7])
    except ValueError:
        return sorted({first, last})
    out = []
    while (y, m) <= (ly, lm) and len(out) < 1200:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# -- overview -------------------------------------------------------------------------------------
def overview_page(d: Mapping[str, Any]) -> str:
    span = d["dates"]
    cards = "".join(f'<div class="card"><div class="big">{esc(v)}</div><div>{esc(k)}</div></div>'
                    for k, v in (("documents", d["documents"]), ("events", d["events"]),
                                 ("errors", d["errors"]),
                                 ("event dates", f"{span['from'] or '–'} … {span['to'] or '–'}")))
    by_type = [(t, n, _link("/events", {"type": t})) for t, n in d["by_type"].items()]
    by_status = [(s, n, _link("/events", {"status": s})) for s, n in d["by_status"].items()]
    by_quad = [(q, n, None) for q, n in d["by_quad"].items()]
    by_lang = [(lang, n, None) for lang, n in d["by_lang"].items()]
    pairs = [(f"{p['actor']} → {p['recipient']}", p["count"], _link("/events", {"country": p["actor"]}))
             for p in d["top_pairs"]]
    body = (
        f'<section class="cards">{cards}</section>'
        f'<section><h2>Events by month</h2>{month_chart(d["by_month"])}</section>'
        '<div class="grid">'
        f'<section><h2>By event type</h2>{hbar_chart(by_type)}</section>'
        f'<section><h2>By quad class</h2>{hbar_chart(by_quad, "bars quad")}</section>'
        f'<section><h2>By status</h2>{hbar_chart(by_status, "bars status")}</section>'
        f'<section><h2>Top actor → recipient</h2>{hbar_chart(pairs, "bars pairs")}</section>'
        f'<section><h2>Documents by language</h2>{hbar_chart(by_lang, "bars lang")}</section>'
        "</div>"
    )
    return layout("Overview", body, "overview")


# -- event list -----------------------------------------------------------------------------------
def _party(parties: Iterable[Mapping[str, Any]]) -> str:
    out = []
    for p in parties:
        name = p.get("name") or p.get("text") or p.get("code") or "?"
        code = "/".join(x for x in (p.get("code"), p.get("sector")) if x)
        out.append(f'{esc(name)} <span class="code">{esc(code)}</span>' if code else esc(name))
    return " + ".join(out) or "–"


def _select(name: str, options: Iterable[str], current: str | None) -> str:
    opts = ['<option value="">any</option>'] + [
        f'<option value="{esc(o)}"{" selected" if current and o.lower() == current.lower() else ""}>{esc(o)}'
        "</option>" for o in options]
    return f'<select name="{name}" id="f-{name}">{"".join(opts)}</select>'


def _filter_form(f: Mapping[str, str]) -> str:
    def field(name: str, label: str, placeholder: str = "") -> str:
        return (f'<label>{label}<input name="{name}" value="{esc(f.get(name, ""))}" '
                f'placeholder="{esc(placeholder)}"></label>')

    return (
        '<form class="filters" method="get" action="/events">'
        f'<label>type{_select("type", sorted(plover().types), f.get("type"))}</label>'
        f'<label>status{_select("status", [s.value for s in Status], f.get("status"))}</label>'
        + field("country", "country", "ISO3, e.g. KOR")
        + field("from", "from", "YYYY-MM-DD") + field("to", "to", "YYYY-MM-DD")
        + field("actor", "actor name") + field("q", "evidence contains")
        + '<button type="submit">Filter</button> <a href="/events">reset</a></form>'
    )


def _pager(d: Mapping[str, Any], path: str) -> str:
    page, pages = d["page"], d["pages"]
    base = {k: v for k, v in d.get("filters", {}).items()}
    if d["per_page"] != PER_PAGE:
        base["per_page"] = str(d["per_page"])

    def to(p: int, label: str) -> str:
        return f'<a href="{esc(_link(path, {**base, "page": str(p)}))}">{label}</a>'

    prev = to(page - 1, "← previous") if page > 1 else ""
    nxt = to(page + 1, "next →") if page < pages else ""
    return f'<nav class="pager">{prev} <span>page {page} of {pages} · {d["total"]} in all</span> {nxt}</nav>'


def _cut(text: str, n: int = EVIDENCE_CUT) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def events_page(d: Mapping[str, Any]) -> str:
    rows = []
    for ev in d["events"]:
        href = esc("/events/" + quote(ev["event_id"], safe=""))
        kind = esc(ev["event"]) + (f'<span class="mode">/{esc(ev["mode"])}</span>' if ev["mode"] else "")
        loc = ev["location"]["name"] if ev["location"] else ""
        rows.append(
            f'<tr><td class="date">{esc(ev["date"] or "–")}</td><td><a href="{href}">{kind}</a></td>'
            f'<td>{_party(ev["actor"])} → {_party(ev["recipient"])}</td>'
            f'<td><span class="status {esc(ev["status"])}">{esc(ev["status"])}</span></td>'
            f'<td>{esc(loc)}</td><td class="evidence">{esc(_cut(ev["evidence"]))}</td></tr>')
    table = ('<table class="events"><thead><tr><th>date</th><th>type</th><th>actor → recipient</th>'
             '<th>status</th><th>location</th><th>evidence</th></tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table>') if rows else '<p class="empty">no events match</p>'
    body = _filter_form(d["filters"]) + _pager(d, "/events") + table + _pager(d, "/events")
    return layout("Events", body, "events")


# -- one event ------------------------------------------------------------------------------------
def event_page(d: Mapping[str, Any]) -> str:
    ev, doc = d["event"], d["document"]
    facts = [
        ("type", ev["event"] + (f" / {ev['mode']}" if ev["mode"] else "")),
        ("status", ev["status"]),
        ("date", f"{ev['date'] or '–'} ({ev['date_precision'] or 'no precision'})"),
        ("location", _location(ev["location"])),
        ("context", ", ".join(ev["context"]) or "–"),
        ("confidence", f"{ev['confidence']:.2f}"),
        ("evidence offsets", f"sentence {ev['sentence']}, [{ev['start']}:{ev['end']}]"),
    ]
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in facts)
    rows += f'<tr><th>actor</th><td>{_party(ev["actor"])}</td></tr>'
    rows += f'<tr><th>recipient</th><td>{_party(ev["recipient"])}</td></tr>'
    if ev["attributed_to"]:
        rows += f'<tr><th>attributed to</th><td>{_party([ev["attributed_to"]])}</td></tr>'
    trail = "".join(f"<li><code>{esc(step)}</code></li>" for step in d["trail"]) or "<li>(no trail recorded)</li>"
    body = (
        f'<blockquote class="evidence">{esc(ev["evidence"])}</blockquote>'
        f'<div class="grid"><section><h2>Event</h2><table class="facts">{rows}</table></section>'
        f'<section><h2>Why (trail)</h2><ol class="trail">{trail}</ol></section></div>'
        f"{_document(doc, d)}"
    )
    return layout(f"{ev['event']} · {ev['event_id']}", body, "events")


def _location(loc: Mapping[str, Any] | None) -> str:
    if not loc:
        return "–"
    where = loc["name"] + (f", {loc['country']}" if loc.get("country") else "")
    if loc.get("lat") is not None and loc.get("lon") is not None:
        where += f" ({loc['lat']:.3f}, {loc['lon']:.3f})"
    return where


def _document(doc: Mapping[str, Any], d: Mapping[str, Any]) -> str:
    meta = " · ".join(esc(x) for x in (doc.get("pub_date"), doc.get("lang"), doc.get("source")) if x)
    title = esc(doc.get("title") or doc["doc_id"])
    if doc.get("url"):
        title = f'<a href="{esc(doc["url"])}" rel="noreferrer noopener">{title}</a>'
    sentences = []
    for s in d["sentences"]:
        parts = "".join(f"<mark>{esc(p['text'])}</mark>" if p["mark"] else esc(p["text"]) for p in s["segments"])
        cls = ' class="hit"' if s["index"] == d["highlight"]["sentence"] else ""
        sentences.append(f'<span{cls} data-sentence="{s["index"]}">{parts}</span> ')
    others = "".join(
        f'<li><a href="{esc("/events/" + quote(o["event_id"], safe=""))}">{esc(o["event"])}</a> '
        f'<span class="code">sentence {o["sentence"]}, {esc(o["status"])}</span></li>'
        for o in d["document_events"] if o["event_id"] != d["event"]["event_id"])
    return (f'<section><h2>Document</h2><p class="doc-meta">{title}<br><span class="code">'
            f'{esc(doc["doc_id"])}</span> {meta}</p><div class="doc-text">{"".join(sentences)}</div>'
            + (f"<h3>Other events in this document</h3><ul>{others}</ul>" if others else "")
            + "</section>")


# -- errors ---------------------------------------------------------------------------------------
def errors_page(d: Mapping[str, Any]) -> str:
    stages = hbar_chart([(s, n, None) for s, n in d["by_stage"].items()], "bars errors")
    rows = "".join(
        f'<tr><td>{esc(e["at"])}</td><td>{esc(e["stage"])}</td><td>{esc(e["source"])}</td>'
        f'<td>{esc(e["offset"] if e["offset"] is not None else "")}</td><td>{esc(e["reason"])}</td></tr>'
        for e in d["errors"])
    table = ('<table class="errors"><thead><tr><th>at</th><th>stage</th><th>source</th><th>offset</th>'
             f'<th>reason</th></tr></thead><tbody>{rows}</tbody></table>') if rows else (
        '<p class="empty">no errors recorded</p>')
    return layout("Errors", f"<section><h2>By stage</h2>{stages}</section>{_pager(d, '/errors')}{table}",
                  "errors")


def message_page(status: str, message: str) -> str:
    return layout(status, f'<p class="message">{esc(message)}</p><p><a href="/">back to the overview</a></p>')
