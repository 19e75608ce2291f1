"""Bare plurals that name a group of people as a whole.

"Danish soldiers are injured" or "the army killed Kurdish militants" names its people by
nationality, ethnicity or creed, as a group the sentence speaks of; nobody counts it, as
nobody counts "civilians were killed". A plural named by its role only ("detained
suspected insurgents") stays at least two (:func:`claimex.rules.casualties.is_bare_plural`).
"""

from __future__ import annotations

from spacy.tokens import Token

# the entity label of nationalities, ethnicities and creeds ("Danish", "Kurdish", "Islamists")
_GROUP_LABEL = "NORP"


def names_a_group(noun: Token, entities_key: str) -> bool:
    """Whether a bare plural's own words name a nationality, ethnicity or creed: the noun
    itself or a word before it in its phrase.

    "Danish soldiers are injured", "killed Kurdish militants", "arrested Islamists": a group.
    "detained suspected insurgents", "captured Taliban fighters" (a faction, not a people):
    people taken one by one.
    """
    doc = noun.doc
    words = range(noun.left_edge.i, noun.i + 1)
    return any(span.label_ == _GROUP_LABEL and span.start <= i < span.end
               for span in doc.spans.get(entities_key, ()) for i in words)
