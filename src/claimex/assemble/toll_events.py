"""Figures of another, earlier event that a document names for context and dates by the
day (see :mod:`claimex.assemble.tolls`): "a leader involved in the Aug. 8 suicide attack,
which killed three U.S. soldiers and a U.S. civilian", "a complex suicide attack that
killed four soldiers ... Dec. 19" in a release about an operation a week or a month later
(:func:`dated_before_the_event`). Such a figure stays a claim of the text; it never enters
the toll of the event the document reports.

>>> attack = {"background": True, "time": {"value": "2012-08-08", "inferred": False}}
>>> dated_before_the_event(attack, {"value": "2012-08-17"})
True
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def _day(time: dict[str, Any] | None, *, own: bool) -> dt.date | None:
    """A time's day, when it names one ("2012-08-08"); with ``own``, only a date of the
    figure's own sentence (not one carried over from an earlier sentence)."""
    if not time or (own and (time.get("inferred") or time.get("start") is None and
                             "start" in time)):
        return None
    value = str(time.get("value") or "")
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def dated_before_the_event(claim: dict[str, Any], when: dict[str, Any] | None) -> bool:
    """Whether a figure told in a clause on a thing the story names (``background``: "an
    attack that killed four soldiers", "the Aug. 7 attack, which wounded several
    civilians") is dated by its own sentence to a day before the reported event's
    (``when``: the toll's time). Without a day for either, the figure stays.

    >>> attack = {"background": True, "time": {"value": "2010-12-19", "inferred": False}}
    >>> dated_before_the_event(attack, {"value": "2011-01-22"})
    True
    >>> dated_before_the_event({**attack, "background": False}, {"value": "2011-01-22"})
    False
    >>> dated_before_the_event(attack, {"value": "2010-12-19"})
    False
    """
    if not claim.get("background"):
        return False
    own, event = _day(claim.get("time"), own=True), _day(when, own=False)
    return own is not None and event is not None and own < event
