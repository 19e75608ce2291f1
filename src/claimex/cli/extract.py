"""``claimex extract``: INPUT to OUTDIR, locally (one or more processes) or on Dask."""

from __future__ import annotations

import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimex.cli.common import ConfigOption, SetOption, fail, load_pipeline, stderr_console
from claimex.errors import UsageError
from claimex.io.outdir_lock import outdir_lock
from claimex.io.readers import ReadOptions, normalise_published, read_inputs
from claimex.io.writers import RecordWriter

if TYPE_CHECKING:
    from claimex import api

FLUSH_EVERY = 64  # documents between flushes of the output files



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
            raise fail(f"--published {given!r} is not a date: give YYYY, YYYY-MM, YYYY-MM-DD "
                        "or an ISO date-time")
    if output.exists() and not output.is_dir():
        raise fail(f"output {str(output)!r} exists and is not a directory")
    if engine not in ("local", "dask"):
        raise fail(f"--engine {engine!r}: choose local or dask")
    if gpu >= 0 and (n_process > 1 or engine == "dask"):
        raise fail("--gpu runs in one local process: leave out --n-process and --engine dask")
    with ExitStack() as held:
        try:
            held.enter_context(outdir_lock(output))
        except UsageError as exc:
            raise fail(str(exc)) from None
        pipeline = load_pipeline(config, overrides, gpu)
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
        raise fail(str(exc)) from None
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
        stderr_console().print(
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
        raise fail("--engine dask needs Dask: pip install 'claimex[dask]'") from None
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
        raise fail(str(exc)) from None
    if not quiet:
        stderr_console().print(
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
        console=stderr_console(), transient=False, auto_refresh=auto_refresh,
    )
