"""Whether two prepared claims can report the same event: subject, actor, place, time."""

from __future__ import annotations

import re
from collections.abc import Mapping

from claimex.reconcile.claims import PreparedClaim
from claimex.reconcile.settings import ReconcileSettings, noun_classes
from claimex.reconcile.timeline import gap_days, year_less_gap
from claimex.reconcile.victims import same_victims


class Matcher:
    def __init__(self, settings: ReconcileSettings):
        self.s = settings
        self.subject_class = noun_classes(settings.subject_classes)
        self.actor_classes = noun_classes(settings.actor_classes)

    def nouns_match(self, a: str | None, b: str | None, table: Mapping[str, str]) -> bool:
        if a == b:
            return True
        ka, kb = table.get(a or ""), table.get(b or "")
        return ka is not None and ka == kb

    def subject(self, a: PreparedClaim, b: PreparedClaim) -> bool:
        """Victims compatible by side and class (:func:`same_victims`): "Wagner fighters",
        "Russian contractors" and "Russian nationals" fit; "regime and allied fighters"
        does not fit them."""
        return same_victims(a.victims, b.victims)

    def actor(self, a: PreparedClaim, b: PreparedClaim) -> bool:
        if not (a.actor_head or a.actor_canon) or not (b.actor_head or b.actor_canon):
            return True
        if a.actor_canon and b.actor_canon and a.actor_canon == b.actor_canon:
            return True
        if a.actor_canon and b.actor_canon and a.actor_head != b.actor_head:
            return False
        return self.nouns_match(a.actor_head, b.actor_head, self.actor_classes)

    def location(self, a: PreparedClaim, b: PreparedClaim) -> bool:
        if a.location is None or b.location is None or a.location == b.location:
            return True
        if a.doc_id == b.doc_id and a.sentence_start == b.sentence_start:
            return False
        if self.s.country_contains_places and a.is_country != b.is_country:
            return True
        if a.is_country and b.is_country:
            return False
        if a.location in b.places or b.location in a.places:
            return True
        return bool(a.places & b.places)

    def time_gap(self, a: PreparedClaim, b: PreparedClaim) -> int | None:
        """Days between two claims' times; None when either is unknown. Two dates of
        unknown year compare by month and day ("XXXX-05-02" / "XXXX-08-21": 111)."""
        if a.time is None or b.time is None:
            return year_less_gap(a.time_value, b.time_value)
        return gap_days(a.time, b.time)

    def time(self, a: PreparedClaim, b: PreparedClaim) -> bool:
        gap = self.time_gap(a, b)
        if gap is None:
            return True
        window = (self.s.inferred_time_window_days if a.time_inferred or b.time_inferred
                  else self.s.time_window_days)
        return gap <= window

    def anchored(self, a: PreparedClaim, b: PreparedClaim) -> bool:
        """Claims of two documents are one event only when something beyond the victims ties
        them: both times known, or both places named below the country ("12 soldiers
        killed" on two undated pages are two events; "12 soldiers killed near Palmyra" on
        March 13 and "40 soldiers" on March 14 can be one)."""
        if not self.s.cross_document_anchor or a.doc_id == b.doc_id:
            return True
        if a.time is not None and b.time is not None:
            return True
        return (a.location is not None and b.location is not None
                and not a.is_country and not b.is_country)

    def compatible(self, a: PreparedClaim, b: PreparedClaim) -> bool:
        if a.doc_id == b.doc_id and (
                (a.start < b.end and b.start < a.end)  # a sum and its terms
                or figure_inside(b, a.subject_span) or figure_inside(a, b.subject_span)
                or subset_between(a, b, self.s.subset_cues)):
            return False  # "two of the town's three hospitals": a part and its whole
        if a.doc_id == b.doc_id and counts_beyond(a, b):
            return False  # "seven soldiers ... two other soldiers": further people
        if a.scope and b.scope and a.scope != b.scope:
            return False  # the strike's toll is not the war's (aggregate) or May's (background)
        if a.type == "quantity" and self.s.quantity_scope == "document" and (
                a.doc_id != b.doc_id):
            return False
        return (self.anchored(a, b) and self.subject(a, b) and self.actor(a, b)
                and self.location(a, b) and self.time(a, b))


def subset_between(a: PreparedClaim, b: PreparedClaim, cues: tuple[str, ...]) -> bool:
    """Whether, in one sentence, a subset cue stands between the two figures ("45 people,
    including four civilians were killed": the four are part of the 45)."""
    if a.sentence_start is None or a.sentence_start != b.sentence_start or not a.sentence:
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    between = a.sentence[first.end - a.sentence_start:second.start - a.sentence_start]
    return has_subset_cue(between, cues)


def has_subset_cue(between: str, cues: tuple[str, ...]) -> bool:
    """Whether the text between two figures makes the second a part of the first.

    >>> has_subset_cue(" people, including ", ("including",))
    True
    >>> has_subset_cue(" soldiers and ", ("including",))
    False
    """
    text = " ".join(between.casefold().split())
    return any(re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", text) for cue in cues)


def counts_beyond(a: PreparedClaim, b: PreparedClaim) -> bool:
    """Whether the later of two claims of one document counts further people than the
    earlier ("ISIS killed seven soldiers ... two other soldiers were killed")."""
    later = a if (a.section, a.start) > (b.section, b.start) else b
    return later.victims.additional


def figure_inside(c: PreparedClaim, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= c.start and c.end <= span[1]

