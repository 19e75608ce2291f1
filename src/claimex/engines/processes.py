"""``--n-process N``: the whole per-document work in N worker processes on this machine.

spaCy's own ``nlp.pipe(n_process=N)`` runs only the pipeline in its workers: the parent
still segments the pages, tokenizes every chunk (``make_doc``), receives every ``Doc``
back (pickled) and builds and serialises the records, so on two cores the parent is the
bottleneck. Here each worker does everything :func:`claimex.extraction.extract` does for a chunk
of documents (pages, pipeline, records, and with ``encode`` the JSON lines) and sends back
plain data; the parent only reads the inputs, hands out chunks and yields results in input
order, with at most ``4 * N`` chunks in flight so memory stays bounded while the oldest
chunk still running does not leave the other workers idle.

Workers get the pipeline without building it again where the platform forks (Linux): they
inherit the parent's, copy-on-write, so the caller should have no other threads running
(the CLI's progress bar then draws without its refresh thread). Elsewhere each worker
builds it once from the config and overrides the parent's was loaded from. The output
equals one process's, line for line.

A chunk that raises in a worker becomes ``processing_failed`` records for its documents,
and the run goes on. A worker that dies (a crash, the OOM killer) breaks the pool: a new
one is started and the chunks that were in flight are run again one at a time, so only the
chunk that brings a worker down again is lost.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

from claimex.assemble.results import encode_result, failed_result
from claimex.extraction import extract
from claimex.io.readers import InputItem
from claimex.loading import Pipeline, load_pipeline

CHUNK_DOCUMENTS = 16
IN_FLIGHT_PER_PROCESS = 4  # chunks handed out per worker: a slow chunk stalls no one

_pipeline: Pipeline | None = None  # the worker's pipeline: inherited under fork, else built once
_batch_size: int | None = None


def _start_worker(spec: tuple[str, dict[str, Any]] | None, batch_size: int | None) -> None:
    """Pool initializer: build the pipeline unless it was inherited; leave Ctrl-C to the
    parent, which stops the pool."""
    global _pipeline, _batch_size
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _batch_size = batch_size
    if _pipeline is None:
        if spec is None:
            raise RuntimeError("this pipeline was not loaded from a config: it can only be "
                               "shared with worker processes that fork")
        _pipeline = load_pipeline(*spec)


def _run_chunk(items: list[InputItem], encode: bool) -> list[Any]:
    assert _pipeline is not None
    results = extract(items, _pipeline, batch_size=_batch_size)
    return [encode_result(r) for r in results] if encode else list(results)


def run(items: Iterable[InputItem], pipeline: Pipeline, *, n_process: int,
        batch_size: int | None = None, encode: bool = False,
        chunk_size: int = CHUNK_DOCUMENTS, start_method: str | None = None) -> Iterator[Any]:
    """Results (``DocumentResult``, or ``EncodedResult`` with ``encode``) for ``items``, in
    input order, from ``n_process`` worker processes (started with ``start_method``: by
    default ``fork`` where the platform has it, else ``spawn``)."""
    global _pipeline
    if start_method is None:
        start_method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    forks = start_method == "fork"
    context = multiprocessing.get_context(start_method)
    spec = (pipeline.config, pipeline.overrides) if pipeline.config else None

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(n_process, mp_context=context, initializer=_start_worker,
                                   initargs=(spec, batch_size))

    iterator = iter(items)
    in_flight: deque[tuple[list[InputItem], Future, bool]] = deque()  # bool: run alone
    retry: deque[list[InputItem]] = deque()
    previous, _pipeline = _pipeline, (pipeline if forks else None)
    pool = new_pool()
    try:
        while True:
            while not retry and len(in_flight) < IN_FLIGHT_PER_PROCESS * n_process:
                chunk = list(islice(iterator, chunk_size))
                if not chunk:
                    break
                in_flight.append((chunk, pool.submit(_run_chunk, chunk, encode), False))
            if retry and not in_flight:
                chunk = retry.popleft()
                in_flight.append((chunk, pool.submit(_run_chunk, chunk, encode), True))
            if not in_flight:
                return
            chunk, future, alone = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                pool = new_pool()
                if alone:  # it broke the pool on its own: this chunk is the cause
                    yield from _failed(chunk, "a worker process died on this chunk", encode)
                    continue
                retry.extend([chunk, *(c for c, _, _ in in_flight)])
                in_flight.clear()
                continue
            except Exception as exc:
                reason = f"{type(exc).__name__}: {exc}".strip()
                yield from _failed(chunk, f"a worker process failed on this chunk ({reason})",
                                   encode)
                continue
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _pipeline = previous


def _failed(chunk: list[InputItem], reason: str, encode: bool) -> Iterator[Any]:
    for item in chunk:
        result = failed_result(item, reason)
        yield encode_result(result) if encode else result
