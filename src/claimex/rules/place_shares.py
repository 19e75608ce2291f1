"""Shares of a total told by place in prose, each a bare figure with its place.

"Floods killed 52 people in Norland, 17 in Westmark and another 9 in the Hollow Coast"
tells three shares; the second and third have no cue of their own and take the first's.
A figure is such a share when a list joint opens it (a comma, "and", a dash, "with",
"while"; "another" or "a further" may stand between) and "in" or "from" with a place
name closes it. Dates ("31 in March"), fractions ("one in five") and lower-case places
("3 in hospital") are no shares.

>>> opens_place_share(["people", "in", "Norland", ",", "and", "another"])
True
>>> closes_with_place(["in", "the", "Hollow", "Coast", "."])
True
>>> closes_with_place(["in", "March"])
False
"""

from __future__ import annotations

from claimex import lexicon

_JOINTS = lexicon.words("place_share_joints")
_OPENERS = lexicon.words("place_share_openers")
_PLACE_PREPOSITIONS = frozenset({"in", "from"})
_NOT_PLACES = lexicon.words("months") | lexicon.words("weekdays")


def opens_place_share(before: list[str]) -> bool:
    """Whether the words right ``before`` a figure (nearest last) open a share of a list:
    a joint, with "another" or "a further" after it.

    >>> opens_place_share(["killed", "40", "in", "Alba", ","])
    True
    >>> opens_place_share(["a", "man", "aged"])
    False
    """
    words = [word.lower() for word in before]
    while words and words[-1] in _OPENERS:
        words.pop()
    return bool(words) and words[-1] in _JOINTS


def closes_with_place(after: list[str]) -> bool:
    """Whether the words ``after`` a figure start with "in" or "from" and a place name
    (capitalised, "the" allowed before it, no month or weekday).

    >>> closes_with_place(["from", "Kessa", "province"])
    True
    >>> closes_with_place(["in", "five"]), closes_with_place(["in", "hospital"])
    (False, False)
    """
    if len(after) < 2 or after[0].lower() not in _PLACE_PREPOSITIONS:
        return False
    name = after[2] if after[1].lower() == "the" and len(after) > 2 else after[1]
    return name[:1].isupper() and name.lower() not in _NOT_PLACES
