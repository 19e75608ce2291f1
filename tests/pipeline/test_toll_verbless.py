"""A toll told with no verb of its own ("Flood death toll over 300") and the level a toll is
"up to" ("the death toll is up to 58"): linking/tolls.py cue_toll_verbless and
rules/toll_levels.py, through the default pipeline."""

from __future__ import annotations

import pytest

from tests.conftest import casualty_rows, needs_model


def _values(pipeline, text):
    from claimex.api import extract
    from claimex.io.readers import InputDocument
    from claimex.records import to_json_dict

    [result] = list(extract([InputDocument("t", text, None)], pipeline))
    return sorted((c["category"], c["value"]["text"], c["value"]["low"], c["value"]["high"])
                  for c in map(to_json_dict, result.claims) if c["type"] == "casualty")


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    ("Landslide death toll now over 70 in the hills.",
     [("killed", "over 70", 71.0, float("inf"))]),
    ("Ferry toll up to 48. Awful news.", [("killed", "up to 48", 48.0, 48.0)]),
    ("Body count now up to 17.", [("killed", "up to 17", 17.0, 17.0)]),
    ("The flood death toll is up to 33 this morning.",
     [("killed", "up to 33", 33.0, 33.0)]),
    # negative rows: a ceiling stays a ceiling where no toll noun holds the figure, or a
    # modal makes it a guess; a place near a figure of homes is no toll
    ("Up to 30 villagers were killed in the raid.", [("killed", "Up to 30", 0.0, 30.0)]),
    ("The toll could be up to 300.", [("killed", "up to 300", 0.0, 300.0)]),
    ("He died in a fire near 12 houses.", [("killed", "He", 1.0, 1.0)]),
])
def test_verbless_tolls_and_toll_levels(default_pipeline, text, expected):
    assert _values(default_pipeline, text) == expected


@needs_model
def test_a_toll_rising_to_a_figure_is_still_cue_toll(default_pipeline):
    assert casualty_rows(default_pipeline, "The flood death toll rose to 33.") == [
        ("killed", "33", 33.0, "asserted")]
