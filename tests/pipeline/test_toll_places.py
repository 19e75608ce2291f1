"""Separate incidents told apart, at other places, without an opener (frame: an incident told
apart, :func:`claimex.assemble.toll_places.incidents_elsewhere`, read by
:func:`claimex.assemble.toll_incidents.separate_incidents`), and the report's structure that
tells them apart (:mod:`claimex.rules.incident_structure`)."""

from __future__ import annotations

import pytest

from claimex.assemble.toll_incidents import separate_incidents
from claimex.assemble.toll_places import holds_place
from claimex.rules.incident_days import named_day, report_day, tells_its_own_day
from claimex.rules.incident_structure import (
    cites_its_own_source,
    names_another_source,
    tells_its_own_time,
)


def _figure(low, place, sentence, start, rule="cue_object", subject="guards", dated=False,
            text="four"):
    return {"value": {"low": low, "high": low, "qualifier": "exact", "text": text},
            "provenance": {"rule": rule}, "subject": {"text": subject},
            "location": {"text": place, "canonical": None} if place else None,
            "time": {"value": "XXXX-WXX-2", "start": 5, "inferred": False} if dated else None,
            "evidence": {"sentence": sentence}, "start": start, "end": start + 3}


LEAD = "A bomb killed four guards at a depot in Tarrow, police said."
AWAY = "About an hour later, gunmen shot dead two drivers near Pellam, a medic said."
SOURCED = "In a separate statement, the harbour police said two drivers were shot near Pellam."
PLAIN = "Gunmen shot dead two drivers near Pellam, a medic said."


