"""A document's records from its analysed chunks: the document record, its entities and
its claims (with their time, attribution, evidence and tallies).

The extraction loop (:mod:`claimex.extraction`) fills a :class:`PendingDocument` with the
page, the chunks and one analysed ``Doc`` per chunk; :func:`document_result` turns it into
plain records in document offsets::

    >>> from claimex.io.chunks import page_chunks
    >>> from claimex.io.readers import InputDocument
    >>> from claimex.io.segmenter import segment
    >>> from claimex.loading import load_pipeline
    >>> item = InputDocument("d1", "Syria: two soldiers were killed.", None)
    >>> page = segment(item.text, None)
    >>> pending = PendingDocument(0, item, page, list(page_chunks(item.text, page, 1000)))
    >>> pending.docs[0] = load_pipeline("rules").nlp(item.text)
    >>> result = document_result(pending, "rules")
    >>> [(e.text, e.label) for e in result.entities]
    [('Syria', 'COUNTRY')]
    >>> [(c.evidence["exact"], c.category, c.attribution["speaker"]) for c in result.claims]
    [('two', 'killed', 'd1')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from claimex import __version__, errors
from claimex.assemble.attribution import claim_attribution
from claimex.assemble.claim_time import dateline_brackets, is_dated, time_of_claim, time_record
from claimex.assemble.entities import Mention, canonical_in, date_entities, entity_records
from claimex.assemble.results import DocumentResult, read_failure_result
from claimex.assemble.tallies import lead_starts, tally_rows
from claimex.assemble.tolls import document_tolls
from claimex.io.chunks import Chunk
from claimex.io.readers import InputDocument, InputFailure, InputItem, display_path
from claimex.io.segmenter import Page
from claimex.pipeline.entities import ENTITIES_KEY
from claimex.records import (
    ClaimRecord,
    DocumentRecord,
    EntityRecord,
    ErrorRecord,
    claim_id,
    text_sha256,
)
from claimex.rules.running_tallies import running_tallies
from claimex.rules.told_states import rows_for_tolls

EVIDENCE_CONTEXT = 40


@dataclass(slots=True)
class PendingDocument:
    """An input on its way through the pipeline: its page, its chunks, the analysed doc of
    each chunk (by chunk index; a chunk a component failed on has none) and its
    publication date (from the input, else a dateline)."""

    seq: int
    item: InputItem
    page: Page | None = None
    chunks: list[Chunk] = field(default_factory=list)
    docs: dict[int, Doc] = field(default_factory=dict)
    published: str | None = None
    published_source: str | None = None
    dateline: tuple[int, int] | None = None
    dateline_day: str | None = None  # "XXXX-MM-DD": a dateline without its year


def document_result(entry: PendingDocument, config_name: str) -> DocumentResult:
    """All records of one analysed input; ``config_name`` goes into each claim's
    provenance. A chunk without a doc becomes a ``processing_failed`` error and warning;
    the rest of the document is still returned."""
    item = entry.item
    if isinstance(item, InputFailure):
        return read_failure_result(item)
    assert entry.page is not None
    result = DocumentResult(document_record(item, entry))
    mentions: list[Mention] = []
    claims: list[tuple[Chunk, dict[str, Any], tuple[int, int]]] = []
    dates: list[EntityRecord] = []
    section_time: dict[int, dict[str, Any]] = {}
    # the dateline is not an event date, nor a dateline below a dated headline
    datelines = [entry.dateline, *dateline_brackets(item.text)]
    for index, chunk in enumerate(entry.chunks):
        doc = entry.docs.get(index)
        if doc is None:
            reason = (f"the pipeline failed on characters {chunk.start}-{chunk.end} "
                      f"(section {chunk.section}); the rest of the document was processed")
            result.errors.append(ErrorRecord(errors.PROCESSING_FAILED, reason,
                                             display_path(item.path), item.line, item.doc_id))
            result.document.warnings.append(f"{errors.PROCESSING_FAILED}: {reason}")
            continue
        chunk_dates = [d for d in doc._.claimex_dates or [] if not any(_overlaps(
            span, chunk.start + d["start"], chunk.start + d["end"]) for span in datelines)]
        for claim in doc._.claimex_claims or []:
            sentence = sentence_bounds(doc, claim["start"])
            time = time_of_claim(claim, sentence, chunk_dates, chunk, doc, section_time)
            claims.append((chunk, {**claim, "time": time}, sentence))
        for d in chunk_dates:
            if is_dated(d["value"]):
                section_time[chunk.section] = time_record(d, chunk)
        dates.extend(date_entities(item, chunk, [*(doc._.claimex_dates or []),
                                                 *(doc._.claimex_timexes or [])]))
        for span in doc.spans.get(ENTITIES_KEY, []):
            start, end = chunk.start + span.start_char, chunk.start + span.end_char
            mentions.append((chunk.section, start, end, span.label_,
                             span._.claimex_origin or "model", span._.claimex_canonical,
                             span.kb_id_ or None, span.text))
    result.entities = entity_records(item, mentions, dates)
    for chunk, claim, sentence in claims:
        result.claims.append(claim_record(item, result.document, config_name, chunk, claim,
                                          sentence, result.entities, entry.dateline_day))
    rows = tally_rows(item, result.claims, claims, lead_starts(result.document, entry.dateline))
    # a state told as the lead's summary ("A cyclist is dead"): the body's claims make the
    # toll, unless nothing else tells that death (rules.told_states)
    rows = rows_for_tolls(rows)
    result.tolls = document_tolls(item.doc_id, result.document.sections, rows,
                                  running_tallies(rows))
    result.document.counts = {"entities": len(result.entities), "claims": len(result.claims)}
    return result


def document_record(item: InputDocument, entry: PendingDocument) -> DocumentRecord:
    """The ``claimex.document/1`` record of an input; its title is the input's, else the
    page's title section."""
    page = entry.page
    assert page is not None
    title = item.title
    if title is None and page.sections and page.sections[0].kind == "title":
        first = page.sections[0]
        title = item.text[first.start:first.end]
    return DocumentRecord(
        doc_id=item.doc_id, path=display_path(item.path), url=item.url, title=title,
        published=entry.published, published_source=entry.published_source,  # type: ignore[arg-type]
        text_sha256=text_sha256(item.text), chars=len(item.text), sections=page.sections,
        warnings=list(item.warnings),
    )


