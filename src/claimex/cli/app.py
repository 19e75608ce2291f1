"""Typer commands. Each one parses arguments, calls the library and maps errors to exit codes."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console

from claimex import api
from claimex.errors import UsageError
from claimex.io.readers import ReadOptions, read_inputs
from claimex.io.writers import RecordWriter

FLUSH_EVERY = 64  # documents between flushes of the output files

app = typer.Typer(
    name="claimex",
    help="Entities and sourced quantitative claims from news, press releases and comments.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ConfigOption = Annotated[str, typer.Option(
    "--config", "-c", help="A spaCy config file, or 'default' (English model) / 'rules' (none).")]
SetOption = Annotated[list[str] | None, typer.Option(
    "--set", help="Override a config value, as spaCy's CLI does: section.key=value. Repeatable.")]


def _stderr() -> Console:
    return Console(stderr=True, highlight=False)


def _fail(message: str, code: int = 2) -> typer.Exit:
    _stderr().print(f"[bold red]claimex: error:[/] {message}", markup=True)
    return typer.Exit(code)


def _load(config: str, overrides: list[str] | None) -> api.Pipeline:
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
        help="Publication date (YYYY-MM-DD) for documents that do not give one.")] = None,
    n_process: Annotated[int, typer.Option(min=1, help="Processes for nlp.pipe.")] = 1,
    batch_size: Annotated[int | None, typer.Option(
        min=1, help="Texts per batch (default: the config's nlp.batch_size).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract entities and claims from INPUT into OUTDIR (documents, entities, claims, errors)."""
    if published is not None:
        try:
            published = dt.date.fromisoformat(published).isoformat()
        except ValueError:
            raise _fail(f"--published {published!r} is not a YYYY-MM-DD date") from None
    if output.exists() and not output.is_dir():
        raise _fail(f"output {str(output)!r} exists and is not a directory")
    pipeline = _load(config, overrides)
    options = ReadOptions(text_key=text_key, id_key=id_key, published=published)
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
    with RecordWriter(output) as writer, _progress(show_progress) as progress:
        task = progress.add_task("extracting", total=None, entities=0, claims=0, errors=0,
                                 wps=0) if progress else None
        for result in api.extract(stream, pipeline, batch_size=batch_size, n_process=n_process):
            writer.write("documents", [result.document])
            writer.write("entities", result.entities)
            writer.write("claims", result.claims)
            writer.write("errors", result.errors)
            failed += bool(result.errors)
            words += result.document.chars // 6
            if writer.counts["documents"] % FLUSH_EVERY == 0:
                writer.flush()
            if progress is not None and task is not None:
                elapsed = max(time.perf_counter() - started, 1e-6)
                progress.update(task, advance=1, entities=writer.counts["entities"],
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
    if failed:
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


def _progress(enabled: bool):
    if not enabled:
        return _NoProgress()
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(), TextColumn("{task.completed:,} docs"), BarColumn(),
        TextColumn("~{task.fields[wps]:,} words/s"),
        TextColumn("{task.fields[entities]:,} entities"),
        TextColumn("{task.fields[claims]:,} claims"),
        TextColumn("{task.fields[errors]:,} errors"), TimeElapsedColumn(),
        console=_stderr(), transient=False,
    )


@app.command()
def info(
    config: ConfigOption = "default",
    overrides: SetOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Versions, the pipeline's components and where its model was loaded from."""
    details = api.pipeline_info(_load(config, overrides))
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
                                  if model else "none (rules only)"))
    console.print("pipeline")
    for component in details["components"]:
        origin = f"sourced from {component['source']}" if component["source"] else "claimex/spaCy"
        console.print(f"  {component['name']:<20} {component['factory']:<20} {origin}")
