"""Words glued together by PDF extraction: claimex.rules.glue."""

from __future__ import annotations

import pytest

from claimex.rules.glue import (
    _BEFORE_FIGURE_RE,
    GLUE_BEFORE_FIGURE,
    figure_glue_points,
    glue_split,
)


@pytest.mark.parametrize(("word", "at"), [
    ("displacedabout", 9),
    ("weredisplaced", 4),
    ("alreadydisplaced", 7),
    ("newdisplacements", 3),
    ("peoplehave", 6),
    ("sheltersfollowing", 8),
    ("ordestroyed", 2),
    ("with14,593", 4),
    ("least140,000", 5),
    ("Around1.6", 6),
    ("fledShirqat", 4),
    ("inAugust", 2),
    ("inIDPcamps", 2),
    # an agency's acronym glued to the reporting word after it
    ("UNHCRestimates", 5),
    ("WFPreported", 3),
    ("IOMdata", 3),
    ("IDPsites", 3),
    ("TRTWorld", None),
    ("IDPs", None),
    ("NGOs", None),
    ("UNHCRs", None),
    # ordinary words stay whole
    ("roundabout", None),
    ("reinforced", None),
    ("enforced", None),
    ("townspeople", None),
    ("instill", None),
    ("within", None),
    ("another", None),
    ("behave", None),
    ("Win10", None),
    ("COVID19", None),
    ("McDonald", None),
    ("about", None),
])
def test_glue_split(word, at):
    assert glue_split(word) == at


@pytest.mark.parametrize(("text", "points"), [
    ("Haiti, with14,593 displaced households", [11]),
    ("at least140,000 and Around1.6 million", [8, 26]),
    ("Win10 and mp3 and COVID19", []),
    ("no figures at all", []),
])
def test_figure_glue_points(text, points):
    assert figure_glue_points(text) == points


def test_before_figure_words_end_in_a_letter():
    # figure_glue_points searches only texts with a letter right before a digit: each
    # word glued to a figure must end in one
    assert all(word[-1].isascii() and word[-1].isalpha() for word in GLUE_BEFORE_FIGURE)


@pytest.mark.parametrize("text", [
    "Officials counted ABOUT12 boats and WITH40 crates.",
    "Crates: 14,593 of 20,000; no word glued to a figure.",
    "Some tally ran to\u2009between\u0661\u0662 units.",  # Arabic-Indic digits are digits
    "A\u212a9 code; it reached at least\u017f5; about\u0131\u0665.",  # letters that fold
])
def test_letter_digit_check_skips_no_glue_point(text):
    assert figure_glue_points(text) == [m.end() for m in _BEFORE_FIGURE_RE.finditer(text)]
