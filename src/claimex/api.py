"""The library's front door: load a pipeline from a config, turn documents into records.

The CLI is a thin layer over these functions; so is any other front end::

    from claimex.api import load_pipeline, extract
    from claimex.io.readers import read_inputs
    pipeline = load_pipeline("rules")
    for result in extract(read_inputs(["corpora"]), pipeline):
        print(result.document.doc_id, len(result.entities))

The work is done elsewhere, each module one concern:

* :mod:`claimex.loading`: configs, overrides, building and initialising the pipeline;
* :mod:`claimex.extraction`: the extraction loop in one process (batches, memory zones,
  failed chunks); :mod:`claimex.engines.processes` runs it in several;
* :mod:`claimex.assemble`: a document's records from its analysed chunks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimex import extraction
from claimex.assemble.results import (
    DocumentResult,
    EncodedResult,
    encode_result,
    failed_result,
)
from claimex.io.readers import InputItem
from claimex.loading import (
    BUILTIN_CONFIGS,
    Pipeline,
    config_path,
    initialize_components,
    load_pipeline,
    parse_overrides,
    pipeline_info,
)

__all__ = [
    "BUILTIN_CONFIGS",
    "DocumentResult",
    "EncodedResult",
    "Pipeline",
    "config_path",
    "encode_result",
    "extract",
    "extract_encoded",
    "failed_result",
    "initialize_components",
    "load_pipeline",
    "parse_overrides",
    "pipeline_info",
]


def extract(items: Iterable[InputItem], pipeline: Pipeline, *, batch_size: int | None = None,
            n_process: int = 1) -> Iterator[DocumentResult]:
    """Records for every input item, in input order, streamed as batches finish.

    A failure from the reader becomes a document record with a warning plus an error
    record; a chunk that a component fails on is reported the same way, and the rest of
    its document is still returned (see :func:`claimex.extraction.extract`).

    With ``n_process > 1`` the whole per-document work runs in worker processes
    (:mod:`claimex.engines.processes`); the results are the same, in the same order, and a
    chunk of documents that fails there becomes error records for that chunk alone.
    """
    if n_process > 1:
        from claimex.engines import processes

        return processes.run(items, pipeline, n_process=n_process, batch_size=batch_size)
    return extraction.extract(items, pipeline, batch_size=batch_size)


def extract_encoded(items: Iterable[InputItem], pipeline: Pipeline, *,
                    batch_size: int | None = None, n_process: int = 1
                    ) -> Iterator[EncodedResult]:
    """:func:`extract` with each document's records already serialised as JSON lines:
    what the CLI writes. With ``n_process > 1`` the workers serialise them."""
    if n_process > 1:
        from claimex.engines import processes

        return processes.run(items, pipeline, n_process=n_process, batch_size=batch_size,
                             encode=True)
    return extraction.extract_encoded(items, pipeline, batch_size=batch_size)
