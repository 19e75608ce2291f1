"""Incidents joined by a semicolon in a note's lead sentence (frame: incidents joined by a
semicolon): see :func:`claimex.assemble.toll_note_clauses.semicolon_incidents`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_note_clauses import counts_other_people, semicolon_incidents
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model

SENTENCE = "Six rangers die in a raid on the ridge; eleven rebels are killed near the ford"


def _figure(low, start, subject, place="", rule="cue_object", suffix=" die"):
    return {"value": {"low": low, "high": low, "qualifier": "exact"},
            "provenance": {"rule": rule}, "start": start, "subject": {"text": subject},
            "location": {"text": place} if place else None,
            "evidence": {"sentence_start": 0, "sentence": SENTENCE, "suffix": suffix}}


@pytest.mark.parametrize(("figures", "expected"), [
    # both sides of a clash, other victims
    ([_figure(6, 0, "rangers"), _figure(11, 40, "rebels")], (17.0, 17.0, [0, 1])),
    # two places, no victim noun
    ([_figure(9, 0, "", "Kirkuk"), _figure(4, 40, "", "Tikrit")], (13.0, 13.0, [0, 1])),
    # a group whose parts the clause states is its figure
    ([_figure(6, 0, "rangers"), _figure(2, 40, "rebels"),
      _figure(5, 40, "rebels", rule="implicit_count_sum")], (11.0, 11.0, [0, 2])),
    # the same people again, or no way to tell them apart
    ([_figure(12, 0, "people", "Tarrow"), _figure(12, 40, "people")], None),
    ([_figure(12, 0, ""), _figure(3, 40, "")], None),
    # a part of the first clause's people
    ([_figure(12, 0, "people"), _figure(3, 40, "guards", suffix=" of them were guards")], None),
    ([_figure(12, 0, "people"), _figure(3, 40, "guards", rule="cue_including")], None),
    # one clause only
    ([_figure(6, 0, "rangers"), _figure(11, 20, "rebels")], None),
])
def test_semicolon_incidents(figures, expected):
    assert semicolon_incidents(figures, list(range(len(figures))),
                               list(range(len(figures)))) == expected


@pytest.mark.parametrize(("first", "second", "expected"), [
    (("rangers", ""), ("rebels", ""), True),
    (("", "kirkuk"), ("", "tikrit"), True),
    (("people", "tarrow"), ("people", ""), False),
    (("", ""), ("", ""), False),
])
def test_counts_other_people(first, second, expected):
    assert counts_other_people(first, second) is expected


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    ("May 2 - Six rangers die in a raid on a ridge camp in Tarrow; 11 rebels are killed.", 17),
    ("May 2 - Twelve people were killed in a market blast in Tarrow; three of them were "
     "children.", 12),
])
def test_killed_toll_with_semicolon_incidents(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
