"""Write records as JSON Lines with orjson, atomically.

Each output file is written to a hidden temporary file in OUTDIR as batches finish (so a
reader can watch progress) and renamed to its final name only when the run completes: a
crashed or interrupted run never leaves a half-written ``documents.jsonl`` behind.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import orjson

from claimex.records import to_json_dict

OUTPUT_FILES = {
    "documents": "documents.jsonl",
    "entities": "entities.jsonl",
    "claims": "claims.jsonl",
    "errors": "errors.jsonl",
}
_OPTIONS = orjson.OPT_APPEND_NEWLINE


def _default(value: Any) -> Any:
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps(record: Any) -> bytes:
    """One JSON line for a record (a dataclass of :mod:`claimex.records` or a dict).

    Infinite bounds ("more than 30": high = inf) are written as ``null``: JSON has no
    infinity, and analysts' tools read ``null`` as an open bound.
    """
    data = record if isinstance(record, dict) else to_json_dict(record)
    return orjson.dumps(_finite(data), default=_default, option=_OPTIONS)


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


class RecordWriter:
    """The four output files of OUTDIR, written through temporary files and renamed at the end."""

    def __init__(self, outdir: str | Path):
        self.outdir = Path(outdir)
        self.outdir.mkdir(parents=True, exist_ok=True)
        self._handles: dict[str, IO[bytes]] = {}
        self._temps: dict[str, Path] = {}
        for kind, name in OUTPUT_FILES.items():
            temp = self.outdir / f".{name}.{os.getpid()}.tmp"
            self._temps[kind] = temp
            self._handles[kind] = temp.open("wb")
        self.counts = dict.fromkeys(OUTPUT_FILES, 0)

    def write(self, kind: str, records: list[Any]) -> None:
        if records:
            self._handles[kind].write(b"".join(dumps(r) for r in records))
            self.counts[kind] += len(records)

    def flush(self) -> None:
        for handle in self._handles.values():
            handle.flush()

    def commit(self) -> None:
        """Close every file and move it to its final name."""
        for kind, handle in self._handles.items():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.replace(self._temps[kind], self.outdir / OUTPUT_FILES[kind])
        self._handles.clear()

    def abort(self) -> None:
        """Close every file and remove the temporaries; the final files stay as they were."""
        for kind, handle in self._handles.items():
            handle.close()
            self._temps[kind].unlink(missing_ok=True)
        self._handles.clear()

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()
