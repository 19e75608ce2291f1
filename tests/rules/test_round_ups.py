"""A lead that sums up the incidents of its day itself (issue 14, session 14): its figure's
clause holds a plural incident noun or a round-up noun
(:mod:`claimex.rules.round_ups`); the incidents told after it, with an opener, are its parts
(:func:`claimex.assemble.toll_incidents.separate_incidents`)."""

from __future__ import annotations

import pytest

from claimex.assemble.toll_incidents import separate_incidents
from claimex.rules.round_ups import figure_clause, sums_up_incidents


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
