"""A toll "up to" a figure it has reached (rules/numbers/toll_levels.reads_as_a_level)."""

from __future__ import annotations

import pytest

from claimex.rules.numbers.toll_levels import reads_as_a_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a toll noun, then a verb of being or rising right before "up to": the level reached
        ("The death toll in Harl is up to nine.", True),
        ("The death toll from the quarry blast at Oddi, in the hills, is up to 17.", True),
        ("By noon the toll was up to 40.", True),
        ("The toll now up to 23 after the ferry sank.", True),
        ("The number of dead has risen up to 31 in the hill town.", True),
        ("The body count has now climbed up to 12.", True),
        ("The toll’s up to six.", True),
        # no toll noun before it: a ceiling
        ("Up to 50 people may have died in the landslide.", False),
        ("The gunmen killed up to 30 villagers on Sunday.", False),
        ("Rescuers say the flood left up to 80 dead.", False),
        # a modal, an infinitive or an estimate between the noun and "up to": a forecast
        ("The death toll could rise up to 60, the mayor warned.", False),
        ("The toll is expected to climb up to 70.", False),
        ("Officials put the toll at up to 80.", False),
        ("The toll, which may be up to 90, is not known.", False),
        ("a death toll of up to 100", False),
        # the noun in an earlier sentence or clause is no subject of the verb
        ("The toll was high. Fares are up to 5 pounds.", False),
        # a verb of being after another noun: no toll
        ("The wage is up to 12 pounds an hour.", False),
    ],
)
def test_reads_as_a_level(text, level):
    assert reads_as_a_level(text, text.lower().index("up to")) is level
