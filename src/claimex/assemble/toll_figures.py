"""What a toll rule asks of one casualty figure (:mod:`claimex.assemble.tolls`,
:mod:`claimex.assemble.toll_sides`): whether it states a figure of its own, whether it gives
only a ceiling, its upper bound as a number; and the words that tell a new victim.

>>> figure = {"value": {"low": 20, "high": None, "qualifier": "at_most"},
...           "provenance": {"rule": "cue_object"}}
>>> states_a_figure(figure), bounds_only(figure), finite_high(figure["value"]["high"])
(True, True, None)
"""

from __future__ import annotations

from typing import Any

from claimex import lexicon

# Words that make a victim told on its own a new one, set apart from those told before
# ("Another man", "a second male", "two others"): resources/words/new_victim_words.txt.
NEW_VICTIM_WORDS = lexicon.words("new_victim_words")
# Qualifiers of a figure that gives a ceiling and no count: "up to 400".
BOUNDS_ONLY_QUALIFIERS = ("at_most",)


def states_a_figure(claim: dict[str, Any]) -> bool:
    """Whether a claim has a figure of its own ("at least 13", "two", "dozens"), not people
    counted without one ("killed Abdul Jamil, a Taliban leader": a target, whom a later
    total may take in)."""
    return not claim["provenance"]["rule"].startswith("implicit")


def bounds_only(claim: dict[str, Any]) -> bool:
    """Whether a figure gives a ceiling and no count ("up to 400"), ``qualifier`` in
    :data:`BOUNDS_ONLY_QUALIFIERS`. A count word ("Dozens killed") is a count: the body's
    figures inside it do not replace it (tried: wire check fell)."""
    return claim["value"].get("qualifier") in BOUNDS_ONLY_QUALIFIERS


def vague_word(claim: dict[str, Any]) -> bool:
    """Whether a figure is a vague word or a bare plural ("several people", "The victims",
    ``qualifier`` "vague") whose range is a convention (3-9, 2 or more), not a count the
    text states: of two figures with the same low bound the count the text states stands
    ("three men were wounded ... police later said several people were hurt" is 3,
    not 3-9).

    >>> vague_word({"value": {"low": 3, "high": 9, "qualifier": "vague"}})
    True
    >>> vague_word({"value": {"low": 13, "high": None, "qualifier": "at_least"}})
    False
    """
    return claim["value"].get("qualifier") == "vague"


def finite_high(value: float | None) -> float | None:
    """An upper bound as a float, None when open ("at least 20": None or infinity)."""
    return None if value is None or value == float("inf") else float(value)
