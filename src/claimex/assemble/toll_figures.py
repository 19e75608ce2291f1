"""What a toll rule asks of one casualty figure (:mod:`claimex.assemble.tolls`,
:mod:`claimex.assemble.toll_sides`): whether it states a figure of its own, whether it gives
only a ceiling, and its upper bound as a number.

>>> figure = {"value": {"low": 20, "high": None, "qualifier": "at_most"},
...           "provenance": {"rule": "cue_object"}}
>>> states_a_figure(figure), bounds_only(figure), finite_high(figure["value"]["high"])
(True, True, None)
"""

from __future__ import annotations

from typing import Any

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


def ceiling_as_toll(low: float, high: float | None, claim: dict[str, Any]
                    ) -> tuple[float, float | None]:
    """A toll whose figure gives only a ceiling, with no count inside it (:func:`bounds_only`:
    "as many as 60 people may have been killed", "up to 20 feared dead"), is that figure, as
    the sets' annotators read it (60, vague), not 0 to 60.

    >>> ceiling_as_toll(0.0, 60.0, {"value": {"qualifier": "at_most"}})
    (60.0, 60.0)
    >>> ceiling_as_toll(12.0, 12.0, {"value": {"qualifier": "exact"}})
    (12.0, 12.0)
    """
    if bounds_only(claim) and high is not None and low < high:
        return high, high
    return low, high


def finite_high(value: float | None) -> float | None:
    """An upper bound as a float, None when open ("at least 20": None or infinity)."""
    return None if value is None or value == float("inf") else float(value)
