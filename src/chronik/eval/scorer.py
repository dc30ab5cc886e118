"""Score predicted events against gold documents (EVENTS.md section 8) into one ``Report``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from chronik.eval.gold import GoldDoc, GoldEvent
from chronik.eval.match import assign, candidates, near_name, touches
from chronik.records import Document, Event, Sentence

SentenceSpans = Callable[[Document], Iterable[Sentence | tuple[int, int]]]


@dataclass(frozen=True, slots=True)
class Counts:
    """Precision counts predictions, recall counts gold; per type the two sides may differ."""

    tp_pred: int = 0
    fp: int = 0
    tp_gold: int = 0
    fn: int = 0
    pred: int = 0
    """All predictions, including neutral ones (matching optional gold, or extra in a partial document)."""

    @property
    def gold(self) -> int:
        return self.tp_gold + self.fn

    @property
    def has_precision(self) -> bool:
        return self.tp_pred + self.fp > 0

    @property
    def has_recall(self) -> bool:
        return self.gold > 0

    @property
    def precision(self) -> float:
        return self.tp_pred / (self.tp_pred + self.fp) if self.tp_pred + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp_pred + other.tp_pred, self.fp + other.fp, self.tp_gold + other.tp_gold,
                      self.fn + other.fn, self.pred + other.pred)

    def to_dict(self) -> dict[str, Any]:
        """A rate without a denominator (no counted prediction, no required gold) is null, not 0;
        F1 counts a missing rate as 0 and is null only when both are missing."""
        either = self.has_precision or self.has_recall
        return {"tp": self.tp_gold, "fp": self.fp, "fn": self.fn, "gold": self.gold, "pred": self.pred,
                "precision": round(self.precision, 4) if self.has_precision else None,
                "recall": round(self.recall, 4) if self.has_recall else None,
                "f1": round(self.f1, 4) if either else None}


@dataclass(frozen=True, slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)


@dataclass(frozen=True, slots=True)
class Finding:
    """A miss (required gold without a match) or a false positive, with its sentence for reading."""

    doc_id: str
    event: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    evidence: str
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "event": self.event, "actor": list(self.actor),
                "recipient": list(self.recipient), "evidence": self.evidence, "sentence": self.sentence}


@dataclass(frozen=True, slots=True)
class DocScore:
    doc_id: str
    lang: str | None
    partial: bool
    events: Counts
    types: Counts
    per_type: dict[str, Counts]
    attributes: dict[str, Accuracy]
    misses: tuple[Finding, ...]
    false_positives: tuple[Finding, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    events: Counts
    types: Counts
    per_type: dict[str, Counts]
    per_lang: dict[str, tuple[Counts, Counts]]
    attributes: dict[str, Accuracy]
    docs: tuple[DocScore, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def misses(self) -> tuple[Finding, ...]:
        return tuple(f for d in self.docs for f in d.misses)

    @property
    def false_positives(self) -> tuple[Finding, ...]:
        return tuple(f for d in self.docs for f in d.false_positives)


ATTRIBUTES = ("mode", "status", "date", "date_precision", "location_country", "location_geonameid", "names")


def default_sentence_spans(doc: Document) -> Iterable[Sentence]:
    """The project's sentence splitter, imported late so that the scorer works without it."""
    try:
        from chronik.text.segment import split_sentences
    except ImportError:
        return ()
    return split_sentences(doc)


def _as_span(s: Sentence | tuple[int, int]) -> tuple[int, int]:
    return (s.start, s.end) if isinstance(s, Sentence) else (int(s[0]), int(s[1]))


