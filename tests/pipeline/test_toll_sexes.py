"""Victims told one by one with no word that says they are another one: a victim whose noun
names another sex than every one told before counts one more in the injured toll
(:func:`claimex.assemble.toll_victims.enumerated_victims`,
:func:`claimex.rules.victim_sexes.names_another_sex`)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # a woman told after a man: two hurt
    ("A man was shot in the back on Elm Street. A woman, 34, is in stable condition after "
     "she was hit in the arm.", 2.0),
    # a man told after a man: maybe the one told before
    ("A man was stabbed outside a bar on Friday night. A 29-year-old man was taken to "
     "hospital with serious injuries.", 1.0),
    # the first noun names no sex: the woman may be the teen
    ("A teen was shot near a bus stop. A woman was hurt by flying glass.", 1.0),
])
def test_injured_toll_of_victims_of_either_sex(default_pipeline, text, expected):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "injured"]
    assert toll["low"] == expected
