"""Tolls of people told by a definite plural without a figure (session 21, issue 14): the
claim stays a vague 3 and up, but it counts in no toll
(:func:`claimex.assemble.toll_figures.definite_plural`); figures beside it still make the
toll, and a vague word ("several") or an amount ("a number of") is no definite plural."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@needs_model
@pytest.mark.parametrize(("text", "category", "low"), [
    # the plural is the only telling of its category: no toll
    ("Rebels shelled a hamlet near Dorn on Monday and wounded the farmers.", "injured", None),
    ("Police said the guards were shot at close range in Dorn on Monday.", "injured", None),
    ("A shell struck a jeep outside Varn on Monday night and killed the occupants.",
     "killed", None),
    # figures beside the plural make the toll, as before
    ("Militants ambushed a patrol near Dorn on Monday, killing four soldiers. The soldiers "
     "were shot at close range.", "killed", 4),
    ("Gunmen killed four people at a market in Dorn on Monday. The victims were shot near a "
     "fruit stall.", "killed", 4),
    ("A bomb killed two soldiers near Dorn on Monday and wounded three others.", "injured", 3),
    # a vague word or "a number of" is no definite plural
    ("Several guards were hurt when rebels shelled a depot in Dorn on Monday.", "injured", 3),
    ("Soldiers killed a number of insurgents in a clash near Dorn on Monday.", "killed", 3),
])
def test_definite_plural_makes_no_toll(default_pipeline, text, category, low):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    tolls = [to_json_dict(t) for t in result.tolls if t.category == category]
    assert [t["low"] for t in tolls] == ([] if low is None else [low])
