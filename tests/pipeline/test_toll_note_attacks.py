"""A new attack told in a one-paragraph incident note (frame: a new attack in the note): see
:func:`claimex.assemble.toll_note_attacks.new_attack_incidents`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_note_attacks import (
    brings_in_a_new_attack,
    in_lead_paragraph,
    new_attack_incidents,
)
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@pytest.mark.parametrize(("sentence", "expected"), [
    # an attack noun after "a", "an", "another"; a plural one after "other"
    ("In the south, a roadside bomb hit a minibus, killing three pilgrims.", True),
    ("Five guards died when a suicide truck bomber rammed the gate.", True),
    ("A farmer was killed in another attack near the ferry.", True),
    ("Nine guards were killed in other incidents across the valley.", True),
    ("Other attacks along the coast road killed six drivers.", True),
    # a thing brought in that blows up
    ("Two more died when a parked van blew up outside a cafe.", True),
    ("A porter was hurt when a package exploded at the depot.", True),
    # the lead's attack named again, an attack without "a", a compared earlier attack
    ("Two more died when the van blew up.", False),
    ("The bomber and ten others died.", False),
    ("Three of the wounded died in hospital.", False),
    ("In a similar attack last year, 30 people were killed.", False),
    ("An earlier ambush on the pass had killed two drivers.", False),
    ("The rebels had hidden a bomb that killed three farmers.", False),
])
def test_brings_in_a_new_attack(sentence, expected):
    assert brings_in_a_new_attack(sentence) is expected


@pytest.mark.parametrize(("text", "sentence_start", "expected"), [
    ("Four were shot. Two more died.", 16, True),
    ("Four were shot.\nTwo more died.", 16, False),
])
def test_in_lead_paragraph(text, sentence_start, expected):
    assert in_lead_paragraph(text, 0, sentence_start) is expected


def _figure(low, sentence, start, sentence_start, rule="cue_object", subject="guards",
            text="four", paragraph=True, day=None, section=0):
    return {"value": {"low": low, "high": low, "qualifier": "exact", "text": text},
            "section": section,
            "time": {"value": day, "start": 60, "inferred": False} if day else None,
            "provenance": {"rule": rule}, "subject": {"text": subject},
            "lead_paragraph": paragraph, "start": start, "end": start + 3,
            "evidence": {"sentence": sentence, "sentence_start": sentence_start}}


LEAD = "Gunmen shot dead four guards at a depot in Tarrow."
VAN = "Two more died when a parked van blew up outside a cafe."


@pytest.mark.parametrize(("figures", "expected"), [
    # the new attack's figure adds to the lead's
    ([_figure(4, LEAD, 16, 0), _figure(2, VAN, 51, 51)], (6.0, 6.0, [0, 1])),
    # a group told with its parts is one figure of its own ("three soldiers and four police")
    ([_figure(4, LEAD, 16, 0),
      _figure(3, "Three soldiers and four police died when a bomber struck.", 51, 51),
      _figure(7, "Three soldiers and four police died when a bomber struck.", 51, 51,
              rule="implicit_count_sum")], (11.0, 11.0, [0, 2])),
    # one victim told without a figure adds where the sentence brings in its attack
    ([_figure(4, LEAD, 16, 0),
      _figure(1, "A porter died in another attack near the ferry.", 51, 51,
              rule="implicit_count", text="A")], (5.0, 5.0, [0, 1])),
    # a later paragraph, "others", a named victim, a sentence without a new attack
    ([_figure(4, LEAD, 16, 0), _figure(2, VAN, 52, 52, paragraph=False)], None),
    # a headline's figure leads: the body's first paragraph is not its paragraph
    ([_figure(4, "Four guards shot dead in Tarrow", 0, 0),
      _figure(2, VAN, 52, 52, section=1)], None),
    ([_figure(4, LEAD, 16, 0),
      _figure(2, "Two others died when a parked van blew up.", 51, 51, subject="others")],
     None),
    ([_figure(4, LEAD, 16, 0),
      _figure(1, "Ivo Brandt died when a parked van blew up.", 51, 51, rule="implicit_count",
              text="Brandt")], None),
    ([_figure(4, LEAD, 16, 0), _figure(2, "Two more died in hospital.", 51, 51)], None),
    # an attack dated to a day of its own below an undated lead may be an earlier one
    ([_figure(4, LEAD, 16, 0), _figure(2, VAN, 51, 51, day="XXXX-WXX-7")], None),
    # a lead that sums up several incidents: the sentences after it tell its parts
    ([_figure(9, "Bombings across the north killed nine people.", 27, 0),
      _figure(2, VAN, 47, 47)], None),
])
def test_new_attack_incidents(figures, expected):
    assert new_attack_incidents(figures, list(range(len(figures))), [0]) == expected


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    ("March 3 - Gunmen shot dead four guards at a grain depot in Tarrow. Two more people "
     "died when a parked van blew up outside a cafe in Pellam.", 6),
    ("Gunmen shot dead four guards at a grain depot in Tarrow. In the capital, a roadside "
     "bomb struck a minibus, killing three farmers.", 7),
    # the lead's attack told again, an earlier attack compared: nothing adds
    ("Gunmen shot dead four guards at a grain depot in Tarrow. Two of the guards were "
     "brothers.", 4),
    ("Gunmen shot dead four guards at a grain depot in Tarrow. In a similar attack last "
     "year, three guards were killed.", 4),
])
def test_killed_toll_with_a_new_attack(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