def claim_record(item: InputDocument, document: DocumentRecord, config_name: str,
                 chunk: Chunk, claim: dict[str, Any], sentence: tuple[int, int],
                 entities: list[EntityRecord], dateline_day: str | None = None) -> ClaimRecord:
    """A claim of the claims component as a ``claimex.claim/1`` record of the whole document.

    A claim without a date of its own takes the publication date, else the day of a
    dateline without its year ("XXXX-06-14"), as an ``inferred`` time."""
    stand_in = document.published or dateline_day
    text = item.text
    start, end = claim["start"] + chunk.start, claim["end"] + chunk.start
    sent_start, sent_end = sentence[0] + chunk.start, sentence[1] + chunk.start
    section = document.sections[chunk.section]
    return ClaimRecord(
        id=claim_id(item.doc_id, start, end, claim["category"]),
        doc_id=item.doc_id,
        section=chunk.section,
        type=claim["type"],
        category=claim["category"],
        value=claim["value"],
        subject=_linked(claim["subject"], chunk.start, entities),
        actor=_linked(claim["actor"], chunk.start, entities),
        location=_linked(claim["location"], chunk.start, entities),
        time=claim["time"] or ({"text": None, "value": stand_in, "start": None, "end": None,
                                "inferred": True} if stand_in else None),
        modality=claim.get("modality") or ("negated" if claim["negated"] else "asserted"),
        hedges=list(claim.get("hedges") or []),
        attribution=claim_attribution(item, section, claim.get("speaker"), chunk, entities,
                                      at=start),
        evidence={
            "start": start, "end": end, "exact": text[start:end],
            "prefix": text[max(section.start, start - EVIDENCE_CONTEXT):start],
            "suffix": text[end:min(section.end, end + EVIDENCE_CONTEXT)],
            "sentence": text[sent_start:sent_end], "sentence_start": sent_start,
        },
        provenance={"claimex": __version__, "config": config_name, "rule": claim["rule"]},
        scope=claim.get("scope") or ("reported" if claim["type"] == "casualty" else None),
    )


def sentence_bounds(doc: Doc, start: int) -> tuple[int, int]:
    """Character bounds of the sentence holding character ``start`` of a chunk doc (the
    whole chunk without sentence boundaries)."""
    if doc.has_annotation("SENT_START"):
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None:
            sent = span[0].sent
            return sent.start_char, sent.end_char
    return 0, len(doc.text)


def _overlaps(span: tuple[int, int] | None, start: int, end: int) -> bool:
    return span is not None and span[0] < end and start < span[1]


def _linked(part: dict[str, Any] | None, offset: int, entities: list[EntityRecord]
            ) -> dict[str, Any] | None:
    """A subject, actor or location in document offsets, linked to the entity inside it."""
    if part is None:
        return None
    shifted = {**part, "start": part["start"] + offset, "end": part["end"] + offset}
    if shifted.get("canonical") is None:
        shifted["canonical"] = canonical_in(shifted["start"], shifted["end"], entities)
    return shifted
