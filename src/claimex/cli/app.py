"""The typer app: one command per module (:mod:`~claimex.cli.extract`,
:mod:`~claimex.cli.info`, :mod:`~claimex.cli.evaluate`, and :mod:`~claimex.cli.outdir` for
report, export and reconcile). Each command parses arguments, calls the library and maps
errors to exit codes."""

from __future__ import annotations

import typer

from claimex.cli.common import ConfigOption, SetOption, fail, load_pipeline, stderr_console
from claimex.cli.evaluate import evaluate
from claimex.cli.extract import FLUSH_EVERY, extract
from claimex.cli.info import info
from claimex.cli.outdir import export_records, reconcile_claims, report

app = typer.Typer(
    name="claimex",
    help="Entities and sourced quantitative claims from news, press releases and comments.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

app.command()(extract)
app.command()(info)
app.command()(evaluate)
app.command()(report)
app.command("export")(export_records)
app.command("reconcile")(reconcile_claims)

__all__ = ["FLUSH_EVERY", "ConfigOption", "SetOption", "app", "evaluate", "export_records",
           "extract", "fail", "info", "load_pipeline", "reconcile_claims", "report",
           "stderr_console"]
