"""Coordinated counts under one cue add up also when the first is an open figure (session 21,
issues 14 and 15): "At least three smugglers and their two drivers were arrested" is five or
more captured (:meth:`claimex.pipeline.claims.implicit.ImplicitCounts.find`). Sentences
written for the frame; the rows marked "unchanged" keep what main gave."""

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
    # the frame: an open count and a second count of the people held with them
    ("At least three smugglers and their two drivers were arrested at the border on Friday.",
     {"captured": (5, None)}),
    ("Police detained at least four suspects and two accomplices in the raid on Friday.",
     {"captured": (6, None)}),
    ("Gunmen killed at least 12 villagers and two soldiers in the attack on Friday.",
     {"killed": (14, None)}),
    # unchanged: a subset, two cues, exact counts
    ("At least 12 villagers, including three children, were killed in the blast on Friday.",
     {"killed": (12, None)}),
    ("At least five villagers were killed and two hurt in the blast on Friday.",
     {"killed": (5, None), "injured": (2, 2)}),
    ("Marines detained two pirates and their four helpers in the creek on Friday.",
     {"captured": (6, 6)}),
    # unchanged: a bare plural after an open count shares it
    ("The strike killed at least 7 guests and staff at the hotel on Friday.",
     {"killed": (7, None)}),
])
def test_open_count_sum(default_pipeline, text, tolls):
    assert _tolls(default_pipeline, text) == tolls
