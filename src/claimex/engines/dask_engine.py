"""``--engine dask``: the same extraction spread over a Dask cluster.

The main process reads the inputs and cuts them into shards of ``shard_size`` documents
(deterministically: the same inputs give the same shards). Each shard is one Dask task:
the worker builds the pipeline once per process (:func:`_worker_pipeline`, a per-process
cache; no spaCy object is ever pickled), runs :func:`claimex.extraction.extract` on the shard's
documents and writes the shard's four record files under ``OUTDIR/.shards/NNNNNN/``. A
failed task is retried by Dask (``retries``); a shard that still fails becomes error
records for its documents. When every shard is done, the shard files are concatenated in
shard order into the four files of OUTDIR (through ``.partial`` files, renamed at the end),
so the output equals a local run's line for line. With ``resume``, shards whose files are
complete are not run again.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from claimex import errors
from claimex.io.readers import InputDocument, InputFailure, InputItem
from claimex.io.writers import OUTPUT_FILES, RecordWriter
from claimex.records import DocumentRecord, ErrorRecord, text_sha256

SHARDS_DIR = ".shards"


@dataclass(slots=True)
class DaskSummary:
    """What a Dask run did: documents written, shards run, skipped and failed."""

    documents: int
    shards: int
    resumed: int
    failed_shards: list[int]
    errors: int


@functools.lru_cache(maxsize=4)
def _worker_pipeline(config: str, overrides_json: bytes) -> Any:
    """The pipeline of a config, built once per worker process."""
    from claimex.loading import load_pipeline

    return load_pipeline(config, orjson.loads(overrides_json))


def process_shard(shard_dir: str, items: list[InputItem], config: str,
                  overrides_json: bytes, batch_size: int | None) -> int:
    """Run one shard on a worker and write its records; returns the documents written."""
    from claimex.extraction import extract

    pipeline = _worker_pipeline(config, overrides_json)
    path = Path(shard_dir)
    if path.exists():
        shutil.rmtree(path)
    with RecordWriter(path) as writer:
        for result in extract(items, pipeline, batch_size=batch_size):
            writer.write_result(result.document, result.entities, result.claims,
                                result.errors, result.tolls)
    (path / "DONE").write_text(str(writer.counts["documents"]), encoding="utf-8")
    return writer.counts["documents"]


def shards(items: Iterable[InputItem], size: int) -> Iterator[list[InputItem]]:
    """Consecutive shards of ``size`` items."""
    shard: list[InputItem] = []
    for item in items:
        shard.append(item)
        if len(shard) == size:
            yield shard
            shard = []
    if shard:
        yield shard


def run(items: Iterable[InputItem], outdir: str | Path, config: str,
        overrides: dict[str, Any], *, scheduler: str | None = None, n_workers: int = 2,
        shard_size: int = 500, batch_size: int | None = None, resume: bool = False,
        retries: int = 2) -> DaskSummary:
    """Extract ``items`` into ``outdir`` on a Dask cluster (a LocalCluster without address).

    The caller holds OUTDIR's lock (:func:`claimex.io.outdir_lock.outdir_lock`; the CLI
    does) for the whole run, so that no other run writes the same files."""
    from dask.distributed import Client, LocalCluster, as_completed

    out = Path(outdir)
    shard_root = out / SHARDS_DIR
    if not resume and shard_root.exists():
        shutil.rmtree(shard_root)
    shard_root.mkdir(parents=True, exist_ok=True)
    overrides_json = orjson.dumps(overrides)
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        futures = {}
        shard_items: dict[int, list[InputItem]] = {}
        resumed = 0
        count = 0
        for index, shard in enumerate(shards(items, shard_size)):
            count += 1
            path = shard_root / f"{index:06d}"
            if resume and (path / "DONE").exists():
                resumed += 1
                continue
            shard_items[index] = shard
            future = client.submit(process_shard, str(path), shard, config, overrides_json,
                                   batch_size, retries=retries, pure=False)
            futures[future] = index
        failed: list[int] = []
        for future in as_completed(futures):
            index = futures[future]
            if future.status != "finished":
                failed.append(index)
                _write_failed_shard(shard_root / f"{index:06d}", shard_items[index],
                                    str(future.exception()))
            shard_items.pop(index, None)
        documents, error_count = _merge(out, shard_root, count)
        return DaskSummary(documents, count, resumed, sorted(failed), error_count)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _write_failed_shard(path: Path, items: list[InputItem], reason: str) -> None:
    """Error records for every document of a shard that failed on every try."""
    with RecordWriter(path) as writer:
        for item in items:
            message = f"the Dask task of this document's shard failed: {reason}"
            source = item.path if isinstance(item, InputDocument | InputFailure) else None
            document = DocumentRecord(
                doc_id=item.doc_id, path=source, url=None, title=None, published=None,
                published_source=None, text_sha256=text_sha256(""), chars=0, sections=[],
                warnings=[f"{errors.PROCESSING_FAILED}: {message}"],
            )
            error = ErrorRecord(errors.PROCESSING_FAILED, message, source, item.line,
                                item.doc_id)
            writer.write_result(document, [], [], [error])
    (path / "DONE").write_text("failed", encoding="utf-8")


def _merge(out: Path, shard_root: Path, count: int) -> tuple[int, int]:
    """Concatenate the shard files in shard order into OUTDIR's four files, atomically."""
    totals = dict.fromkeys(OUTPUT_FILES, 0)
    for kind, name in OUTPUT_FILES.items():
        partial = out / f".{name}.partial"
        with partial.open("wb") as target:
            for index in range(count):
                source = shard_root / f"{index:06d}" / name
                if source.exists():
                    with source.open("rb") as handle:
                        for line in handle:
                            target.write(line)
                            totals[kind] += 1
        partial.replace(out / name)
    return totals["documents"], totals["errors"]


