"""Separate incidents told at other places without an opener (frame: an incident elsewhere,
:func:`claimex.assemble.toll_places.incidents_elsewhere`, read by
:func:`claimex.assemble.toll_incidents.separate_incidents`)."""

from __future__ import annotations

import pytest

from claimex.assemble.toll_incidents import separate_incidents
from claimex.assemble.toll_places import holds_place


def _figure(low, place, sentence, start, rule="cue_object", subject="guards", dated=False,
            text="four"):
    return {"value": {"low": low, "high": low, "qualifier": "exact", "text": text},
            "provenance": {"rule": rule}, "subject": {"text": subject},
            "location": {"text": place, "canonical": None} if place else None,
            "time": {"value": "XXXX-WXX-2", "start": 5, "inferred": False} if dated else None,
            "evidence": {"sentence": sentence}, "start": start, "end": start + 3}


LEAD = "A bomb killed four guards at a depot in Tarrow, police said."
AWAY = "Gunmen shot dead two drivers near Pellam, a medic said."


@pytest.mark.parametrize(("figures", "expected"), [
    # a figure at a place the lead's does not hold adds
    ([_figure(4, "Tarrow", LEAD, 10), _figure(2, "Pellam", AWAY, 90)], (6.0, 6.0, [0, 1])),
    # the lead's place, or a place of it ("Dunmore district of Tarrow"): a restatement
    ([_figure(4, "Tarrow", LEAD, 10),
      _figure(2, "Tarrow", "Two of the guards died in Tarrow later.", 90)], None),
    ([_figure(4, "Tarrow province", LEAD, 10),
      _figure(2, "Dunmore district", "Gunmen shot two drivers in Dunmore district of Tarrow.",
              90)], None),
    # a lead in a country holds every place the report tells
    ([_figure(4, "Kenya", LEAD, 10), _figure(2, "Pellam", AWAY, 90)], None),
    # one place, one incident: its second figure retells the first
    ([_figure(4, "Tarrow", LEAD, 10), _figure(2, "Pellam", AWAY, 90),
      _figure(3, "Pellam", "Three people died near Pellam, a nurse said.", 150)],
     (6.0, 6.0, [0, 1])),
    # a headline or teaser line, a sentence that refers back, a named victim, "others"
    ([_figure(4, "Tarrow", LEAD, 10), _figure(2, "Pellam", "Two drivers shot near Pellam", 90)],
     None),
    ([_figure(4, "Tarrow", LEAD, 10),
      _figure(2, "Pellam", "Two drivers from Pellam died in the blast.", 90)], None),
    ([_figure(4, "Tarrow", LEAD, 10),
      _figure(1, "Pellam", "Oskar Brandt died near Pellam.", 90, "implicit_count",
              text="Brandt")], None),
    ([_figure(4, "Tarrow", LEAD, 10),
      _figure(2, "Pellam", "Two others were shot near Pellam.", 90, subject="others")], None),
    # an undated figure below a dated lead is context
    ([_figure(4, "Tarrow", LEAD, 10, dated=True), _figure(2, "Pellam", AWAY, 90)], None),
    ([_figure(4, "Tarrow", LEAD, 10, dated=True), _figure(2, "Pellam", AWAY, 90, dated=True)],
     (6.0, 6.0, [0, 1])),
    # a lead without a place: nothing to set a place against
    ([_figure(4, None, LEAD, 10), _figure(2, "Pellam", AWAY, 90)], None),
])
def test_incident_elsewhere(figures, expected):
    assert separate_incidents(figures, list(range(len(figures))), [0]) == expected


@pytest.mark.parametrize(("lead", "lead_sentence", "place", "sentence", "expected"), [
    ("tarrow", "", "tarrow", "", True),
    ("tarrow province", "", "tarrow", "", True),
    ("tarrow", "", "pellam", "", False),
    ("tarrow province", "", "dunmore district", "in dunmore district of tarrow", True),
    ("pellam", "raiders hit pellam and tarrow", "tarrow", "", True),
    ("kenya", "", "pellam", "", True),
])
def test_holds_place(lead, lead_sentence, place, sentence, expected):
    assert holds_place(lead, lead_sentence, place, sentence) is expected
