"""A state adjective said of an introduced subject through "be" counts one person
(claims.copular_states, session 14): the lead's summary ("A ferry worker is dead") is a
claim, but the body's claims settle each victim's outcome and make the tolls (session 15:
the summary is no antecedent of a retelling and no part of a toll, unless nothing else
tells that death: rules.told_states). One row per phenomenon."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import casualty_rows, needs_model


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # an introduced subject of "be dead": one killed
    ("A ferry worker is dead after gunfire broke out on the pier late Tuesday.",
     [("killed", "A", 1, "asserted")]),
    # beside a hurt victim in the same sentence: each counted once
    ("A ferry worker is dead and another worker was wounded when gunfire broke out on the "
     "pier.", [("injured", "another", 1, "asserted"), ("killed", "A", 1, "asserted")]),
    # a figure is the figure rules' claim, not counted twice
    ("Two ferry workers are dead after gunfire broke out on the pier.",
     [("killed", "Two", 2, "asserted")]),
    # not told as fact: a modal or a negation bears no one
    ("A ferry worker could be dead, relatives feared.", []),
    ("A ferry worker is not dead, the harbor police said.", []),
])
def test_copular_state_subjects(default_pipeline, text, expected):
    assert casualty_rows(default_pipeline, text) == expected


def _tolls(pipeline, text):
    [result] = list(extract([InputDocument("t", text, None)], pipeline))
    return sorted((t["category"], t["low"]) for t in map(to_json_dict, result.tolls))


_SPLIT = ("A ferry worker is dead and another worker was wounded when gunfire broke out on "
          "the pier late Tuesday. ")


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # the summary's victims are told again below: the body's victims make the tolls
    (_SPLIT + "Officers found a worker with a bullet wound in his side. He was pronounced "
     "dead on the pier.", [("injured", 1.0), ("killed", 1.0)]),
    # a dead attacker is no part of the group he shot: the group stays hurt
    ("A gunman is dead after he shot two ferry workers on the pier, the harbor police said. "
     "Both workers were taken to a hospital.", [("injured", 2.0)]),
    # a later death of the hurt one is the retelling's, not the summary's
    (_SPLIT + "The second worker died two days after the shooting.", [("killed", 1.0)]),
    # the summary is the only telling of the death: it makes the killed toll
    ("A ferry worker is dead after gunfire broke out on the pier late Tuesday. Harbor "
     "police said officers were called to the dock around 9 p.m.", [("killed", 1.0)]),
    (_SPLIT + "The wounded worker was taken to a hospital in stable condition.",
     [("injured", 1.0), ("killed", 1.0)]),
])
def test_summary_makes_no_toll(default_pipeline, text, expected):
    assert _tolls(default_pipeline, text) == expected
