"""Victims told in two coordinated clauses of one sentence, each with a subject of its own
(:mod:`claimex.pipeline.claims.coordinated_clauses`): the second clause's people add to the
first's in the injured toll; people both verbs share, or told by another category, do not."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # an intransitive cue's subject, then a passive's
    ("Two hikers are fighting for their lives and a ranger is hurt after a rockfall on the "
     "ridge.", (3.0, 3.0)),
    # a passive's subject, then a verb that takes an injury noun
    ("A courier was critically wounded, and two clerks suffered gunshot wounds in a "
     "robbery on Monday.", (3.0, 3.0)),
    # one subject shared by both verbs: one person
    ("A courier was shot in the hip and was taken to a clinic.", (1.0, 1.0)),
    # the second clause of another category: the dead are told apart
    ("Two drivers died and a cyclist was hurt in the crash on the bypass.", (1.0, 1.0)),
])
def test_injured_toll_of_coordinated_clauses(default_pipeline, text, expected):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "injured"]
    assert (toll["low"], toll["high"]) == expected
