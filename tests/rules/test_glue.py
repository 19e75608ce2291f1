"""Words glued together by PDF extraction: claimex.rules.glue."""

from __future__ import annotations

import pytest

from claimex.rules.glue import figure_glue_points, glue_split


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
