"""``claimex evaluate``: score claims against gold data and print the table."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console

from claimex.cli.common import ConfigOption, SetOption, fail, load_pipeline, stderr_console
from claimex.errors import UsageError


def evaluate(
    kind: Annotated[str, typer.Argument(
        help="What to score: isaf, idetect, recognizers, recognizers-dates, quantulum3, news, "
        "realpages, tempeval or polnear.",
        metavar="KIND",
        show_default=False)],
    data: Annotated[Path | None, typer.Option(
        "--data", help="Gold file or folder (default: the KIND's folder or file under "
        "../shared/corpora, relative to the current directory).", show_default=False)] = None,
    config: ConfigOption = "default",
    overrides: SetOption = None,
    outdirs: Annotated[list[Path] | None, typer.Option(
        "--outdir", help="Score this `claimex extract` output instead of extracting "
        "(isaf, idetect). Repeatable.", show_default=False)] = None,
    save: Annotated[Path | None, typer.Option(
        "--save", help="Also write the extracted records to this directory (an OUTDIR).",
        show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    show_errors: Annotated[int, typer.Option(
        "--show-errors", min=0, metavar="N", help="List the first N misses of each field.")] = 0,
    limit: Annotated[int | None, typer.Option(
        "--limit", min=1, metavar="N", help="Only the first N documents of each gold file.",
        show_default=False)] = None,
    batch_size: Annotated[int | None, typer.Option(
        min=1, help="Texts per batch (default: the config's nlp.batch_size).",
        show_default=False)] = None,
    split: Annotated[str, typer.Option(
        "--split", metavar="tune|check|train|dev|all", help="Score one half of the set: tune "
        "(read its errors) or check (read only its score); halves are fixed by a hash of "
        "each document id. polnear: train or dev (its folders; --show-errors on train "
        "only).")] = "all",
    skip_unsupported: Annotated[bool, typer.Option(
        "--skip-unsupported", help="recognizers, recognizers-dates: also skip the cases "
        "the spec marks NotSupported for python.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
) -> None:
    """Score claims against gold data and print a table (exit 0 whatever the scores).

    isaf: killed/captured counts and event dates of ISAF press releases. idetect:
    displacement figures (recall, precision, F1). recognizers: Recognizers-Text number,
    range, percent, currency, dimension, age and temperature specs (English prose cases).
    recognizers-dates: DATE entities (span and ISO value) on the date and date-range
    results of the Recognizers-Text DateTime spec, each case published on its reference
    date; cases marked NotSupportedByDesign for python are skipped and NotSupported ones
    scored apart. quantulum3: values of quantities with units, and malformed inputs that
    must not crash. news: value precision, recall and F1 on the project's own news
    sentences (tests/data/news_quantities.jsonl, the default; run from the repository).
    tempeval: DATE entities as TIMEX3 (TimeML .tml files, each published on its DCT):
    strict and relaxed span P/R/F1, value accuracy and value F1 per TIMEX3 type, as
    TempEval-3's scorer computes them.
    polnear: who says so, on PolNeAR's political news (brat standoff): speaker accuracy of
    the claims inside gold attributed content, coverage of the content spans holding a
    digit, and the attribution kinds; --split train or dev (default: both).

    By default the gold documents are extracted with -c/--set; --save DIR keeps those
    records. For isaf and idetect, --outdir scores an existing OUTDIR instead, matching
    documents by doc_id: either the ids evaluate gives (isaf:LINE,
    idetect:FILE:EXCERPT_ID, idetect:FILE:LINE where a row has no excerpt_id), as --save
    writes them, or the STEM:LINE ids that `claimex extract` gives the gold rows. So:
    `claimex extract ../shared/corpora/isaf-dev/isaf_dev.jsonl -o out/isaf` then
    `claimex evaluate isaf --outdir out/isaf`; for idetect extract each file with its text
    key (--text-key excerpt for idetect_test.derived.jsonl, --text-key Excerpt for
    idmc_fully_labelled.derived.jsonl) and give both OUTDIRs. Documents whose text differs
    from the gold (text_sha256) or that are absent count as having no claims.
    """
    from claimex.evaluate import datasets, runner

    if kind in datasets.KINDS and outdirs and kind not in runner.OUTDIR_KINDS:
        raise fail(f"--outdir works for {' and '.join(runner.OUTDIR_KINDS)}, not {kind}")
    try:
        datasets.resolve_data(kind, data)
    except UsageError as exc:
        raise fail(str(exc)) from None
    if outdirs and save:
        raise fail("--save writes extracted records: it cannot go with --outdir")
    if split == "check" and show_errors:
        raise fail("--show-errors reads the misses, which the check half keeps unread: use "
                    "--split tune to read errors, --split check for the score alone")
    if kind in runner.FOLDER_SPLIT_KINDS and show_errors and split != "train":
        raise fail(f"--show-errors lists {kind} misses on the train split only (the dev "
                    f"split is for checking scores, never for reading its errors): add "
                    f"--split train")
    pipeline = None if outdirs else load_pipeline(config, overrides)
    show_progress = not quiet and sys.stderr.isatty()
    with _EvalProgress(show_progress) as tick:
        try:
            report = runner.evaluate(kind, data=data, pipeline=pipeline, outdirs=outdirs,
                                     limit=limit, batch_size=batch_size, save=save,
                                     skip_unsupported=skip_unsupported, split=split,
                                     on_document=tick)
        except UsageError as exc:
            raise fail(str(exc)) from None
    if as_json:
        sys.stdout.write(orjson.dumps(report.to_dict(max_misses=show_errors),
                                      option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        _print_report(report, show_errors)
    if not quiet:
        stderr_console().print(f"claimex: evaluated {report.documents:,} documents ({kind}) in "
                        f"{report.seconds:.1f} s; {report.source}")


class _EvalProgress:
    """A spinner on stderr counting scored documents; entering gives the per-document tick."""

    def __init__(self, enabled: bool):
        self._progress = None
        if enabled:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(), TextColumn("{task.completed:,} documents scored"),
                TimeElapsedColumn(), console=stderr_console(), transient=True)

    def __enter__(self):
        if self._progress is None:
            return None
        self._progress.__enter__()
        task = self._progress.add_task("evaluating", total=None)
        return lambda: self._progress.advance(task)

    def __exit__(self, *exc):
        if self._progress is not None:
            self._progress.__exit__(*exc)
        return False


_HEADERS = {"n": "n", "claims_correct": "claims ok", "f1": "F1", "span_recall": "span recall",
            "value_accuracy": "value acc.", "empty_cases": "empty cases",
            "fp_cases": "FP cases"}


def _cell(value):
    from rich.text import Text

    if value is None:
        return Text("–", style="dim")
    if isinstance(value, float):
        return Text(f"{value:.3f}")
    if isinstance(value, int):
        return Text(f"{value:,}")
    return Text(str(value))


def _print_report(report, show_errors: int) -> None:
    """The report as a rich table on stdout, then notes and the first misses per field."""
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = max(console.width, 160)
    columns: list[str] = []
    for row in report.rows:
        columns += [key for key in row if key not in columns]
    console.print(Text(f"claimex evaluate {report.kind}: {report.documents:,} documents from "
                       f"{report.data}; {report.source}", style="bold"))
    table = Table()
    for key in columns:
        label = key in ("field", "subset")
        table.add_column(_HEADERS.get(key, key.replace("_", " ")), no_wrap=label,
                         min_width=len(max((str(r.get(key, "")) for r in report.rows),
                                           key=len)) if label else None,
                         justify="left" if label else "right")
    for row in report.rows:
        table.add_row(*(_cell(row.get(key)) for key in columns))
    console.print(table)
    for note in report.notes:
        console.print(Text(f"note: {note}"))
    if not show_errors:
        return
    for name, misses in report.misses.items():
        console.print(Text(f"\n{name}: first {min(show_errors, len(misses))} of "
                           f"{len(misses):,} misses", style="bold"))
        for miss in misses[:show_errors]:
            console.print(Text(f"  {miss['key']}  gold {miss['gold']!s}  predicted "
                               f"{miss['predicted']!s}\n      {miss['excerpt']}"))
