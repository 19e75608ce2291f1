"""Reading what the report shows: the records of an OUTDIR and the documents' texts from
the INPUT files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from claimex.io.jsonl import iter_records
from claimex.io.readers import InputDocument, ReadOptions, read_inputs
from claimex.records import text_sha256


def first_records(records: Iterable[dict[str, Any]], limit: int
                  ) -> tuple[list[dict[str, Any]], int]:
    """The first ``limit`` records and how many there were in all."""
    kept: list[dict[str, Any]] = []
    total = 0
    for record in records:
        total += 1
        if len(kept) < limit:
            kept.append(record)
    return kept, total


def read_optional_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of an optional output file: none when it is absent."""
    if path.is_file():
        yield from iter_records(path)


def load_texts(inputs: Iterable[str] | None, wanted: dict[str, str],
                options: ReadOptions | None) -> tuple[dict[str, str], set[str]]:
    """Texts of the wanted documents (doc_id -> sha256) from the inputs, and the doc_ids
    whose text no longer matches its hash."""
    texts: dict[str, str] = {}
    changed: set[str] = set()
    if not inputs or not wanted:
        return texts, changed
    for item in read_inputs(list(inputs), options):
        if not isinstance(item, InputDocument) or item.doc_id not in wanted:
            continue
        if text_sha256(item.text) == wanted[item.doc_id]:
            texts[item.doc_id] = item.text
            changed.discard(item.doc_id)
        elif item.doc_id not in texts:
            changed.add(item.doc_id)
        if len(texts) == len(wanted):
            break
    return texts, changed
