"""The commands over an OUTDIR that ``claimex extract`` wrote: ``report`` (one HTML page),
``export`` (CSV, Parquet, DuckDB) and ``reconcile`` (groups of claims about one event)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import orjson
import typer

from claimex.cli.common import fail, stderr_console
from claimex.errors import UsageError
from claimex.io.readers import ReadOptions


def report(
    outdir: Annotated[Path, typer.Argument(help="An OUTDIR written by `claimex extract`.")],
    output: Annotated[Path, typer.Option("--output", "-o",
                                         help="The HTML file to write.")] = Path("report.html"),
    inputs: Annotated[list[str] | None, typer.Option(
        "--inputs", "-i", help="The INPUT files/directories given to extract, to show the "
        "full texts. Repeatable.")] = None,
    text_key: Annotated[str, typer.Option("--text-key")] = "text",
    id_key: Annotated[str, typer.Option("--id-key")] = "id",
    max_documents: Annotated[int, typer.Option("--max-documents", min=1)] = 200,
    max_claims: Annotated[int, typer.Option("--max-claims", min=1)] = 10_000,
) -> None:
    """One self-contained HTML page: claims table, document tolls, highlighted texts, group
    charts."""
    from claimex.report import build_report

    try:
        path = build_report(outdir, output, inputs=inputs, max_documents=max_documents,
                            max_claims=max_claims,
                            read_options=ReadOptions(text_key=text_key, id_key=id_key))
    except UsageError as exc:
        raise fail(str(exc)) from None
    stderr_console().print(f"claimex: report -> {path}")


def export_records(
    outdir: Annotated[Path, typer.Argument(help="An OUTDIR written by `claimex extract`.")],
    to: Annotated[str, typer.Option("--to", help="csv | parquet | duckdb")] = "csv",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Directory (csv, parquet) or database file (duckdb); "
        "default inside OUTDIR.")] = None,
) -> None:
    """Export the records to CSV, Parquet or a DuckDB database."""
    from claimex.export import export

    try:
        for path in export(outdir, to, output):
            stderr_console().print(f"claimex: wrote {path}")
    except UsageError as exc:
        raise fail(str(exc)) from None


def reconcile_claims(
    outdir: Annotated[Path, typer.Argument(help="An OUTDIR written by `claimex extract`.")],
    settings: Annotated[list[str] | None, typer.Option(
        "--set", help="A grouping setting, key=value (JSON values), e.g. time_window_days=5. "
        "Repeatable.")] = None,
) -> None:
    """Group the claims that report the same event into OUTDIR/groups.jsonl."""
    from claimex.reconcile import ReconcileSettings, reconcile_outdir

    values = {}
    for item in settings or []:
        key, sep, raw = item.partition("=")
        if not sep:
            raise fail(f"--set {item!r}: expected key=value")
        try:
            values[key.strip()] = orjson.loads(raw)
        except orjson.JSONDecodeError:
            values[key.strip()] = raw
    try:
        path = reconcile_outdir(outdir, ReconcileSettings.from_dict(values))
    except UsageError as exc:
        raise fail(str(exc)) from None
    except (ValueError, TypeError) as exc:
        raise fail(f"reconcile settings: {exc}") from None
    except FileNotFoundError as exc:
        raise fail(f"no claims to reconcile: {exc}") from None
    stderr_console().print(f"claimex: groups -> {path}")
