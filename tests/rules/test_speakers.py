"""The speaker rules of real news copy (:mod:`claimex.rules.speakers`), one phenomenon a
row. The texts are made up."""

from __future__ import annotations

import pytest

from claimex.rules.speakers import named_part

NAMED_PARTS = [
    ("name, then an appositive", "Karim Sadeq, a district official in Zabul province",
     "Karim Sadeq"),
    ("description, then the name", "a police spokesman, Omar Farid", "Omar Farid"),
    ("name, then a dashed appositive", "The Red Crescent – volunteers who run the ambulances",
     "The Red Crescent"),
    ("name, then a relative clause", "Tom Hale, who runs the county's bus company", "Tom Hale"),
    ("name, then a possessive title", "Ann Reyes, Zabul's governor", "Ann Reyes"),
    ("name, then brackets", "the Afghan Red Crescent (ARCS)", "the Afghan Red Crescent"),
    ("no appositive", "the local health office", "the local health office"),
    ("a number's comma is no apposition", "1,200 residents", "1,200 residents"),
]


@pytest.mark.parametrize(("phrase", "name"), [row[1:] for row in NAMED_PARTS],
                         ids=[row[0] for row in NAMED_PARTS])
def test_named_part(phrase, name):
    assert named_part(phrase) == name
