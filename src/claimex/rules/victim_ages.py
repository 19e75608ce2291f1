"""The age a victim phrase states, and whether two phrases can be one person by it.

Local news tells a victim with an age ("A 41-year-old woman is dead") and takes the person
up later by it ("The 41-year-old woman was pronounced dead"); a phrase of another age is
someone else ("The younger victim, a 19-year-old, ..."). Session 14.
"""

from __future__ import annotations

import re

_AGE_RE = re.compile(r"\b(\d{1,3})\s*-?\s*years?\s*-?\s*old\b", re.IGNORECASE)


def stated_age(phrase: str) -> int | None:
    """The age a phrase states with "N-year-old", None without one.

    >>> stated_age("The 41-year-old woman"), stated_age("a 7 year old boy"), stated_age("A man")
    (41, 7, None)
    """
    found = _AGE_RE.search(phrase)
    return int(found.group(1)) if found else None


def same_age(phrase: str, other: str) -> bool | None:
    """Whether two victim phrases state one age: True (both state it, the same), False
    (both state an age, not the same), None (one of them states none).

    >>> same_age("The 41-year-old woman", "A 41-year-old woman")
    True
    >>> same_age("The 41-year-old woman", "another woman, 23-year-old")
    False
    >>> same_age("The woman", "A 41-year-old woman") is None
    True
    """
    first, second = stated_age(phrase), stated_age(other)
    if first is None or second is None:
        return None
    return first == second
