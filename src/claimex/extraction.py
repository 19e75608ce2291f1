"""The extraction loop in one process: pages cut into chunks, chunks through the pipeline
in bounded batches, each document's records assembled as soon as its chunks are back.

    >>> from claimex.extraction import extract
    >>> from claimex.io.readers import InputDocument
    >>> from claimex.loading import load_pipeline
    >>> [result] = extract([InputDocument("d1", "Two soldiers were killed.", None)],
    ...                    load_pipeline("rules"))
    >>> [(c.category, c.value["low"]) for c in result.claims]
    [('killed', 2.0)]

Documents go through the pipeline in windows of ``MEMORY_ZONE_DOCUMENTS``, each inside
``nlp.memory_zone()``, so the vocabulary and string store do not grow with the corpus: the
records are plain data and outlive the zone, the docs do not. The first inputs of a
pipeline, up to ``Pipeline.warm_up_chars`` characters (500,000: about 250 news articles)
over all calls, run outside a zone: spaCy's tokenizer caches how it split each
whitespace-delimited string only outside memory zones, and without that cache it tokenized
four times slower (its infix patterns ran on every word); what those inputs add to the
vocabulary stays, once. A component that fails on a
chunk loses that chunk only (a ``processing_failed`` error; the rest of the document is
still returned). Several processes: :mod:`claimex.engines.processes`; which one runs is
chosen by :func:`claimex.api.extract`.

While it runs, the objects that exist when it starts (the pipeline's patterns, word
lists, tables and model: some 140,000 of them) are frozen out of Python's cyclic garbage
collector (``gc.freeze()``, undone when the loop ends unless something else froze them
first): each full collection walked them all, for nothing, since they live as long as
the pipeline. Records and outputs are the same; the collector's CPU time on 200 FA-KES
articles fell from 0.12 to 0.02 s (of about 12.5 s).
"""

from __future__ import annotations

import gc
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimex.assemble.records import PendingDocument, document_result
from claimex.assemble.results import DocumentResult, EncodedResult, encode_result
from claimex.io.chunks import page_chunks
from claimex.io.readers import InputDocument, InputItem
from claimex.io.segmenter import segment
from claimex.loading import Pipeline
from claimex.pipeline.extensions import PAGE_TEXT_KEY, keep_text
from claimex.rules.dates import find_dateline_day, find_publication_date

logger = logging.getLogger("claimex")

MEMORY_ZONE_DOCUMENTS = 256


def extract(items: Iterable[InputItem], pipeline: Pipeline, *,
            batch_size: int | None = None) -> Iterator[DocumentResult]:
    """Records for every input item, in input order, streamed as batches finish.

    A failure from the reader becomes a document record with a warning plus an error
    record; a chunk that a component fails on is reported the same way, and the rest of
    its document is still returned. ``batch_size`` caps the texts per pipeline batch
    (default: the config's ``nlp.batch_size``).
    """
    nlp = pipeline.nlp
    previous = nlp.default_error_handler
    _set_error_handler(nlp, _skip_failed_doc)
    froze = _freeze_long_lived()
    try:
        iterator = iter(items)
        if pipeline.warm_up_chars > 0:
            window, iterator = _warm_up_window(iterator, pipeline)
            yield from list(_extract_stream(window, pipeline, batch_size))
        while window := list(islice(iterator, MEMORY_ZONE_DOCUMENTS)):
            with nlp.memory_zone():
                results = list(_extract_stream(window, pipeline, batch_size))
            yield from results
    finally:
        _set_error_handler(nlp, previous)
        if froze:
            gc.unfreeze()


def _freeze_long_lived() -> bool:
    """Move every object the garbage collector tracks now into its permanent generation,
    which no collection walks, and say whether it did: not when something else (an outer
    :func:`extract`, the caller) has frozen objects already, whose freeze is theirs to undo.

        >>> import gc
        >>> _freeze_long_lived(), gc.get_freeze_count() > 0, _freeze_long_lived()
        (True, True, False)
        >>> gc.unfreeze()
    """
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


def _warm_up_window(items: Iterator[InputItem], pipeline: Pipeline
                    ) -> tuple[list[InputItem], Iterator[InputItem]]:
    """The first inputs whose texts fit in what is left of ``pipeline.warm_up_chars``
    (taken from it), and the inputs after them; the first input that does not fit ends
    the warm-up for good.

        >>> from claimex.io.readers import InputDocument
        >>> from claimex.loading import load_pipeline
        >>> pipeline = load_pipeline("rules")
        >>> pipeline.warm_up_chars = 12
        >>> docs = [InputDocument(name, "Two died.", None) for name in ("a", "b", "c")]
        >>> window, rest = _warm_up_window(iter(docs), pipeline)
        >>> [d.doc_id for d in window], [d.doc_id for d in rest], pipeline.warm_up_chars
        (['a'], ['b', 'c'], 0)
    """
    window: list[InputItem] = []
    for item in items:
        length = len(item.text) if isinstance(item, InputDocument) else 0
        if length > pipeline.warm_up_chars:
            pipeline.warm_up_chars = 0
            return window, chain([item], items)
        pipeline.warm_up_chars -= length
        window.append(item)
    return window, items


