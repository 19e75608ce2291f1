"""The speaker rules of real news copy (:mod:`claimex.rules.speakers`), one phenomenon a
row. The texts are made up."""

from __future__ import annotations

import pytest

from claimex.rules.speakers import named_part, post_signature

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


# the signature line under an embedded post names who wrote the paragraph above it
SIGNATURES = [
    ("a tweet's signature", "3 days ago they killed over a hundred of our soldiers.\n\n"
     "— Ann Reyes (@annreyes) November 23, 2018", 0, "Ann Reyes"),
    ("no blank line before it", "Pray for the 12 victims.\n— Houston Police "
     "(@houstonpolice) June 19, 2020\nMore text.", 9, "Houston Police"),
    ("a paragraph between is another's", "12 soldiers died.\n\nThe governor spoke.\n"
     "— Ann Reyes (@annreyes) May 3, 2021", 0, None),
    ("a dash with no handle signs nothing", "12 soldiers died.\n— Ann Reyes, May 3, 2021",
     0, None),
]


@pytest.mark.parametrize(("text", "at", "name"), [row[1:] for row in SIGNATURES],
                         ids=[row[0] for row in SIGNATURES])
def test_post_signature(text, at, name):
    found = post_signature(text, at)
    assert (text[found[0]:found[1]] if found else None) == name
