"""Whether two prepared claims can report the same event: subject, actor, place, time."""

from __future__ import annotations

from collections.abc import Mapping

from claimex.reconcile.claims import PreparedClaim
from claimex.reconcile.settings import ReconcileSettings
from claimex.reconcile.timeline import gap_days


class Matcher:
    def __init__(self, settings: ReconcileSettings):
        self.s = settings
        self.subject_class = {n: k for k, ns in settings.subject_classes.items() for n in ns}
        self.actor_classes = {n: k for k, ns in settings.actor_classes.items() for n in ns}

    def nouns_match(self, a: str | None, b: str | None, table: Mapping[str, str]) -> bool:
        if a == b:
            return True
        ka, kb = table.get(a or ""), table.get(b or "")
        return ka is not None and ka == kb

    def subject(self, a: PreparedClaim, b: PreparedClaim) -> bool:
        if a.wildcard or b.wildcard:
            return True
        if a.subject_canon and b.subject_canon:
            return a.subject_canon == b.subject_canon
        if (a.subject_mods and b.subject_mods and not (a.subject_mods & b.subject_mods)
                and not (a.subject_canon or b.subject_canon)):
            return False  # "Russian soldiers" / "Ukrainian soldiers"
        return self.nouns_match(a.subject_head, b.subject_head, self.subject_class)

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
        if a.time is None or b.time is None:
            return None
        return gap_days(a.time, b.time)

    def time(self, a: PreparedClaim, b: PreparedClaim) -> bool:
        gap = self.time_gap(a, b)
        if gap is None:
            return True
        window = (self.s.inferred_time_window_days if a.time_inferred or b.time_inferred
                  else self.s.time_window_days)
        return gap <= window

    def compatible(self, a: PreparedClaim, b: PreparedClaim) -> bool:
        if a.doc_id == b.doc_id and (
                (a.start < b.end and b.start < a.end)  # a sum and its terms
                or figure_inside(b, a.subject_span) or figure_inside(a, b.subject_span)):
            return False  # "two of the town's three hospitals": a part and its whole
        if a.type == "quantity" and self.s.quantity_scope == "document" and (
                a.doc_id != b.doc_id):
            return False
        return (self.subject(a, b) and self.actor(a, b) and self.location(a, b)
                and self.time(a, b))


def figure_inside(c: PreparedClaim, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= c.start and c.end <= span[1]

