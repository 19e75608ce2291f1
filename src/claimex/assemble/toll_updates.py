"""A toll that a page revises update by update (issue 14, session 18): a live page, or a
post its writer updates through the day, tells the toll again in each update ("UPDATE
9:05 am: ... 60 people hurt", "UPDATE 2:40 pm: ... 45 hurt, not 60"); the toll per category
is the latest update's figure, not the largest (an earlier figure stays a claim). The
stamps and their order come from :mod:`claimex.rules.update_stamps`;
:func:`update_segments` cuts a document into its updates and :func:`latest_update_figures`
keeps, of a category's counted figures, those of the latest update that states one.
Used by :func:`claimex.assemble.tolls.document_tolls`.

>>> claims = [{"start": 5, "section": 1, "value": {"low": 60.0}, "evidence": {"exact": "60"},
...            "provenance": {"rule": "cue_object"}},
...           {"start": 60, "section": 1, "value": {"low": 45.0}, "evidence": {"exact": "45"},
...            "provenance": {"rule": "cue_object"}}]
>>> segments = [UpdateSegment(1, 0, 50, 1), UpdateSegment(1, 50, 90, 0)]
>>> latest_update_figures(claims, [0, 1], segments)
[1]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from claimex.assemble.toll_figures import NEW_VICTIM_WORDS, states_a_figure
from claimex.records import Section
from claimex.rules.update_stamps import latest_first, update_stamps

# words that make a figure in an update one more, not the toll again ("two more bodies")
_INCREMENT_WORDS = NEW_VICTIM_WORDS | {"more"}


@dataclass(frozen=True, slots=True)
class UpdateSegment:
    """One update of a section: from its stamp to the next stamp or the section's end;
    ``recency`` 0 for the latest update, 1 for the one before it, and so on."""

    section: int
    start: int
    end: int
    recency: int


def update_segments(text: str, sections: Sequence[Section]) -> list[UpdateSegment]:
    """The updates of every section that is no title, where its stamps give an order
    (:func:`claimex.rules.update_stamps.latest_first`).

    >>> text = "Blast\\n\\nUPDATE 1: Two dead.\\n\\nUPDATE 2: Four now dead.\\n"
    >>> [(s.start, s.end, s.recency) for s in update_segments(text, [Section(0, "article", 0, 52)])]
    [(28, 52, 0), (7, 28, 1)]
    """
    segments = []
    for section in sections:
        if section.kind == "title":
            continue
        stamps = update_stamps(text, section.start, section.end)
        order = latest_first(stamps)
        starts = sorted(s.start for s in order)
        for recency, stamp in enumerate(order):
            later = [s for s in starts if s > stamp.start]
            segments.append(UpdateSegment(section.index, stamp.start,
                                          later[0] if later else section.end, recency))
    return segments


def _one_more(claim: dict[str, Any]) -> bool:
    """Whether a figure tells people added to those told before ("two more", "another
    man", "also"), not the toll again."""
    words = ((claim.get("evidence") or {}).get("exact") or "").lower().split()
    words += ((claim.get("subject") or {}).get("text") or "").lower().split()
    return bool(claim.get("additive")) or bool(set(words) & _INCREMENT_WORDS)


def latest_update_figures(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                          segments: Sequence[UpdateSegment]) -> list[int]:
    """Of a category's ``counted`` figures (indexes into ``claims``), those of the latest
    update that states one of its own (not one more: :func:`_one_more`); all of them where
    no update does, or where the updates lie in more than one section.

    >>> claims = [{"start": 5, "section": 0, "value": {"low": 2.0},
    ...            "evidence": {"exact": "two more"}, "provenance": {"rule": "cue_object"}}]
    >>> latest_update_figures(claims, [0], [UpdateSegment(0, 0, 50, 0)])
    [0]
    """
    if len({s.section for s in segments}) != 1:
        return list(counted)
    for segment in sorted(segments, key=lambda s: s.recency):
        inside = [i for i in counted if claims[i]["section"] == segment.section and
                  segment.start <= claims[i]["start"] < segment.end]
        if any(states_a_figure(claims[i]) and not _one_more(claims[i]) for i in inside):
            return [i for i in inside if not _one_more(claims[i])]
    return list(counted)
