"""Export an OUTDIR's JSON Lines records to CSV, Parquet or a DuckDB database.

``export(outdir, "csv")`` writes one CSV per record file (plus ``casualties_acled.csv``),
``"parquet"`` one Parquet file per record kind, ``"duckdb"`` one database file with a table
per record kind:

==============  =====================  ==============================================
record file     table / file stem      note
==============  =====================  ==============================================
documents.jsonl ``documents``
entities.jsonl  ``entities``
claims.jsonl    ``claims``
tolls.jsonl     ``tolls``              when OUTDIR has it (runs since tolls existed)
errors.jsonl    ``errors``
groups.jsonl    ``groups``             only when OUTDIR has it (``claimex reconcile``)
groups.jsonl    ``group_members``      one row per member: ``group_id`` + the member
claims.jsonl    ``casualties_acled``   CSV only: one row per casualty claim, ACLED-style
==============  =====================  ==============================================

CSV (standard library only): UTF-8, a header row, nested objects flattened to dotted
columns (``value.low``, ``value.high``, ``subject.text``, ``attribution.speaker``,
``evidence.start``, ...), lists (``hedges``, ``sections``, ``warnings``, ``members``) as
JSON strings, ``null`` as an empty cell, booleans as ``true``/``false``. The columns of the
known record kinds are fixed by the schemas of docs/schema.md (a field that is null in every
record still gets its column); fields a later schema adds are appended after them.

Parquet and DuckDB (``pip install 'claimex[export]'``: pyarrow, and duckdb for the
database) keep the nested structure: ``value``, ``subject``, ``attribution``, ``evidence``
... are structs and lists are lists, so ``SELECT value.low, attribution.speaker FROM
claims`` works in DuckDB, and ``pyarrow.parquet.read_table(...).flatten()`` gives the same
dotted columns as the CSV. The known kinds have explicit Arrow schemas (stable types,
also for an empty ``errors.jsonl``); ``groups`` and ``group_members`` are inferred from the
data, since that schema is still young.

``casualties_acled.csv`` is a flat, event-style table of the casualty claims (``type`` =
``casualty``) for analysts used to ACLED-like data: ``claim_id``, ``event_date`` (the
claim's ``time.value``: ISO 8601, a day, a week ``2024-W11``, a month, a year or an interval
``2024-06-01/2024-06-02``), ``actor``, ``subject``, ``location`` (each the canonical name,
else the text), ``category``, ``low``, ``high`` (empty for an open bound), ``qualifier``,
``modality``, ``claimant`` and ``claimant_kind`` (the attribution's speaker and kind),
``doc_id``, ``source`` (the document's url, else its path) and ``notes`` (the evidence
sentence). Whole-number figures are written without a decimal point (``30000``).

Open upper bounds ("more than 30": ``value.high`` null in the JSON) stay null in every
format: an empty CSV cell, a Parquet/DuckDB NULL, never 0 or infinity.

Records are streamed: CSV reads each file twice (columns, then rows), Parquet and DuckDB
convert batches of ``BATCH_ROWS`` records, so memory does not grow with the corpus. Every
output is written to a temporary name and renamed when complete.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from claimex.errors import UsageError
from claimex.io.jsonl import iter_records

FORMATS = ("csv", "parquet", "duckdb")
KINDS = ("documents", "entities", "claims", "errors")
OPTIONAL_KINDS = ("tolls", "groups")
BATCH_ROWS = 20_000
EXTRA_HINT = "pip install 'claimex[export]'"

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


class MissingDependencyError(UsageError):
    """An export format needs a library that is not installed."""


# ---------------------------------------------------------------------------- reading


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


def _sources(files: dict[str, Path]) -> list[tuple[str, Any]]:
    """(table name, zero-argument callable giving its records) for each table to write."""
    tables: list[tuple[str, Any]] = []
    for kind, path in files.items():
        tables.append((kind, lambda p=path: iter_records(p)))
        if kind == "groups":
            tables.append(("group_members", lambda p=path: _members(iter_records(p))))
    return tables


# ---------------------------------------------------------------------------- entry point


def export(outdir: str | Path, to: str, output: str | Path | None = None) -> list[Path]:
    """Export the records of OUTDIR; returns the files written.

    ``output``: the directory for ``csv`` and ``parquet`` (default ``OUTDIR/csv``,
    ``OUTDIR/parquet``), the database file for ``duckdb`` (default ``OUTDIR/claimex.duckdb``;
    an existing file is replaced).
    """
    if to not in FORMATS:
        raise UsageError(f"unknown export format {to!r}: choose one of {', '.join(FORMATS)}")
    files = record_files(outdir)
    root = Path(outdir)
    if to == "csv":
        return export_csv(files, Path(output) if output else root / "csv")
    if to == "parquet":
        return export_parquet(files, Path(output) if output else root / "parquet")
    return [export_duckdb(files, Path(output) if output else root / "claimex.duckdb")]


# ---------------------------------------------------------------------------- CSV


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


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return orjson.dumps(value).decode("utf-8")
    if isinstance(value, float):
        return repr(value)
    return str(value)


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
            writer.writerow([_cell(row.get(column)) for column in columns])
    os.replace(partial, target)
    return target


def export_csv(files: dict[str, Path], directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, records in _sources(files):
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


# ---------------------------------------------------------------------------- Arrow


def _require(module: str, fmt: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        raise MissingDependencyError(
            f"--to {fmt} needs the {module} package, which is not installed: {EXTRA_HINT} "
            f"(the 'export' extra: pyarrow and duckdb)") from None


def arrow_schemas() -> dict[str, Any]:
    """Explicit Arrow schemas of the record kinds of docs/schema.md (pyarrow needed)."""
    import pyarrow as pa

    span = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                      ("canonical", pa.string())])
    return {
        "documents": pa.schema([
            ("schema", pa.string()), ("doc_id", pa.string()), ("path", pa.string()),
            ("url", pa.string()), ("title", pa.string()), ("published", pa.string()),
            ("published_source", pa.string()), ("text_sha256", pa.string()),
            ("chars", pa.int64()),
            ("sections", pa.list_(pa.struct([
                ("index", pa.int64()), ("kind", pa.string()), ("author", pa.string()),
                ("start", pa.int64()), ("end", pa.int64())]))),
            ("counts", pa.struct([("entities", pa.int64()), ("claims", pa.int64())])),
            ("warnings", pa.list_(pa.string())),
        ]),
        "entities": pa.schema([
            ("schema", pa.string()), ("doc_id", pa.string()), ("section", pa.int64()),
            ("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
            ("label", pa.string()), ("canonical", pa.string()), ("kb_id", pa.string()),
            ("value", pa.string()), ("origin", pa.string()),
        ]),
        "claims": pa.schema([
            ("schema", pa.string()), ("id", pa.string()), ("doc_id", pa.string()),
            ("section", pa.int64()), ("type", pa.string()), ("category", pa.string()),
            ("value", pa.struct([("text", pa.string()), ("low", pa.float64()),
                                 ("high", pa.float64()), ("qualifier", pa.string()),
                                 ("unit", pa.string())])),
            ("subject", span), ("actor", span), ("location", span),
            ("time", pa.struct([("text", pa.string()), ("value", pa.string()),
                                ("start", pa.int64()), ("end", pa.int64()),
                                ("inferred", pa.bool_())])),
            ("scope", pa.string()),
            ("modality", pa.string()), ("hedges", pa.list_(pa.string())),
            ("attribution", pa.struct([("speaker", pa.string()), ("start", pa.int64()),
                                       ("end", pa.int64()), ("cue", pa.string()),
                                       ("canonical", pa.string()), ("kind", pa.string())])),
            ("evidence", pa.struct([("start", pa.int64()), ("end", pa.int64()),
                                    ("exact", pa.string()), ("prefix", pa.string()),
                                    ("suffix", pa.string()), ("sentence", pa.string()),
                                    ("sentence_start", pa.int64())])),
            ("provenance", pa.struct([("claimex", pa.string()), ("config", pa.string()),
                                      ("rule", pa.string())])),
        ]),
        "errors": pa.schema([
            ("schema", pa.string()), ("code", pa.string()), ("reason", pa.string()),
            ("path", pa.string()), ("line", pa.int64()), ("doc_id", pa.string()),
        ]),
        "tolls": pa.schema([
            ("schema", pa.string()), ("id", pa.string()), ("doc_id", pa.string()),
            ("speaker", pa.struct([("kind", pa.string()), ("name", pa.string()),
                                   ("sections", pa.list_(pa.int64()))])),
            ("category", pa.string()), ("unit", pa.string()), ("low", pa.float64()),
            ("high", pa.float64()), ("basis", pa.string()), ("modality", pa.string()),
            ("claim_ids", pa.list_(pa.string())),
            ("time", pa.struct([("text", pa.string()), ("value", pa.string()),
                                ("start", pa.int64()), ("end", pa.int64()),
                                ("inferred", pa.bool_())])),
            ("location", span),
        ]),
    }


def _batches(records: Iterable[dict[str, Any]], size: int = BATCH_ROWS
             ) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _arrow_tables(kind: str, records: Iterable[dict[str, Any]], schemas: dict[str, Any]
                  ) -> Iterator[Any]:
    """Arrow tables of the records, a batch at a time, all with the same schema.

    Known kinds use their explicit schema; top-level fields it does not know (a newer
    schema version) are kept as extra columns with inferred types. Other kinds (groups) are
    read whole and inferred.
    """
    import pyarrow as pa

    schema = schemas.get(kind)
    if schema is None:
        rows = list(records)
        if not rows:
            yield pa.table({c: pa.array([], pa.string()) for c in COLUMNS.get(kind, ["id"])})
            return
        try:
            table = pa.Table.from_pylist(rows)
            yield table.cast(_settled_schema(table.schema))
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
            # mixed shapes (a field that is a string here and an object there): nested
            # values become JSON strings rather than failing the export
            yield pa.Table.from_pylist([
                {k: _cell(v) if isinstance(v, dict | list) else v for k, v in r.items()}
                for r in rows])
        return
    extra_types: dict[str, Any] = {}
    produced = False
    for batch in _batches(records):
        table = pa.Table.from_pylist(batch, schema=schema)
        extra = [k for k in dict.fromkeys(k for r in batch for k in r) if k not in schema.names]
        for key in extra:
            values = [r.get(key) for r in batch]
            column = pa.array(values) if key not in extra_types else pa.array(
                values, type=extra_types[key])
            extra_types.setdefault(key, column.type)
            table = table.append_column(key, column)
        produced = True
        yield table
    if not produced:
        yield schema.empty_table()


_FLOAT_FIELDS = {"low", "high", "median", "value"}


def _settled_type(name: str, dtype: Any) -> Any:
    import pyarrow as pa

    if pa.types.is_struct(dtype):
        return pa.struct([pa.field(f.name, _settled_type(f.name, f.type)) for f in dtype])
    if pa.types.is_list(dtype):
        return pa.list_(_settled_type(name, dtype.value_type))
    if name in _FLOAT_FIELDS and (pa.types.is_null(dtype) or pa.types.is_integer(dtype)):
        return pa.float64()  # bounds: 30 in one record, 30.5 or null in the next
    if pa.types.is_null(dtype):
        return pa.string()  # null in every record: a typed column, not DuckDB's "NULL" type
    return dtype


def _settled_schema(schema: Any) -> Any:
    import pyarrow as pa

    return pa.schema([pa.field(f.name, _settled_type(f.name, f.type)) for f in schema])


def export_parquet(files: dict[str, Path], directory: Path) -> list[Path]:
    _require("pyarrow", "parquet")
    import pyarrow.parquet as pq

    schemas = arrow_schemas()
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, records in _sources(files):
        target = directory / f"{kind}.parquet"
        partial = directory / f".{kind}.parquet.partial"
        writer = None
        try:
            for table in _arrow_tables(kind, records(), schemas):
                if writer is None:
                    writer = pq.ParquetWriter(partial, table.schema)
                writer.write_table(table.cast(writer.schema))
        finally:
            if writer is not None:
                writer.close()
        os.replace(partial, target)
        written.append(target)
    return written


def export_duckdb(files: dict[str, Path], target: Path) -> Path:
    _require("pyarrow", "duckdb")
    duckdb = _require("duckdb", "duckdb")
    schemas = arrow_schemas()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    for leftover in (partial, partial.with_name(partial.name + ".wal")):
        leftover.unlink(missing_ok=True)
    con = duckdb.connect(str(partial))
    try:
        for kind, records in _sources(files):
            created = False
            for batch in _arrow_tables(kind, records(), schemas):
                con.register("claimex_batch", batch)
                if not created:
                    con.execute(f'CREATE TABLE "{kind}" AS SELECT * FROM claimex_batch')
                    created = True
                else:
                    con.execute(f'INSERT INTO "{kind}" SELECT * FROM claimex_batch')
                con.unregister("claimex_batch")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(partial, target)
    return target
