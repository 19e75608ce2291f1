"""A wound told with "with" on a verb with no object is on the verb's subject, the noun a
relative "who" stands for, or the noun a participle describes (claims.wound_bearers,
session 16, issue 14). One row per phenomenon."""

from __future__ import annotations

import pytest

from claimex.pipeline.claims.wound_bearers import intransitive_bearer
from tests.conftest import casualty_rows, needs_model


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # the subject of a verb of going somewhere
    ("A man limped into a pharmacy with a gunshot wound to the thigh.",
     [("injured", "A", 1, "asserted")]),
    ("A woman showed up at a clinic with a stab wound to the hand.",
     [("injured", "A", 1, "asserted")]),
    # a counted subject keeps its figure
    ("Two men walked into a clinic with gunshot wounds early Sunday.",
     [("injured", "Two", 2, "asserted")]),
    # a relative "who" stands for the noun it hangs on
    ("A woman who arrived at the hospital with multiple stab wounds told officers she was "
     "attacked.", [("injured", "A", 1, "asserted")]),
    # a participle describes the noun before it
    ("Deputies found a man lying in a ditch with a gunshot wound on Friday.",
     [("injured", "a", 1, "asserted")]),
    # a bare definite plural is no count
    ("The teens arrived at a fire station with gunshot wounds to their arms.", []),
])
def test_the_bearer_of_a_wound_with_no_object(default_pipeline, text, expected):
    assert casualty_rows(default_pipeline, text) == expected


@needs_model
@pytest.mark.parametrize(("text", "verb", "bearer"), [
    ("A man limped into a pharmacy with a gunshot wound.", "limped", "man"),
    # an object of its own: the caller reads it, not this frame
    ("Officers found a man with a gunshot wound.", "found", None),
    # officers and medics who come to a scene bear no wound
    ("Two medics hurried into the lobby with stretchers for the wounded.", "hurried", None),
])
def test_intransitive_bearer(default_pipeline, text, verb, bearer):
    doc = default_pipeline.nlp(text)
    found = intransitive_bearer(next(t for t in doc if t.text == verb))
    assert (found.text if found is not None else None) == bearer
