"""Typer commands. Each one parses arguments, calls the library and maps errors to exit codes."""

from __future__ import annotations

import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import orjson
import typer
from rich.console import Console
from rich.markup import escape

from claimex.errors import UsageError
from claimex.io.outdir_lock import outdir_lock
from claimex.io.readers import ReadOptions, normalise_published, read_inputs
from claimex.io.writers import RecordWriter
from claimex.startup import skip_unused_torch

if TYPE_CHECKING:
    from claimex import api

FLUSH_EVERY = 64  # documents between flushes of the output files

app = typer.Typer(
    name="claimex",
    help="Entities and sourced quantitative claims from news, press releases and comments.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ConfigOption = Annotated[str, typer.Option(
    "--config", "-c",
    help="A spaCy config file, or 'default' (English model), 'rules' (no model), 'trf' "
         "(a transformer pipeline).")]
SetOption = Annotated[list[str] | None, typer.Option(
    "--set", help="Override a config value, as spaCy's CLI does: section.key=value. Repeatable.")]


def _stderr() -> Console:
    return Console(stderr=True, highlight=False)


def _fail(message: str, code: int = 2) -> typer.Exit:
    _stderr().print(f"[bold red]claimex: error:[/] {escape(message)}", markup=True)
    return typer.Exit(code)


