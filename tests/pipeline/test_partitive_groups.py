"""A partitive's group is no count of victims (linking/partitives.not_a_partitive_group):
"Twelve of the 20 workers were killed" tells twelve dead, not twenty; a group whose own
phrase tells the harm keeps its claim."""

import pytest

from tests.conftest import casualty_rows, needs_model


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # the group's size after the part: no claim of its own
    ("Twelve of the 20 workers were killed when the roof fell in.",
     [("killed", "Twelve", 12.0, "asserted")]),
    ("A witness said nine of the 14 villagers died in the flood.",
     [("killed", "nine", 9.0, "asserted")]),
    ("Three of the five passengers died at the scene.", [("killed", "Three", 3.0, "asserted")]),
    ("The storm killed 11 of the 13 fishermen on the trawler.",
     [("killed", "11", 11.0, "asserted")]),
    ("Most of the 40 pilgrims were injured when the bus overturned.", []),
    # the group's own phrase tells the harm: its figure stays
    ("Four of the 30 confirmed dead were children.",
     [("killed", "30", 30.0, "asserted"), ("killed", "Four", 4.0, "asserted")]),
    ("Two of the 13 miners who were killed were brothers.",
     [("killed", "13", 13.0, "asserted"), ("killed", "Two", 2.0, "asserted")]),
    # the whole group, or no part before "of"
    ("The deaths of 18 passengers were confirmed.", [("killed", "18", 18.0, "asserted")]),
    ("A total of 77 people were killed.", [("killed", "77", 77.0, "asserted")]),
    ("Six passengers were killed and 20 were injured.",
     [("injured", "20", 20.0, "asserted"), ("killed", "Six", 6.0, "asserted")]),
])
def test_a_partitive_group_is_no_count_of_victims(default_pipeline, text, expected):
    assert casualty_rows(default_pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Twelve of the 20 workers were killed when the roof fell in.", []),
    ("All of the 12 climbers died on the ridge.", [("killed", "12", 12.0, "asserted")]),
])
def test_a_partitive_group_without_a_parse(rules_pipeline, text, expected):
    assert casualty_rows(rules_pipeline, text) == expected
