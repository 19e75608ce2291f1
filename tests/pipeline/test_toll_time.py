"""A toll's time: the reported event's, from the figures the speaker gives (pure rule)."""

from __future__ import annotations

import pytest

from claimex.assemble.toll_time import event_time


def _figure(start, text=None, value=None, inferred=False, time_start=None):
    time = None if value is None else {
        "text": text, "value": value, "start": time_start, "end": None, "inferred": inferred}
    return {"start": start, "time": time}


PUBLISHED = _figure(5, None, "2010-09-29", True)             # a headline: publication date
OVERNIGHT = _figure(60, "overnight", "2010-09-28", False, 80)  # the lead, dated
INHERITED = _figure(120, "overnight", "2010-09-28", True, 80)  # a later sentence inherits
DATED_LATER = _figure(300, "July 2", "2010-07-02", False, 290)
UNDATED = _figure(2)


@pytest.mark.parametrize(("figures", "value"), [
    # the first figure the text dates, however it dates it
    ([OVERNIGHT, DATED_LATER], "2010-09-28"),
    # a headline only the publication date dates does not hide the lead
    ([PUBLISHED, OVERNIGHT], "2010-09-28"),
    ([PUBLISHED, INHERITED, DATED_LATER], "2010-09-28"),
    # nor does an undated one
    ([UNDATED, INHERITED], "2010-09-28"),
    # a figure the text dates stands before one dated later in its own sentence
    ([INHERITED, DATED_LATER], "2010-09-28"),
    # with nothing else, the publication date stands
    ([PUBLISHED], "2010-09-29"),
    ([UNDATED, PUBLISHED], "2010-09-29"),
    ([UNDATED], None),
])
def test_event_time(figures, value):
    time = event_time(figures, range(len(figures)))
    assert (time or {}).get("value") == value


def test_no_figure_no_time():
    assert event_time([OVERNIGHT], []) is None
