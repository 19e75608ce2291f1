"""Speaker rules of real news copy: the name inside a speaker phrase that describes its
speaker at length, and whether a named speaker can be the "he" or "she" that speaks
later. Pure functions over strings; the attribution component
(:mod:`claimex.pipeline.attribution`) applies them.

>>> named_part("Abdul Haq Shafaq, the provincial governor")
'Abdul Haq Shafaq'
"""

from __future__ import annotations

import re

from claimex import lexicon

# what sets an appositive or a relative clause off a name: ", ", a spaced dash, "("
_APPOSITION_RE = re.compile(r",\s+|\s[–—-]\s|\s*\(")
_LEADING_WORDS = frozenset({"the", "a", "an"})
# nouns that describe an outlet after its name: "the official Xinhua news agency"
OUTLET_NOUNS = lexicon.words("outlet_nouns")
# nouns of people, singular and plural ("official", "officials"): never a later "it"
_PERSON_NOUNS = lexicon.nouns("person_nouns")


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


def outlet_name(phrase: str) -> str:
    """The outlet's own name in a phrase that describes it by a common noun after the name
    ("the official Xinhua news agency" is Xinhua), which is what a later "it said" stands
    for: the capitalised words left when the lower-case words at both ends are dropped.
    A phrase that does not end in an outlet noun (:data:`OUTLET_NOUNS`), or holds no
    capitalised word, stays whole.

    >>> outlet_name("the official Xinhua news agency")
    'Xinhua'
    >>> outlet_name("the Harbour Times newspaper")
    'Harbour Times'
    >>> outlet_name("the state news agency")
    'the state news agency'
    >>> outlet_name("the regional police chief")
    'the regional police chief'
    """
    words = phrase.split()
    if not words or words[-1].lower() not in OUTLET_NOUNS:
        return phrase
    start, end = 0, len(words)
    while start < end and not words[start][:1].isupper():
        start += 1
    while end > start and not words[end - 1][:1].isupper():
        end -= 1
    return " ".join(words[start:end]) or phrase


def can_be_it(name: str) -> bool:
    """Whether a speaker named earlier can be a later "it": not one whose head noun names
    people ("a county official", "officials"); an outlet, a ministry or a report can.

    >>> can_be_it("the harbour authority"), can_be_it("a district official")
    (True, False)
    >>> can_be_it("rescue workers"), can_be_it("Lakewatch")
    (False, True)
    """
    words = name.split()
    return not words or words[-1].lower() not in _PERSON_NOUNS
