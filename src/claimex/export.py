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
read each file twice too (the fields a newer schema added, then batches of ``BATCH_ROWS``
records), so memory does not grow with the corpus and a field that first appears late in a
file is a column of every batch. Every
output is written to a temporary name and renamed when complete.

The writers: :mod:`claimex.export_csv` (CSV, ``casualties_acled.csv``),
:mod:`claimex.export_arrow` (Parquet, DuckDB); the record files, tables and columns they
share: :mod:`claimex.export_records`.
"""

from __future__ import annotations

from pathlib import Path

from claimex.errors import UsageError
from claimex.export_arrow import export_duckdb, export_parquet
from claimex.export_csv import export_csv
from claimex.export_records import record_files

FORMATS = ("csv", "parquet", "duckdb")


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

