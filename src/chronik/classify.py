"""Pair mode: the PLOVER relation between a marked source and a marked target in one English sentence.

``classify(sentence, source_span, target_span) -> (event, quad, modality)``. The event is given after the
EVENTS.md section 6 future-collapse (a planned CONSULT, SUPPORT, COOPERATE or AID is AGREE, a planned
RETREAT is CONCEDE); ``quad`` is the PLOVER quad class of that event; ``modality`` is ``"past"`` or
``"todo"`` (announced, planned, requested or hypothetical).

Evidence comes from the engine's own English lexicon and clause machinery: the triggers found in the
sentence (their types, how near they are to the target, whether they sit between the two parties), the
status cues of the source's clause, and the words between the parties. Two small linear models
(softmax regression for the event, logistic regression for the modality) weigh these features; their
weights are package data (``chronik/data/pairs_model.json``) made by ``tools/fit_pairs.py`` from the
training pairs. Without that file the rules alone decide: the trigger nearest to the target, preferring
one between the parties.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache
from importlib import resources

import simplemma

from chronik.extract.lexicon import Lexicon, lexicon
from chronik.extract.tokens import Clause, Token, split_clauses, tokenize
from chronik.extract.triggers import TriggerHit, find_triggers
from chronik.plover import plover

LANG = "en"
MODEL_FILE = "pairs_model.json"
FUTURE_COLLAPSE = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
                   "RETREAT": "CONCEDE"}
TODO_CUES = ("future_aux", "future_modal", "future_adv", "hypothetical", "condition", "condition_verb")
Span = tuple[int, int] | Sequence[int] | Sequence[Sequence[int]]


def _span(span: Span | None) -> tuple[int, int] | None:
    """A (start, end) span from a pair, or the hull of a list of pairs; None when there is none."""
    if span is None or len(span) == 0:
        return None
    first = span[0]
    if isinstance(first, int):
        return int(span[0]), int(span[1])  # type: ignore[arg-type]
    pairs = [(int(a), int(b)) for a, b in span]  # type: ignore[misc]
    return min(a for a, _ in pairs), max(b for _, b in pairs)


class _Analysis:
    """Tokens, clauses, trigger hits and the positions of the two parties in one sentence."""

    def __init__(self, sentence: str, source: tuple[int, int] | None, target: tuple[int, int] | None,
                 lex: Lexicon) -> None:
        self.lex = lex
        self.tokens: list[Token] = tokenize(sentence, 0, lex)
        self.clauses: list[Clause] = split_clauses(self.tokens, lex)
        self.src = self._tok_range(source)
        self.tgt = self._tok_range(target)
        self.hits: list[TriggerHit] = []
        for cl in self.clauses:
            for h in find_triggers(self.tokens, cl, lex):
                if not self._inside(h.token, self.src):
                    self.hits.append(h)

    def _tok_range(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None:
            return None
        idx = [t.i for t in self.tokens if t.start < span[1] and t.end > span[0]]
        return (idx[0], idx[-1] + 1) if idx else None

    @staticmethod
    def _inside(i: int, rng: tuple[int, int] | None) -> bool:
        return rng is not None and rng[0] <= i < rng[1]

    def between(self) -> tuple[int, int]:
        """Token range strictly between the two parties (empty when one is missing or they overlap)."""
        if self.src is None or self.tgt is None:
            return (0, 0)
        a, b = sorted([self.src, self.tgt])
        return (a[1], b[0]) if a[1] <= b[0] else (0, 0)

    def clause_of(self, i: int) -> Clause | None:
        for cl in self.clauses:
            if i in cl:
                return cl
        return None

    def anchor(self) -> int:
        """The token the relation hangs on: the target's start, else the source's end."""
        if self.tgt is not None:
            return self.tgt[0]
        if self.src is not None:
            return self.src[1]
        return 0

    def nearest_hit(self) -> TriggerHit | None:
        """The trigger nearest to the target, preferring one between the parties, then one after the source."""
        if not self.hits:
            return None
        lo, hi = self.between()
        anchor = self.anchor()
        src_end = self.src[1] if self.src else 0

        def key(h: TriggerHit) -> tuple[int, int, int]:
            between = lo <= h.token < hi
            after_source = h.token >= src_end
            strong = h.how in ("verb", "split-verb", "light-verb", "adjective")
            return (0 if between else 1 if after_source else 2, 0 if strong else 1, abs(h.token - anchor))

        return min(self.hits, key=key)


def _lemma(tok: Token) -> str:
    if tok.lemma != tok.lower:
        return tok.lemma
    return simplemma.lemmatize(tok.lower, lang=LANG).lower()


def features(sentence: str, source_span: Span | None, target_span: Span | None) -> list[str]:
    """The sparse features of one pair (names only; every feature has the value 1)."""
    lex = lexicon(LANG)
    an = _Analysis(sentence, _span(source_span), _span(target_span), lex)
    feats = ["bias"]
    if an.src is None:
        feats.append("no_source")
    if an.tgt is None:
        feats.append("no_target")
    if an.src and an.tgt:
        feats.append("order:st" if an.src[0] <= an.tgt[0] else "order:ts")
    lo, hi = an.between()
    feats.append(f"gap:{min(hi - lo, 12) // 3}")
    near = an.nearest_hit()
    if near is not None:
        t = near.trigger
        feats += [f"near:{t.event}", f"near:{t.event}:{t.mode or '-'}", f"near_how:{near.how}",
                  f"near_lemma:{near.matched}"]
        if lo <= near.token < hi:
            feats.append(f"near_between:{t.event}")
    for h in an.hits:
        feats.append(f"hit:{h.trigger.event}")
        if lo <= h.token < hi:
            feats.append(f"between:{h.trigger.event}")
    # words between the parties, and a few after the later one
    after = max(an.src[1] if an.src else 0, an.tgt[1] if an.tgt else 0)
    for tok in an.tokens[lo:hi]:
        if tok.is_word:
            feats.append(f"w:{_lemma(tok)}")
    for tok in an.tokens[after:after + 4]:
        if tok.is_word:
            feats.append(f"a:{_lemma(tok)}")
    # status cues of the source's clause and of the stretch up to the trigger
    cues: set[str] = set()
    ref = an.src[1] - 1 if an.src else 0
    cl = an.clause_of(ref)
    stretch = list(an.tokens[cl.first:cl.last]) if cl else []
    if near is not None:
        a, b = sorted([ref, near.token])
        stretch += an.tokens[a:b + 1]
    for tok in stretch:
        cues |= {k for k in lex.cues.get(tok.lower, ()) if k in (*TODO_CUES, "negation", "report", "passive_aux")}
        if tok.lower.endswith("n't"):
            cues.add("negation")
    feats += [f"cue:{k}" for k in sorted(cues)]
    if near is not None and cues & {"negation"}:
        feats.append(f"neg:{near.trigger.event}")
    return list(dict.fromkeys(feats))


@cache
def _model() -> dict | None:
    path = resources.files("chronik") / "data" / MODEL_FILE
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def _scores(weights: dict[str, list[float]], feats: list[str], width: int) -> list[float]:
    out = [0.0] * width
    for f in feats:
        w = weights.get(f)
        if w is not None:
            for k in range(width):
                out[k] += w[k]
    return out


def rule_event(feats: list[str]) -> str:
    """The nearest trigger's type; with no trigger, the commonest relation (ACCUSE)."""
    for f in feats:
        if f.startswith("near:") and f.count(":") == 1:
            return f.split(":", 1)[1]
    return "ACCUSE"


