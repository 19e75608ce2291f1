"""A second attack told with "also" on its attack verb (``claimex.rules.also_attacks``): its
figure adds to the lead's unless the lead names its target."""

from __future__ import annotations

import pytest

from claimex.rules.also_attacks import tells_a_second_attack

LEAD = "Militants ambushed an army convoy near Dorn on Monday, killing four soldiers."


def _at(sentence: str, figure: str) -> int:
    return sentence.index(figure)


@pytest.mark.parametrize(("sentence", "figure", "lead", "expected"), [
    # a second attack, "also" before its attack verb, the figure after it
    ("Rebels also shelled a fuel depot in Varn, killing two workers.", "two", LEAD, True),
    ("Raiders also stormed a clinic at Pell overnight, leaving nine people dead.", "nine",
     LEAD, True),
    ("Jets also reportedly struck a bakery in Osk, killing 14 customers.", "14", LEAD, True),
    ("The same gang also targeted a ferry landing, killing a boatman.", "a boatman", LEAD,
     True),
    # the lead names the target: its figure holds the second one
    ("Rebels also shelled the convoy, killing two drivers.", "two", LEAD, False),
    ("The attackers also hit a house near Dorn, killing three of a family.", "three",
     LEAD, False),
    # "also" on a verb of harm, or no attack verb: the running tallies read those
    ("Two guards were also wounded in the ambush.", "Two", LEAD, False),
    ("The gunmen also burned six trucks.", "six", LEAD, False),
    # the figure before the verb, or "also" too far from it
    ("Six people died when rebels also shelled a depot in Varn.", "Six", LEAD, False),
    ("Rebels also said they had shelled a depot in Varn, killing two.", "two", LEAD, False),
])
def test_tells_a_second_attack(sentence, figure, lead, expected):
    assert tells_a_second_attack(sentence, lead, _at(sentence, figure)) is expected
