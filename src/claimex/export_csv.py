"""CSV files of an OUTDIR's records (standard library only): one file per record file, and
``casualties_acled.csv``, an event-style table of the casualty claims; the formats are
described in :mod:`claimex.export`.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from claimex.export_records import COLUMNS, cell_text, flatten, record_sources
from claimex.io.jsonl import iter_records


def _columns(kind: str, records: Iterable[dict[str, Any]]) -> list[str]:
    columns = dict.fromkeys(COLUMNS.get(kind, []))
    for record in records:
        for key in flatten(record):
            if key not in columns:
                columns[key] = None
    names = list(columns)
    # "subject" is null in one record and {"text": ...} in another: the null is the empty
    # subject.* cells, not a column of its own.
    prefixes = {name.rsplit(".", 1)[0] for name in names if "." in name}
    return [name for name in names if name not in prefixes]


def _write_csv(target: Path, columns: list[str], rows: Iterable[dict[str, Any]]) -> Path:
    partial = target.with_name(f".{target.name}.partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell_text(row.get(column)) for column in columns])
    os.replace(partial, target)
    return target


def export_csv(files: dict[str, Path], directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, records in record_sources(files):
        columns = _columns(kind, records())
        rows = (flatten(record) for record in records())
        written.append(_write_csv(directory / f"{kind}.csv", columns, rows))
    if "claims" in files:
        written.append(_write_csv(directory / "casualties_acled.csv",
                                  COLUMNS["casualties_acled"], acled_rows(files)))
    return written


def _span_name(span: Any) -> str | None:
    """The canonical name of a span object, else its text; a plain string as it is."""
    if isinstance(span, dict):
        return span.get("canonical") or span.get("text") or None
    return span if isinstance(span, str) and span else None


def _figure(value: Any) -> Any:
    """30000.0 -> 30000 (an integer cell); other numbers and null unchanged."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def acled_rows(files: dict[str, Path]) -> Iterator[dict[str, Any]]:
    """The rows of ``casualties_acled.csv``: one per casualty claim, in file order."""
    sources: dict[str, str | None] = {}
    for doc in iter_records(files["documents"]):
        doc_id = doc.get("doc_id")
        if isinstance(doc_id, str):
            sources[doc_id] = doc.get("url") or doc.get("path")
    for claim in iter_records(files["claims"]):
        if claim.get("type") != "casualty":
            continue
        value = claim.get("value") if isinstance(claim.get("value"), dict) else {}
        time = claim.get("time") if isinstance(claim.get("time"), dict) else {}
        attribution = (claim.get("attribution")
                       if isinstance(claim.get("attribution"), dict) else {})
        evidence = claim.get("evidence") if isinstance(claim.get("evidence"), dict) else {}
        sentence = evidence.get("sentence")
        yield {
            "claim_id": claim.get("id"),
            "event_date": time.get("value"),
            "actor": _span_name(claim.get("actor")),
            "subject": _span_name(claim.get("subject")),
            "location": _span_name(claim.get("location")),
            "category": claim.get("category"),
            "low": _figure(value.get("low")),
            "high": _figure(value.get("high")),
            "qualifier": value.get("qualifier"),
            "modality": claim.get("modality"),
            "claimant": attribution.get("speaker"),
            "claimant_kind": attribution.get("kind"),
            "doc_id": claim.get("doc_id"),
            "source": sources.get(doc_id) if isinstance(doc_id := claim.get("doc_id"), str)
            else None,
            "notes": sentence.strip() if isinstance(sentence, str) else None,
        }
