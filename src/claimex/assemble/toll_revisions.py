"""A lead's toll told again in the body as a revised total is one figure, not two (issue 14,
session 18; see :mod:`claimex.assemble.tolls`). A wire report puts its figure in the
headline and tells it again below, often raised since ("Over 40 dead as ferry capsizes ...
The death toll has risen to 43") and often with the death that raised it ("The toll rose
to 14 on Sunday as another worker died in hospital"). Two frames:

* a later total of the lead's figure (:func:`revised_totals`): a figure stated as a total
  (``rule`` in :data:`claimex.rules.casualties.TOTAL_RULES`: "the death toll has risen to
  43") later than the lead, as large as the lead's largest figure or larger, stands beside
  the lead's figures, so the later, raised figure takes the toll (wire rule 4: for a
  revised toll, the latest);
* the increment of a total told in the total's own sentence (:func:`increments_of_a_total`):
  a figure that adds ("another worker", "two more") to a total stated in the same sentence
  is already inside it: "The toll rose to 14 as another worker died" is 14, not 15.

>>> def figure(low, high, rule, start, lead=False):
...     return {"value": {"low": low, "high": high}, "provenance": {"rule": rule},
...             "lead": lead, "evidence": {"sentence_start": start}}
>>> figures = [figure(41, None, "cue_bare_participle", 0, lead=True),
...            figure(38, None, "cue_passive_subject", 30, lead=True),
...            figure(43, 43, "cue_toll", 200)]
>>> revised_totals(figures, [0, 1, 2], [0, 1])
[2]
>>> raised = [figure(14, 14, "cue_toll", 0), figure(1, 1, "implicit_count", 0)]
>>> increments_of_a_total(raised, [(0, 1, 15.0)])
{(0, 1)}
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex.assemble.toll_figures import states_a_figure
from claimex.rules.casualties import TOTAL_RULES


def _rule(claim: dict[str, Any]) -> str:
    return (claim.get("provenance") or {}).get("rule") or ""


def _sentence_start(claim: dict[str, Any]) -> int | None:
    return (claim.get("evidence") or {}).get("sentence_start")


def revised_totals(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                   lead: Sequence[int]) -> list[int]:
    """The counted figures (indexes into ``claims``, one category) that tell the lead's toll
    again as a later, revised total: stated as a total (``rule`` in ``TOTAL_RULES``), after
    the last lead figure, with a low bound no lower than the lead's largest ("Over 40 dead
    ... at least 38 people were killed ... The death toll has risen to 43": 43 stands).

    >>> def figure(low, rule):
    ...     return {"value": {"low": low, "high": low}, "provenance": {"rule": rule}}
    >>> figures = [figure(12, "cue_object"), figure(9, "cue_toll"), figure(15, "cue_toll")]
    >>> revised_totals(figures, [0, 1, 2], [0])
    [2]
    >>> revised_totals([figure(12, "cue_object"), figure(15, "cue_object")], [0, 1], [0])
    []
    """
    figures = [i for i in lead if states_a_figure(claims[i])]
    if not figures:
        return []
    top = max(claims[i]["value"]["low"] for i in figures)
    last = max(lead)
    return [i for i in counted if i > last and _rule(claims[i]) in TOTAL_RULES and
            claims[i]["value"]["low"] >= top]


def increments_of_a_total(claims: Sequence[dict[str, Any]],
                          tallies: Sequence[tuple[int, int, float]]) -> set[tuple[int, int]]:
    """The running sums (``(origin, addition)`` pairs of ``tallies``, see
    :func:`claimex.rules.casualties.running_tallies`) whose addition is the increment of the
    total it adds to: the figure it adds to is stated as a total (``rule`` in
    ``TOTAL_RULES``) in the addition's own sentence ("The death toll rose to 14 on Sunday as
    another worker died": the worker is inside the 14).

    >>> def figure(rule, start):
    ...     return {"value": {"low": 1, "high": 1}, "provenance": {"rule": rule},
    ...             "evidence": {"sentence_start": start}}
    >>> increments_of_a_total([figure("cue_toll", 0), figure("implicit_count", 0)],
    ...                       [(0, 1, 2.0)])
    {(0, 1)}
    >>> increments_of_a_total([figure("cue_toll", 0), figure("implicit_count", 50)],
    ...                       [(0, 1, 2.0)])
    set()
    """
    return {(origin, index) for origin, index, _ in tallies
            if _rule(claims[origin]) in TOTAL_RULES and
            _sentence_start(claims[origin]) is not None and
            _sentence_start(claims[origin]) == _sentence_start(claims[index])}
