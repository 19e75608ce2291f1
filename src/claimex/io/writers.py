"""Write records as JSON Lines with orjson, atomically, and resumably.

Each output file is written to a hidden ``.partial`` file in OUTDIR as batches finish (so
a reader can watch progress) and renamed to its final name only when the run completes: a
crashed or interrupted run never leaves a half-written ``documents.jsonl`` behind, and a
later run with ``--resume`` picks its complete documents up.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import orjson

from claimex.records import to_json_fields

OUTPUT_FILES = {
    "documents": "documents.jsonl",
    "entities": "entities.jsonl",
    "claims": "claims.jsonl",
    "tolls": "tolls.jsonl",
    "errors": "errors.jsonl",
}
_OPTIONS = orjson.OPT_APPEND_NEWLINE


def _default(value: Any) -> Any:
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps(record: Any) -> bytes:
    """One JSON line for a record (a dataclass of :mod:`claimex.records` or a dict).

    Infinite bounds ("more than 30": high = inf) are written as ``null``: JSON has no
    infinity, and analysts' tools read ``null`` as an open bound. orjson writes every
    non-finite float as ``null`` itself, at any depth:

        >>> dumps({"low": 30.0, "high": float("inf"), "range": [1, float("nan")]})
        b'{"low":30.0,"high":null,"range":[1,null]}\\n'
    """
    data = record if isinstance(record, dict) else to_json_fields(record)
    return orjson.dumps(data, default=_default, option=_OPTIONS)


class RecordWriter:
    """The four output files of OUTDIR, written through ``.partial`` files, renamed at the end.

    A document's records are written in one go with its ``documents.jsonl`` line last, so
    that line marks the document complete. When a run stops early (an error, Ctrl-C) the
    partial files stay in OUTDIR; ``resume=True`` then carries every complete document
    over (from the final files of an earlier run and from the partial files of a stopped
    one), drops the records of incomplete ones, and :attr:`done` lists the doc ids the run
    can skip. Without ``resume``, an earlier run's files are replaced when this one ends.
    Two writers on one OUTDIR would rename each other's files: the caller holds OUTDIR's
    lock (:func:`claimex.io.outdir_lock.outdir_lock`; the CLI does).
    """

    def __init__(self, outdir: str | Path, resume: bool = False):
        self.outdir = Path(outdir)
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.counts = dict.fromkeys(OUTPUT_FILES, 0)
        self.done: set[str] = set()
        self._partials = {kind: self.outdir / f".{name}.partial"
                          for kind, name in OUTPUT_FILES.items()}
        previous: dict[str, list[Path]] = {kind: [] for kind in OUTPUT_FILES}
        if resume:
            for kind, partial in self._partials.items():
                final = self.outdir / OUTPUT_FILES[kind]
                if final.exists():
                    previous[kind].append(final)
                if partial.exists():
                    kept = partial.with_name(partial.name + ".prev")
                    os.replace(partial, kept)
                    previous[kind].append(kept)
            self.done = {doc_id for path in previous["documents"]
                         for doc_id in _doc_ids(path)}
        self._handles: dict[str, IO[bytes]] = {
            kind: path.open("wb") for kind, path in self._partials.items()}
        for kind, paths in previous.items():
            for path in paths:
                self._carry_over(kind, path)
                if path.name.endswith(".prev"):
                    path.unlink()

    def _carry_over(self, kind: str, path: Path) -> None:
        with path.open("rb") as handle:
            for line in handle:
                if not line.strip():
                    continue
                try:
                    doc_id = orjson.loads(line).get("doc_id")
                except orjson.JSONDecodeError:
                    continue
                if doc_id in self.done:
                    self._handles[kind].write(line if line.endswith(b"\n") else line + b"\n")
                    self.counts[kind] += 1

    def write(self, kind: str, records: list[Any]) -> None:
        if records:
            self._handles[kind].write(b"".join(dumps(r) for r in records))
            self.counts[kind] += len(records)

    def write_result(self, document: Any, entities: list[Any], claims: list[Any],
                     errors: list[Any], tolls: list[Any] | None = None) -> None:
        """All records of one document, its ``documents.jsonl`` line last."""
        self.write("entities", entities)
        self.write("claims", claims)
        self.write("tolls", tolls or [])
        self.write("errors", errors)
        self.write("documents", [document])

    def write_encoded(self, result: Any) -> None:
        """All records of one document already serialised (an ``EncodedResult`` of
        :mod:`claimex.assemble.results`), its ``documents.jsonl`` line last."""
        for kind in ("entities", "claims", "tolls", "errors", "documents"):
            if result.counts[kind]:
                self._handles[kind].write(result.lines[kind])
                self.counts[kind] += result.counts[kind]

    def flush(self) -> None:
        for handle in self._handles.values():
            handle.flush()

    def commit(self) -> None:
        """Close every file and move it to its final name."""
        for kind, handle in self._handles.items():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.replace(self._partials[kind], self.outdir / OUTPUT_FILES[kind])
        self._handles.clear()

    def stop(self) -> None:
        """Close every file and leave the partial files for a ``resume`` run."""
        for handle in self._handles.values():
            handle.close()
        self._handles.clear()

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.stop()


def _doc_ids(path: Path) -> Iterator[str]:
    with path.open("rb") as handle:
        for line in handle:
            try:
                doc_id = orjson.loads(line).get("doc_id")
            except (orjson.JSONDecodeError, AttributeError):
                continue
            if isinstance(doc_id, str):
                yield doc_id
