"""A headline's figure told again in the body is one group, not two (frame: the headline's
figure told again, session 18): see :func:`claimex.assemble.toll_restatements.restatements`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_restatements import in_a_title_line, restatements, same_named_group
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("guards", "security guards", True),
    ("pro-state militia", "pro-state militiamen", True),
    ("soldier", "soldiers", True),
    ("2 others", "two others", True),
    # a generic noun or no noun names no group
    ("farmers", "others", False),
    ("", "herders", False),
    ("people", "border guards", False),
    ("people", "people", False),
    # two sides, or two kinds of victims
    ("militia", "militants", False),
    ("guards", "insurgents", False),
    ("farmers", "policemen", False),
])
def test_same_named_group(first, second, expected):
    assert same_named_group({"subject": {"text": first}}, {"subject": {"text": second}}) \
        is expected


@pytest.mark.parametrize(("sentence", "at", "expected"), [
    ("Gunmen kill 4 guards at a depot in the hills", 12, True),
    ("Gunmen kill 4 guards at a depot\n\nThe gunmen fled on foot.", 12, True),
    ("Flood toll: 9 dead in hill villages", 12, True),
    # a sentence of the body, a later line, a line that ends as a sentence does
    ("Gunmen killed four guards at a depot on Monday.", 14, False),
    ("Hill news\nGunmen kill 4 guards at a depot", 22, False),
    ("Gunmen kill 4 guards, police say.", 12, False),
])
def test_in_a_title_line(sentence, at, expected):
    figure = {"evidence": {"sentence": sentence, "sentence_start": 100, "start": 100 + at}}
    assert in_a_title_line(figure) is expected


HEADLINE = "Gunmen kill 4 guards at a depot in the hills"


def _figure(low, subject, sentence, start, high="same", time=None, rule="cue_object"):
    return {"value": {"low": low, "high": low if high == "same" else high},
            "subject": {"text": subject}, "provenance": {"rule": rule},
            "lead": start == 0, "time": time,
            "evidence": {"sentence": sentence, "sentence_start": start, "start": start}}


@pytest.mark.parametrize(("figures", "expected"), [
    # the body tells the headline's figure again
    ([_figure(4, "guards", HEADLINE, 0),
      _figure(4, "security guards", "Four security guards were shot dead.", 60)], {1}),
    ([_figure(4, "guards", HEADLINE, 0),
      _figure(4, "guards", "All four guards died at the scene, a medic said.", 120)], {1}),
    # a title line the parser runs into the body's first sentence
    ([_figure(4, "guards", HEADLINE + "\nGunmen shot four guards dead.", 0),
      {**_figure(4, "guards", HEADLINE + "\nGunmen shot four guards dead.", 0),
       "lead": False, "evidence": {"sentence": HEADLINE + "\nGunmen shot four guards dead.",
                                   "sentence_start": 0, "start": 56}}], {1}),
    # a generic noun: it may be the headline's group or another
    ([_figure(4, "guards", HEADLINE, 0),
      _figure(4, "others", "The gunmen shot four others at the gate.", 60)], set()),
    # more people, another incident, another date: not the headline's figure
    ([_figure(4, "guards", HEADLINE, 0),
      _figure(4, "guards", "Four more guards were shot dead at a second post.", 60)], set()),
    ([_figure(4, "guards", HEADLINE, 0),
      _figure(4, "guards", "Gunmen also killed four guards at a bank.", 60)], set()),
    ([_figure(4, "guards", HEADLINE, 0, time={"value": "2024-05-02", "start": 20}),
      _figure(4, "guards", "Last month gunmen shot four guards there.", 60,
              time={"value": "2024-04", "start": 62})], set()),
    # another figure, other bounds, the other side, the headline's own sentence
    ([_figure(4, "guards", HEADLINE, 0),
      _figure(3, "guards", "Three guards were shot dead.", 60)], set()),
    ([_figure(4, "guards", HEADLINE, 0),
      _figure(4, "guards", "At least four guards were shot dead.", 60, high=None)], set()),
    ([_figure(4, "guards", HEADLINE, 0),
      _figure(4, "insurgents", "Troops killed four insurgents in the chase.", 60)], set()),
    ([_figure(4, "guards", HEADLINE, 0), _figure(4, "gunmen", HEADLINE, 0)], set()),
    # a lead that is a sentence, not a title: nothing is a headline's copy
    ([_figure(4, "guards", "Gunmen killed four guards at a depot on Monday.", 0),
      _figure(4, "guards", "The four guards were buried on Tuesday.", 60)], set()),
    # no figure in the lead: nothing to restate
    ([_figure(4, "guards", "A target was named.", 0, rule="implicit_count"),
      _figure(4, "guards", "Four guards were shot dead.", 60)], set()),
])
def test_restatements(figures, expected):
    assert restatements(figures, list(range(len(figures)))) == expected


@needs_model
@pytest.mark.parametrize(("text", "category", "low"), [
    # the headline's figure told again: not summed
    ("Police kill 1 suspect, injure 2 others in dawn raid\nPolice shot dead a suspect in a "
     "dawn raid on a farmhouse, the regional police chief said. He said two others were "
     "injured in the exchange of fire and taken to a clinic.", "injured", 2),
    ("Rebels kill 3 border guards in night raid\nRebels killed three border guards at a "
     "hill post overnight, the army said. The three border guards had been on patrol.",
     "killed", 3),
])
def test_tolls_with_a_restated_headline(default_pipeline, text, category, low):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == category]
    assert toll["low"] == low
