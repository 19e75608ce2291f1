"""The reported day inside a period, in a document's toll (frame: a figure its own sentence
ties to a period longer than a day is a total over the period or another event in it, not
the toll): see :func:`claimex.assemble.toll_days.tied_to_a_period`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_days import own_time, spans_more_than_a_day, tied_to_a_period
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


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
    ("XXXX-04-11TNI", False),  # a night
    ("XXXX-XX-XX", False),     # an unresolved "today"
    (None, False),
])
def test_spans_more_than_a_day(value, expected):
    assert spans_more_than_a_day(value) is expected


def _figure(value, inferred=False, in_sentence=True):
    return {"value": {"low": 1}, "evidence": {"sentence_start": 100, "sentence": "x" * 60},
            "time": None if value is None else {
                "value": value, "start": 110 if in_sentence else 20, "inferred": inferred}}


@pytest.mark.parametrize(("figure", "expected"), [
    (_figure("XXXX-08"), "XXXX-08"),
    (_figure("XXXX-08", inferred=True), None),      # carried over from an earlier sentence
    (_figure("XXXX-08", in_sentence=False), None),  # a date outside the figure's sentence
    (_figure(None), None),
])
def test_own_time(figure, expected):
    assert own_time(figure) == expected


@pytest.mark.parametrize(("figures", "expected"), [
    # a month, a year, "since September", "this year": left out beside the day's figure
    ([_figure("XXXX-WXX-5"), _figure("XXXX-07")], {1}),
    ([_figure(None), _figure("2009")], {1}),
    ([_figure("XXXX-WXX-5"), _figure("XXXX-09/..")], {1}),
    ([_figure(None), _figure("XXXX"), _figure("XXXX-WXX-4")], {1}),
    # another single day stays
    ([_figure("XXXX-WXX-5"), _figure("XXXX-WXX-4")], set()),
    # a period carried over from an earlier sentence stays
    ([_figure(None), _figure("2009", inferred=True)], set()),
    # a page that tells only periods keeps them
    ([_figure("XXXX-07"), _figure("2009")], set()),
])
def test_tied_to_a_period(figures, expected):
    assert tied_to_a_period(figures, list(range(len(figures)))) == expected


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    # the lead states no figure; the period's figure hangs on a clause of its own
    ("Fighting flared again in the north on Friday. A mortar round killed two farmers, "
     "officials said. The aid group counted patients in March, when 85 deaths were logged "
     "in its wards.", 2),
    ("Aid workers reached the camp on Sunday. A shell killed three children there, the "
     "agency said. Its teams ran the clinic in June, where 140 deaths were recorded.", 3),
])
def test_killed_toll_on_the_reported_day(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
