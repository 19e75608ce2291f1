"""Ages set off by commas after a group of people are no people
(linking.group_ages.not_ages_of_a_group, sessions 11 and 18). One row per phenomenon."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _casualties(pipeline, text):
    [result] = list(extract([InputDocument("t", text, None)], pipeline))
    return sorted((c["category"], c["value"]["text"], c["value"]["low"])
                  for c in map(to_json_dict, result.claims) if c["type"] == "casualty")


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # two ages after a counted group: the group is two
    ("Two teens, 16 and 17, were shot near the park.", [("injured", "Two", 2)]),
    # three ages in a list
    ("Three men, 19, 22 and 25, were hospitalized after the shooting.",
     [("injured", "Three", 3)]),
    # after a possessed plural: no sum of ages
    ("The gunman shot his sons, 12 and 9, before killing himself.",
     [("killed", "himself", 1)]),
    # an opening word between the comma and the ages: "ages", "aged", "both"
    ("Two guards, ages 44 and 51, were wounded at the depot.", [("injured", "Two", 2)]),
    ("Two cousins, both 19, were stabbed outside a club.", [("injured", "Two", 2)]),
    # a closing phrase between the ages and the comma
    ("Two nurses, 58 and 41 years old, were hurt in the crash.", [("injured", "Two", 2)]),
    # a number with a noun of its own is a count, not an age
    ("Police said 12 people, 4 of them children, were hurt.",
     [("injured", "12", 12), ("injured", "4", 4)]),
])
def test_ages_of_a_group(default_pipeline, text, expected):
    assert _casualties(default_pipeline, text) == expected
