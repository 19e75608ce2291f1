"""A group told as the subject of a clause that is no harm, its harm told after it in a
clause that takes it up by a plural pronoun (:mod:`claimex.pipeline.claims.scene_clauses`)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _casualties(pipeline, text):
    """(first word of the claim's words, category, low) of each casualty claim."""
    return {(c["value"]["text"].split()[0], c["category"], c["value"]["low"])
            for c in pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"}


def _toll(pipeline, text, category):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")], pipeline))
    return [(t["low"], t["high"]) for t in map(to_json_dict, result.tolls)
            if t["category"] == category]


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # a counted subject, the harm a passive with "they"
    ("Three cousins were playing cards on a stoop when they were shot.",
     ("Three", "injured", 3.0)),
    # the harm verb a conjunct of the clause "when" opens, its object "them"
    ("Two cyclists were crossing a footbridge when a gunman walked up and shot them.",
     ("Two", "injured", 2.0)),
    # a participle under a conjunct: "swerved and hit them, killing them"
    ("Five workers were resting by the road when a van swerved and hit them, killing them.",
     ("Five", "killed", 5.0)),
    # a coordinated subject without a figure
    ("A neighbor and a student were loading a truck when they were stabbed.",
     ("A", "injured", 2.0)),
    # "as" opens the clause
    ("Two sisters were leaving a cinema as they were shot by a stranger.",
     ("Two", "injured", 2.0)),
])
def test_the_scene_subject_is_counted(default_pipeline, text, expected):
    assert expected in _casualties(default_pipeline, text)


@needs_model
@pytest.mark.parametrize("text", [
    # the pronoun takes up no one hurt: the clause is no harm
    "Two cousins were playing cards on a stoop when they heard gunfire.",
    # shots at them are no harm told
    "Two deputies were standing nearby when the suspect fired at them.",
    # the harm is someone else's: the group only saw it
    "Two neighbors were standing outside when they saw a gunman shoot a courier.",
    # the pronoun is who shot: the group did the harm
    "Two brothers were arguing in a yard when they shot a courier.",
])
def test_no_harm_to_the_group_no_count_of_it(default_pipeline, text):
    assert not any(low >= 2 for _, _, low in _casualties(default_pipeline, text))


@needs_model
@pytest.mark.parametrize(("text", "category", "toll"), [
    # the counted group is the figure's claim, once: no second claim on "them"
    ("Two cyclists were crossing a footbridge when a gunman walked up and shot them.",
     "injured", [(2.0, 2.0)]),
    # a harm clause sets no scene: each main clause counts its own victim
    ("A courier was killed and a cyclist was hurt when they were hit by a bus.",
     "injured", [(1.0, 1.0)]),
])
def test_the_group_is_counted_once(default_pipeline, text, category, toll):
    assert _toll(default_pipeline, text, category) == toll
