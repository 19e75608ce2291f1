"""The reported day inside a period, in a document's toll (see
:mod:`claimex.assemble.tolls`): a wire report tells the day its lead reports and, beside it,
figures tied to a period that holds more than that day ("A roadside bomb killed two
soldiers on Friday ... Since July, the fighting has killed more than 500", "recorded 370
deaths in August"). Those figures are totals over the period or other events in it, not
the toll (frame: a figure tied to a period, :func:`tied_to_a_period`). The times come from
the date layer (a claim's ``time``, :mod:`claimex.assemble.claim_time`), only where the
figure's own sentence dates it. Figures tied to another single day stay (tried in session
11: a dispatch adds the late evening before its day; wire check fell).

>>> spans_more_than_a_day("XXXX-08"), spans_more_than_a_day("2009"), \\
...     spans_more_than_a_day("XXXX-WXX-5")
(True, True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# Periods of more than a day: a year ("2009", "XXXX": "this year"), a month ("XXXX-08"),
# a week ("2013-W03"), a season, quarter or half ("2016-SU", "2016-Q1"), an interval
# ("XXXX-09/..": "since September"; "2022-08-27/2022-08-28").
_PERIOD = re.compile(r"^(?:\d{4}|XXXX)(?:-(?:\d{2}|W\d{2}|WXX|SP|SU|FA|WI|Q[1-4]|H[12]))?$")


def spans_more_than_a_day(value: str | None) -> bool:
    """Whether a time value is a period longer than a day: a year, a month, a week, a
    season, an interval ("since September"); not a day ("2023-04-11", "XXXX-WXX-5"), nor
    an unresolved "today" ("XXXX-XX-XX"), nor no value."""
    value = str(value or "")
    return "/" in value or bool(_PERIOD.match(value))


def own_time(claim: dict[str, Any]) -> str | None:
    """The time value the figure's own sentence gives it (not one carried over from an
    earlier sentence, not the publication date), else None.

    >>> own_time({"time": {"value": "XXXX-08", "start": 12, "inferred": False},
    ...           "evidence": {"sentence_start": 0, "sentence": "x" * 40}})
    'XXXX-08'
    """
    time = claim.get("time") or {}
    if time.get("value") is None or time.get("start") is None or time.get("inferred"):
        return None
    evidence = claim.get("evidence") or {}
    start = evidence.get("sentence_start")
    if start is None or not start <= time["start"] < start + len(evidence.get("sentence") or ""):
        return None
    return str(time["value"])


def tied_to_a_period(claims: Sequence[dict[str, Any]], counted: Sequence[int]) -> set[int]:
    """The figures of one category (``counted``, indexes into ``claims``) that stay out of
    the toll because their own sentence ties them to a period longer than a day ("Since
    July, the fighting has killed more than 500", "recorded 370 deaths in August", "In
    2011, a flood killed 120"): a total over the period or another event in it, not the
    reported day's. At least one figure of the category stays: a page that tells only
    periods (a chronology, a war's running totals) keeps them.

    >>> def figure(value):
    ...     return {"time": {"value": value, "start": 5, "inferred": False},
    ...             "evidence": {"sentence_start": 0, "sentence": "x" * 40}}
    >>> sorted(tied_to_a_period([figure("XXXX-WXX-5"), figure("XXXX-WXX-4"),
    ...                          figure("XXXX-07")], [0, 1, 2]))
    [2]
    >>> tied_to_a_period([figure("XXXX-07")], [0])
    set()
    """
    out = {i for i in counted if spans_more_than_a_day(own_time(claims[i]))}
    return set() if len(out) == len(counted) else out
