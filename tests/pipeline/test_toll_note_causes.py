"""A later sentence with its own subject and cause (frame: a later sentence with its own
subject and cause): see :func:`claimex.assemble.toll_note_causes.own_cause_incidents`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_note_causes import (
    counts_people_of_its_own,
    own_cause_incidents,
    tells_a_context_event,
    tells_its_own_cause,
)
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@pytest.mark.parametrize(("sentence", "actors", "figure_at", "expected"), [
    ("Two farmers died when a mortar shell hit their field.", [], 0, True),
    ("In the capital, a roadside bomb struck a minibus, killing 3 drivers.",
     ["a roadside bomb"], 48, True),
    ("Another raid on a camp at Pellam left seven fighters dead.", ["Another raid"], 38, True),
    ("A gang of bandits later shot dead four traders.", [], 36, True),
    # no cause of its own: none told, the figure opens the sentence, the lead's event
    ("Two farmers died later in hospital.", [], 0, False),
    ("A porter was hurt.", [], 0, False),
    ("Two policemen died in the blast as well.", [], 0, False),
    ("The bomber killed four more people.", ["The bomber"], 18, False),
])
def test_tells_its_own_cause(sentence, actors, figure_at, expected):
    assert tells_its_own_cause(sentence, actors, figure_at) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Troops went to the district where a double bombing killed 40 people.", True),
    ("A raid last month killed nine herders near Pellam.", True),
    ("Two years ago, a bomb at the same gate killed six.", True),
    ("Two farmers died when a mortar shell hit their field.", False),
    ("Later a roadside bomb killed 3 drivers.", False),
])
def test_tells_a_context_event(sentence, expected):
    assert tells_a_context_event(sentence) is expected


def _count(text, subject, prefix="", suffix=" died", rule="cue_subject"):
    return {"value": {"low": 2, "high": 2, "qualifier": "exact", "text": text},
            "subject": {"text": subject} if subject else None, "provenance": {"rule": rule},
            "evidence": {"exact": text, "prefix": prefix, "suffix": suffix}}


@pytest.mark.parametrize(("claim", "expected"), [
    (_count("Two", "farmers"), True),
    (_count("two", "traders", prefix="shot dead "), True),
    # a bare number, a part, people told before, others, a part told with "including"
    (_count("Twelve", None), False),
    (_count("Three", "soldiers", suffix=" of the soldiers died"), False),
    (_count("four", "attackers", prefix="All "), False),
    (_count("two", "guards", prefix="the "), False),
    (_count("two", "others"), False),
    (_count("two", "children", rule="cue_including"), False),
])
def test_counts_people_of_its_own(claim, expected):
    assert counts_people_of_its_own(claim) is expected


LEAD = "Gunmen shot dead six guards at a depot in Tarrow."


def _figure(low, sentence, start, subject="farmers", actor=None, prefix="", suffix=" died",
            paragraph=True, section=0):
    return {"value": {"low": low, "high": low, "qualifier": "exact", "text": "x"},
            "provenance": {"rule": "cue_subject"}, "start": start, "section": section,
            "subject": {"text": subject} if subject else None, "lead_paragraph": paragraph,
            "actor": {"text": actor} if actor else None,
            "evidence": {"sentence_start": 0 if start < 50 else 50, "sentence": sentence,
                         "exact": "x", "prefix": prefix, "suffix": suffix}}


@pytest.mark.parametrize(("figures", "expected"), [
    # a later sentence that harms new people by a cause of its own adds
    ([_figure(6, LEAD, 0, "guards"),
      _figure(2, "Two farmers died when a mortar shell hit their field.", 50)],
     (8.0, 8.0, [0, 1])),
    ([_figure(6, LEAD, 0, "guards"),
      _figure(3, "Later a roadside bomb killed 3 drivers.", 58, "drivers", "a roadside bomb")],
     (9.0, 9.0, [0, 1])),
    # the parts of the lead's total, a retelling, the lead's event, another paragraph
    ([_figure(6, LEAD, 0, "guards"),
      _figure(4, "Four died when a grenade hit the gate.", 50, None)], None),
    ([_figure(6, LEAD, 0, "guards"),
      _figure(2, "Two of them died when a grenade hit the gate.", 50, "them",
              suffix=" of them died")], None),
    ([_figure(6, LEAD, 0, "guards"),
      _figure(2, "Two farmers died in the attack as well.", 50)], None),
    # an event told for context: a relative clause, an earlier time
    ([_figure(6, LEAD, 0, "guards"),
      _figure(40, "Troops went to Pellam, where a double bombing killed 40 people.", 50,
              "people", "a double bombing")], None),
    ([_figure(6, LEAD, 0, "guards"),
      _figure(9, "A raid last month killed nine herders.", 50, "herders", "A raid")], None),
    ([_figure(6, LEAD, 0, "guards"),
      _figure(2, "Two farmers died when a mortar shell hit their field.", 50, paragraph=False)],
     None),
    # a lead that sums up several incidents itself: the later sentences are its parts
    ([_figure(6, "Raids across the valley killed six guards.", 0, "guards"),
      _figure(2, "Two farmers died when a mortar shell hit their field.", 50)], None),
])
def test_own_cause_incidents(figures, expected):
    assert own_cause_incidents(figures, list(range(len(figures))), [0]) == expected


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen shot dead six guards at a depot in Tarrow. Two farmers died when a mortar "
     "shell hit their field near Pellam.", 8),
    ("Rebels killed five miners at a pit near Tarrow. A gang of bandits later shot dead "
     "four traders on the road to Pellam.", 9),
    ("At least 20 rangers were killed in the valley on Friday. Nine died when a convoy was "
     "ambushed near Pellam, and five more were killed in a raid.", 20),
    ("A bomb killed seven pilgrims at a shrine in Dunmore. Two policemen died in the blast "
     "as well.", 7),
])
def test_killed_toll_of_a_note_with_its_own_cause(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
