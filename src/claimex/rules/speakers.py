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
