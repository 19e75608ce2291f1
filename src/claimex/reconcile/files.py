"""Reading ``claims.jsonl`` (and ``documents.jsonl``, ``tolls.jsonl``) and writing
``groups.jsonl`` (atomically)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from claimex.io.writers import dumps
from claimex.reconcile.grouping import reconcile
from claimex.reconcile.settings import ReconcileSettings
from claimex.reconcile.tolls import read_tolls


def read_claims(path: str | Path) -> Iterator[dict]:
    """The claim records of a ``claims.jsonl``, one line at a time (blank lines skipped)."""
    from claimex.io.jsonl import iter_records

    yield from iter_records(path)


def read_sections(path: str | Path) -> Iterator[dict]:
    """``doc_id`` and ``sections`` of each record of a ``documents.jsonl``."""
    from claimex.io.jsonl import iter_records

    for record in iter_records(path):
        yield {"doc_id": record.get("doc_id"), "sections": record.get("sections") or []}


def reconcile_outdir(outdir: str | Path, settings: ReconcileSettings | None = None) -> Path:
    """Read ``OUTDIR/claims.jsonl`` (and the section kinds of ``OUTDIR/documents.jsonl``
    and the tolls of ``OUTDIR/tolls.jsonl`` when they exist), write ``OUTDIR/groups.jsonl``
    atomically; its path. Without ``tolls.jsonl`` (a run from before tolls existed) each
    group's ``tolls`` is null.

    Raises FileNotFoundError when OUTDIR has no ``claims.jsonl``.
    """
    outdir = Path(outdir)
    source = outdir / "claims.jsonl"
    if not source.is_file():
        raise FileNotFoundError(f"{source} does not exist: run `claimex extract` first")
    documents = outdir / "documents.jsonl"
    sections = list(read_sections(documents)) if documents.is_file() else None
    toll_file = outdir / "tolls.jsonl"
    tolls = read_tolls(toll_file) if toll_file.is_file() else None
    groups = reconcile(read_claims(source), settings, sections, tolls)
    target = outdir / "groups.jsonl"
    partial = outdir / ".groups.jsonl.partial"
    try:
        with partial.open("wb") as handle:
            for group in groups:
                handle.write(dumps(group))
        os.replace(partial, target)
    finally:
        if partial.exists():
            partial.unlink()
    return target
