"""The speaker rules of real news copy (:mod:`claimex.rules.speakers`), one phenomenon a
row. The texts are made up."""

from __future__ import annotations

import pytest

from claimex.rules.speakers import name_inside, named_part

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


# the one name inside a phrase that describes its speaker with a common noun (session 10)
NAMES_INSIDE = [
    ("an agency described", "the official Xinhua news agency", ["Xinhua news agency"],
     "Xinhua"),
    ("a name before its noun", "the state-run Tanjug agency", ["Tanjug"], "Tanjug"),
    ("a nationality word is no name", "the Syrian government", [], "the Syrian government"),
    ("a phrase ending in a name", "the ministry spokesman Omar Farid", ["Omar Farid"],
     "the ministry spokesman Omar Farid"),
    ("two names", "the Reuters and AFP news agencies", ["Reuters", "AFP"],
     "the Reuters and AFP news agencies"),
]


@pytest.mark.parametrize(("phrase", "names", "name"), [row[1:] for row in NAMES_INSIDE],
                         ids=[row[0] for row in NAMES_INSIDE])
def test_name_inside(phrase, names, name):
    assert name_inside(phrase, names) == name
