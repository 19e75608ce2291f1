"""A lead that sums up the incidents of its day itself (issue 14, session 14): its figure's
clause holds a plural incident noun or a round-up noun
(:mod:`claimex.rules.round_ups`); the incidents told after it, with an opener, are its parts
(:func:`claimex.assemble.toll_incidents.separate_incidents`), unless their victims are of a
kind the lead's named group cannot hold (session 19:
:func:`claimex.rules.round_ups.outside_the_group`)."""

from __future__ import annotations

import pytest

from claimex.assemble.toll_incidents import separate_incidents
from claimex.rules.round_ups import (
    figure_clause,
    outside_the_group,
    sums_up_incidents,
    victim_kinds,
)


@pytest.mark.parametrize(("sentence", "figure_at", "expected"), [
    ("Violence in three northern towns killed nine people on Friday.", 0, True),
    ("A spate of raids on farms left seven herders dead.", 0, True),
    ("At least 11 people died in bombings and shootings around the capital.", 0, True),
    ("A wave of raids on border posts left six guards dead.", 0, True),
    # one incident; a round-up word outside the figure's clause
    ("A roadside bomb killed two border guards on Friday.", 0, False),
    ("Gunmen attacked a checkpoint, killing three policemen.", 0, False),
    # several bombs, an approximator or a place spread over a region make no round-up
    ("Mortar fire across the valley killed five shepherds on Monday.", 0, False),
    ("Two bombs went off at a fish market, killing nine traders.", 0, False),
    ("A blast at a depot killed around 40 workers.", 0, False),
    ("Raiders on motorbikes killed four herders at a well, in a district hit by raids.", 28, False),
])
def test_sums_up_incidents(sentence, figure_at, expected):
    assert sums_up_incidents(sentence, figure_at) is expected


@pytest.mark.parametrize(("sentence", "figure_at", "clause"), [
    ("Two were killed in a blast, officials said.", 0, "Two were killed in a blast"),
    ("Police said on Monday that four miners died; rescuers dug on.", 28,
     "Police said on Monday that four miners died"),
    ("Six died in the storm - the worst in years.", 0, "Six died in the storm"),
])
def test_figure_clause(sentence, figure_at, clause):
    assert figure_clause(sentence, figure_at) == clause


def _figure(low, sentence, start, sentence_start=0):
    return {"value": {"low": low, "high": low, "qualifier": "exact"},
            "provenance": {"rule": "cue_object"},
            "evidence": {"sentence": sentence, "sentence_start": sentence_start},
            "start": start, "end": start + 3}


ALSO = "Also near the border, a drive-by shooting killed a farmer."


@pytest.mark.parametrize(("figures", "expected"), [
    # a round-up lead holds the incidents told after it
    ([_figure(9, "Violence in three northern towns killed nine people on Friday.", 39),
      _figure(1, ALSO, 120, 80)], None),
    ([_figure(7, "A spate of raids on farms left seven herders dead.", 31),
      _figure(1, ALSO, 120, 80)], None),
    # one incident in the lead: the separate one adds
    ([_figure(2, "A roadside bomb killed two border guards on Friday.", 23),
      _figure(1, ALSO, 120, 80)], (3.0, 3.0, [0, 1])),
    # a round-up word in an appositive after the figure's clause does not hold them
    ([_figure(4, "Raiders killed four herders at a well, in a district hit by raids.", 15),
      _figure(1, ALSO, 120, 80)], (5.0, 5.0, [0, 1])),
])
def test_round_up_lead_holds_its_incidents(figures, expected):
    assert separate_incidents(figures, list(range(len(figures))), [0]) == expected


@pytest.mark.parametrize(("victims", "kinds"), [
    ("border policemen", {"security"}),
    ("Islamist rebels", {"combatant"}),
    ("schoolchildren's mothers", None),
    ("farmers", {"civilian"}),
    # a head that names anyone, or no words
    ("people", None),
    ("young men", None),
    (None, None),
])
def test_victim_kinds(victims, kinds):
    found = victim_kinds(victims)
    assert (set(found) if found else None) == kinds


@pytest.mark.parametrize(("lead_kinds", "part_kinds", "outside"), [
    ({"security"}, {"civilian"}, True),
    ({"civilian", "security"}, {"combatant"}, True),
    ({"civilian", "security"}, {"civilian"}, False),
    (None, {"civilian"}, False),
    ({"security"}, None, False),
])
def test_outside_the_group(lead_kinds, part_kinds, outside):
    assert outside_the_group(lead_kinds, part_kinds) is outside


def _victims(low, sentence, start, victims, sentence_start=0, high=None, qualifier="exact"):
    figure = _figure(low, sentence, start, sentence_start)
    figure["value"] = {"low": low, "high": low if high is None else high, "qualifier": qualifier}
    figure["subject"] = {"text": victims}
    return figure


RAIDS = "Raids on checkpoints in two districts killed nine border policemen overnight."
SHELL = "Separately, a shell hit a house in the valley and killed two farmers."


@pytest.mark.parametrize(("figures", "expected"), [
    # the separate incident's farmers cannot be among the lead's policemen: they add
    ([_victims(9, RAIDS, 45, "border policemen"), _victims(2, SHELL, 130, "farmers", 80)],
     (11.0, 11.0, [0, 1])),
    # a vague word of a closed range adds its range
    ([_victims(9, RAIDS, 45, "border policemen"),
      _victims(3, "In another incident, troops killed several rebels near the pass.", 140,
               "rebels", 100, high=9, qualifier="vague")],
     (12.0, 18.0, [0, 1])),
    # "nine people" may hold the farmers; policemen told apart are of the lead's group
    ([_victims(9, RAIDS.replace("border policemen", "people"), 45, "people"),
      _victims(2, SHELL, 130, "farmers", 80)], None),
    ([_victims(9, RAIDS, 45, "border policemen"),
      _victims(2, "Separately, a bomb killed two policemen at a post.", 130, "policemen", 80)],
     None),
    # no opener: the round-up lead holds it
    ([_victims(9, RAIDS, 45, "border policemen"),
      _victims(2, "A shell hit a house in the valley and killed two farmers.", 130, "farmers",
               80)], None),
])
def test_round_up_lead_adds_victims_outside_its_group(figures, expected):
    assert separate_incidents(figures, list(range(len(figures))), [0]) == expected
