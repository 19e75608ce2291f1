"""Read JSON Lines files: the ones a config points at, and claimex's own output records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from claimex.errors import ConfigError, UsageError


def _objects(path: str | Path, error: type[UsageError], where: str
             ) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSONL file, streamed; blank lines are skipped, anything else
    raises ``error`` with ``where`` (formatted with ``path`` and ``line``) in front."""
    with Path(path).open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                place = where.format(path=path, line=number)
                raise error(f"{place}: not valid JSON ({exc})") from None
            if not isinstance(record, dict):
                raise error(f"{where.format(path=path, line=number)}: expected a JSON object")
            yield record


def read_config_jsonl(path: str | Path, what: str) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file named in a config; blank lines are skipped.

    Any problem is a :class:`~claimex.errors.ConfigError` naming ``what`` the file is, the
    file and the line, since it stops the pipeline from being built.
    """
    try:
        return list(_objects(path, ConfigError, what + " {path}, line {line}"))
    except OSError as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc}") from exc


def iter_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """The records of an output file (``claims.jsonl``, ...), one line at a time.

    A line that is not a JSON object is a :class:`~claimex.errors.UsageError` naming the
    file and line, since the file is not one claimex wrote.
    """
    return _objects(path, UsageError, "{path}:{line}")
