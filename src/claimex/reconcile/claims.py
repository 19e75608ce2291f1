"""Claim dicts prepared for grouping: the parts of ``claimex.claim/1`` the rules compare."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from claimex.reconcile.nouns import (
    country_names,
    head_noun,
    normalise,
    proper_modifiers,
)
from claimex.reconcile.settings import ReconcileSettings, noun_classes
from claimex.reconcile.timeline import parse_time
from claimex.reconcile.victims import (
    Victims,
    counts_additional,
    is_person_noun,
    side_index,
    victim_sides,
)
from claimex.rules.claim_places import told_in_own_sentence


@dataclass(slots=True)
class PreparedClaim:
    index: int
    record: dict
    id: str
    doc_id: str
    section: int
    type: str
    category: str
    unit: str | None
    low: float
    high: float
    start: int
    end: int
    sentence_start: int | None
    sentence: str
    subject_head: str | None
    subject_canon: str | None
    subject_mods: frozenset[str]
    subject_span: tuple[int, int] | None
    wildcard: bool
    actor_head: str | None
    actor_canon: str | None
    location: str | None
    is_country: bool
    places: frozenset[str]
    time: tuple[date, date] | None
    time_value: str | None
    time_inferred: bool
    modality: str
    speaker_key: str
    victims: Victims
    scope: str | None
    section_kind: str | None
    in_comment: bool


def follows_article(c: PreparedClaim) -> bool:
    """A comment's figure with no subject, place or time of its own ("Nonsense, only 5 were
    killed"): it speaks of the event of the article the comment is under."""
    return c.in_comment and c.wildcard and c.location is None and (
        c.time is None or c.time_inferred)


def span_text(span: Mapping[str, Any] | None) -> str | None:
    return (span or {}).get("text") or None


def prepare_claim(index: int, c: Mapping[str, Any], settings: ReconcileSettings,
                  section_kind: str | None = None,
                  subject_class: Mapping[str, str] | None = None,
                  sides: Mapping[str, frozenset[str]] | None = None) -> PreparedClaim:
    """A claim dict read for grouping. ``section_kind``: the kind of the claim's section in
    its document's ``sections`` ("title", "article", "comment"; None: unknown, and a claim
    in the author's own voice, ``attribution.kind == "author"``, is taken as a comment);
    ``subject_class``: head noun → class; ``sides``: word → sides (:func:`side_index`).
    """
    if subject_class is None:
        subject_class = noun_classes(settings.subject_classes)
    if sides is None:
        sides = side_index(settings.side_words)
    value = c.get("value") or {}
    evidence = c.get("evidence") or {}
    start, end = int(evidence.get("start", 0)), int(evidence.get("end", 0))
    sentence_start = evidence.get("sentence_start")
    subject = c.get("subject") or None
    head = head_noun(span_text(subject))
    mods: frozenset[str] = frozenset()
    if subject:
        at_start = sentence_start is not None and subject.get("start") == sentence_start
        mods = proper_modifiers(subject.get("text") or "", at_start)
    subject_canon = normalise((subject or {}).get("canonical"))
    wildcard = head is None or (head in settings.role_nouns and not subject_canon)
    actor = c.get("actor") or None
    if actor and actor.get("start") is not None and actor.get("end") is not None and (
            actor["start"] <= start and end <= actor["end"]):
        actor = None  # "30,000 people fled": the counted phrase, not who did it
    location = c.get("location") or None
    if not told_in_own_sentence(location, c.get("evidence")):
        location = None  # a place taken from the paragraph does not set two claims apart
    loc = normalise((location or {}).get("canonical")) or normalise(span_text(location))
    time = c.get("time") or None
    attribution = c.get("attribution") or {}
    speaker = attribution.get("canonical") or attribution.get("speaker") or ""
    high = value.get("high")
    victims = Victims(
        head=head, word_class=subject_class.get(head or ""),
        person=is_person_noun(head) or head in sides,  # "Russians", "Houthis", "the regime"
        canonical=subject_canon, modifiers=mods,
        sides=victim_sides(span_text(subject), (subject or {}).get("canonical"), sides),
        wildcard=wildcard,
        additional=counts_additional(span_text(subject), head, settings.additional_words))
    in_comment = (section_kind == "comment" if section_kind is not None
                  else attribution.get("kind") == "author")
    return PreparedClaim(
        index=index, record=dict(c), id=str(c.get("id")), doc_id=str(c.get("doc_id")),
        section=int(c.get("section") or 0), type=str(c.get("type")),
        category=str(c.get("category")), unit=value.get("unit"),
        low=float(value.get("low") or 0.0),
        high=math.inf if high is None else float(high),
        start=start, end=end, sentence_start=sentence_start,
        sentence=str(evidence.get("sentence") or ""),
        subject_head=head, subject_canon=subject_canon, subject_mods=mods,
        subject_span=((subject["start"], subject["end"]) if subject
                      and subject.get("start") is not None and subject.get("end") is not None
                      else None),
        wildcard=wildcard,
        actor_head=head_noun(span_text(actor)),
        actor_canon=normalise((actor or {}).get("canonical")),
        location=loc, is_country=bool(loc and loc in country_names()),
        places=frozenset(), time=parse_time((time or {}).get("value")),
        time_value=(time or {}).get("value"),
        time_inferred=bool((time or {}).get("inferred")),
        modality=str(c.get("modality") or "asserted"),
        speaker_key=re.sub(r"\s+", " ", speaker).strip().casefold(),
        victims=victims, scope=c.get("scope") or None, section_kind=section_kind,
        in_comment=in_comment)
