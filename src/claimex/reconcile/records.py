"""``claimex.group/1`` records: a group's members, shared spans and figure summary.

>>> group_id(["b", "a"]) == group_id(["a", "b"])
True
"""

from __future__ import annotations

import hashlib
import math
import statistics
from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from claimex.reconcile.claims import PreparedClaim
from claimex.reconcile.compatibility import Matcher
from claimex.reconcile.nouns import normalise
from claimex.reconcile.settings import GROUP_SCHEMA, ReconcileSettings
from claimex.reconcile.tolls import TollIndex


def group_id(claim_ids: Iterable[str]) -> str:
    """Stable id of a group: a hash of its sorted member claim ids."""
    digest = hashlib.blake2b("\n".join(sorted(claim_ids)).encode("utf-8"), digest_size=10)
    return "g" + digest.hexdigest()


def _most_common(values: list[Any]) -> Any:
    values = [v for v in values if v]
    if not values:
        return None
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in values if counts[v] == top)  # first seen among the most common


def _shared_span(members: list[PreparedClaim], field_name: str) -> dict | None:
    spans = [m.record.get(field_name) for m in members]
    if field_name == "actor":
        spans = [s if m.actor_head or m.actor_canon else None
                 for s, m in zip(spans, members, strict=True)]
    keys = [normalise((s or {}).get("canonical")) or normalise((s or {}).get("text"))
            for s in spans]
    key = _most_common(keys)
    if key is None:
        return None
    span = next(s for s, k in zip(spans, keys, strict=True) if k == key)
    return {"text": span.get("text"), "canonical": span.get("canonical")}


def _point_value(m: PreparedClaim) -> float:
    return m.low if math.isinf(m.high) else (m.low + m.high) / 2


def _agree(a: PreparedClaim, b: PreparedClaim, tolerance: float) -> bool:
    return a.low <= b.high * (1 + tolerance) and b.low <= a.high * (1 + tolerance)


def group_record(members: list[PreparedClaim], settings: ReconcileSettings,
                  matcher: Matcher, tolls: TollIndex | None = None) -> dict:
    """A ``claimex.group/1`` dict of ``members`` (with an ``_order`` key the caller sorts
    by and drops); ``tolls``: the document tolls to list (None: ``tolls`` is null)."""
    members = sorted(members, key=lambda m: (m.doc_id, m.section, m.start, m.end, m.id))
    first = members[0]
    ids = [m.id for m in members]
    heads = [m.subject_head for m in members if not m.wildcard]
    head = _most_common(heads)
    subject = None
    if head:
        rep = next(m for m in members if m.subject_head == head and not m.wildcard)
        canon = _most_common([(m.record.get("subject") or {}).get("canonical")
                              for m in members if not m.wildcard])
        subject = {"text": rep.record["subject"].get("text"), "head": head,
                   "class": matcher.subject_class.get(head),
                   "kind": settings.class_kinds.get(matcher.subject_class.get(head) or ""),
                   "canonical": canon,
                   "sides": sorted(set().union(*(m.victims.sides for m in members)))}
    times = [m.time for m in members if m.time]
    span = None
    if times:
        lo, hi = min(t[0] for t in times), max(t[1] for t in times)
        span = {"start": None if lo == date.min else lo.isoformat(),
                "end": None if hi == date.max else hi.isoformat(),
                "inferred": all(m.time_inferred for m in members if m.time)}
    counted = [m for m in members if m.modality in ("asserted", "hedged")]
    reasons = []
    if any(not _agree(a, b, settings.dispute_tolerance)
           for i, a in enumerate(counted) for b in counted[i + 1:]):
        reasons.append("figures")
    if counted and any(m.modality == "negated" for m in members):
        reasons.append("negation")
    summary = {
        "members": len(members),
        "documents": len({m.doc_id for m in members}),
        "sources": len({m.speaker_key for m in members}),
        "low": min((m.low for m in counted), default=None),
        "high": max((m.high for m in counted), default=None),
        "median": statistics.median(_point_value(m) for m in counted) if counted else None,
        "disputed": bool(reasons),
        "disputed_by": reasons,
        "modalities": dict(sorted(Counter(m.modality for m in members).items())),
    }
    return {
        "schema": GROUP_SCHEMA,
        "group_id": group_id(ids),
        "type": first.type,
        "category": first.category,
        "unit": first.unit,
        "subject": subject,
        "actor": _shared_span(members, "actor"),
        "location": _shared_span(members, "location"),
        "time": span,
        "claim_ids": ids,
        "members": [_member(m) for m in members],
        "tolls": None if tolls is None else tolls.for_group(ids),
        "summary": summary,
        "_order": (first.doc_id, first.section, first.start, first.end, first.id),
    }


def _member(m: PreparedClaim) -> dict:
    value = m.record.get("value") or {}
    attribution = m.record.get("attribution") or {}
    evidence = m.record.get("evidence") or {}
    return {
        "claim_id": m.id,
        "doc_id": m.doc_id,
        "section": m.section,
        "section_kind": m.section_kind if m.section_kind is not None else (
            "comment" if m.in_comment else None),
        "figure": {"text": value.get("text"), "low": m.low, "high": m.high,
                   "qualifier": value.get("qualifier")},
        "modality": m.modality,
        "speaker": attribution.get("speaker"),
        "speaker_canonical": attribution.get("canonical"),
        "speaker_kind": attribution.get("kind"),
        "start": evidence.get("start"),
        "end": evidence.get("end"),
    }
