"""The speaker rules of real news copy (:mod:`claimex.rules.speakers`), one phenomenon a
row. The texts are made up."""

from __future__ import annotations

import pytest

from claimex.rules.speakers import can_be_it, named_part, outlet_name

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


OUTLET_NAMES = [
    ("name before 'news agency'", "the official Norland Press news agency", "Norland Press"),
    ("name before 'newspaper'", "the Harbour Herald newspaper", "Harbour Herald"),
    ("a description without a name", "the state news agency", "the state news agency"),
    ("no outlet noun", "the regional police chief", "the regional police chief"),
    ("a name alone", "Lakewatch", "Lakewatch"),
]


@pytest.mark.parametrize(("phrase", "name"), [row[1:] for row in OUTLET_NAMES],
                         ids=[row[0] for row in OUTLET_NAMES])
def test_outlet_name(phrase, name):
    assert outlet_name(phrase) == name


CAN_BE_IT = [
    ("an authority", "the harbour authority", True),
    ("an outlet", "Norland Press", True),
    ("one person", "a district official", False),
    ("people", "rescue workers", False),
    ("empty", "", True),
]


@pytest.mark.parametrize(("name", "expected"), [row[1:] for row in CAN_BE_IT],
                         ids=[row[0] for row in CAN_BE_IT])
def test_can_be_it(name, expected):
    assert can_be_it(name) is expected
