"""A toll's candidate figures and how they rank (:mod:`claimex.assemble.tolls`): the
figures that stand where the lead states one (:func:`lead_and_its_retelling`), the upper
bound of a running sum (:func:`sum_high`) and the order of the candidates
(:func:`_preference`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex.assemble.toll_figures import bounds_only, finite_high, states_a_figure, vague_word


def _less(high: float | None, killed: float) -> float | None:
    return None if high is None else max(high - killed, 0.0)


def lead_and_its_retelling(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                           lead: Sequence[int]) -> list[int]:
    """The figures that stand where the lead states one (indexes into ``claims``, among
    ``counted``): the lead's, and the lead's largest figure told again below it, maybe with
    its "at least" ("Taliban kill 9 officers" over "At least nine officers were killed").
    Where the lead's figures only give a ceiling (:func:`bounds_only`: "up to 400"), the
    body's first count inside it stands too ("Up to 40 people were killed ... Twelve people
    were confirmed dead" is 12).

    >>> def figure(low, high, qualifier=None):
    ...     return {"value": {"low": low, "high": high, "qualifier": qualifier},
    ...             "provenance": {"rule": "cue_object"}}
    >>> up_to = [figure(0, 40, "at_most"), figure(12, 12), figure(370, 370)]
    >>> lead_and_its_retelling(up_to, [0, 1, 2], [0])
    [0, 1]
    >>> lead_and_its_retelling([figure(13, None), figure(37, 37)], [0, 1], [0])
    [0]
    """
    top = max(claims[i]["value"]["low"] for i in lead)
    stated = [i for i in counted if i in lead or claims[i]["value"]["low"] == top]
    figures = [i for i in lead if states_a_figure(claims[i])]
    if figures and all(bounds_only(claims[i]) for i in figures):
        low = min(claims[i]["value"]["low"] for i in figures)
        highs = [claims[i]["value"]["high"] for i in figures]
        high = None if None in highs else max(highs)
        inside = [i for i in counted if i not in stated and not bounds_only(claims[i]) and
                  states_a_figure(claims[i]) and low <= claims[i]["value"]["low"] and
                  (high is None or claims[i]["value"]["low"] <= high)]
        stated += inside[:1]
    return sorted(stated)


def sum_high(claims: Sequence[dict[str, Any]], tallies: Sequence[tuple[int, int, float]],
             k: int) -> float | None:
    """The upper bound of the ``k``-th running sum: the sum of its parts' upper bounds where
    each part is an exact count ("four police were also wounded ... Nine other civilians
    were wounded" is 13, no more), else open (None): "at least 20 ... three more" is at
    least 23. The parts are the figure the sum starts from and each addition to it so far.

    >>> def figure(low, high):
    ...     return {"value": {"low": low, "high": high}}
    >>> sum_high([figure(4, 4), figure(9, 9)], [(0, 1, 13.0)], 0)
    13.0
    >>> sum_high([figure(20, None), figure(3, 3)], [(0, 1, 23.0)], 0) is None
    True
    """
    origin, _, total = tallies[k]
    parts = [origin] + [index for start, index, _ in tallies[:k + 1] if start == origin]
    values = [claims[i]["value"] for i in parts]
    highs = [finite_high(v["high"]) for v in values]
    if None in highs or sum(float(v["low"]) for v in values) != total:
        return None
    return float(sum(h for h in highs if h is not None))


def _preference(candidate: tuple[float, float | None, str, list[int], int],
                claims: Sequence[dict[str, Any]] = ()) -> tuple[float, bool, bool, float]:
    """How a toll's candidates rank: the largest low bound; of equal ones a count the text
    states over a vague word or bare plural of one claim (:func:`vague_word`: "three
    men were wounded" over "several people were hurt", "The victims were taken to a
    nearby hospital"), then a stated figure, then the widest upper bound, an open one
    first: a headline drops the body's "at least" ("Raiders kill 21 herders" over "raiders
    killed at least 21 herders": at least 21).

    >>> sorted([(13.0, 13.0, "stated", [0], 0), (13.0, None, "stated", [1], 1)],
    ...        key=_preference)[-1][1] is None
    True
    >>> figures = [{"value": {"low": 3, "high": 3, "qualifier": "exact"}},
    ...            {"value": {"low": 3, "high": 9, "qualifier": "vague"}}]
    >>> max([(3.0, 3.0, "stated", [0], 0), (3.0, 9.0, "stated", [1], 1)],
    ...     key=lambda c: _preference(c, figures))[1]
    3.0
    """
    low, high, basis = candidate[0], candidate[1], candidate[2]
    vague = bool(claims) and basis == "stated" and len(candidate[3]) == 1 and \
        vague_word(claims[candidate[4]])
    return low, not vague, basis == "stated", float("inf") if high is None else high
