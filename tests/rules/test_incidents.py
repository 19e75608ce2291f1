"""Several incidents told in one dispatch without an opener (issue 14, session 14): which
sentences bring in an incident of their own and which leads sum up the incidents after them
(:mod:`claimex.rules.incidents`), and the figures they add to a lead's toll
(:func:`claimex.assemble.toll_incidents.incidents_without_opener`)."""

from __future__ import annotations

import pytest

from claimex.assemble.toll_incidents import incidents_without_opener, separate_incidents
from claimex.rules.incidents import brings_in_an_incident, incident_phrases, sums_up_incidents

LEAD = "A car bomb tore through a cattle market on Monday, killing six traders, police said."


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Two farmers died when a landmine went off under their tractor.", True),
    ("An explosion near the mill wounded nine workers.", True),
    ("A teacher was shot dead in an ambush on the hill road.", True),
    ("Three guards were killed when another suicide bomber struck the depot.", True),
    ("Four herders died in a shootout with rustlers near the dam.", True),
    ("Five more people were hurt in other attacks across the valley.", True),
    # the lead's own attack told again, a compared one, no incident noun, a definite one
    ("The six traders died when a car bomb went off beside the stalls.", False),
    ("In a similar attack last spring, 20 traders were killed.", False),
    ("A policeman was among the wounded, the mayor said.", False),
    ("The blast also wounded 14 people.", False),
    ("The attack was the third this month.", False),
])
def test_brings_in_an_incident(sentence, expected):
    assert brings_in_an_incident(sentence, LEAD) is expected


@pytest.mark.parametrize(("sentence", "phrases"), [
    ("A clerk was wounded in a grenade attack at the bank.", [["grenade", "attack"]]),
    ("a remotely detonated roadside bomb hit the van", [["remotely", "detonated", "roadside", "bomb"]]),
    ("A driver who was hurt in the crash died.", []),
])
def test_incident_phrases(sentence, phrases):
    assert incident_phrases(sentence) == phrases


@pytest.mark.parametrize(("lead", "expected"), [
    ("Violence in three northern towns killed nine people on Friday.", True),
    ("A spate of attacks on farms left seven dead.", True),
    ("At least 11 people died in bombings and shootings around the capital.", True),
    ("A roadside bomb killed two border guards on Friday.", False),
    ("Gunmen attacked a checkpoint, killing three policemen.", False),
])
def test_sums_up_incidents(lead, expected):
    assert sums_up_incidents(lead) is expected


def _figure(low, sentence, start, subject, high="same", rule="cue_object", place=None):
    return {"value": {"low": low, "high": low if high == "same" else high, "qualifier": "exact"},
            "provenance": {"rule": rule}, "evidence": {"sentence": sentence},
            "start": start, "end": start + 3, "subject": {"text": subject},
            "location": {"text": place, "canonical": place} if place else None}


MINE = "Two farmers died when a landmine went off under their tractor near Kut."
ROUND_UP = "Violence in three northern towns killed nine people on Friday."


@pytest.mark.parametrize(("figures", "expected"), [
    # an incident of its own after a one-attack lead adds
    ([_figure(6, LEAD, 40, "traders"), _figure(2, MINE, 100, "farmers", place="Kut")],
     (8.0, 8.0, [0, 1])),
    ([_figure(6, LEAD, 40, "traders", high=None), _figure(2, MINE, 100, "farmers", place="Kut")],
     (8.0, None, [0, 1])),
    # no place of its own: the lead's scene told again
    ([_figure(6, LEAD, 40, "traders"), _figure(2, MINE, 100, "farmers")], None),
    # the lead's figure told again with a new noun adds nothing
    ([_figure(6, LEAD, 40, "traders"),
      _figure(6, "Six traders died when a suicide bomber struck Kut.", 100, "traders",
              place="Kut")], None),
    # a lead that sums up the day's incidents holds them
    ([_figure(9, ROUND_UP, 0, "people"), _figure(2, MINE, 80, "farmers", place="Kut")], None),
])
def test_separate_incidents_without_opener(figures, expected):
    assert separate_incidents(figures, list(range(len(figures))), [0]) == expected


def test_no_incident_in_the_lead_sentence():
    figures = [_figure(6, LEAD, 40, "traders"), _figure(2, LEAD, 60, "guards")]
    assert incidents_without_opener(figures, [0, 1], [0, 1]) == []
