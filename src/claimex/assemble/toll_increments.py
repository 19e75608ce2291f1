"""The increment of a total told in the total's own sentence is inside it (issue 14, session
18; see :mod:`claimex.assemble.tolls`). A wire report tells its raised toll together with
the death that raised it ("The toll rose to 14 on Sunday as another worker died in
hospital"): the worker is one of the 14, so the running sum that would add "another worker"
to the 14 is no toll (frame: an addition in the sentence of the total it adds to,
:func:`increments_of_a_total`). Wire rule 4: increments are inside the revised toll.

>>> def figure(low, rule, start):
...     return {"value": {"low": low, "high": low}, "provenance": {"rule": rule},
...             "evidence": {"sentence_start": start}}
>>> raised = [figure(14, "cue_toll", 0), figure(1, "implicit_count", 0)]
>>> increments_of_a_total(raised, [(0, 1, 15.0)])
{(0, 1)}
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex.rules.running_tallies import TOTAL_RULES


def _rule(claim: dict[str, Any]) -> str:
    return (claim.get("provenance") or {}).get("rule") or ""


def _sentence_start(claim: dict[str, Any]) -> int | None:
    return (claim.get("evidence") or {}).get("sentence_start")


def increments_of_a_total(claims: Sequence[dict[str, Any]],
                          tallies: Sequence[tuple[int, int, float]]) -> set[tuple[int, int]]:
    """The running sums (``(origin, addition)`` pairs of ``tallies``, see
    :func:`claimex.rules.running_tallies.running_tallies`) whose addition is the increment of the
    total it adds to: the figure the sum starts from is stated as a total (``rule`` in
    :data:`claimex.rules.running_tallies.TOTAL_RULES`) in the addition's own sentence ("The death
    toll rose to 14 on Sunday as another worker died": the worker is inside the 14); an
    addition told in a later sentence ("The toll rose to 14. Two more bodies were found on
    Monday") still adds.

    >>> def figure(rule, start):
    ...     return {"value": {"low": 1, "high": 1}, "provenance": {"rule": rule},
    ...             "evidence": {"sentence_start": start}}
    >>> increments_of_a_total([figure("cue_toll", 0), figure("implicit_count", 50)],
    ...                       [(0, 1, 2.0)])
    set()
    >>> increments_of_a_total([figure("cue_object", 0), figure("implicit_count", 0)],
    ...                       [(0, 1, 2.0)])
    set()
    """
    return {(origin, index) for origin, index, _ in tallies
            if _rule(claims[origin]) in TOTAL_RULES and
            _sentence_start(claims[origin]) is not None and
            _sentence_start(claims[origin]) == _sentence_start(claims[index])}
