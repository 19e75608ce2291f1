"""A definite retelling told with an age takes up the victim told with that age
(rules.retold_ages, session 16, issue 14). One row per phenomenon."""

from __future__ import annotations

import pytest

from claimex.rules.retold_ages import choose_by_age, stated_age


@pytest.mark.parametrize(("words", "age"), [
    ("the 58-year-old ferry worker", 58),
    ("A 9 year old boy", 9),
    ("the 40-year old cook", 40),
    ("another deckhand", None),
    ("the 2020 season", None),
])
def test_stated_age(words, age):
    assert stated_age(words) == age


@pytest.mark.parametrize(("age", "candidates", "chosen"), [
    # no age in the retelling: the nearest victim that is no told state
    (None, [(4, None, True), (2, 33, False)], (2, False)),
    # the same age settles it, though a nearer victim was told without one
    (33, [(4, None, False), (2, 33, False)], (2, True)),
    # the same age is the lead's told state: no one (the summary is no antecedent)
    (33, [(4, None, False), (2, 33, True)], (None, True)),
    # another age is never it: the nearest without an age
    (33, [(4, 61, False), (2, None, False)], (2, False)),
    # nothing left
    (33, [(4, 61, False)], (None, False)),
])
def test_choose_by_age(age, candidates, chosen):
    assert choose_by_age(age, candidates) == chosen
