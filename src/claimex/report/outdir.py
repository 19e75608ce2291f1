"""Reading what the report shows: the records of an OUTDIR and the documents' texts from
the INPUT files."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimex.errors import UsageError
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


@dataclass
class OutdirRecords:
    """What the report shows of an OUTDIR: the first documents with their entities, claims
    and tolls, the claims of the table, the first groups, the errors, the totals, and the
    caps applied ("first 200 of 5,000 documents")."""

    documents: list[dict[str, Any]]
    total_documents: int
    entities: dict[str, list[dict[str, Any]]]  # of the shown documents, by doc_id
    total_entities: int
    label_counts: Counter[str]
    claims: dict[str, list[dict[str, Any]]]  # of the shown documents, by doc_id
    table: list[dict[str, Any]]  # the claims of the table, in file order
    total_claims: int
    groups: list[dict[str, Any]]
    total_groups: int
    errors: list[dict[str, Any]]
    caps: list[str] = field(default_factory=list)
    tolls: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # shown documents'
    total_tolls: int | None = None  # None: no tolls.jsonl (written before tolls existed)


def read_outdir(root: Path, max_documents: int, max_claims: int, max_groups: int
                ) -> OutdirRecords:
    """The records of OUTDIR ``root`` the report shows, each file read once, line by line.

    Raises :class:`UsageError` when ``root`` is not a claimex output directory.
    """
    if not (root / "documents.jsonl").is_file():
        raise UsageError(f"{root} is not a claimex output directory (no documents.jsonl); "
                         "run `claimex extract INPUT -o OUTDIR` first")
    caps: list[str] = []

    documents, total_docs = first_records(read_optional_jsonl(root / "documents.jsonl"),
                                          max_documents)
    shown_ids = {str(d.get("doc_id")) for d in documents}
    if total_docs > len(documents):
        caps.append(f"first {len(documents):,} of {total_docs:,} documents")

    entities: dict[str, list[dict]] = defaultdict(list)
    entity_count = 0
    label_counts: Counter[str] = Counter()
    for ent in read_optional_jsonl(root / "entities.jsonl"):
        entity_count += 1
        label_counts[str(ent.get("label"))] += 1
        if ent.get("doc_id") in shown_ids:
            entities[ent["doc_id"]].append(ent)

    doc_claims: dict[str, list[dict]] = defaultdict(list)
    table: list[dict[str, Any]] = []
    claim_count = 0
    for claim in read_optional_jsonl(root / "claims.jsonl"):
        claim_count += 1
        if claim.get("doc_id") in shown_ids:
            doc_claims[claim["doc_id"]].append(claim)
        if len(table) < max_claims:
            table.append(claim)
    if claim_count > len(table):
        caps.append(f"first {len(table):,} of {claim_count:,} claims in the table")

    groups, group_count = first_records(read_optional_jsonl(root / "groups.jsonl"), max_groups)
    if group_count > len(groups):
        caps.append(f"first {len(groups):,} of {group_count:,} groups")

    errors = list(read_optional_jsonl(root / "errors.jsonl"))
    tolls: dict[str, list[dict]] = defaultdict(list)
    toll_count = None
    if (root / "tolls.jsonl").is_file():
        toll_count = 0
        for toll in read_optional_jsonl(root / "tolls.jsonl"):
            toll_count += 1
            if toll.get("doc_id") in shown_ids:
                tolls[toll["doc_id"]].append(toll)
    return OutdirRecords(documents, total_docs, entities, entity_count, label_counts,
                         doc_claims, table, claim_count, groups, group_count, errors, caps,
                         tolls, toll_count)
