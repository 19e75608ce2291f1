"""Read the JSONL files a config points at (gazetteers, cue lexicons)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from claimex.errors import ConfigError


def read_config_jsonl(path: str | Path, what: str) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file named in a config; blank lines are skipped.

    Any problem is a :class:`~claimex.errors.ConfigError` naming ``what`` the file is, the
    file and the line, since it stops the pipeline from being built.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc}") from exc
    rows = []
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise ConfigError(f"{what} {path}, line {number}: {exc}") from exc
        if not isinstance(row, dict):
            raise ConfigError(f"{what} {path}, line {number}: expected a JSON object")
        rows.append(row)
    return rows
