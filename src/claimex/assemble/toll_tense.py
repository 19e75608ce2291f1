"""A running count told beside the day's event in a document's toll (see
:mod:`claimex.assemble.tolls`): wire copy tells the event it reports in the simple past
and a running count in the present perfect ("Two PKK members were killed in an operation
on Wednesday ... since then more than 500 troops have been killed"); where the text tells
a figure of a category in the simple past, a figure told in the perfect outside the lead
does not make the toll (frame: the day's event in the past, the count so far in the
perfect, :func:`past_over_perfect`).

>>> past = {"tense": "past", "lead": False}
>>> perfect = {"tense": "perfect", "lead": False}
>>> past_over_perfect([past, perfect], [0, 1])
[0]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def past_over_perfect(claims: Sequence[dict[str, Any]], counted: Sequence[int]) -> list[int]:
    """The counted figures (indexes into ``claims``) less those told in the perfect outside
    the lead, where a figure of the same category is told in the simple past ("eight
    Palestinians were killed by Israeli forces ... strikes that have killed nearly 15,000"
    is eight); the lead's own figures always stay ("At least 13 people have been killed
    ... nine were killed when roofs collapsed" keeps 13).

    >>> lead = {"tense": "perfect", "lead": True}
    >>> past = {"tense": "past", "lead": False}
    >>> past_over_perfect([lead, past], [0, 1])
    [0, 1]
    """
    if not any(claims[i].get("tense") == "past" for i in counted):
        return list(counted)
    return [i for i in counted if claims[i].get("lead") or claims[i].get("tense") != "perfect"]
