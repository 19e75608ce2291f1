"""The escape frame (issue 14, session 15): fleeing a place of custody is an escape, not
displacement. "Police recaptured two inmates who fled the county jail": the two fled a
jail, they were not forced from their homes. A verb of leaving by flight
(``resources/words/leaving_verbs.txt``: flee, escape) whose left place is a place of
custody (``resources/words/custody_places.txt``: jail, prison, custody, detention ...)
tells an escape. Plain strings in, a plain value out; read by
:mod:`claimex.pipeline.claims.escapes`.

>>> is_escape("flee", ["county", "jail"])
True
>>> is_escape("flee", ["their", "village"])
False
"""

from __future__ import annotations

from collections.abc import Iterable

from claimex import lexicon

CUSTODY_PLACES = lexicon.words("custody_places")  # resources/words/custody_places.txt
LEAVING_VERBS = lexicon.words("leaving_verbs")  # resources/words/leaving_verbs.txt


def is_custody_place(words: Iterable[str]) -> bool:
    """Whether the lemmas of a left place's noun phrase name a place of custody: its noun
    or a word modifying it ("prison camp", "detention facility", "police custody").

    >>> is_custody_place(["the", "detention", "centre"])
    True
    >>> is_custody_place(["the", "refugee", "camp"])
    False
    """
    return any(word.lower() in CUSTODY_PLACES for word in words)


def is_escape(verb_lemma: str, left_place: Iterable[str]) -> bool:
    """Whether a verb of leaving (``verb_lemma``) with the lemmas of the place it leaves
    (``left_place``: its object, or the object of "from" / "out of") tells an escape from
    custody.

    >>> is_escape("escape", ["police", "custody"])
    True
    >>> is_escape("evacuate", ["the", "prison"])
    False
    """
    return verb_lemma.lower() in LEAVING_VERBS and is_custody_place(left_place)
