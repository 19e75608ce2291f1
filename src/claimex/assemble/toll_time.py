"""The time of a toll's event (:mod:`claimex.assemble.tolls`): the reported event's time is
that of the first of its figures the text dates (:func:`event_time`), and a figure dated in
its own sentence far from that day is an earlier incident told for context, no part of the
toll (:func:`dated_apart`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# how far from the reported event's day a figure dated in its own sentence may lie and
# still be a part of it
EVENT_DAYS = 7


def dated_apart(claim: dict[str, Any], when: dict[str, Any] | None) -> bool:
    """Whether a figure dated in its own sentence lies more than :data:`EVENT_DAYS` days
    from the reported event's day (``when``, :func:`event_time`): an earlier incident told
    for context ("A 19-year-old died after he was stabbed at a tram stop on Friday ... On
    May 3, a cyclist had his throat slashed as he rode home"), no part of the event's toll.
    Both days must be known to the day.

    >>> when = {"value": "2023-04-11", "start": 162}
    >>> def figure(value, start):
    ...     return {"time": {"value": value, "start": start, "inferred": False},
    ...             "evidence": {"sentence_start": 600, "sentence": "x" * 80}}
    >>> dated_apart(figure("2023-04-01", 603), when), dated_apart(figure("2023-04-10", 603),
    ...                                                         when)
    (True, False)
    >>> dated_apart(figure("2023-04-01", 100), when)  # dated by an earlier sentence
    False
    """
    time = claim.get("time") or {}
    if not when or not _ISO_DAY.match(str(when.get("value") or "")) or \
            not _ISO_DAY.match(str(time.get("value") or "")) or time.get("start") is None \
            or time.get("inferred"):
        return False
    evidence = claim.get("evidence") or {}
    start = evidence.get("sentence_start")
    if start is None or not start <= time["start"] < start + len(evidence.get("sentence") or ""):
        return False
    gap = date.fromisoformat(time["value"]) - date.fromisoformat(when["value"])
    return abs(gap.days) > EVENT_DAYS


def _time_evidence(claim: dict[str, Any]) -> int:
    """How a figure's time is attested, lower first: a date of the text (its own
    sentence's or an earlier one's), the publication date standing in, none."""
    time = claim.get("time")
    if not time or time.get("value") is None:
        return 2
    return 1 if time.get("start") is None else 0


def event_time(claims: Sequence[dict[str, Any]], event: Sequence[int]
               ) -> dict[str, Any] | None:
    """The reported event's time: that of the first of its figures (``event``, indexes
    into ``claims``) that the text dates, in its own sentence or an earlier one; else that
    of the first figure. A headline only the publication date dates ("Haqqani Network
    Leader Captured") does not hide the lead's "detained three suspects in the valley
    overnight"; nor does an undated headline ("Suicide Bomber Kills, Injures
    Several Fighters") hide "On August 21, a suicide bomber ... seven fighters were killed".

    >>> lead = {"start": 60, "time": {"text": "overnight", "value": "2010-09-28",
    ...                               "start": 80, "end": 89, "inferred": False}}
    >>> headline = {"start": 5, "time": {"text": None, "value": "2010-09-29",
    ...                                  "start": None, "end": None, "inferred": True}}
    >>> event_time([headline, lead], [0, 1])["value"]
    '2010-09-28'
    """
    if not event:
        return None
    first = min(event, key=lambda i: (_time_evidence(claims[i]), claims[i]["start"]))
    return claims[first].get("time")
