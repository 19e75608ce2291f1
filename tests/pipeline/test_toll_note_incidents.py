"""Several incidents told in one incident note (frame: incidents joined by a semicolon):
see :mod:`claimex.assemble.toll_note_incidents`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_note_incidents import clause_index, semicolon_incidents
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


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    ("Nine dead in a truck bomb blast at a checkpoint in Kirkuk; four dead in Tikrit", 13),
    # one incident told on: nothing adds
    ("Nine dead in a truck bomb blast at a checkpoint in Kirkuk; police said four of them "
     "were guards", 9),
])
def test_killed_toll_of_a_note(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
