"""A target and a partitive count of the people held with him that the parse hangs on the
cue verb (session 21, issues 14 and 15): "arrested a courier and two of his aides" is
three captured, the target and the two (:func:`claimex.pipeline.claims.linking.coordination.
cue_verb_conjoined_object`, :func:`claimex.pipeline.claims.victim_nouns.coordinated`).
Sentences written for the frame; the rows marked "unchanged" are the shapes the ISAF tune
releases use that already counted right and must stay so."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _tolls(pipeline, text: str) -> dict[str, float]:
    [result] = list(extract([InputDocument("t", text, None, published="2019-05-06")], pipeline))
    return {t.category: to_json_dict(t)["low"] for t in result.tolls}


@needs_model
@pytest.mark.parametrize(("text", "tolls"), [
    # the frame: the count hangs on the verb, the target is added
    ("Police arrested a suspect and three of his accomplices on Sunday.", {"captured": 4}),
    ("Soldiers arrested a militant and two of his associates on Sunday, the army said.",
     {"captured": 3}),
    ("Police arrested one suspect and two of his accomplices on Sunday.", {"captured": 3}),
    # unchanged: the count a conjunct of the target, a separate verb, "other" people
    ("Rangers detained the chief and two of his aides near the river at dawn.", {"captured": 3}),
    ("The patrol killed a rebel chief and two of his aides as they laid a mine.", {"killed": 3}),
    ("Troops killed one gunman and arrested two of his aides on Sunday.",
     {"killed": 1, "captured": 2}),
    ("The unit detained a courier and three other suspects at the port.", {"captured": 4}),
    ("Officers questioned nine men at the market and held on to two of the men.", {}),
    ("Police questioned nine men at the market and detained two of the men.", {"captured": 2}),
])
def test_target_and_partitive_count(default_pipeline, text, tolls):
    assert _tolls(default_pipeline, text) == tolls
