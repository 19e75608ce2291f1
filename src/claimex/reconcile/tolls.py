"""The document tolls that rest on a group's members: the ``tolls`` field of a group.

A toll (``claimex.toll/1``, from ``tolls.jsonl``) belongs to a group when any of its
``claim_ids`` is a member of the group; a toll whose claims lie in two groups (a sum of
"3 soldiers" and "2 civilians") is listed in both, and ``member_ids`` says which of its
claims each group holds. A toll none of whose claims is in a group is listed nowhere.

>>> toll = {"schema": "claimex.toll/1", "id": "t1", "doc_id": "d",
...         "speaker": {"kind": "article", "name": None, "sections": [0]},
...         "category": "killed", "unit": "people", "low": 20.0, "high": 20.0,
...         "basis": "sum", "modality": "asserted", "claim_ids": ["a", "b"]}
>>> index = TollIndex([toll])
>>> [(t["id"], t["low"], t["basis"], t["member_ids"]) for t in index.for_group(["b", "c"])]
[('t1', 20.0, 'sum', ['b'])]
>>> index.for_group(["c"])
[]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

# The fields of a toll copied into a group's ``tolls`` entries, in this order.
TOLL_FIELDS = ("id", "doc_id", "speaker", "category", "unit", "low", "high", "basis",
               "modality", "claim_ids")


def read_tolls(path: str | Path) -> Iterator[dict]:
    """The toll records of a ``tolls.jsonl``, one line at a time (blank lines skipped)."""
    from claimex.io.jsonl import iter_records

    yield from iter_records(path)


def _bound(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None  # an open upper bound is null, as in tolls.jsonl
    return value


def _order(toll: Mapping[str, Any]) -> tuple:
    speaker = toll.get("speaker") or {}
    sections = [s for s in speaker.get("sections") or () if isinstance(s, int)]
    return (str(toll.get("doc_id") or ""), min(sections, default=0),
            str(speaker.get("name") or ""), str(toll.get("category") or ""),
            str(toll.get("id") or ""))


class TollIndex:
    """Tolls by the claims they rest on.

    ``tolls``: ``claimex.toll/1`` dicts; one without ``claim_ids`` (or not a dict) is
    skipped. :meth:`for_group` gives a group's entries in a fixed order (doc_id, the
    speaker's first section, speaker name, category, id), whatever the order of the tolls.
    """

    def __init__(self, tolls: Iterable[Mapping[str, Any]]) -> None:
        self._tolls: list[dict] = []
        self._by_claim: dict[str, list[int]] = {}
        for toll in tolls:
            if not isinstance(toll, Mapping):
                continue
            claim_ids = [str(c) for c in toll.get("claim_ids") or () if c is not None]
            if not claim_ids:
                continue
            entry = {k: _bound(toll.get(k)) for k in TOLL_FIELDS}
            if isinstance(entry["speaker"], Mapping):
                entry["speaker"] = dict(entry["speaker"])
            entry["claim_ids"] = claim_ids
            index = len(self._tolls)
            self._tolls.append(entry)
            for claim_id in dict.fromkeys(claim_ids):
                self._by_claim.setdefault(claim_id, []).append(index)

    def __len__(self) -> int:
        return len(self._tolls)

    def for_group(self, claim_ids: Iterable[str]) -> list[dict]:
        """The entries of the tolls resting on any of ``claim_ids``: each toll's fields
        (``TOLL_FIELDS``) plus ``member_ids``, its claims among ``claim_ids``."""
        members = set(claim_ids)
        found = sorted({i for c in members for i in self._by_claim.get(c, ())},
                       key=lambda i: _order(self._tolls[i]))
        out = []
        for i in found:
            toll = self._tolls[i]
            out.append({**toll, "claim_ids": list(toll["claim_ids"]),
                        "member_ids": [c for c in toll["claim_ids"] if c in members]})
        return out
