"""The increment of a total told in the total's own sentence is inside it: see
:mod:`claimex.assemble.toll_increments` (issue 14, session 18)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_increments import increments_of_a_total
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _figure(low, rule, start):
    return {"value": {"low": low, "high": low}, "provenance": {"rule": rule},
            "evidence": {"sentence_start": start}}


@pytest.mark.parametrize(("figures", "tallies", "expected"), [
    # "The toll rose to 14 as another worker died": the worker is inside the 14
    ([_figure(14, "cue_toll", 0), _figure(1, "implicit_count", 0)], [(0, 1, 15.0)], {(0, 1)}),
    # "raising the number of dead to 30, after two more bodies were found"
    ([_figure(30, "cue_raised_toll", 10), _figure(2, "cue_passive_subject", 10)],
     [(0, 1, 32.0)], {(0, 1)}),
    ([_figure(30, "cue_total", 10), _figure(2, "cue_passive_subject", 10)],
     [(0, 1, 32.0)], {(0, 1)}),
    # an addition in a later sentence still adds: "The toll rose to 14. Two more ..."
    ([_figure(14, "cue_toll", 0), _figure(2, "cue_passive_subject", 40)], [(0, 1, 16.0)],
     set()),
    # a figure that is no total: "killed six people as another man was hurt" adds
    ([_figure(6, "cue_object", 0), _figure(1, "implicit_count", 0)], [(0, 1, 7.0)], set()),
    # no sentence known: nothing is taken out
    ([{"value": {"low": 5, "high": 5}, "provenance": {"rule": "cue_toll"}},
      _figure(1, "implicit_count", 0)], [(0, 1, 6.0)], set()),
    ([], [], set()),
])
def test_increments_of_a_total(figures, tallies, expected):
    assert increments_of_a_total(figures, tallies) == expected


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    # the raised toll and the death that raised it, in one sentence: one figure
    ("Death toll rises to 14 in factory fire\n\nThe death toll rose to 14 on Sunday as "
     "another worker died in hospital, officials said. Another 20 workers were hurt.", 14),
    ("The number of people killed in the flooding climbed to 23 on Friday after rescuers "
     "pulled two more bodies from a collapsed shed, the governor said.", 23),
    # a death told in a sentence of its own after the total still adds
    ("A gas blast at a hostel killed six students on Monday, the police said. Another "
     "student died of his burns on Tuesday.", 7),
])
def test_killed_toll_with_its_increment(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
