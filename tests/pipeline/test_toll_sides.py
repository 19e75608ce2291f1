"""The other side's dead in a document's killed toll (frame: a lead counting the people
attacked, a figure of the attackers' dead beside it): see
:func:`claimex.assemble.tolls.other_side_dead`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_sides import other_side_dead
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _figure(low, high, subject, rule="cue_object", qualifier="exact", speaker=None,
            canonical=None, place=None):
    return {"value": {"low": low, "high": high, "qualifier": qualifier},
            "subject": {"text": subject}, "provenance": {"rule": rule},
            "attribution": {"speaker": speaker, "canonical": canonical},
            "location": {"text": place, "canonical": None} if place else None}


@pytest.mark.parametrize(("figures", "lead", "expected"), [
    # the attackers' dead add to the lead's figure of the people attacked
    ([_figure(11, 11, "farmers"), _figure(7, 7, "Taliban gunmen")], [0],
     (18.0, 18.0, [0, 1])),
    ([_figure(2, 2, "soldiers"), _figure(15, None, "terrorists")], [0], (17.0, None, [0, 1])),
    ([_figure(4, 4, "police officers"), _figure(13, 13, "militants")], [0],
     (17.0, 17.0, [0, 1])),
    # a lead counting combatants: nothing adds
    ([_figure(4, 4, "insurgents"), _figure(20, None, "militants")], [0], None),
    # a part told with "including", a vague count, no combatants: nothing adds
    ([_figure(10, 10, "people"), _figure(3, 3, "militants", rule="cue_including")], [0], None),
    ([_figure(4, 4, "children"), _figure(4, None, "Houthi insurgents", qualifier="vague")],
     [0], None),
    ([_figure(4, 4, "children"), _figure(2, 2, "women")], [0], None),
    # a headline's figure that names no victims ("Seventeen Killed") is no people attacked;
    # the lead below it counts the insurgents themselves
    ([_figure(17, 17, ""), _figure(17, 17, "insurgents"), _figure(7, 7, "insurgents")],
     [0, 1], None),
    ([_figure(12, 12, ""), _figure(4, 4, "militants")], [0], None),
    # the lead's total holds them: "12 people, including four soldiers ... eight insurgents"
    ([_figure(12, 12, "people"), _figure(4, 4, "soldiers", rule="cue_including"),
      _figure(8, 8, "insurgents")], [0, 1], None),
    # the other side's source counting the same dead in its words
    ([_figure(5, 5, "Palestinians"),
      _figure(4, None, "terrorists", speaker="the spokesman",
              canonical="An Israeli army spokesman")], [0], None),
    # a figure the text places elsewhere is another event
    ([_figure(9, None, "patients", place="El Fasher"),
      _figure(101, None, "rebels", place="Khartoum")], [0], None),
])
def test_other_side_dead(figures, lead, expected):
    assert other_side_dead(figures, list(range(len(figures))), lead) == expected


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    ("An air raid killed 11 farmers on Saturday, district officials said. A police chief "
     "said seven Taliban gunmen were also killed.", 18),
    ("Taliban insurgents stormed a police post, killing four police officers. The gunfight, "
     "which left 13 militants dead, went on until dawn.", 17),
    # a figure the text dates at another time is another event
    ("Jihadists ambushed a convoy near Djibo on Monday, killing 11 soldiers, the government "
     "said. In neighbouring Mali, the army said it had neutralised around 30 militants near "
     "Gao last week.", 11),
    # a lead of people of any side that the parts make up adds nothing
    ("An attack on a checkpoint left 12 people dead, including four policemen, a district "
     "official said. The attackers opened fire on the checkpoint, killing four policemen and "
     "wounding six others. Eight insurgents were also killed when the police fired back.",
     12),
])
def test_killed_toll_with_the_other_side(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed

