"""Turn INPUT arguments (files, directories, ``-``) into a stream of documents and failures.

Everything is lazy: files are opened one at a time and JSONL is read line by line, so a
corpus of any size streams through in constant memory. Nothing here raises for bad input:
each problem becomes an :class:`InputFailure` with the file, the line and a reason, and the
run goes on.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from claimex import errors

TXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
BINARY_SNIFF_BYTES = 8192


@dataclass(slots=True)
class InputDocument:
    """One document to analyse, as read; ``text`` is exactly what offsets refer to."""

    doc_id: str
    text: str
    path: str | None
    line: int | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    meta: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class InputFailure:
    """An input that could not be turned into a document."""

    doc_id: str
    path: str | None
    line: int | None
    code: str
    reason: str


InputItem = InputDocument | InputFailure


@dataclass(slots=True)
class ReadOptions:
    text_key: str = "text"
    id_key: str = "id"
    published: str | None = None
    max_chars: int = 50_000_000


def normalise_published(value: Any) -> str | None:
    """A publication date at the granularity it was given: ``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD`` (an ISO date-time gives its day); None when it is none of these.

    >>> [normalise_published(v) for v in ("2013", "2013-05", "2013-05-07T10:00:00Z", "May")]
    ['2013', '2013-05', '2013-05-07', None]
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    if _PUBLISHED_YEAR.fullmatch(value):
        return value
    if _PUBLISHED_MONTH.fullmatch(value) and 1 <= int(value[5:7]) <= 12:
        return value
    if len(value) < 10 or (len(value) > 10 and value[10] not in "T "):
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


_PUBLISHED_YEAR = re.compile(r"[12]\d{3}")
_PUBLISHED_MONTH = re.compile(r"[12]\d{3}-\d\d")


def discover(inputs: Iterable[str]) -> tuple[list[str], list[InputFailure]]:
    """Expand INPUT arguments into the files to read, in a stable order.

    Raises :class:`~claimex.errors.UsageError` for a path that does not exist; a directory
    without any ``.txt`` or ``.jsonl`` file becomes a failure, so other inputs still run.
    """
    files: list[str] = []
    failures: list[InputFailure] = []
    for arg in inputs:
        if arg == "-":
            files.append("-")
            continue
        path = Path(arg)
        if path.is_dir():
            found = sorted(
                str(p)
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in TXT_SUFFIXES + JSONL_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                failures.append(
                    InputFailure(path.name or arg, arg, None, errors.NO_INPUTS,
                                 f"directory {arg!r} holds no .txt or .jsonl files")
                )
            files.extend(found)
        elif path.exists():
            files.append(arg)
        else:
            raise errors.UsageError(f"input {arg!r} does not exist")
    return files, failures


def read_inputs(
    inputs: Iterable[str], options: ReadOptions | None = None, stdin: BinaryIO | None = None
) -> Iterator[InputItem]:
    """Every document and failure of the INPUT arguments, in order."""
    options = options or ReadOptions()
    files, failures = discover(inputs)
    if not files and not failures:
        raise errors.UsageError("no inputs given")
    if not files:
        raise errors.UsageError("; ".join(f.reason for f in failures))
    yield from failures
    seen: dict[str, int] = {}
    for name in files:
        for item in _read_one(name, options, stdin):
            if isinstance(item, InputDocument):
                _dedupe(item, seen)
            yield item


def _dedupe(doc: InputDocument, seen: dict[str, int]) -> None:
    count = seen.get(doc.doc_id, 0) + 1
    seen[doc.doc_id] = count
    if count > 1:
        new_id = f"{doc.doc_id}~{count}"
        doc.warnings.append(
            f"{errors.DUPLICATE_ID}: id {doc.doc_id!r} was used before; renamed to {new_id!r}"
        )
        doc.doc_id = new_id


def _read_one(name: str, options: ReadOptions, stdin: BinaryIO | None) -> Iterator[InputItem]:
    if name == "-":
        data = (stdin or sys.stdin.buffer).read()
        if data.lstrip()[:1] == b"{":
            yield from _read_jsonl_lines(data.splitlines(keepends=True), "-", "stdin", options)
        else:
            yield _txt_document(data, "-", "stdin", options)
        return
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix in TXT_SUFFIXES:
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield InputFailure(path.stem, name, None, errors.UNREADABLE, f"cannot read: {exc}")
            return
        yield _txt_document(data, name, path.stem, options)
    elif suffix in JSONL_SUFFIXES:
        try:
            with path.open("rb") as handle:
                head = handle.read(BINARY_SNIFF_BYTES)
                if b"\x00" in head:
                    yield InputFailure(path.stem, name, None, errors.BINARY_FILE,
                                       "binary file (NUL bytes), not JSON Lines")
                    return
                handle.seek(0)
                yield from _read_jsonl_lines(handle, name, path.stem, options)
        except OSError as exc:
            yield InputFailure(path.stem, name, None, errors.UNREADABLE, f"cannot read: {exc}")
    else:
        yield InputFailure(path.stem, name, None, errors.UNSUPPORTED_FORMAT,
                           f"unsupported file type {suffix or '(none)'!r}: use .txt or .jsonl")


def _txt_document(data: bytes, path: str, stem: str, options: ReadOptions) -> InputItem:
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        return InputFailure(stem, path, None, errors.BINARY_FILE,
                            "binary file (NUL bytes), not UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return InputFailure(stem, path, line, errors.NOT_UTF8,
                            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset "
                            f"{exc.start}; re-encode the file as UTF-8")
    return _checked_document(text, stem, path, None, options, {})


def _checked_document(text: str, doc_id: str, path: str, line: int | None,
                      options: ReadOptions, record: dict[str, Any]) -> InputItem:
    if not text.strip():
        return InputFailure(doc_id, path, line, errors.EMPTY_DOCUMENT,
                            "empty document: no text to analyse")
    if len(text) > options.max_chars:
        return InputFailure(doc_id, path, line, errors.UNREADABLE,
                            f"document of {len(text):,} characters exceeds the limit of "
                            f"{options.max_chars:,} (io.max_document_chars)")
    warnings: list[str] = []
    published = options.published
    if record.get("published") is not None:
        value = normalise_published(record["published"])
        if value is None:
            warnings.append(f"{errors.INVALID_PUBLISHED}: {record['published']!r} is not a "
                            "date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time); ignored")
        else:
            published = value
    meta = record.get("meta")
    return InputDocument(
        doc_id=doc_id, text=text, path=path, line=line,
        url=_str_or_none(record.get("url")), title=_str_or_none(record.get("title")),
        published=published, meta=meta if isinstance(meta, dict) else None, warnings=warnings,
    )


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _read_jsonl_lines(lines: Iterable[bytes], path: str, stem: str,
                      options: ReadOptions) -> Iterator[InputItem]:
    for number, raw in enumerate(lines, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        fallback_id = f"{stem}:{number}"
        try:
            record = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                yield InputFailure(fallback_id, path, number, errors.NOT_UTF8,
                                   "line is not valid UTF-8")
                continue
            yield InputFailure(fallback_id, path, number, errors.INVALID_JSON,
                               f"malformed JSON: {exc}")
            continue
        if not isinstance(record, dict):
            yield InputFailure(fallback_id, path, number, errors.NOT_AN_OBJECT,
                               f"expected a JSON object, got {type(record).__name__}")
            continue
        raw_id = record.get(options.id_key)
        doc_id = str(raw_id) if isinstance(raw_id, str | int) and str(raw_id) else fallback_id
        if options.text_key not in record:
            yield InputFailure(doc_id, path, number, errors.MISSING_TEXT,
                               f"no {options.text_key!r} key (choose another with --text-key)")
            continue
        text = record[options.text_key]
        if not isinstance(text, str):
            yield InputFailure(doc_id, path, number, errors.INVALID_TEXT,
                               f"{options.text_key!r} is {type(text).__name__}, not a string")
            continue
        yield _checked_document(text, doc_id, path, number, options, record)


def display_path(path: str | None) -> str | None:
    """The path as recorded in output: as given, with the OS separator normalised."""
    return None if path is None else path.replace(os.sep, "/")
