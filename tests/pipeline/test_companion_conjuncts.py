"""The people coordinated after an "along with" phrase's object are counted with it (session
22, issue 14): "arrested a senior gang commander, along with his wife and three children" is
five (:func:`claimex.pipeline.claims.companions.companions`). Sentences written for the frame;
the rows marked "unchanged" keep what main gave."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _tolls(pipeline, text: str) -> dict[str, tuple[float, float | None]]:
    [result] = list(extract([InputDocument("t", text, None, published="2019-05-06")], pipeline))
    return {t.category: (to_json_dict(t)["low"], to_json_dict(t)["high"]) for t in result.tolls}


@needs_model
@pytest.mark.parametrize(("text", "tolls"), [
    # the frame: more people coordinated after the companion
    ("Troops arrested a senior gang commander, along with his wife and three children, during "
     "a raid on his house.", {"captured": (5, 5)}),
    ("Four gunmen died in the clash along with two officers and a civilian.",
     {"killed": (7, 7)}),
    # unchanged: the parse already joins them, things after the companion, one companion
    ("The commander was detained along with two guards and a driver.", {"captured": (4, 4)}),
    ("Police arrested the man along with his car and two rifles.", {"captured": (1, 1)}),
    ("The leader was detained along with weapons and ammunition.", {"captured": (1, 1)}),
    ("The force detained the leader along with three suspects.", {"captured": (4, 4)}),
    ("Two officials died along with several aides, guards and drivers in the ambush.",
     {"killed": (5, 11)}),
])
def test_companion_conjuncts(default_pipeline, text, tolls):
    assert _tolls(default_pipeline, text) == tolls
