"""A figure dated to another day than the lead's stays out of a document's toll (frame: the
lead's day, session 12): see :func:`claimex.assemble.toll_lead_day.off_the_lead_day`."""

from __future__ import annotations

import pytest

from claimex.assemble.toll_lead_day import lead_day, off_the_lead_day, other_day, own_day


def _figure(value, lead=False, start=5, sentence_start=0, inferred=False):
    return {"lead": lead, "time": {"value": value, "start": start, "inferred": inferred},
            "evidence": {"sentence_start": sentence_start, "sentence": "x" * 40}}


FRIDAY, WEDNESDAY = "XXXX-WXX-5", "XXXX-WXX-3"


@pytest.mark.parametrize(("figures", "expected"), [
    # a figure its own sentence dates to another day than the lead's
    ([_figure(FRIDAY, lead=True), _figure(WEDNESDAY)], {1}),
    ([_figure("2023-04-14", lead=True), _figure("2023-04-12"), _figure("2023-04-14")], {1}),
    # the lead's day, no day of its own, a day carried over from an earlier sentence
    ([_figure(FRIDAY, lead=True), _figure(FRIDAY)], set()),
    ([_figure(FRIDAY, lead=True), _figure(None)], set()),
    ([_figure(FRIDAY, lead=True), _figure(WEDNESDAY, start=2, sentence_start=10)], set()),
    ([_figure(FRIDAY, lead=True), _figure(WEDNESDAY, inferred=True)], set()),
    # a lead without a day (a period, none): every figure stays
    ([_figure("XXXX-07", lead=True), _figure(WEDNESDAY)], set()),
    ([_figure(None, lead=True), _figure(WEDNESDAY)], set()),
    # lead figures themselves are never left out
    ([_figure(FRIDAY, lead=True), _figure(WEDNESDAY, lead=True)], set()),
])
def test_off_the_lead_day(figures, expected):
    assert off_the_lead_day(figures, list(range(len(figures)))) == expected


@pytest.mark.parametrize(("value", "lead", "expected"), [
    ("XXXX-WXX-4", "XXXX-WXX-5", True),
    ("2023-04-10", "XXXX-WXX-1", False),  # 10 April 2023 was a Monday
    ("2023-04-11", "XXXX-WXX-1", True),
    ("XXXX-04-10", "2023-04-10", False),
    ("XXXX-XX-XX", "XXXX-WXX-5", False),
    ("XXXX-08", "XXXX-WXX-5", False),
])
def test_other_day(value, lead, expected):
    assert other_day(value, lead) is expected


def test_lead_day_and_own_day():
    figures = [_figure(None, lead=True), _figure(FRIDAY, lead=True), _figure(WEDNESDAY)]
    assert lead_day(figures, [0, 1, 2]) == FRIDAY
    assert own_day(_figure("XXXX-07")) is None