def _load(config: str, overrides: list[str] | None, gpu: int = -1) -> api.Pipeline:
    """The pipeline, on GPU ``gpu`` if asked. spaCy is first imported here, not when the
    CLI starts, so that :func:`skip_unused_torch` can still keep torch out."""
    skip_unused_torch(config, overrides, gpu)
    from claimex import api
    from claimex.gpu import use_gpu

    use_gpu(gpu)
    try:
        return api.load_pipeline(config, api.parse_overrides(overrides or []))
    except UsageError as exc:
        raise _fail(str(exc)) from None


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(
        help="Files (.txt, .jsonl), directories (searched recursively) or - for stdin.",
        show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output directory.")],
    config: ConfigOption = "default",
    overrides: SetOption = None,
    text_key: Annotated[str, typer.Option(help="JSONL key holding the text.")] = "text",
    id_key: Annotated[str, typer.Option(help="JSONL key holding the document id.")] = "id",
    published: Annotated[str | None, typer.Option(
        help="Publication date for documents that do not give one: YYYY, YYYY-MM, "
        "YYYY-MM-DD or an ISO date-time (kept at the granularity given).")] = None,
    n_process: Annotated[int, typer.Option(
        min=1, help="Worker processes, each running the whole extraction of chunks of "
        "documents.")] = 1,
    batch_size: Annotated[int | None, typer.Option(
        min=1, help="Texts per batch (default: the config's nlp.batch_size).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    resume: Annotated[bool, typer.Option(
        help="Keep the complete documents of an earlier or stopped run in OUTDIR and skip "
             "them.")] = False,
    engine: Annotated[str, typer.Option(help="local, or dask (a Dask cluster).")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address (tcp://host:8786); default: a LocalCluster.")] = None,
    shard_size: Annotated[int, typer.Option(min=1, help="Documents per Dask task.")] = 500,
    gpu: Annotated[int, typer.Option(
        "--gpu", metavar="N", help="Run the model on GPU N (needs CuPy and a CUDA build of "
        "torch); falls back to the CPU with a warning. -1: CPU.")] = -1,
) -> None:
    """Extract entities and claims from INPUT into OUTDIR (documents, entities, claims, errors)."""
    if published is not None:
        given, published = published, normalise_published(published)
        if published is None:
            raise _fail(f"--published {given!r} is not a date: give YYYY, YYYY-MM, YYYY-MM-DD "
                        "or an ISO date-time")
    if output.exists() and not output.is_dir():
        raise _fail(f"output {str(output)!r} exists and is not a directory")
    if engine not in ("local", "dask"):
        raise _fail(f"--engine {engine!r}: choose local or dask")
    if gpu >= 0 and (n_process > 1 or engine == "dask"):
        raise _fail("--gpu runs in one local process: leave out --n-process and --engine dask")
    with ExitStack() as held:
        try:
            held.enter_context(outdir_lock(output))
        except UsageError as exc:
            raise _fail(str(exc)) from None
        pipeline = _load(config, overrides, gpu)
        options = ReadOptions(text_key=text_key, id_key=id_key, published=published)
        if engine == "dask":
            _extract_dask(inputs, output, config, overrides, options, scheduler, n_process,
                          shard_size, batch_size, resume, quiet)
            return
        _extract_local(inputs, output, pipeline, options, n_process, batch_size, resume, quiet)


def _extract_local(inputs: list[str], output: Path, pipeline: api.Pipeline,
                   options: ReadOptions, n_process: int, batch_size: int | None, resume: bool,
                   quiet: bool) -> None:
    """The local engines: one process, or ``n_process`` worker processes."""
    from claimex import api

    items = read_inputs(inputs, options, stdin=sys.stdin.buffer)
    started = time.perf_counter()
    try:
        first = next(items, None)
    except UsageError as exc:
        raise _fail(str(exc)) from None
    stream = _chain(first, items)
    failed = 0
    words = 0
    show_progress = not quiet and sys.stderr.isatty()
    # Worker processes fork: no refresh thread may hold a lock then, so the bar redraws
    # as results come in instead.
    refresh_thread = n_process == 1
    with RecordWriter(output, resume=resume) as writer, \
            _progress(show_progress, refresh_thread) as progress:
        if writer.done:
            stream = (item for item in stream if item.doc_id not in writer.done)
        task = progress.add_task("extracting", total=None, entities=0, claims=0, errors=0,
                                 wps=0) if progress else None
        for result in api.extract_encoded(stream, pipeline, batch_size=batch_size,
                                          n_process=n_process):
            writer.write_encoded(result)
            failed += bool(result.counts["errors"])
            words += result.chars // 6
            if writer.counts["documents"] % FLUSH_EVERY == 0:
                writer.flush()
            if progress is not None and task is not None:
                elapsed = max(time.perf_counter() - started, 1e-6)
                progress.update(task, advance=1, refresh=not refresh_thread,
                                entities=writer.counts["entities"],
                                claims=writer.counts["claims"], errors=writer.counts["errors"],
                                wps=int(words / elapsed))
    elapsed = time.perf_counter() - started
    counts = writer.counts
    if not quiet:
        _stderr().print(
            f"claimex: {counts['documents']:,} documents ({failed:,} with errors), "
            f"{counts['entities']:,} entities, {counts['claims']:,} claims "
            f"in {elapsed:.1f} s -> {output}"
        )
    if failed or counts["errors"]:
        raise typer.Exit(1)


def _extract_dask(inputs: list[str], output: Path, config: str, overrides: list[str] | None,
                  options: ReadOptions, scheduler: str | None, n_workers: int,
                  shard_size: int, batch_size: int | None, resume: bool, quiet: bool) -> None:
    """``--engine dask``: shards on a Dask cluster (see :mod:`claimex.engines.dask_engine`)."""
    from claimex import api

    try:
        from claimex.engines import dask_engine
    except ImportError:
        raise _fail("--engine dask needs Dask: pip install 'claimex[dask]'") from None
    items = read_inputs(inputs, options, stdin=sys.stdin.buffer)
    started = time.perf_counter()
    try:
        first = next(items, None)
        worker_config = config if config in api.BUILTIN_CONFIGS else str(Path(config).resolve())
        summary = dask_engine.run(
            _chain(first, items), output, worker_config, api.parse_overrides(overrides or []),
            scheduler=scheduler, n_workers=max(n_workers, 2), shard_size=shard_size,
            batch_size=batch_size, resume=resume)
    except UsageError as exc:
        raise _fail(str(exc)) from None
    if not quiet:
        _stderr().print(
            f"claimex: {summary.documents:,} documents in {summary.shards} shards on Dask "
            f"({summary.resumed} resumed, {len(summary.failed_shards)} failed), "
            f"{summary.errors:,} errors in {time.perf_counter() - started:.1f} s -> {output}")
    if summary.errors or summary.failed_shards:
        raise typer.Exit(1)


def _chain(first, rest):
    if first is not None:
        yield first
    yield from rest


class _NoProgress:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def _progress(enabled: bool, auto_refresh: bool = True):
    if not enabled:
        return _NoProgress()
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(), TextColumn("{task.completed:,} docs"), BarColumn(),
        TextColumn("~{task.fields[wps]:,} words/s"),
        TextColumn("{task.fields[entities]:,} entities"),
        TextColumn("{task.fields[claims]:,} claims"),
        TextColumn("{task.fields[errors]:,} errors"), TimeElapsedColumn(),
        console=_stderr(), transient=False, auto_refresh=auto_refresh,
    )


@app.command()
def info(
    config: ConfigOption = "default",
    overrides: SetOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    gpu: Annotated[int, typer.Option("--gpu", metavar="N", help="Load on GPU N.")] = -1,
) -> None:
    """Versions, the pipeline's components and where its model was loaded from."""
    pipeline = _load(config, overrides, gpu)
    from claimex import api

    details = api.pipeline_info(pipeline)
    if as_json:
        sys.stdout.write(orjson.dumps(details, option=orjson.OPT_INDENT_2).decode() + "\n")
        return
    console = Console(highlight=False, soft_wrap=True)
    console.print(f"claimex   {details['claimex']}")
    console.print(f"spaCy     {details['spacy']}")
    console.print(f"config    {details['config']} ({details['config_path']}, "
                  f"hash {details['config_hash']})")
    model = details["model"]
    console.print("model     " + (f"{model['name']} {model['version']} from {model['path']}"
                                  + (" (installed package)" if model["from_package"]
                                     else " (pipeline directory)")
                                  if model else "none (rules only)"))
    console.print(f"device    {details['device']}")
    if details["transformers"]:
        console.print(f"transformer {', '.join(details['transformers'])}")
    console.print("pipeline")
    for component in details["components"]:
        origin = f"sourced from {component['source']}" if component["source"] else "claimex/spaCy"
        console.print(f"  {component['name']:<20} {component['factory']:<20} {origin}")


@app.command()
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
        raise _fail(f"--outdir works for {' and '.join(runner.OUTDIR_KINDS)}, not {kind}")
    try:
        datasets.resolve_data(kind, data)
    except UsageError as exc:
        raise _fail(str(exc)) from None
    if outdirs and save:
        raise _fail("--save writes extracted records: it cannot go with --outdir")
    if split == "check" and show_errors:
        raise _fail("--show-errors reads the misses, which the check half keeps unread: use "
                    "--split tune to read errors, --split check for the score alone")
    if kind in runner.FOLDER_SPLIT_KINDS and show_errors and split != "train":
        raise _fail(f"--show-errors lists {kind} misses on the train split only (the dev "
                    f"split is for checking scores, never for reading its errors): add "
                    f"--split train")
    pipeline = None if outdirs else _load(config, overrides)
    show_progress = not quiet and sys.stderr.isatty()
    with _EvalProgress(show_progress) as tick:
        try:
            report = runner.evaluate(kind, data=data, pipeline=pipeline, outdirs=outdirs,
                                     limit=limit, batch_size=batch_size, save=save,
                                     skip_unsupported=skip_unsupported, split=split,
                                     on_document=tick)
        except UsageError as exc:
            raise _fail(str(exc)) from None
    if as_json:
        sys.stdout.write(orjson.dumps(report.to_dict(max_misses=show_errors),
                                      option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        _print_report(report, show_errors)
    if not quiet:
        _stderr().print(f"claimex: evaluated {report.documents:,} documents ({kind}) in "
                        f"{report.seconds:.1f} s; {report.source}")


class _EvalProgress:
    """A spinner on stderr counting scored documents; entering gives the per-document tick."""

    def __init__(self, enabled: bool):
        self._progress = None
        if enabled:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(), TextColumn("{task.completed:,} documents scored"),
                TimeElapsedColumn(), console=_stderr(), transient=True)

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


@app.command()
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
    """One self-contained HTML page: claims table, highlighted texts, group charts."""
    from claimex.report import build_report

    try:
        path = build_report(outdir, output, inputs=inputs, max_documents=max_documents,
                            max_claims=max_claims,
                            read_options=ReadOptions(text_key=text_key, id_key=id_key))
    except UsageError as exc:
        raise _fail(str(exc)) from None
    _stderr().print(f"claimex: report -> {path}")


@app.command("export")
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
            _stderr().print(f"claimex: wrote {path}")
    except UsageError as exc:
        raise _fail(str(exc)) from None


@app.command("reconcile")
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
            raise _fail(f"--set {item!r}: expected key=value")
        try:
            values[key.strip()] = orjson.loads(raw)
        except orjson.JSONDecodeError:
            values[key.strip()] = raw
    try:
        path = reconcile_outdir(outdir, ReconcileSettings.from_dict(values))
    except UsageError as exc:
        raise _fail(str(exc)) from None
    except (ValueError, TypeError) as exc:
        raise _fail(f"reconcile settings: {exc}") from None
    except FileNotFoundError as exc:
        raise _fail(f"no claims to reconcile: {exc}") from None
    _stderr().print(f"claimex: groups -> {path}")
