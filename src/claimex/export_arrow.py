"""Parquet files and a DuckDB database of an OUTDIR's records, through Arrow tables
(``pip install 'claimex[export]'``: pyarrow, and duckdb for the database); the formats are
described in :mod:`claimex.export`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from claimex.errors import UsageError
from claimex.export_records import COLUMNS, cell_text, record_sources

BATCH_ROWS = 20_000
EXTRA_HINT = "pip install 'claimex[export]'"


class MissingDependencyError(UsageError):
    """An export format needs a library that is not installed."""


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


def _batches(records: Iterable[dict[str, Any]], size: int
             ) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extra_fields(records: Iterable[dict[str, Any]], schema: Any) -> dict[str, Any]:
    """The top-level fields of the records that ``schema`` does not know (a newer schema
    version's), in the order they first appear, each with the Arrow type of its first
    non-null value: read over every record first, so that every batch carries the same
    columns, even where a field first appears after the first batch.

        >>> import pyarrow as pa
        >>> schema = pa.schema([("id", pa.string())])
        >>> _extra_fields([{"id": "c1"}, {"id": "c2", "confidence": 0.5}], schema)
        {'confidence': DataType(double)}
    """
    import pyarrow as pa

    fields: dict[str, Any] = {}
    for record in records:
        for key, value in record.items():
            if key in schema.names:
                continue
            if value is not None and (key not in fields or pa.types.is_null(fields[key])):
                fields[key] = pa.array([value]).type
            else:
                fields.setdefault(key, pa.null())
    return {key: pa.string() if pa.types.is_null(dtype) else dtype
            for key, dtype in fields.items()}


def _arrow_tables(kind: str, records: Callable[[], Iterable[dict[str, Any]]],
                  schemas: dict[str, Any]) -> Iterator[Any]:
    """Arrow tables of the records (``records()`` gives them; it is called twice for a
    known kind), a batch at a time, all with the same schema.

    Known kinds use their explicit schema; top-level fields it does not know (a newer
    schema version) are kept as extra columns typed by their first non-null value
    (:func:`_extra_fields`), null in the records that lack them. Other kinds (groups) are
    read whole and inferred.
    """
    import pyarrow as pa

    schema = schemas.get(kind)
    if schema is None:
        rows = list(records())
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
                {k: cell_text(v) if isinstance(v, dict | list) else v for k, v in r.items()}
                for r in rows])
        return
    extra = _extra_fields(records(), schema)
    produced = False
    for batch in _batches(records(), BATCH_ROWS):
        table = pa.Table.from_pylist(batch, schema=schema)
        for key, dtype in extra.items():
            table = table.append_column(key, pa.array([r.get(key) for r in batch], type=dtype))
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
    for kind, records in record_sources(files):
        target = directory / f"{kind}.parquet"
        partial = directory / f".{kind}.parquet.partial"
        writer = None
        try:
            for table in _arrow_tables(kind, records, schemas):
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
        for kind, records in record_sources(files):
            created = False
            for batch in _arrow_tables(kind, records, schemas):
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
