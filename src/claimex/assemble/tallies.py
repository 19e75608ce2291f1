"""Tally claims: where a text adds its figures up ("captured a leader ... detained four
additional suspects" is five captured), one extra claim with the running total.

The arithmetic is :func:`claimex.rules.casualties.running_tallies`; this module turns its
totals into claim records. Whether a claim stands in its section's lead sentence decides
what a later figure adds to::

    >>> in_lead("KABUL (Oct. 10) - Two were killed. Later, one more.", 16, 36)
    False
    >>> in_lead("KABUL (Oct. 10) - Two were killed. Later, one more.", 16, 18)
    True
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from claimex.io.chunks import Chunk
from claimex.io.readers import InputDocument
from claimex.records import ClaimRecord, DocumentRecord, claim_id
from claimex.rules.casualties import running_tallies

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")


def lead_starts(document: DocumentRecord, dateline: tuple[int, int] | None) -> dict[int, int]:
    """Where each section's lead sentence starts from: right after the dateline in the
    section that has it ("KABUL, Afghanistan (Oct. 10, 2011) — A combined ... force
    killed ..."), else at the section's start."""
    return {section.index: dateline[1] if dateline is not None and
            section.start <= dateline[0] < section.end else section.start
            for section in document.sections}


def in_lead(text: str, lead_start: int | None, sentence_start: int) -> bool:
    """Whether a claim's sentence is its section's lead: no sentence ends between where
    the lead starts from and the claim's sentence."""
    if lead_start is None or sentence_start <= lead_start:
        return True
    return _SENTENCE_END.search(text, lead_start, sentence_start) is None


def tally_records(item: InputDocument, records: list[ClaimRecord],
                  raw: list[tuple[Chunk, dict[str, Any], tuple[int, int]]],
                  starts: dict[int, int] | None = None) -> list[ClaimRecord]:
    """Tally claims where the text adds figures up (:func:`running_tallies`), with each
    claim marked ``lead`` where it is in its section's lead sentence (``starts``: see
    :func:`lead_starts`).

    A tally's evidence runs from the figure it starts from to the figure that adds to it,
    its qualifier is ``at_least`` and its rule ``tally``, so it can be told apart (and
    filtered out) from the figures the text states.
    """
    rows = [{**claim, "section": record.section, "start": record.evidence["start"],
             "end": record.evidence["end"]} for record, (_, claim, _) in
            zip(records, raw, strict=True)]
    if starts is not None:
        for row, record in zip(rows, records, strict=True):
            row["lead"] = in_lead(item.text, starts.get(record.section),
                                  record.evidence["sentence_start"])
    tallies = []
    for origin, index, total in running_tallies(rows):
        first, last = records[origin], records[index]
        start, end = first.evidence["start"], last.evidence["end"]
        exact = item.text[start:end]
        tallies.append(dataclasses.replace(
            last,
            id=claim_id(item.doc_id, start, end, last.category),
            value={"text": exact, "low": total, "high": float("inf"), "qualifier": "at_least",
                   "unit": last.value.get("unit")},
            evidence={**last.evidence, "start": start, "end": end, "exact": exact,
                      "prefix": first.evidence["prefix"]},
            provenance={**last.provenance, "rule": "tally"},
        ))
    return tallies
