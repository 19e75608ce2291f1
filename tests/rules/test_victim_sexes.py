"""The sex a victim's noun names, and a victim told on its own of another sex than every one
told before it (:mod:`claimex.rules.victim_sexes`)."""

from __future__ import annotations

import pytest

from claimex.rules.victim_sexes import names_another_sex, sex_of


@pytest.mark.parametrize(("phrase", "expected"), [
    ("woman", "female"),
    ("old man", "male"),       # the head is the last word
    ("second girl", "female"),
    ("Mr.", "male"),
    ("victim", None),          # a noun that names no sex
    ("teen", None),
    ("", None),
    (None, None),
])
def test_sex_of(phrase, expected):
    assert sex_of(phrase) == expected


@pytest.mark.parametrize(("subject", "earlier", "expected"), [
    # "A man was shot in the back ... A woman, 34, is in stable condition": another person
    ("woman", ["man"], True),
    ("boy", ["woman", "girl"], True),
    # one of them names her sex: she may be told again
    ("woman", ["man", "girl"], False),
    # "A teen was shot ... A woman was hurt": the teen may be her
    ("woman", ["teen"], False),
    # the noun names no sex
    ("victim", ["man"], False),
    # nobody told before
    ("woman", [], False),
])
def test_names_another_sex(subject, earlier, expected):
    assert names_another_sex(subject, earlier) is expected
