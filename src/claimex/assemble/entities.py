"""The entity records of a document: the pipeline's mentions made consistent across the
document, people linked to the fullest form of their name, and DATE entities.

A span named inside a claim's subject, actor, location or speaker is linked to the
canonical name of the entity in it::

    >>> from claimex.records import EntityRecord
    >>> akar = EntityRecord("d1", 0, "Hulusi Akar", 16, 27, "PERSON", "Hulusi Akar", None,
    ...                     None, "model")
    >>> canonical_in(0, 27, [akar])
    'Hulusi Akar'
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import Any

from claimex.io.chunks import Chunk
from claimex.io.readers import InputDocument
from claimex.pipeline.dates import date_entity_fields
from claimex.records import EntityRecord
from claimex.rules.mentions import harmonise_labels
from claimex.rules.people import link_people

_start_of = attrgetter("start")
LINKED_LABELS = ("PERSON", "ORG", "FACTION", "COUNTRY", "NORP", "PLACE")

# A mention of a chunk doc in document offsets:
# (section, start, end, label, origin, canonical, kb_id, text)
Mention = tuple[int, int, int, str, str, str | None, str | None, str]


def entity_records(item: InputDocument, mentions: list[Mention],
                   dates: list[EntityRecord]) -> list[EntityRecord]:
    """The document's entity records in text order: its mentions after the document-level
    checks (:func:`consistent_model_mentions`), each person's canonical name the fullest
    form seen in the document ("Akar" -> "Hulusi Akar"), and its DATE entities."""
    mentions = consistent_model_mentions(mentions)
    people = [m for m in mentions if m[3] == "PERSON"]
    canonical_people = dict(zip(people, link_people([m[7] for m in people]), strict=True))
    records = []
    for mention in mentions:
        section, start, end, label, origin, canonical, kb_id, _ = mention
        if label == "PERSON":
            canonical = canonical_people[mention]
        records.append(EntityRecord(
            doc_id=item.doc_id, section=section, text=item.text[start:end], start=start,
            end=end, label=label, canonical=canonical, kb_id=kb_id, value=None,
            origin=origin,  # type: ignore[arg-type]
        ))
    return sorted([*records, *dates], key=lambda e: (e.start, e.end))


def date_entities(item: InputDocument, chunk: Chunk, dates: list[dict[str, Any]]
                  ) -> list[EntityRecord]:
    """The dates of a chunk (``doc._.claimex_dates``, and the other TIMEX3 expressions of
    ``doc._.claimex_timexes``: durations, sets, "now") as DATE entity records, each with
    its TIMEX3 value at the expression's granularity and ``timex`` (type, mod)."""
    return [EntityRecord(doc_id=item.doc_id, section=chunk.section,
                         text=item.text[chunk.start + d["start"]:chunk.start + d["end"]],
                         start=chunk.start + d["start"], end=chunk.start + d["end"],
                         label="DATE", canonical=None, kb_id=None,
                         **date_entity_fields(d), origin="rule", interval=d["value"])
            for d in dates]


def consistent_model_mentions(mentions: list[Mention]) -> list[Mention]:
    """Model mentions after the document-level checks of :mod:`claimex.rules.mentions`."""
    model = [m for m in mentions if m[4] == "model"]
    if not model:
        return mentions
    labels = dict(zip(model, harmonise_labels([(m[7], m[3]) for m in model]), strict=True))
    return [(*m[:3], labels[m], *m[4:]) if m[4] == "model" else m for m in mentions]


def canonical_in(start: int, end: int, entities: list[EntityRecord]) -> str | None:
    """The canonical name of the person, faction, organisation or country named inside a
    span ("Turkish minister Hulusi Akar" -> "Hulusi Akar", "SAA forces" -> "Syrian Arab
    Army", "Akar" -> the full name seen in the document); None when none is.

    ``entities`` are in text order, as :func:`entity_records` gives them: only those that
    start inside the span are looked at."""
    inside = []
    for index in range(bisect_left(entities, start, key=_start_of), len(entities)):
        entity = entities[index]
        if entity.start > end:
            break
        if entity.end <= end and entity.label in LINKED_LABELS:
            inside.append(entity)
    inside.sort(key=lambda e: (e.label != "PERSON", -(e.end - e.start)))
    return (inside[0].canonical or inside[0].text) if inside else None