def extract_encoded(items: Iterable[InputItem], pipeline: Pipeline, *,
                    batch_size: int | None = None) -> Iterator[EncodedResult]:
    """:func:`extract` with each document's records already serialised as JSON lines."""
    for result in extract(items, pipeline, batch_size=batch_size):
        yield encode_result(result)


def _extract_stream(items: Iterable[InputItem], pipeline: Pipeline,
                    batch_size: int | None) -> Iterator[DocumentResult]:
    nlp = pipeline.nlp
    pending: deque[PendingDocument] = deque()

    def chunk_texts() -> Iterator[tuple[Doc, tuple[int, int], int]]:
        for seq, item in enumerate(items):
            entry = PendingDocument(seq, item)
            if isinstance(item, InputDocument):
                entry.page = segment(item.text, item.title, item.url)
                entry.chunks = list(page_chunks(item.text, entry.page, pipeline.max_chunk_chars))
                _set_publication_date(entry, item)
            pending.append(entry)
            for index, chunk in enumerate(entry.chunks):
                text = item.text[chunk.start:chunk.end]
                doc = keep_text(nlp.make_doc(text), text)
                doc._.claimex_published = entry.published or entry.dateline_day
                if len(entry.chunks) > 1:
                    doc.user_data[PAGE_TEXT_KEY] = item.text
                yield doc, (seq, index), chunk.end - chunk.start

    for batch in _batches(chunk_texts(), batch_size or nlp.batch_size, pipeline.batch_chars):
        for doc, (seq, index) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            while pending and pending[0].seq < seq:
                yield document_result(pending.popleft(), pipeline.config_name)
            pending[0].docs[index] = doc
    while pending:
        yield document_result(pending.popleft(), pipeline.config_name)


def _batches(docs: Iterable[tuple[Doc, Any, int]], max_docs: int, max_chars: int
             ) -> Iterator[list[tuple[Doc, Any]]]:
    """Batches of at most ``max_docs`` docs and, unless a single doc is longer, at most
    ``max_chars`` characters.

    A statistical pipeline's peak memory grows with the tokens of the batch it runs: thinc
    keeps every layer's activations for the whole batch until the forward pass returns
    (en_core_web_sm's tok2vec: about 3 KB per character), so counting documents alone would
    let a batch of long articles take gigabytes. Batch sizes above a few thousand tokens do
    not make the CPU models faster.
    """
    batch: list[tuple[Doc, Any]] = []
    chars = 0
    for doc, context, length in docs:
        if batch and (len(batch) >= max_docs or chars + length > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append((doc, context))
        chars += length
    if batch:
        yield batch


def _set_error_handler(nlp: Language, handler: Any) -> None:
    """``nlp.set_error_handler`` that tolerates components which cannot take one.

    spaCy 3.8's compiled parser raises AttributeError from ``set_error_handler``; such a
    component keeps raising on a failure, every other one hands the doc to ``handler``.
    """
    nlp.default_error_handler = handler
    for _, proc in nlp.pipeline:
        try:
            proc.set_error_handler(handler)
        except AttributeError:
            continue


def _set_publication_date(entry: PendingDocument, item: InputDocument) -> None:
    """The publication date from the input, else from a dateline above the comments; a
    dateline without a year gives only its day ("XXXX-06-14") to resolve relative dates."""
    if item.published:
        entry.published, entry.published_source = item.published, "input"
        return
    assert entry.page is not None
    comments = [s.start for s in entry.page.sections if s.kind == "comment"]
    top = item.text[:comments[0]] if comments else item.text
    found = find_publication_date(top)
    if found is not None:
        day, start, end = found
        entry.published, entry.published_source = day.isoformat(), "dateline"
        entry.dateline = (start, end)
        return
    partial = find_dateline_day(top)
    if partial is not None:
        entry.dateline_day, start, end = partial
        entry.dateline = (start, end)


def _skip_failed_doc(proc_name: str, proc: Any, docs: list[Doc], exc: Exception) -> None:
    """spaCy error handler: log and drop the doc; :func:`extract` reports the missing chunk."""
    logger.warning("component %s failed on a text: %s", proc_name, exc)
