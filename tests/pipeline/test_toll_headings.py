"""Headings inside a page in a document's toll (frame: a subheading, a deck or a related
link restates the body's figure of its category, never adds to it nor beats it): see
:func:`claimex.assemble.toll_headings.restated_headings`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_headings import is_heading_line, on_heading_line, restated_headings
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@pytest.mark.parametrize(("line", "expected"), [
    ("1 killed 1 hurt in Southfield shooting", True),
    ("1 dead, another injured in Maili pedestrian crash", True),
    ("One dead, 6 rescued and 12 still missing", True),
    ("2 dead, 8 rescued, 10 missing after boat capsizes in Florida Keys www.youtube.com", True),
    ("Ex-boyfriend killed by police", True),
    # prose: a full stop, a sentence ending inside, past narration, too many words
    ("Two people were injured.", False),
    ("Her boyfriend is in critical condition, but is stable.", False),
    ("Two were shot. One died at the scene", False),
    ("Both victims were rushed to the Royal Adelaide Hospital for treatment", False),
    ("Police said the gunman opened fire on a group of people standing outside a corner "
     "store on the east side late on Sunday night", False),
    ("Killed", False),
])
def test_is_heading_line(line, expected):
    assert is_heading_line(line) is expected


@pytest.mark.parametrize(("text", "at", "expected"), [
    # a subheading below the lead
    ("Shooting at hotel\nA woman was killed.\n1 killed 1 hurt in shooting\nMore text.",
     "1 killed", True),
    # the page's first line, its title, is no heading inside the page
    ("3 killed in shooting\nThree men were killed on Sunday.", "3 killed", False),
    ("\n\n3 killed in shooting\nThree men were killed on Sunday.", "3 killed", False),
    # a line of prose
    ("Shooting at hotel\nTwo people were hurt and one man was killed in the shooting.",
     "one man", False),
])
def test_on_heading_line(text, at, expected):
    start = text.index(at)
    assert on_heading_line(text, start, start + len(at)) is expected


@pytest.mark.parametrize(("headings", "counted", "expected"), [
    # the body states the category: the heading's figure is set aside
    ([False, True], [0, 1], [0]),
    ([True, False, True], [0, 1, 2], [1]),
    # only headings state it: they stand
    ([True, True], [0, 1], [0, 1]),
    ([False, False], [0, 1], [0, 1]),
])
def test_restated_headings(headings, counted, expected):
    claims = [{"heading": heading} for heading in headings]
    assert restated_headings(claims, counted) == expected


@needs_model
@pytest.mark.parametrize(("text", "category", "low"), [
    # a subheading under the lead: one hurt, not two
    ("Shooting outside hotel leaves woman dead\n\nA woman was killed and her boyfriend was "
     "injured outside a hotel on Monday, police said.\n\n1 killed 1 hurt in hotel shooting\n\n"
     "Officers were called at 9:24 a.m. Monday to the hotel.", "injured", 1),
    # a link to a related story's video: 10 missing, not 12
    ("Boat capsizes off Key West\n\nA boat capsized off Key West on Thursday, leaving two "
     "confirmed dead and another 10 missing, according to officials.\n\nThe Coast Guard "
     "kept searching into the night.\n\nOne dead, 6 rescued and 12 still missing", "missing",
     10),
])
def test_toll_with_a_heading_inside(default_pipeline, text, category, low):
    [result] = list(extract([InputDocument("t", text, None, published="2023-05-08")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == category]
    assert toll["low"] == low


def test_the_docstring_examples_hold():
    import doctest

    from claimex.assemble import toll_headings
    result = doctest.testmod(toll_headings, verbose=False)
    assert result.attempted > 0 and result.failed == 0
