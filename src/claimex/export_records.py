"""Which records an export reads and the columns it writes: the record files of an OUTDIR,
the tables made of them, the fixed columns of each known record kind, and the flattening
and cell text shared by the CSV and Arrow writers (:mod:`claimex.export`).

>>> flatten({"value": {"low": 12, "high": None}, "hedges": ["reportedly"]})
{'value.low': 12, 'value.high': None, 'hedges': ['reportedly']}
>>> cell_text(None), cell_text(True), cell_text(["a"])
('', 'true', '["a"]')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from claimex.errors import UsageError
from claimex.io.jsonl import iter_records

KINDS = ("documents", "entities", "claims", "errors")
OPTIONAL_KINDS = ("tolls", "groups")

_SPAN = ["text", "start", "end", "canonical"]
# Flattened columns of the known record kinds, in the order of docs/schema.md.
COLUMNS: dict[str, list[str]] = {
    "documents": ["schema", "doc_id", "path", "url", "title", "published", "published_source",
                  "text_sha256", "chars", "sections", "counts.entities", "counts.claims",
                  "warnings"],
    "entities": ["schema", "doc_id", "section", "text", "start", "end", "label", "canonical",
                 "kb_id", "value", "origin"],
    "claims": ["schema", "id", "doc_id", "section", "type", "category",
               "value.text", "value.low", "value.high", "value.qualifier", "value.unit",
               *(f"subject.{k}" for k in _SPAN), *(f"actor.{k}" for k in _SPAN),
               *(f"location.{k}" for k in _SPAN),
               "time.text", "time.value", "time.start", "time.end", "time.inferred",
               "scope", "modality", "hedges",
               "attribution.speaker", "attribution.start", "attribution.end", "attribution.cue",
               "attribution.canonical", "attribution.kind",
               "evidence.start", "evidence.end", "evidence.exact", "evidence.prefix",
               "evidence.suffix", "evidence.sentence", "evidence.sentence_start",
               "provenance.claimex", "provenance.config", "provenance.rule"],
    "errors": ["schema", "code", "reason", "path", "line", "doc_id"],
    "tolls": ["schema", "id", "doc_id", "speaker.kind", "speaker.name", "speaker.sections",
              "category", "unit", "low", "high", "basis", "modality", "claim_ids",
              "time.text", "time.value", "time.start", "time.end", "time.inferred",
              *(f"location.{k}" for k in _SPAN)],
    "groups": ["schema", "group_id", "category"],
    "group_members": ["group_id", "claim_id", "low", "high", "qualifier", "modality",
                      "speaker", "kind", "doc_id", "section"],
    "casualties_acled": ["claim_id", "event_date", "actor", "subject", "location", "category",
                         "low", "high", "qualifier", "modality", "claimant", "claimant_kind",
                         "doc_id", "source", "notes"],
}



def record_files(outdir: str | Path) -> dict[str, Path]:
    """The record files of OUTDIR by kind; a missing optional or error file is left out.

    Raises :class:`UsageError` when OUTDIR is not a claimex output directory.
    """
    root = Path(outdir)
    if not (root / "documents.jsonl").is_file():
        raise UsageError(f"{root} is not a claimex output directory (no documents.jsonl); "
                         "run `claimex extract INPUT -o OUTDIR` first")
    found = {}
    for kind in KINDS + OPTIONAL_KINDS:
        path = root / f"{kind}.jsonl"
        if path.is_file():
            found[kind] = path
    return found


def _members(groups: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for group in groups:
        for member in group.get("members") or []:
            if isinstance(member, dict):
                yield {"group_id": group.get("group_id"), **member}


def record_sources(files: dict[str, Path]) -> list[tuple[str, Any]]:
    """(table name, zero-argument callable giving its records) for each table to write."""
    tables: list[tuple[str, Any]] = []
    for kind, path in files.items():
        tables.append((kind, lambda p=path: iter_records(p)))
        if kind == "groups":
            tables.append(("group_members", lambda p=path: _members(iter_records(p))))
    return tables



def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects to dotted keys; lists stay lists (written as JSON by the CSV writer)."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            flat.update(flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return orjson.dumps(value).decode("utf-8")
    if isinstance(value, float):
        return repr(value)
    return str(value)

