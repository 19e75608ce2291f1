""""Others" that tell again people counted before are no addition
(:mod:`claimex.pipeline.claims.retold_others`); others with a figure of their own are."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # the figure of the group set apart from the dead, told again
    ("One guard was killed and three were hurt in the raid. Three others were hurt, one of "
     "them badly.", (3.0, 3.0)),
    # a definite "others": people told before
    ("Two cyclists were shot on Main Street. Police say a man then shot the two others.",
     (2.0, 2.0)),
    # one "other" told one by one: the one left of a pair, more people
    ("A guard was stabbed in the yard. The other guard was hurt in the kitchen.", (2.0, 2.0)),
    # others with a figure of their own: more people
    ("Two cyclists were hurt on Main Street. Three others were hurt on Elm Street.", (5.0, 5.0)),
    ("One guard was killed and three were hurt in the raid. Two others were hurt later.",
     (5.0, 5.0)),
    # the first telling, beside the dead
    ("A guard was killed and two others were hurt on Monday.", (2.0, 2.0)),
])
def test_injured_toll_of_others_told_again(default_pipeline, text, expected):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "injured"]
    assert (toll["low"], toll["high"]) == expected
