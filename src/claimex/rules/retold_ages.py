"""A retelling that gives a victim's age takes up the victim told with that age (issue 14,
session 16).

Local news tells two victims in its lead and each again by age in the body: "A 71-year-old
widow is dead and another woman was hurt in a fire on Oak Lane ... The 71-year-old widow was
found in the kitchen and declared dead". The retelling "The 71-year-old widow" is the widow told
again, not the nearest victim before it ("another woman"), whom it would otherwise make
dead too. So, among the victims a definite retelling may take up:

* one told with another age is never it ("the 30-year-old" is not "a 45-year-old man");
* one told with the same age is it, even when a nearer victim was told with no age;
* where the one with the same age is the lead's summary of a state (``told_as_state``:
  "A 71-year-old widow is dead"), the retelling takes up no one (the summary is no
  antecedent; see :mod:`claimex.rules.told_states`) rather than the nearer victim.

Plain values in and out; read by :func:`claimex.pipeline.claims.victims._antecedent`.

>>> stated_age("The 71-year-old"), stated_age("a 45 year old man"), stated_age("another woman")
(71, 45, None)
>>> choose_by_age(71, [(0, 71, True), (1, None, False)])
(None, True)
>>> choose_by_age(30, [(0, 30, False), (1, None, False)])
(0, True)
>>> choose_by_age(30, [(0, 45, False), (1, None, False)])
(1, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "66-year-old", "66 year old", "66-year old": the age a noun phrase gives its person
_AGE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b", re.I)


def stated_age(words: str) -> int | None:
    """The age told in a noun phrase's words, else None.

    >>> stated_age("the 17-year-old boy"), stated_age("the victim")
    (17, None)
    """
    found = _AGE.search(words)
    return int(found.group(1)) if found else None


def choose_by_age(age: int | None, candidates: Sequence[tuple[int, int | None, bool]]
                  ) -> tuple[int | None, bool]:
    """Which candidate a retelling told with ``age`` takes up, by age alone.

    ``candidates`` are ``(index, age or None, told_as_state)`` in the order the caller
    ranks them, nearest first. Returns ``(index or None, settled)``: ``settled`` is True
    where the age decides (a candidate with the same age: that one, or no one if it is a
    told state); else ``index`` is the nearest candidate whose age does not differ (None
    when there is none) and the caller's other checks stand.

    >>> choose_by_age(None, [(2, None, True), (3, 50, False)])
    (3, False)
    >>> choose_by_age(20, [(3, 50, False)])
    (None, False)
    """
    if age is None:
        return next((index for index, _, state in candidates if not state), None), False
    for index, other, told_as_state in candidates:
        if other == age:
            return (None if told_as_state else index), True
    for index, other, told_as_state in candidates:
        if other is None and not told_as_state:
            return index, False
    return None, False
