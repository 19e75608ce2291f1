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
_PLACE_HEADS = lexicon.words("place_heads")
_HYPHENS = frozenset({"-", "\u2013"})
_EACH = "each"


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


def places_sharing_each(after: list[str]) -> int:
    """How many places one figure stands for when ``after`` it (a counted noun allowed
    first, up to three words of a verb before "in"/"from") comes "each" and a list of two
    or more place names: "three each in Kessa, Lund and Upper Varn" is 3 places, "two
    people each died in Oster and Brill" 2. 0 for anything else ("four members each",
    "two each in Kessa", "five each of the families in Kessa and Lund").

    >>> places_sharing_each(["each", "in", "Kessa", ",", "Lund", "and", "Upper", "Varn", "."])
    3
    >>> places_sharing_each(["deaths", "each", "were", "reported", "from", "Oster", "and", "Brill"])
    2
    >>> places_sharing_each(["members", "each", "."]), places_sharing_each(["each", "in", "Kessa"])
    (0, 0)
    """
    words = list(after)
    if len(words) > 1 and words[0].lower() != _EACH and words[1].lower() == _EACH and \
            words[0].isalpha() and words[0].islower():
        words = words[1:]
    if not words or words[0].lower() != _EACH or words[1:2] == ["of"]:
        return 0  # "each of the families" shares out something else
    for at in range(1, min(len(words), 5)):
        if words[at].lower() in _PLACE_PREPOSITIONS:
            places = _count_places(words[at + 1:])
            return places if places >= 2 else 0
        if not (words[at].isalpha() and words[at].islower()):
            return 0
    return 0


def _is_place_word(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in _NOT_PLACES


def _count_places(words: list[str]) -> int:
    """The place names of a list "A, B and C" at the start of ``words`` (names of several
    capitalised words, hyphens inside, and a following "district" or "states" count once)."""
    count, at, last = 0, 0, False
    while at < len(words):
        if words[at].lower() == "the":
            at += 1
        if at >= len(words) or not _is_place_word(words[at]):
            break
        count, at = count + 1, at + 1
        while at < len(words) and (_is_place_word(words[at]) or (
                words[at] in _HYPHENS and at + 1 < len(words) and _is_place_word(words[at + 1]))):
            at += 1
        while at < len(words) and (words[at].lower() in _PLACE_HEADS or
                                   words[at].lower().removesuffix("s") in _PLACE_HEADS):
            at += 1
        if last or at >= len(words):
            break
        if words[at] == "," and at + 1 < len(words) and words[at + 1].lower() == "and":
            at, last = at + 2, True
        elif words[at].lower() == "and":
            at, last = at + 1, True
        elif words[at] == ",":
            at += 1
        else:
            break
    return count
