"""The escape frame (issue 14, session 15): fleeing a place of custody is an escape, not
displacement (:mod:`claimex.rules.escapes`, read from the parse by
:mod:`claimex.pipeline.claims.escapes`)."""

from __future__ import annotations

import pytest

from claimex.rules.escapes import is_custody_place, is_escape
from tests.conftest import casualty_rows, needs_model


@pytest.mark.parametrize(("verb", "place", "expected"), [
    ("flee", ["the", "county", "jail"], True),
    ("flee", ["police", "custody"], True),
    ("escape", ["a", "detention", "facility"], True),
    ("flee", ["the", "prison", "camp"], True),
    ("Flee", ["the", "Correctional", "Centre"], True),
    # homes, villages and camps of refuge are left by the displaced
    ("flee", ["their", "home"], False),
    ("flee", ["the", "refugee", "camp"], False),
    ("flee", ["the", "fighting"], False),
    # a verb that is no flight: moving prisoners out is no escape
    ("evacuate", ["the", "prison"], False),
    ("release", ["custody"], False),
])
def test_is_escape(verb, place, expected):
    assert is_escape(verb, place) is expected


@pytest.mark.parametrize(("words", "expected"), [
    (["gaol"], True),
    (["the", "penitentiary"], True),
    (["a", "transit", "camp"], False),
    ([], False),
])
def test_is_custody_place(words, expected):
    assert is_custody_place(words) is expected


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # an escape from custody displaces no one; the escapees go free, as "escaped" tells
    ("Deputies caught two inmates who fled the county jail on Sunday.", []),
    ("Four detainees fled from the detention centre during the riot.", []),
    ("Three suspects fled police custody before the hearing.", []),
    ("Six convicts broke out of the prison and fled.", []),
    # recaptured escapees are captured
    ("Troopers recaptured three men who fled the state penitentiary.",
     [("captured", "three", 3, "asserted")]),
    ("Deputies recaptured two inmates who fled the county jail on Sunday.",
     [("captured", "two", 2, "asserted")]),
    # people fleeing anything else are displaced, a prison ground as their refuge included
    ("Some 900 villagers fled their homes as the river rose.",
     [("displaced", "Some 900", 900, "asserted")]),
    ("About 250 residents fled to the prison grounds for safety.",
     [("displaced", "About 250", 250, "asserted")]),
])
def test_escape_from_custody_is_no_displacement(default_pipeline, text, expected):
    assert casualty_rows(default_pipeline, text) == expected
