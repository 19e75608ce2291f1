"""What one input produced: its records as objects, or already serialised as JSON lines.

Every input gives exactly one result, also one that could not be read or processed::

    >>> from claimex.io.readers import InputDocument
    >>> result = failed_result(InputDocument("d1", "Two soldiers were killed.", None), "boom")
    >>> result.document.warnings, result.errors[0].code
    (['processing_failed: boom'], 'processing_failed')
    >>> encode_result(result).counts
    {'documents': 1, 'entities': 0, 'claims': 0, 'tolls': 0, 'errors': 1}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimex import errors
from claimex.io.readers import InputFailure, InputItem, display_path
from claimex.io.writers import dumps
from claimex.records import DocumentRecord, EntityRecord, ErrorRecord, text_sha256


@dataclass(slots=True)
class DocumentResult:
    """Everything one input produced: its document record and the records found in it."""

    document: DocumentRecord
    entities: list[EntityRecord] = field(default_factory=list)
    claims: list[Any] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    tolls: list[Any] = field(default_factory=list)


@dataclass(slots=True)
class EncodedResult:
    """One document's records as the JSON lines the writer appends, by output kind.

    What worker processes send back: bytes cost far less to pickle than record objects.
    """

    doc_id: str
    chars: int
    lines: dict[str, bytes]
    counts: dict[str, int]


def encode_result(result: DocumentResult) -> EncodedResult:
    """A document's records serialised (:func:`claimex.io.writers.dumps`), kind by kind."""
    kinds = {"documents": [result.document], "entities": result.entities,
             "claims": result.claims, "tolls": result.tolls, "errors": result.errors}
    return EncodedResult(
        result.document.doc_id, result.document.chars,
        {kind: b"".join(dumps(r) for r in records) for kind, records in kinds.items()},
        {kind: len(records) for kind, records in kinds.items()})


def failed_result(item: InputItem, reason: str) -> DocumentResult:
    """A document record and a ``processing_failed`` error for an input whose processing
    failed as a whole (a read failure keeps its own error)."""
    if isinstance(item, InputFailure):
        return read_failure_result(item)
    path = display_path(item.path)
    document = DocumentRecord(
        doc_id=item.doc_id, path=path, url=item.url, title=item.title,
        published=item.published, published_source="input" if item.published else None,
        text_sha256=text_sha256(item.text), chars=len(item.text), sections=[],
        warnings=[*item.warnings, f"{errors.PROCESSING_FAILED}: {reason}"],
    )
    error = ErrorRecord(errors.PROCESSING_FAILED, reason, path, item.line, item.doc_id)
    return DocumentResult(document, errors=[error])


def read_failure_result(item: InputFailure) -> DocumentResult:
    """The result of an input the reader could not read: an empty document record with the
    reason as its warning, and the reader's error."""
    path = display_path(item.path)
    document = DocumentRecord(
        doc_id=item.doc_id, path=path, url=None, title=None, published=None,
        published_source=None, text_sha256=text_sha256(""), chars=0, sections=[],
        warnings=[f"{item.code}: {item.reason}"],
    )
    error = ErrorRecord(item.code, item.reason, path, item.line, item.doc_id)
    return DocumentResult(document, errors=[error])
