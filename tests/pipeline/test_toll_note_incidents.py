"""Several incidents told in one incident note (frames: incidents joined by a semicolon,
a new attack in the note): see :mod:`claimex.assemble.toll_note_incidents`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_note_incidents import (
    brings_in_a_new_attack,
    clause_index,
    new_attack_incidents,
    semicolon_incidents,
)
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model

TWO_CLAUSES = "Nine dead in a truck bomb blast in Kirkuk; four dead in Tikrit"


def _figure(low, start, place=None, sentence=TWO_CLAUSES, rule="cue_object", high="same",
            qualifier="exact", suffix=" dead", sentence_start=0, lead_paragraph=True,
            exact="3"):
    return {"value": {"low": low, "high": low if high == "same" else high,
                      "qualifier": qualifier},
            "provenance": {"rule": rule}, "start": start, "end": start + 3,
            "location": {"canonical": place} if place else None,
            "lead_paragraph": lead_paragraph,
            "evidence": {"sentence": sentence, "sentence_start": sentence_start,
                         "suffix": suffix, "exact": exact}}


@pytest.mark.parametrize(("start", "expected"), [(0, 0), (43, 1)])
def test_clause_index(start, expected):
    assert clause_index(_figure(1, start)) == expected


@pytest.mark.parametrize(("figures", "expected"), [
    # each clause its own count and place: they add up
    ([_figure(9, 0, "Kirkuk"), _figure(4, 43, "Tikrit")], (13.0, 13.0, [0, 1])),
    ([_figure(9, 0, "Kirkuk", high=None), _figure(4, 43, "Tikrit")], (13.0, None, [0, 1])),
    # a clause's largest figure stands for it ("two guards and a driver": 3, not 2 + 3)
    ([_figure(9, 0, "Kirkuk"), _figure(2, 43, "Tikrit"), _figure(3, 45, "Tikrit")],
     (12.0, 12.0, [0, 2])),
    # the same place, or a clause with no place: the same incident told on
    ([_figure(9, 0, "Kirkuk"), _figure(4, 43, "Kirkuk")], None),
    ([_figure(9, 0, "Kirkuk"), _figure(4, 43)], None),
    # a part ("four of them"), a vague word: nothing adds
    ([_figure(9, 0, "Kirkuk"), _figure(4, 43, "Tikrit", suffix=" of them soldiers")], None),
    ([_figure(9, 0, "Kirkuk"), _figure(3, 43, "Tikrit", high=9, qualifier="vague")], None),
    # one clause only
    ([_figure(9, 0, "Kirkuk"), _figure(4, 5, "Tikrit")], None),
])
def test_semicolon_incidents(figures, expected):
    assert semicolon_incidents(figures, list(range(len(figures))),
                               list(range(len(figures)))) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Six died when a suicide car bomber struck the gate.", True),
    ("In the south, a roadside bomb hit a convoy, killing three.", True),
    ("One man was hurt by a grenade attack in the market.", True),
    ("Other attacks across the province killed 5 people.", True),
    ("Three more were killed in other incidents.", True),
    ("Another bomb went off an hour later, killing two.", True),
    # the lead's attack told again, or no attack
    ("The bomber and ten others died.", False),
    ("The attack also wounded 12.", False),
    ("Two more died in hospital on Friday.", False),
    ("A wave of attacks hit the capital.", False),
])
def test_brings_in_a_new_attack(sentence, expected):
    assert brings_in_a_new_attack(sentence) is expected


LEAD = "A truck bomb killed eight people at a market in Hilla."
NEW = "In the north, a roadside bomb hit a patrol, killing 3 soldiers and a driver."
RETOLD = "The blast also killed 3 soldiers."


def _later(low, sentence=NEW, **kwargs):
    return _figure(low, 80, sentence=sentence, sentence_start=60, **kwargs)


@pytest.mark.parametrize(("figures", "expected"), [
    ([_figure(8, 20, sentence=LEAD), _later(3)], (11.0, 11.0, [0, 1])),
    # the sentence's largest figure ("3 soldiers and a driver": 4) stands for it
    ([_figure(8, 20, sentence=LEAD), _later(3), _later(4, rule="implicit_count_sum",
                                                        exact="3 soldiers and a")],
     (12.0, 12.0, [0, 2])),
    # victims told without a figure are no count of their own
    ([_figure(8, 20, sentence=LEAD), _later(1, rule="implicit_count", exact="a")], None),
    ([_figure(8, 20, sentence=LEAD), _later(2, rule="implicit_count_sum",
                                            exact="Ali Hasan and Omar Said")], None),
    # a retelling, a later paragraph, a part: nothing adds
    ([_figure(8, 20, sentence=LEAD), _later(3, sentence=RETOLD)], None),
    ([_figure(8, 20, sentence=LEAD), _later(3, lead_paragraph=False)], None),
    ([_figure(8, 20, sentence=LEAD), _later(3, suffix=" of them soldiers")], None),
])
def test_new_attack_incidents(figures, expected):
    assert new_attack_incidents(figures, list(range(len(figures))), [0]) == expected


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    ("Nine dead in a truck bomb blast at a checkpoint in Kirkuk; four dead in Tikrit", 13),
    ("A truck bomb killed eight people at a market in Hilla. In the north, a roadside bomb "
     "hit a patrol, killing 3 soldiers.", 11),
    # one incident told on: nothing adds
    ("Nine dead in a truck bomb blast at a checkpoint in Kirkuk; police said four of them "
     "were guards", 9),
    ("A truck bomb killed eight people at a market in Hilla. The blast also destroyed "
     "three shops.", 8),
])
def test_killed_toll_of_a_note(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
