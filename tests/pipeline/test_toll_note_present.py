"""A chronology entry told in the present (frame: a chronology entry in the present): see
:func:`claimex.assemble.toll_note_present.present_day_incidents`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_note_present import present_day_incidents, told_in_the_present
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Four guards are shot dead at a depot in Tarrow.", True),
    ("Two farmers die when their bus hits a mine.", True),
    ("A porter is seriously injured.", True),
    ("Rebels kill six rangers near the ford.", True),
    ("Two farmers died when their bus hit a mine.", False),
    ("Four guards were shot dead at a depot.", False),
])
def test_told_in_the_present(sentence, expected):
    assert told_in_the_present(sentence) is expected


LEAD = "Four guards are shot dead at a depot in Tarrow."


def _figure(low, sentence, start, subject="farmers", rule="cue_subject", suffix=" die",
            text="two", paragraph=True, section=0):
    return {"value": {"low": low, "high": low, "qualifier": "exact", "text": text},
            "provenance": {"rule": rule}, "start": start, "section": section,
            "subject": {"text": subject}, "lead_paragraph": paragraph,
            "evidence": {"sentence_start": 0 if start < 48 else 48, "sentence": sentence,
                         "suffix": suffix}}


@pytest.mark.parametrize(("figures", "expected"), [
    # a later sentence in the present that tells new people harmed adds
    ([_figure(4, LEAD, 0, "guards"), _figure(2, "Two farmers die when a bus hits a mine.", 48)],
     (6.0, 6.0, [0, 1])),
    ([_figure(4, LEAD, 0, "guards"),
      _figure(1, "A third guard dies later.", 48, "guard", "implicit_count", text="A")],
     (5.0, 5.0, [0, 1])),
    # a part, "others", a named victim, the lead's figure again
    ([_figure(4, LEAD, 0, "guards"),
      _figure(2, "Two of them are brothers.", 48, "them", suffix=" of them are brothers")],
     None),
    ([_figure(4, LEAD, 0, "guards"),
      _figure(2, "Two guards are among the dead.", 48, "guards", suffix=" guards are among")],
     None),
    ([_figure(4, LEAD, 0, "guards"), _figure(2, "Two others die later.", 48, "others")], None),
    ([_figure(4, LEAD, 0, "guards"),
      _figure(1, "Ivo Brandt dies later.", 48, "Ivo Brandt", "implicit_count", text="Brandt")],
     None),
    ([_figure(4, LEAD, 0, "guards"),
      _figure(4, "Four guards are killed, police say.", 48, "guards")], None),
    # told in the past, another paragraph or section, a lead in the past
    ([_figure(4, LEAD, 0, "guards"), _figure(2, "Two farmers died in March.", 48)], None),
    ([_figure(4, LEAD, 0, "guards"),
      _figure(2, "Two farmers die when a bus hits a mine.", 48, paragraph=False)], None),
    ([_figure(4, "Four guards were shot dead at a depot.", 0, "guards"),
      _figure(2, "Two farmers die when a bus hits a mine.", 48)], None),
])
def test_present_day_incidents(figures, expected):
    assert present_day_incidents(figures, list(range(len(figures))), [0]) == expected


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    ("Four guards are shot dead at a depot in Tarrow. Two farmers die when their bus hits "
     "a mine.", 6),
    ("Nine people are killed when a mine goes off at a Tarrow market. Two of them are "
     "children.", 9),
])
def test_killed_toll_of_a_present_entry(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
