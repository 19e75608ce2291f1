"""The day's event in the past, the count so far in the perfect (frame: a figure told in
the present perfect outside the lead does not make the toll where the text tells one in
the simple past): :mod:`claimex.pipeline.claims.scope_tense`,
:func:`claimex.assemble.toll_tense.past_over_perfect`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_tense import past_over_perfect
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _figure(tense, lead=False):
    return {"tense": tense, "lead": lead}


@pytest.mark.parametrize(("figures", "expected"), [
    # a perfect figure beside one in the simple past: the past one stands
    ([_figure("past"), _figure("perfect")], [0]),
    ([_figure("past"), _figure(None), _figure("perfect")], [0, 1]),
    # the lead's own figure stays, whatever its tense
    ([_figure("perfect", lead=True), _figure("past")], [0, 1]),
    # no figure in the simple past: nothing is dropped
    ([_figure("perfect"), _figure("perfect")], [0, 1]),
    ([_figure(None), _figure("perfect")], [0, 1]),
])
def test_past_over_perfect(figures, expected):
    assert past_over_perfect(figures, list(range(len(figures)))) == expected


@needs_model
@pytest.mark.parametrize(("sentence", "tense"), [
    ("Gunmen killed four villagers on Monday.", "past"),
    ("Six soldiers were killed in the ambush.", "past"),
    ("The insurgency has claimed more than 3,000 lives.", "perfect"),
    ("More than 200 police officers have been killed since then.", "perfect"),
    ("The town has been shelled for weeks, resulting in the deaths of 90 people.", "perfect"),
])
def test_tense_of_a_figure(default_pipeline, sentence, tense):
    claims = [c for c in default_pipeline.nlp(sentence)._.claimex_claims
              if c["type"] == "casualty"]
    assert claims[0]["tense"] == tense


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    ("Security forces raided a camp in the hills. Officials said three fighters were killed "
     "in the raid on Monday. The town has been shelled for weeks, resulting in the deaths of "
     "about 90 people.", 3),
])
def test_killed_toll_past_over_perfect(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
