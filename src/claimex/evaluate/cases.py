"""What every scorer of ``claimex evaluate`` takes and gives: :class:`Case` (a gold
document with what the pipeline claimed about it) and :class:`Score` (table rows, misses
and notes), and claims read as ``claimex.claim/1`` dicts (:func:`claim_dict`), so the
scoring does not depend on the claim layer's dataclass.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from claimex.records import to_json_dict

# The modalities of the claims a scorer counts: not a negated, questioned or hypothetical one.
COUNTED_MODALITIES = ("asserted", "hedged")


class Case(NamedTuple):
    """One gold document with what the pipeline claimed about it.

    ``claims`` is None when the document is missing from a scored OUTDIR; it then counts
    as a document without claims and is listed in the notes. ``errors`` holds the reasons
    of the error records extraction produced for it (a crash, a failed chunk).
    ``entities`` holds its DATE entities as dicts (``label``, ``start``, ``end``, ``text``,
    ``value``), which only the date scoring reads; ``tolls`` its ``claimex.toll/1``
    dicts (None where an OUTDIR has no tolls.jsonl); ``document`` its
    ``claimex.document/1`` dict where extraction made one (the thread-grouping score reads
    its sections).
    """

    key: str
    gold: dict[str, Any]
    claims: list[Any] | None
    text: str
    errors: tuple[str, ...] = ()
    entities: tuple[dict[str, Any], ...] = ()
    tolls: list[dict[str, Any]] | None = None
    document: dict[str, Any] | None = None


@dataclass(slots=True)
class Score:
    """Table rows, misses per field (key, gold, predicted, excerpt) and notes."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    misses: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def miss(self, name: str, key: str, gold: Any, predicted: Any, excerpt: str) -> None:
        self.misses.setdefault(name, []).append(
            {"key": key, "gold": gold, "predicted": predicted, "excerpt": excerpt})


def claim_dict(claim: Any) -> dict[str, Any]:
    """A claim as its docs/schema.md dict, whatever record class produced it."""
    return claim if isinstance(claim, dict) else to_json_dict(claim)


def claim_dicts(claims: Iterable[Any] | None) -> list[dict[str, Any]]:
    return [claim_dict(c) for c in claims or ()]


def _keys(keys: list[str]) -> str:
    return ", ".join(keys[:5]) + (", …" if len(keys) > 5 else "")


def missing_note(cases: list[Case]) -> list[str]:
    """Notes on documents missing from OUTDIR and documents extraction had errors on."""
    notes = []
    missing = [c.key for c in cases if c.claims is None]
    if missing:
        notes.append(f"{len(missing)} documents are missing from OUTDIR and count as having "
                     f"no claims: {_keys(missing)}")
    failed = [c.key for c in cases if c.errors]
    if failed:
        notes.append(f"{len(failed)} documents had extraction errors: {_keys(failed)}")
    return notes
