"""The place of a casualty claim: its clause's nearest place, else its sentence's, else its
paragraph's first (claimex.rules.claim_places)."""

from __future__ import annotations

import re

import pytest

from claimex.rules.claim_places import PlaceName, clause_around, paragraph_around, place_of_claim


def _choose(text: str, figure: str, places: list[str], locative: set[str]) -> str | None:
    """The place chosen for ``figure`` in ``text``: sentences end at ". ", paragraphs at
    newlines; each name in ``places`` is found by its first occurrence."""
    at = text.index(figure)
    sentence_start = max(text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0,
                         text.rfind("\n", 0, at) + 1)
    ends = [m.end() for m in re.finditer(r"\.(?: |$)|\n", text) if m.end() > at]
    sentence = (sentence_start, min(ends) if ends else len(text))
    names = [PlaceName(text.index(name), text.index(name) + len(name), name in locative)
             for name in places]
    chosen = place_of_claim(at, clause_around(text, at, sentence), sentence,
                            paragraph_around(text, sentence), names)
    return None if chosen is None else places[chosen]


PLACES = [
    # the clause's own place beats a dateline's in the same sentence
    ("PORTVILLE (Wire) - Gunmen shot dead four farmers near Mirabad, police said.",
     "four", ["PORTVILLE", "Mirabad"], {"Mirabad"}, "Mirabad"),
    # a place fronted before a comma: the clause holds none, the sentence gives it
    ("In Norvale district, rebels burned a school and killed six pupils.",
     "six", ["Norvale district"], {"Norvale district"}, "Norvale district"),
    # a sentence without a place: the paragraph's first place
    ("Raiders struck Kestrel village overnight. Nine herders died.\nRain fell in Tamsin.",
     "Nine", ["Kestrel village", "Tamsin"], set(), "Kestrel village"),
    # another paragraph's place is not this one's
    ("Raiders struck Kestrel village overnight.\nNine herders died, a medic said.",
     "Nine", ["Kestrel village"], set(), None),
    # inside one clause a place after a locative preposition comes first
    ("Bellmoor officials said 12 miners were trapped in Ostrava pit.",
     "12", ["Bellmoor", "Ostrava pit"], {"Ostrava pit"}, "Ostrava pit"),
    # a locative place of the sentence beats a bare name inside the figure's clause
    ("Troops in Garrow district, west of Lentz, killed nine raiders tied to the Front of Osk.",
     "nine", ["Garrow district", "Lentz", "Osk"], {"Garrow district"}, "Garrow district"),
    # without a locative one the nearer name wins
    ("A Harlow court heard that 3 guards from Denby were hurt.",
     "3", ["Harlow", "Denby"], set(), "Denby"),
]


@pytest.mark.parametrize(("text", "figure", "places", "locative", "expected"), PLACES)
def test_place_of_claim(text, figure, places, locative, expected):
    assert _choose(text, figure, places, locative) == expected
