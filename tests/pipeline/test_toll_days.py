"""The reported day in a document's toll (frame: a figure tied to another day, or to a
period longer than the reported day, is background or aggregate, not the toll): see
:func:`claimex.assemble.toll_days.off_the_reported_day`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_days import (
    day_of,
    off_the_reported_day,
    other_day,
    spans_more_than_a_day,
)
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@pytest.mark.parametrize(("value", "expected"), [
    ("2023-04-11", ("date", (2023, 4, 11))),
    ("XXXX-04-11", ("date", (None, 4, 11))),
    ("XXXX-WXX-5", ("weekday", 5)),
    ("2023-04-11TNI", ("date", (2023, 4, 11))),
    ("XXXX-XX-XX", None),
    ("XXXX-08", None),
    ("2009", None),
    (None, None),
])
def test_day_of(value, expected):
    assert day_of(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2009", True),            # "in 2009"
    ("XXXX", True),            # "this year"
    ("XXXX-08", True),         # "in August"
    ("2013-W03", True),        # a week
    ("2016-SU", True),         # a season
    ("XXXX-09/..", True),      # "since September"
    ("2022-08-27/2022-08-28", True),
    ("XXXX-WXX-5", False),     # "on Friday"
    ("2023-04-11", False),
    ("XXXX-XX-XX", False),     # an unresolved "today"
])
def test_spans_more_than_a_day(value, expected):
    assert spans_more_than_a_day(value) is expected


@pytest.mark.parametrize(("value", "reported", "expected"), [
    ("XXXX-WXX-4", "XXXX-WXX-5", True),    # Thursday in Friday's report
    ("XXXX-WXX-5", "XXXX-WXX-5", False),
    ("2023-04-09", "2023-04-11", True),
    ("XXXX-04-11", "2023-04-11", False),   # the same day, one without its year
    ("2023-04-10", "XXXX-WXX-1", False),   # a Monday
    ("2023-04-11", "XXXX-WXX-1", True),    # a Tuesday
    ("XXXX-04-11", "XXXX-WXX-1", False),   # no year: the weekday is unknown
    ("XXXX-XX-XX", "XXXX-WXX-5", False),
    ("XXXX-WXX-4", None, False),
])
def test_other_day(value, reported, expected):
    assert other_day(value, reported) is expected


def _figure(value, inferred=False, in_sentence=True):
    return {"value": {"low": 1}, "evidence": {"sentence_start": 100, "sentence": "x" * 60},
            "time": None if value is None else {
                "value": value, "start": 110 if in_sentence else 20, "inferred": inferred}}


FRIDAY = {"value": "XXXX-WXX-5", "start": 10}


@pytest.mark.parametrize(("figures", "when", "expected"), [
    # another day, a month, a year, "since September": left out beside the day's figure
    ([_figure("XXXX-WXX-5"), _figure("XXXX-WXX-4")], FRIDAY, {1}),
    ([_figure("XXXX-WXX-5"), _figure("XXXX-07")], FRIDAY, {1}),
    ([_figure(None), _figure("2009")], FRIDAY, {1}),
    ([_figure("XXXX-WXX-5"), _figure("XXXX-09/..")], None, {1}),
    # a period is left out even where the reported event has no day of its own
    ([_figure(None), _figure("XXXX-08")], {"value": "XXXX-08", "start": 10}, {1}),
    # a date carried over from an earlier sentence, or one outside the figure's sentence
    ([_figure("XXXX-WXX-5"), _figure("XXXX-WXX-4", inferred=True)], FRIDAY, set()),
    ([_figure("XXXX-WXX-5"), _figure("XXXX-WXX-4", in_sentence=False)], FRIDAY, set()),
    # another day without a reported day: kept
    ([_figure(None), _figure("XXXX-WXX-4")], None, set()),
    # a page that tells only periods keeps them
    ([_figure("XXXX-07"), _figure("2009")], FRIDAY, set()),
])
def test_off_the_reported_day(figures, when, expected):
    assert off_the_reported_day(figures, list(range(len(figures))), when) == expected


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    ("A roadside bomb killed three soldiers on Friday near the border, officials said. "
     "Since July, the fighting in the province has killed more than 400 people.", 3),
    ("A landslide buried a hamlet on Monday, killing nine villagers, officials said. "
     "In 2011, a flood in the same valley killed 120 people.", 9),
])
def test_killed_toll_on_the_reported_day(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
