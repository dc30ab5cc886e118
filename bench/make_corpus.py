"""Generate a benchmark corpus of varied news articles into ``bench/_corpus/`` (gitignored).

Seeds are the project's example articles (``examples/de/*.txt``, ``examples/en/*.txt``) and the texts of
``../shared/eval/de/dev_10kgnad.jsonl`` (read here, never copied into the repository). Each generated
article shuffles the seed's sentences, swaps names, weekdays and years and gets its own id, so that exact
dedup does not collapse the corpus (many become near-duplicates, which are still coded).

    python bench/make_corpus.py [--n 10000] [--out bench/_corpus] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "eval" / "de" / "dev_10kgnad.jsonl"
SHARD = 500

NAMES = {
    "de": ["Merkel", "Scholz", "Macron", "Putin", "Selenskyj", "Erdoğan", "Biden", "Steinmeier", "Baerbock",
           "Kurz", "Van der Bellen", "Orbán", "Meloni", "Sánchez", "Xi Jinping"],
    "en": ["Merkel", "Scholz", "Macron", "Putin", "Zelensky", "Erdogan", "Biden", "Johnson", "Modi",
           "Trudeau", "Orban", "Meloni", "Sanchez", "Xi Jinping", "Kishida"],
}
WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ\"„])")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")


@dataclass(frozen=True, slots=True)
class Seed:
    lang: str
    text: str
    pub_date: str | None


def load_seeds(root: Path = ROOT, dev: Path = SHARED_DEV) -> list[Seed]:
    seeds = [Seed(lang, p.read_text(encoding="utf-8"), None)
             for lang in ("de", "en") for p in sorted((root / "examples" / lang).glob("*.txt"))]
    if dev.exists():
        with dev.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                seeds.append(Seed(rec.get("lang") or "de", rec["text"], rec.get("pub_date")))
    if not seeds:
        raise SystemExit(f"no seed articles: neither {root / 'examples'}/*/*.txt nor {dev}")
    return seeds


def _swap_words(text: str, words: list[str], rng: random.Random) -> str:
    present = [w for w in words if w in text]
    for w in present:
        text = re.sub(rf"\b{re.escape(w)}\b", rng.choice(words), text)
    return text


def vary(seed: Seed, rng: random.Random) -> str:
    """A new article from ``seed``: body sentences shuffled, names, weekdays and years swapped."""
    sentences = _SENTENCE_END.split(seed.text.strip())
    head, body = sentences[:1], sentences[1:]
    rng.shuffle(body)
    body = body[: max(1, int(len(body) * rng.uniform(0.6, 1.0)))]
    text = " ".join(head + body)
    lang = seed.lang if seed.lang in NAMES else "de"
    text = _swap_words(text, NAMES[lang], rng)
    text = _swap_words(text, WEEKDAYS[lang], rng)
    return _YEAR.sub(lambda m: str(int(m.group()) + rng.randint(-3, 3)), text)


def articles(seeds: list[Seed], n: int, rng: random.Random) -> Iterator[dict[str, str | None]]:
    for i in range(n):
        seed = seeds[i % len(seeds)]
        date = f"20{rng.randint(10, 24):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield {"doc_id": f"bench-{i:06d}", "lang": seed.lang, "pub_date": seed.pub_date or date,
               "text": vary(seed, rng)}


def write_corpus(out: Path, n: int, seed: int = 1) -> int:
    """Write ``n`` articles as JSONL shards of 500; returns the number of distinct texts."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.jsonl"):
        old.unlink()
    rng = random.Random(seed)
    texts: set[str] = set()
    fh = None
    for i, rec in enumerate(articles(load_seeds(), n, rng)):
        if i % SHARD == 0:
            if fh:
                fh.close()
            fh = (out / f"part-{i // SHARD:04d}.jsonl").open("w", encoding="utf-8")
        texts.add(str(rec["text"]))
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if fh:
        fh.close()
    return len(texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "_corpus")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    distinct = write_corpus(args.out, args.n, args.seed)
    print(f"wrote {args.n} articles ({distinct} distinct texts) to {args.out}")


if __name__ == "__main__":
    main()
