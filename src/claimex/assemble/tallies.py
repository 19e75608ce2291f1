"""Where a text adds its figures up ("captured a leader ... detained four additional
suspects" is five captured): the rows :func:`claimex.rules.running_tallies.running_tallies`
reads, whose sums the document tolls (:mod:`claimex.assemble.tolls`) carry. Whether a
claim stands in its section's lead sentence decides what a later figure adds to::

    >>> in_lead("KABUL (Oct. 10) - Two were killed. Later, one more.", 16, 36)
    False
    >>> in_lead("KABUL (Oct. 10) - Two were killed. Later, one more.", 16, 18)
    True
"""

from __future__ import annotations

import re
from typing import Any

from claimex.assemble.toll_note_present import in_lead_paragraph
from claimex.io.chunks import Chunk
from claimex.io.readers import InputDocument
from claimex.records import ClaimRecord, DocumentRecord
from claimex.rules.incident_structure import paragraph_opening

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


def tally_rows(item: InputDocument, records: list[ClaimRecord],
               raw: list[tuple[Chunk, dict[str, Any], tuple[int, int]]],
               starts: dict[int, int] | None = None) -> list[dict[str, Any]]:
    """The claims as :func:`running_tallies` and the tolls read them: the component's dict
    of each claim with its record's id, section, offsets, modality and scope, marked
    ``lead`` where it is in its section's lead sentence (``starts``: see
    :func:`lead_starts`), with ``paragraph_opening``, its paragraph's first sentence where
    that is another one (:func:`claimex.rules.incident_structure.paragraph_opening`), and
    ``lead_paragraph`` where it is in the lead's paragraph
    (:func:`claimex.assemble.toll_note_present.in_lead_paragraph`)."""
    rows = [{**claim, "id": record.id, "section": record.section,
             "start": record.evidence["start"], "end": record.evidence["end"],
             "modality": record.modality, "scope": record.scope, "value": record.value,
             "time": record.time, "location": record.location, "subject": record.subject,
             "evidence": record.evidence, "provenance": record.provenance,
             "attribution": record.attribution}
            for record, (_, claim, _) in zip(records, raw, strict=True)]
    if starts is not None:
        for row, record in zip(rows, records, strict=True):
            row["lead"] = in_lead(item.text, starts.get(record.section),
                                  record.evidence["sentence_start"])
            row["paragraph_opening"] = paragraph_opening(item.text,
                                                         record.evidence["sentence_start"])
            row["lead_paragraph"] = in_lead_paragraph(item.text, starts.get(record.section),
                                                      record.evidence["sentence_start"])
    return rows
