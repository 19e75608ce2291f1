"""A state adjective said of an introduced subject through "be" counts one person
(claims.copular_states, session 14); a death retold after a sentence that split the dead
from the hurt is the dead victim's; a retelling with an age takes up the victim of that age
(claims.victims, rules.victim_ages). One row per phenomenon."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from claimex.rules.victim_ages import same_age, stated_age
from tests.conftest import casualty_rows, needs_model


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # an introduced subject of "be dead": one killed
    ("A cyclist is dead after a collision with a truck on the bypass.",
     [("killed", "A", 1, "asserted")]),
    # beside a hurt victim in the same sentence: each counted once
    ("A hiker is dead and another hiker was hurt when the ridge gave way.",
     [("injured", "another", 1, "asserted"), ("killed", "A", 1, "asserted")]),
    # a figure is the figure rules' claim, not counted twice
    ("Two hikers are dead after the ridge gave way.", [("killed", "Two", 2, "asserted")]),
    # not told as fact: a modal or a negation bears no one
    ("A hiker could be dead, rescuers feared.", []),
    ("A hiker is not dead, rescuers said.", []),
])
def test_copular_state_subjects(default_pipeline, text, expected):
    assert casualty_rows(default_pipeline, text) == expected


def _tolls(pipeline, text):
    [result] = list(extract([InputDocument("t", text, None)], pipeline))
    return sorted((t["category"], t["low"]) for t in map(to_json_dict, result.tolls))


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # the lead splits the dead from the hurt; "The victim" retells the dead one
    ("A cyclist is dead and a jogger was hurt in the crash on the bypass. The victim was "
     "pronounced dead at the scene.", [("injured", 1.0), ("killed", 1.0)]),
    # a retelling with an age takes up the victim of that age, not the nearest one
    ("A 52-year-old cyclist is dead and another rider was hurt in the crash. The "
     "52-year-old cyclist was pronounced dead at a hospital.",
     [("injured", 1.0), ("killed", 1.0)]),
    # no split told: the hurt victim retold as dead died
    ("A jogger was hurt in the crash on the bypass. The victim later died at a hospital.",
     [("killed", 1.0)]),
])
def test_deaths_retold_after_a_split(default_pipeline, text, expected):
    assert _tolls(default_pipeline, text) == expected


@pytest.mark.parametrize(("phrase", "other", "expected"), [
    ("The 52-year-old cyclist", "A 52-year-old cyclist", True),
    ("The 52-year-old cyclist", "a 19-year-old rider", False),
    ("The cyclist", "A 52-year-old cyclist", None),
    ("the 7 year old", "a 7-year-old boy", True),
])
def test_same_age(phrase, other, expected):
    assert same_age(phrase, other) is expected


def test_stated_age():
    assert stated_age("a rider") is None