def sentence_of(span: tuple[int, int], sentences: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The sentence (or run of sentences) that a span overlaps; the span itself when none does."""
    hit = [s for s in sentences if touches(span, s)]
    return (hit[0][0], hit[-1][1]) if hit else span


def _date_key(date: str | None, precision: str | None) -> str | None:
    # Written forms follow the precision (section 5); some gold gives a day with month precision.
    if date is None:
        return None
    width = {"day": 10, "week": 10, "month": 7, "year": 4}.get(str(precision), len(date))
    return date[:width]


def _names_found(pred: Event, gold: Event) -> Accuracy:
    names = [e.name for e in pred.actor + pred.recipient if e.name]
    wanted = [e.name for e in gold.actor + gold.recipient if e.name]
    return Accuracy(sum(any(near_name(w, n) for n in names) for w in wanted), len(wanted))


def attribute_accuracy(pred: Event, gold: Event) -> dict[str, Accuracy]:
    """Accuracy of one matched pair; gold without a value for an attribute is left out of it."""
    def acc(ok: bool) -> Accuracy:
        return Accuracy(int(ok), 1)

    out: dict[str, Accuracy] = {"status": acc(pred.status == gold.status)}
    if pred.event == gold.event:  # a mode belongs to its type; an alternative type has other modes
        out["mode"] = acc(pred.mode == gold.mode)
    if gold.date is not None:
        gp = str(gold.date_precision) if gold.date_precision else None
        pp = str(pred.date_precision) if pred.date_precision else None
        out["date"] = acc(_date_key(pred.date, pp) == _date_key(gold.date, gp))
        out["date_precision"] = acc(pp == gp)
    loc, ploc = gold.location, pred.location
    if loc is not None and loc.country is not None:
        out["location_country"] = acc(ploc is not None and ploc.country == loc.country)
    if loc is not None and loc.geonameid is not None:
        out["location_geonameid"] = acc(ploc is not None and ploc.geonameid == loc.geonameid)
    out["names"] = _names_found(pred, gold)
    return out


def _add_all(into: dict[str, Accuracy], more: Mapping[str, Accuracy]) -> None:
    for key, value in more.items():
        into[key] = into.get(key, Accuracy()) + value


def _finding(doc: GoldDoc, ev: Event, span: tuple[int, int], sentences: Sequence[tuple[int, int]]) -> Finding:
    s = sentence_of(span, sentences)
    return Finding(doc.doc_id, ev.event, tuple(e.code or "?" for e in ev.actor),
                   tuple(e.code or "?" for e in ev.recipient), ev.evidence, doc.text[s[0]:s[1]].strip())


def _level_counts(doc: GoldDoc, preds: Sequence[Event], golds: Sequence[GoldEvent], pairs: Mapping[int, int],
                  key: Callable[[str], str]) -> dict[str, Counts]:
    """Counts per key of the type (the whole table when key maps every type to one name)."""
    table: dict[str, Counts] = defaultdict(Counts)
    for pi, pred in enumerate(preds):
        gi = pairs.get(pi)
        if gi is not None and not golds[gi].optional:
            table[key(pred.event)] += Counts(tp_pred=1, pred=1)
        elif gi is None and not doc.partial:
            table[key(pred.event)] += Counts(fp=1, pred=1)
        else:
            table[key(pred.event)] += Counts(pred=1)
    matched = set(pairs.values())
    for gi, gold in enumerate(golds):
        if not gold.optional:
            hit = gi in matched
            table[key(gold.event.event)] += Counts(tp_gold=int(hit), fn=int(not hit))
    return dict(table)


def score_document(doc: GoldDoc, preds: Sequence[Event], sentence_spans: SentenceSpans) -> DocScore:
    sentences = sorted(_as_span(s) for s in sentence_spans(doc.document()))
    golds = doc.events
    notes = tuple(f"{doc.doc_id}: gold evidence not found in text: {g.event.evidence!r}"
                  for g in golds if g.span is None)
    gold_sentences = [sentence_of(g.span, sentences) if g.span else (0, 0) for g in golds]
    event_pairs = assign(candidates(preds, golds, gold_sentences, with_parties=True))
    type_pairs = assign(candidates(preds, golds, gold_sentences, with_parties=False))
    attributes: dict[str, Accuracy] = {}
    for pi, gi in event_pairs.items():
        if not golds[gi].optional:
            _add_all(attributes, attribute_accuracy(preds[pi], golds[gi].event))
    matched = set(event_pairs.values())
    misses = tuple(_finding(doc, g.event, g.span or (0, 0), sentences)
                   for gi, g in enumerate(golds) if not g.optional and gi not in matched)
    fps = () if doc.partial else tuple(_finding(doc, p, (p.start, p.end), sentences)
                                       for pi, p in enumerate(preds) if pi not in event_pairs)
    return DocScore(
        doc.doc_id, doc.lang, doc.partial,
        events=_level_counts(doc, preds, golds, event_pairs, lambda t: "all").get("all", Counts()),
        types=_level_counts(doc, preds, golds, type_pairs, lambda t: "all").get("all", Counts()),
        per_type=_level_counts(doc, preds, golds, event_pairs, lambda t: t),
        attributes=attributes, misses=misses, false_positives=fps, notes=notes,
    )


def score(gold_docs: Sequence[GoldDoc], predictions: Mapping[str, Sequence[Event]],
          sentence_spans: SentenceSpans | None = None) -> Report:
    """Score predictions (per ``doc_id``; a missing id means no events) against every gold document."""
    spans = sentence_spans or default_sentence_spans
    docs = tuple(score_document(d, predictions.get(d.doc_id, ()), spans) for d in gold_docs)
    notes = [n for d in docs for n in d.notes]
    unknown = sorted(set(predictions) - {d.doc_id for d in gold_docs})
    if unknown:
        notes.append(f"predictions for {len(unknown)} documents not in the gold file were ignored")
    per_type: dict[str, Counts] = defaultdict(Counts)
    per_lang: dict[str, tuple[Counts, Counts]] = {}
    attributes: dict[str, Accuracy] = {}
    for d in docs:
        for t, c in d.per_type.items():
            per_type[t] += c
        ev, ty = per_lang.get(d.lang or "?", (Counts(), Counts()))
        per_lang[d.lang or "?"] = (ev + d.events, ty + d.types)
        _add_all(attributes, d.attributes)
    return Report(
        events=sum((d.events for d in docs), Counts()), types=sum((d.types for d in docs), Counts()),
        per_type=dict(sorted(per_type.items())), per_lang=dict(sorted(per_lang.items())),
        attributes={k: attributes[k] for k in ATTRIBUTES if k in attributes},
        docs=docs, notes=tuple(notes),
    )

