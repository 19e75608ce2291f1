"""Escapees as counted people (issue 14, session 15): a singular escapee noun counts one
person under a capture cue only (:mod:`claimex.rules.escapees`)."""

from __future__ import annotations

import pytest

from claimex.rules.escapees import captured_escapee_count
from tests.conftest import casualty_rows, needs_model


@pytest.mark.parametrize(("det", "noun", "plural", "category", "expected"), [
    ("a", "convict", False, "captured", 1),
    ("an", "escapee", False, "captured", 1),
    ("the", "fugitive", False, "captured", 1),
    ("another", "absconder", False, "captured", 1),
    # no capture cue, a plural, a noun outside the list, or no determiner count no one
    ("a", "fugitive", False, "killed", None),
    (None, "fugitives", True, "captured", None),
    ("a", "warden", False, "captured", None),
    (None, "convict", False, "captured", None),
])
def test_captured_escapee_count(det, noun, plural, category, expected):
    assert captured_escapee_count(det, noun, plural, category) == expected


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    ("A convict was recaptured near the quarry on Friday.", [("captured", "A", 1, "asserted")]),
    ("Troopers arrested an escapee at a truck stop.", [("captured", "an", 1, "asserted")]),
    # outside a capture the nouns count no one
    ("The fugitive hid in a barn for two nights.", []),
])
def test_escapee_under_a_capture_cue(default_pipeline, text, expected):
    assert casualty_rows(default_pipeline, text) == expected
