"""The unit every gold loader returns: a document and its gold."""

from __future__ import annotations

from typing import Any, NamedTuple

from claimex.io.readers import InputDocument


class GoldItem(NamedTuple):
    """A document to extract from, its gold, and other ids the same row may have in OUTDIR."""

    document: InputDocument
    gold: dict[str, Any]
    aliases: tuple[str, ...] = ()
