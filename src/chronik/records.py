"""Typed, immutable records of EVENTS.md: Document, Sentence, Entity, Location, Event.

Every record round-trips through JSON with ``to_dict`` / ``from_dict``; field names are the ones of
EVENTS.md section 2 and 3 so that a record written by chronik is a valid gold-format event.

In the compiled build the records are C types (``records.pxd``, fields read-only): a frozen dataclass's
``__init__`` sets each field through ``object.__setattr__``, which made building the ~3 entities and the event of
every event-bearing sentence about 4 % of the English pass; the C ``__init__`` is ten times faster. Both builds
keep the dataclass behaviour (``fields``, ``replace``, ``asdict``, equality, hashing, pickling); assigning to a
field raises ``FrozenInstanceError`` (pure) or ``AttributeError`` (compiled; its base class).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    ASSERTED = "asserted"
    NEGATED = "negated"
    FUTURE = "future"
    HYPOTHETICAL = "hypothetical"
    HISTORICAL = "historical"


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)  # no slots: a C type in the compiled build (records.pxd)
class PubDate:
    """A publication date with the precision the source really gives (``2020-07`` is month)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def iso(self) -> str:
        if self.day is not None and self.month is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def parse(cls, value: str | None) -> PubDate | None:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a longer ISO timestamp is cut to the day)."""
        if not value:
            return None
        parts = str(value).strip()[:10].split("-")
        try:
            nums = [int(p) for p in parts if p]
        except ValueError:
            return None
        if not nums or not 1000 <= nums[0] <= 2999:
            return None
        month = nums[1] if len(nums) > 1 and 1 <= nums[1] <= 12 else None
        day = nums[2] if month is not None and len(nums) > 2 and 1 <= nums[2] <= 31 else None
        return cls(nums[0], month, day)


@dataclass(frozen=True)  # no slots: a C type in the compiled build (records.pxd)
class Entity:
    code: str | None
    sector: str | None = None
    text: str | None = None
    name: str | None = None
    office: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"code": self.code, "sector": self.sector, "text": self.text}
        if self.name is not None:
            d["name"] = self.name
        if self.office is not None:
            d["office"] = self.office
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(d.get("code"), d.get("sector"), d.get("text"), d.get("name"), d.get("office"))


@dataclass(frozen=True)  # no slots: a C type in the compiled build (records.pxd)
class Location:
    name: str
    country: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Location | None:
        if not d:
            return None
        return cls(d.get("name") or "", d.get("country"), d.get("geonameid"), d.get("lat"), d.get("lon"))


@dataclass(frozen=True)  # no slots: a C type in the compiled build (records.pxd)
class Sentence:
    """A sentence as a span of the original document text (header excluded, offsets absolute)."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)  # no slots: a C type in the compiled build (records.pxd)
class Document:
    doc_id: str
    text: str
    lang: str | None = None
    pub_date: PubDate | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    body_start: int = 0
    """Offset where the article body starts (after a scraped header line); sentences start here."""

    @staticmethod
    def content_id(text: str) -> str:
        """The content hash used as a document id when the source gives none."""
        return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)  # no slots: a C type in the compiled build (records.pxd)
class Event:
    event: str
    mode: str | None
    context: tuple[str, ...]
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    status: Status
    date: str | None
    date_precision: Precision | None
    location: Location | None
    evidence: str
    sentence: int
    start: int
    end: int
    attributed_to: Entity | None = None
    confidence: float = 0.5
    trail: tuple[str, ...] = ()
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if f.name in ("actor", "recipient"):
                v = [e.to_dict() for e in v]
            elif f.name in ("context", "trail"):
                v = list(v)
            elif f.name in ("location", "attributed_to"):
                v = v.to_dict() if v is not None else None
            elif f.name in ("status", "date_precision"):
                v = str(v) if v is not None else None
            d[f.name] = v
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        attributed = d.get("attributed_to")
        return cls(
            event=d["event"],
            mode=d.get("mode"),
            context=tuple(d.get("context") or ()),
            actor=tuple(Entity.from_dict(e) for e in d.get("actor") or ()),
            recipient=tuple(Entity.from_dict(e) for e in d.get("recipient") or ()),
            status=Status(d.get("status") or "asserted"),
            date=d.get("date"),
            date_precision=Precision(d["date_precision"]) if d.get("date_precision") else None,
            location=Location.from_dict(d.get("location")),
            evidence=d.get("evidence") or "",
            sentence=int(d.get("sentence") or 0),
            start=int(d.get("start") or 0),
            end=int(d.get("end") or 0),
            attributed_to=Entity.from_dict(attributed) if attributed else None,
            confidence=float(d.get("confidence", 0.5)),
            trail=tuple(d.get("trail") or ()),
            doc_id=d.get("doc_id"),
        )

    def with_doc(self, doc_id: str) -> Event:
        return replace(self, doc_id=doc_id)


@dataclass(frozen=True)  # no slots: a C type in the compiled build (records.pxd)
class Failure:
    """An outcome, not an exception: a document (or part of one) that could not be processed."""

    source: str
    reason: str
    stage: str
    offset: int | None = None


@dataclass(frozen=True)  # no slots: a C type in the compiled build (records.pxd)
class DocResult:
    """Everything the per-document pipeline produces for one document."""

    doc: Document
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]
    notes: tuple[str, ...] = ()
    """Recorded outcomes such as ``lang:detected=de`` or ``date:fallback=pub_date``."""
