"""The record of one figure (:class:`Quantity`) and the values its fields take.

>>> Quantity(0, 2, "12", 12.0, 12.0, "exact", None, "count", 0, 2).low
12.0
"""

from __future__ import annotations

from dataclasses import dataclass

#: The values of :attr:`Quantity.qualifier` and :attr:`Quantity.kind`.
QUALIFIERS = ("exact", "approx", "range", "at_least", "more_than", "at_most", "less_than", "vague")


# The qualifiers of a figure bounded on one side only: "at least 12", "more than 30" give a
# lower bound, "at most 100", "less than 40" an upper one.
LOWER_BOUNDS = frozenset({"at_least", "more_than"})
UPPER_BOUNDS = frozenset({"at_most", "less_than"})


KINDS = ("count", "percent", "money", "fraction", "duration", "distance", "other")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure in a text.

    ``start``/``end`` span the whole figure with its qualifier words, currency and unit
    (``text == source[start:end]``); ``value_start``/``value_end`` span the number part
    alone, for linking it to the words around it. ``high`` may be ``inf``.
    """

    start: int
    end: int
    text: str
    low: float
    high: float
    qualifier: str
    unit: str | None
    kind: str
    value_start: int
    value_end: int
