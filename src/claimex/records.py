"""The output record schemas as dataclasses, in one place.

``docs/schema.md`` is the source of truth for the schemas (every field, offsets, ids and
the changelog of schema additions); this module implements it.

Every writer serialises these with :func:`to_json_fields` (:func:`to_json_dict` gives the
same fields as plain, copied dicts); nothing else builds output dicts, so the schemas cannot
drift apart between the local and distributed engines.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DOCUMENT_SCHEMA = "claimex.document/1"
ENTITY_SCHEMA = "claimex.entity/1"
CLAIM_SCHEMA = "claimex.claim/1"
ERROR_SCHEMA = "claimex.error/1"
TOLL_SCHEMA = "claimex.toll/1"

SectionKind = Literal["title", "article", "comment"]
EntityLabel = Literal["PERSON", "COUNTRY", "FACTION", "ORG", "PLACE", "NORP", "DATE"]


@dataclass(slots=True)
class Section:
    """A slice of a document: its title, its article body or one reader comment."""

    index: int
    kind: SectionKind
    start: int
    end: int
    author: str | None = None


@dataclass(slots=True)
class DocumentRecord:
    doc_id: str
    path: str | None
    url: str | None
    title: str | None
    published: str | None
    published_source: Literal["input", "dateline"] | None
    text_sha256: str
    chars: int
    sections: list[Section]
    counts: dict[str, int] = field(default_factory=lambda: {"entities": 0, "claims": 0})
    warnings: list[str] = field(default_factory=list)
    schema: str = DOCUMENT_SCHEMA


@dataclass(slots=True)
class EntityRecord:
    doc_id: str
    section: int
    text: str
    start: int
    end: int
    label: EntityLabel
    canonical: str | None
    kb_id: str | None
    value: str | None
    origin: Literal["model", "gazetteer", "rule"]
    timex: dict[str, str | None] | None = None  # DATE only: {"type", "mod"} of TIMEX3
    # DATE only, not written: the interval the date stands for ("late 2016":
    # "2016-07/2016-12"), which claim times and the Recognizers-Text scoring read
    interval: str | None = None
    schema: str = ENTITY_SCHEMA


@dataclass(slots=True)
class ClaimRecord:
    """One quantitative claim: the figure, what it counts, who did it, where, when, who says.

    ``subject``, ``actor`` and ``location`` are ``{"text", "start", "end", "canonical"}``;
    ``time`` is ``{"text", "value", "start", "end", "inferred"}``; ``attribution``,
    ``evidence`` and ``provenance`` are as ``docs/schema.md`` describes.
    """

    id: str
    doc_id: str
    section: int
    type: Literal["casualty", "quantity"]
    category: str
    value: dict[str, Any]
    subject: dict[str, Any] | None
    actor: dict[str, Any] | None
    location: dict[str, Any] | None
    time: dict[str, Any] | None
    modality: str
    hedges: list[str]
    attribution: dict[str, Any]
    evidence: dict[str, Any]
    provenance: dict[str, str]
    scope: str | None = None
    schema: str = CLAIM_SCHEMA


@dataclass(slots=True)
class TollRecord:
    """The people harmed in the event(s) a document reports, per speaker and category: what
    claimex infers from the claims (``claim_ids``), never what one sentence says.

    ``speaker`` is ``{"kind": "article"|"author", "name", "sections"}``; ``basis`` says how
    the figure was reached: ``stated`` (a total the text gives), ``sum`` (parts added up),
    ``enumerated`` (victims told one by one), ``zero`` ("nobody was hurt"); ``high`` is
    None for an open upper bound ("at least 12")."""

    id: str
    doc_id: str
    speaker: dict[str, Any]
    category: str
    unit: str | None
    low: float
    high: float | None
    basis: Literal["stated", "sum", "enumerated", "zero"]
    modality: Literal["asserted", "hedged"]
    claim_ids: list[str]
    time: dict[str, Any] | None
    location: dict[str, Any] | None
    schema: str = TOLL_SCHEMA


@dataclass(slots=True)
class ErrorRecord:
    """One input that could not be processed (or only partly): where it is and why.

    ``code`` is a stable machine-readable name (see :mod:`claimex.errors`), ``reason`` says
    in words what was wrong and what to do about it.
    """

    code: str
    reason: str
    path: str | None
    line: int | None = None
    doc_id: str | None = None
    schema: str = ERROR_SCHEMA


def claim_id(doc_id: str, start: int, end: int, category: str) -> str:
    """A claim's stable id: the same document, figure span and category give the same id."""
    key = f"{doc_id}\x1f{start}\x1f{end}\x1f{category}".encode("utf-8", "surrogatepass")
    return hashlib.sha256(key).hexdigest()[:20]


def toll_id(doc_id: str, speaker: str, category: str) -> str:
    """A toll's stable id: one toll per document, speaker and category."""
    key = f"{doc_id}\x1ftoll\x1f{speaker}\x1f{category}".encode("utf-8", "surrogatepass")
    return hashlib.sha256(key).hexdigest()[:20]


def text_sha256(text: str) -> str:
    """The SHA-256 of the text as UTF-8, so a reader can check offsets against its copy."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_FIELD_ORDER = {
    DOCUMENT_SCHEMA: ["schema", "doc_id", "path", "url", "title", "published",
                      "published_source", "text_sha256", "chars", "sections", "counts",
                      "warnings"],
    ENTITY_SCHEMA: ["schema", "doc_id", "section", "text", "start", "end", "label",
                    "canonical", "kb_id", "value", "timex", "origin"],
    ERROR_SCHEMA: ["schema", "code", "reason", "path", "line", "doc_id"],
    CLAIM_SCHEMA: ["schema", "id", "doc_id", "section", "type", "category", "value", "subject",
                   "actor", "location", "time", "scope", "modality", "hedges", "attribution",
                   "evidence", "provenance"],
    TOLL_SCHEMA: ["schema", "id", "doc_id", "speaker", "category", "unit", "low", "high",
                  "basis", "modality", "claim_ids", "time", "location"],
}
_SECTION_ORDER = ["index", "kind", "author", "start", "end"]


def to_json_fields(record: Any) -> dict[str, Any]:
    """A record's fields in the order of docs/schema.md, its sections as dicts, the rest
    not copied: what the writers hand to orjson, which serialises the nested dicts, lists
    and dataclasses itself. The same JSON as :func:`to_json_dict`, without its deep copy
    (``dataclasses.asdict`` took most of the time spent writing records).

        >>> error = ErrorRecord("read_failed", "no such file", "a.txt")
        >>> list(to_json_fields(error))
        ['schema', 'code', 'reason', 'path', 'line', 'doc_id']
        >>> to_json_fields(error) == to_json_dict(error)
        True
    """
    order = _FIELD_ORDER.get(getattr(record, "schema", ""))
    if order is None:
        return asdict(record)
    out = {key: getattr(record, key) for key in order}
    if "sections" in out:
        out["sections"] = [{k: getattr(s, k) for k in _SECTION_ORDER} for s in out["sections"]]
    return out


def to_json_dict(record: Any) -> dict[str, Any]:
    """A record as a plain dict with ``schema`` first and the field order of docs/schema.md."""
    raw = asdict(record)
    order = _FIELD_ORDER.get(raw.get("schema", ""))
    if order is None:
        return raw
    out = {key: raw[key] for key in order}
    if "sections" in out:
        out["sections"] = [{k: s[k] for k in _SECTION_ORDER} for s in out["sections"]]
    return out