@pytest.mark.parametrize(("figures", "expected"), [
    # a figure at a place the lead's does not hold adds
    ([_figure(4, "Tarrow", LEAD, 10), _figure(2, "Pellam", AWAY, 90)], (6.0, 6.0, [0, 1])),
    # the lead's place, or a place of it ("Dunmore district of Tarrow"): a restatement
    ([_figure(4, "Tarrow", LEAD, 10),
      _figure(2, "Tarrow", "Hours later, two of the guards died in Tarrow.", 90)], None),
    ([_figure(4, "Tarrow province", LEAD, 10),
      _figure(2, "Dunmore district",
              "Hours later, gunmen shot two drivers in Dunmore district of Tarrow.", 90)], None),
    # a lead in a country holds every place the report tells
    ([_figure(4, "Kenya", LEAD, 10), _figure(2, "Pellam", AWAY, 90)], None),
    # one place, one incident: its second figure retells the first
    ([_figure(4, "Tarrow", LEAD, 10), _figure(2, "Pellam", AWAY, 90),
      _figure(3, "Pellam", "Hours later, three people died near Pellam, a nurse said.", 150)],
     (6.0, 6.0, [0, 1])),
    # a headline or teaser line, a sentence that refers back, a named victim, "others"
    ([_figure(4, "Tarrow", LEAD, 10),
      _figure(2, "Pellam", "Two drivers shot near Pellam hours later", 90)], None),
    ([_figure(4, "Tarrow", LEAD, 10),
      _figure(2, "Pellam", "Hours later, two drivers from Pellam died in the blast.", 90)], None),
    ([_figure(4, "Tarrow", LEAD, 10),
      _figure(1, "Pellam", "Hours later, Oskar Brandt died near Pellam.", 90, "implicit_count",
              text="Brandt")], None),
    ([_figure(4, "Tarrow", LEAD, 10),
      _figure(2, "Pellam", "Hours later, two others were shot near Pellam.", 90,
              subject="others")], None),
    # the place alone does not set an incident apart: the report's structure must
    ([_figure(4, "Tarrow", LEAD, 10), _figure(2, "Pellam", PLAIN, 90)], None),
    # a time of its own sets it apart, dated or not
    ([_figure(4, "Tarrow", LEAD, 10, dated=True), _figure(2, "Pellam", AWAY, 90)],
     (6.0, 6.0, [0, 1])),
    # a time of its own at the lead's place: a restatement
    ([_figure(4, "Tarrow", LEAD, 10),
      _figure(2, "Tarrow", "An hour later, two more guards were shot in Tarrow.", 90)], None),
    # a source of its own sets it apart, dated where the lead is
    ([_figure(4, "Tarrow", LEAD, 10), _figure(2, "Pellam", SOURCED, 90)], (6.0, 6.0, [0, 1])),
    ([_figure(4, "Tarrow", LEAD, 10, dated=True), _figure(2, "Pellam", SOURCED, 90)], None),
    ([_figure(4, "Tarrow", LEAD, 10, dated=True), _figure(2, "Pellam", SOURCED, 90, dated=True)],
     (6.0, 6.0, [0, 1])),
    # a source other than the lead's sets it apart; the same source does not
    ([{**_figure(4, "Tarrow", LEAD, 10), "attribution": {"kind": "reported",
                                                        "speaker": "a district official"}},
      {**_figure(2, "Pellam", PLAIN, 90), "attribution": {"kind": "reported",
                                                         "speaker": "police chief Rolf Anker"}}],
     (6.0, 6.0, [0, 1])),
    ([{**_figure(4, "Tarrow", LEAD, 10), "attribution": {"kind": "reported",
                                                        "speaker": "Rolf Anker"}},
      {**_figure(2, "Pellam", PLAIN, 90), "attribution": {"kind": "quoted", "speaker": "he",
                                                         "canonical": "Rolf Anker"}}], None),
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


@pytest.mark.parametrize(("sentence", "expected"), [
    ("About an hour later, a cyclist was struck on Quarry Lane.", True),
    ("The second crash happened two hours later on Route 9.", True),
    ("Minutes earlier, a van had overturned near Kell Bridge.", True),
    ("Earlier Sunday, a man was stabbed outside a bar in Ashby.", True),
    ("Earlier in the day, a tractor overturned near Ashby.", True),
    ("Later that night, a second fire broke out in Ashby.", True),
    ("Later, the driver died in hospital.", False),
    ("Officials earlier said nine people had died.", False),
    ("The fire was put out two days later.", False),
    ("Two people were hurt on Quarry Lane, firefighters said.", False),
])
def test_tells_its_own_time(sentence, expected):
    assert tells_its_own_time(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In a separate statement, the coast guard said two divers drowned.", True),
    ("In a separate news release, deputies said a hiker fell.", True),
    ("The coast guard said in a statement that two divers drowned.", False),
    ("In a separate incident, a hiker fell.", False),
])
def test_cites_its_own_source(sentence, expected):
    assert cites_its_own_source(sentence) is expected


@pytest.mark.parametrize(("speaker", "lead_speakers", "expected"), [
    ("police chief Rolf Anker", ["a district official"], True),
    ("Anker", ["Rolf Anker, the police chief"], False),
    ("the harbour police", ["a district official", "medics"], True),
    ("medics", ["a district official", "medics"], False),
    ("police chief Rolf Anker", [None], False),
    (None, ["a district official"], False),
])
def test_names_another_source(speaker, lead_speakers, expected):
    assert names_another_source(speaker, lead_speakers) is expected


MONDAY_LEAD = "Raiders killed four guards at a depot in Tarrow early Monday, police said."


@pytest.mark.parametrize(("figures", "expected"), [
    # a weekday of its own, the report's day or the day before, at another place: adds
    ([_figure(4, "Tarrow", MONDAY_LEAD, 10),
      _figure(2, "Pellam", "Late Sunday, gunmen shot dead two drivers near Pellam.", 90)],
     (6.0, 6.0, [0, 1])),
    ([_figure(4, "Tarrow", MONDAY_LEAD, 10),
      _figure(2, "Pellam", "A mine blast Sunday night killed two herders near Pellam.", 90)],
     (6.0, 6.0, [0, 1])),
    # a weekday further back: an earlier event, told for context
    ([_figure(4, "Tarrow", MONDAY_LEAD, 10),
      _figure(9, "Pellam", "On Thursday, raiders killed nine herders near Pellam.", 90)], None),
    # the day a source spoke on is no time of its own
    ([_figure(4, "Tarrow", MONDAY_LEAD, 10),
      _figure(2, "Pellam", "Two drivers were shot near Pellam, a medic said Sunday.", 90)], None),
    # a day of its own at the lead's place: a restatement
    ([_figure(4, "Tarrow", MONDAY_LEAD, 10),
      _figure(2, "Tarrow", "Late Sunday, two more guards were shot in Tarrow.", 90)], None),
    # the lead's parts under a lead that sums up several attacks: not added
    ([_figure(6, "Tarrow", "Raiders killed six guards in separate attacks across the north on "
              "Monday, police said.", 10),
      _figure(2, "Pellam", "Late Sunday, gunmen shot dead two guards near Pellam.", 90)], None),
    # a report that names no day: nothing to count a day from
    ([_figure(4, "Tarrow", LEAD, 10),
      _figure(2, "Pellam", "Late Sunday, gunmen shot dead two drivers near Pellam.", 90)], None),
])
def test_incident_on_a_day_of_its_own(figures, expected):
    assert separate_incidents(figures, list(range(len(figures))), [0]) == expected


@pytest.mark.parametrize(("sentence", "day"), [
    ("Late Sunday, gunmen attacked a post in Varn.", "Sunday"),
    ("On Saturday, six people died in a market blast.", "Saturday"),
    ("Saturday night, a grenade hit a bus stop.", "Saturday"),
    ("A mine blast Saturday night killed four herders.", "Saturday"),
    ("A raid late on Tuesday left four herders dead.", "Tuesday"),
    ("Two guards died in Varn, officials said Sunday.", None),
    ("The raid on Sunday killed two guards.", None),
    ("On Sunday services were held for the dead.", None),
    ("Two guards died in Varn.", None),
])
def test_named_day(sentence, day):
    assert named_day(sentence) == day


@pytest.mark.parametrize(("sentences", "day"), [
    (["A bomb killed four guards in Tarrow.", "Police said Monday it was a mine."], "Monday"),
    (["Raiders struck on Friday.", "On Thursday, ..."], "Friday"),
    (["A bomb killed four guards in Tarrow."], None),
])
def test_report_day(sentences, day):
    assert report_day(sentences) == day


@pytest.mark.parametrize(("sentence", "day", "expected"), [
    ("Late Sunday, gunmen attacked a post in Varn.", "Monday", True),
    ("On Monday, gunmen attacked a post in Varn.", "Monday", True),
    ("Late Sunday, gunmen attacked a post in Varn.", "Tuesday", False),
    ("On Wednesday, raiders killed 25 herders in Dell.", "Saturday", False),
    ("Late Sunday, gunmen attacked a post in Varn.", None, False),
])
def test_tells_its_own_day(sentence, day, expected):
    assert tells_its_own_day(sentence, day) is expected