def rule_modality(feats: list[str]) -> str:
    return "todo" if any(f in feats for f in ("cue:future_aux", "cue:future_modal", "cue:hypothetical")) else "past"


def predict(feats: list[str], model: dict | None = None) -> tuple[str, str]:
    """(raw event, modality) from features: the fitted models if there are any, else the rules.
    The raw event may be ``YIELD`` (the training set's union of CONCEDE and RETREAT)."""
    model = model if model is not None else _model()
    if model is None:
        return rule_event(feats), rule_modality(feats)
    labels = model["labels"]
    scores = _scores(model["event_weights"], feats, len(labels))
    event = labels[max(range(len(labels)), key=scores.__getitem__)]
    z = _scores(model["modality_weights"], feats, 1)[0]
    modality = "todo" if 1 / (1 + math.exp(-max(min(z, 50), -50))) >= model.get("modality_threshold", 0.5) \
        else "past"
    return event, modality


def finish(event: str, modality: str, feats: list[str]) -> tuple[str, int, str]:
    """Map YIELD to CONCEDE or RETREAT, apply the section 6 future-collapse, attach the quad class."""
    if event == "YIELD":
        event = "CONCEDE" if "near:CONCEDE" in feats else "RETREAT"
    if modality == "todo" and event in FUTURE_COLLAPSE:
        event = FUTURE_COLLAPSE[event]
    return event, plover().types[event].quad, modality


def classify(sentence: str, source_span: Span | None, target_span: Span | None) -> tuple[str, int, str]:
    """(event after the future-collapse, quad 1-4, modality 'past'|'todo') for one marked pair."""
    feats = features(sentence, source_span, target_span)
    event, modality = predict(feats)
    return finish(event, modality, feats)
