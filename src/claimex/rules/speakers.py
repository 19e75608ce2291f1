"""Speaker rules of real news copy: the name inside a speaker phrase that describes its
speaker at length, and whether a named speaker can be the "he" or "she" that speaks
later. Pure functions over strings; the attribution component
(:mod:`claimex.pipeline.attribution`) applies them.

>>> named_part("Abdul Haq Shafaq, the provincial governor")
'Abdul Haq Shafaq'
"""

from __future__ import annotations

import re

# what sets an appositive or a relative clause off a name: ", ", a spaced dash, "("
_APPOSITION_RE = re.compile(r",\s+|\s[–—-]\s|\s*\(")
_LEADING_WORDS = frozenset({"the", "a", "an"})


def named_part(phrase: str) -> str:
    """The name an appositive speaker phrase describes, which a later pronoun stands for:
    the first part (split at ", ", a spaced dash or "(") whose last word is capitalised,
    else the first part; a phrase without an appositive stays whole.

    >>> named_part("Karim Sadeq, a district official in Zabul province")
    'Karim Sadeq'
    >>> named_part("a police spokesman, Omar Farid")
    'Omar Farid'
    >>> named_part("The Red Crescent – volunteers who run the ambulances")
    'The Red Crescent'
    >>> named_part("Tom Hale, who runs the county's bus company")
    'Tom Hale'
    >>> named_part("the local health office")
    'the local health office'
    """
    parts = [p.strip() for p in _APPOSITION_RE.split(phrase) if p and p.strip()]
    if len(parts) < 2:
        return phrase
    for part in parts:
        words = [w for w in part.split() if w.lower() not in _LEADING_WORDS]
        if words and words[-1][:1].isupper():
            return part
    return parts[0]


def spelled_otherwise(word: str, other: str) -> bool:
    """Whether two capitalised words are one name transliterated two ways ("Rudskoy",
    "Rudskoi"; "Shoigu", "Shoygu"): not the same, both of five letters or more, the same
    first three letters, and one letter changed, added or dropped.

    >>> spelled_otherwise("Rudskoy", "Rudskoi"), spelled_otherwise("Shoigu", "Shoygu")
    (True, True)
    >>> spelled_otherwise("Rudskoy", "Rudskoy"), spelled_otherwise("Hassan", "Hassad")
    (False, True)
    >>> spelled_otherwise("Ahmed", "Ahmad"), spelled_otherwise("Khan", "Kahn")
    (True, False)
    """
    a, b = word.lower(), other.lower()
    if a == b or min(len(a), len(b)) < 5 or a[:3] != b[:3] or not (
            word[:1].isupper() and other[:1].isupper()):
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1:] == short for i in range(len(long)))
