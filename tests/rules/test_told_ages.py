"""Victims told one by one whose told ages set them apart (:mod:`claimex.rules.told_ages`)."""

from __future__ import annotations

import pytest

from claimex.rules.told_ages import tells_another_age, told_age


@pytest.mark.parametrize(("phrase", "expected"), [
    ("A 41-year-old woman was grazed", 41),
    ("A man, 19, remains in critical condition", 19),
    ("another 22-year-old was hurt", 22),
    ("A man was hit in the hip", None),
    ("The 30-year-old was hurt", None),   # a retelling, not a victim told on its own
])
def test_told_age(phrase, expected):
    assert told_age(phrase) == expected


@pytest.mark.parametrize(("age", "earlier", "expected"), [
    (30, [25], True),
    (30, [25, 41], True),
    (30, [25, None], False),   # the one told without an age may be this one
    (25, [25], False),
    (None, [25], False),
    (30, [], False),
])
def test_tells_another_age(age, earlier, expected):
    assert tells_another_age(age, earlier) is expected
