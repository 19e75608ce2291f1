"""Tune and check halves of a development set, fixed by a hash of each item's key.

Every development set is split in two: the ``tune`` half, whose errors are read and fixed,
and the ``check`` half, whose score alone is read (never its errors). A change that raises
tune and not check is a patch for the documents read, not a rule. The split is a pure
function of the key (a document id or a file name), so it never changes between runs,
machines or Python versions, and an item keeps its half when the set grows.

>>> split_of("isaf:12")
'check'
>>> [split_of(k) for k in ("a", "b", "c")]
['tune', 'tune', 'tune']
"""

from __future__ import annotations

import hashlib

SPLITS = ("tune", "check")


def split_of(key: str) -> str:
    """``"tune"`` or ``"check"``: the half that ``key`` belongs to (SHA-1 of the key, even
    last hex digit: tune)."""
    return "tune" if int(hashlib.sha1(key.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0 \
        else "check"


def in_split(key: str, split: str | None) -> bool:
    """Whether ``key`` belongs to ``split`` (``None`` or ``"all"``: every key does)."""
    return split in (None, "all") or split_of(key) == split
