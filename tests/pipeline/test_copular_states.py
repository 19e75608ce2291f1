"""A state adjective said of an introduced subject through "be" counts one person
(claims.copular_states, session 14); a death retold after a sentence that split the dead
from the hurt is the dead victim's; a retelling with an age takes up the victim of that age
(claims.victims, rules.victim_ages), unless the retelling names the hurt one or tells a
later death (rules.death_retellings, session 15). One row per phenomenon."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from claimex.rules.death_retellings import retells_the_hurt
from claimex.rules.victim_ages import same_age, stated_age
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
    # the lead splits the dead from the hurt; "The victim" retells the dead one
    (_SPLIT + "The victim was pronounced dead on the pier.",
     [("injured", 1.0), ("killed", 1.0)]),
    # a retelling with an age takes up the victim of that age, not the nearest one
    ("A 52-year-old ferry worker is dead and another worker was wounded when gunfire broke "
     "out on the pier. The 52-year-old worker was pronounced dead at a hospital.",
     [("injured", 1.0), ("killed", 1.0)]),
    # the retelling names the hurt one by an ordinal or by his harm, or tells a death that
    # came later: the hurt victim died, and no one hurt is left (session 15)
    (_SPLIT + "The second victim died two days after the shooting.", [("killed", 2.0)]),
    (_SPLIT + "The wounded worker died overnight.", [("killed", 2.0)]),
    (_SPLIT + "The victim later died of his injuries.", [("killed", 2.0)]),
    # no split told: the hurt victim retold as dead died
    ("A ferry worker was wounded when gunfire broke out on the pier late Tuesday. The "
     "victim later died at a hospital.", [("killed", 1.0)]),
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


@pytest.mark.parametrize(("phrase", "predicate", "expected"), [
    ("The second victim", "die", True),
    ("the other rider", "die", True),
    ("The injured jogger", "die", True),
    ("The victim", "die later", True),
    ("the victim", "succumb", True),
    ("The victim", "pronounce dead", False),
    ("The first victim", "die", False),
])
def test_retells_the_hurt(phrase, predicate, expected):
    assert retells_the_hurt(phrase.split(), predicate.split()) is expected
