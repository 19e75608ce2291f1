"""A round-up's own total (frame: a numeral bound over the day's separate attacks), for
:func:`claimex.pipeline.claims.scope.claim_scope`: a figure counted with a numeral and a
lower bound ("at least 12", "more than 30") over several uncounted operations ("in
separate attacks", "in multiple bombings") sums up the incidents the dispatch reports and
then tells one by one ("At least 14 guards died in separate ambushes on Friday ... In the
north, gunmen shot dead six ... Near the border, a mine killed eight"): it is the toll of
the reported event(s), ``reported``, as an exact total over them already is
(:func:`claimex.pipeline.claims.scope.states_a_total`). A vague word over separate
operations ("Numerous fighters were killed during separate operations") still sums up
parts (``aggregate``), and so does any figure told over a period ("more than 20 militants
were killed in separate raids over the past two days": the period decides) or over
operations a force counts ("during five operations").

>>> round_up_total({"value": {"low": 12, "high": None, "qualifier": "at_least",
...                           "text": "at least 12"}})
True
>>> round_up_total({"value": {"low": 2, "high": None, "qualifier": "vague",
...                           "text": "numerous"}})
False
"""

from __future__ import annotations

from typing import Any

from claimex.rules.numbers.quantity import LOWER_BOUNDS


def round_up_total(claim: dict[str, Any]) -> bool:
    """Whether a figure is a count with a lower bound ("at least 12", "more than 30", "no
    fewer than 8": :data:`~claimex.rules.numbers.quantity.LOWER_BOUNDS`; a vague word has
    its own qualifier): over the day's separate attacks such a figure is the round-up's
    own total (see the module docstring), not a sum over a period."""
    return (claim.get("value") or {}).get("qualifier") in LOWER_BOUNDS
