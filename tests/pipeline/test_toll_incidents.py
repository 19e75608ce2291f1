"""Separate incidents of one dispatch in a document's toll (frame: a sentence opened by a
fronted adjunct that tells a separate incident, "In a separate incident, ...", "Also in the
north, ..."): see :func:`claimex.assemble.toll_incidents.separate_incidents`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_incidents import opens_a_separate_incident, separate_incidents
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In a separate incident, a roadside bomb killed two soldiers.", True),
    ("Also in the north, police raided a house and killed a suspect.", True),
    ("Also Friday, gunmen ambushed a police van, killing two officers.", True),
    ("Separately, a shop owner was shot dead in Fallujah.", True),
    ("Elsewhere in Baghdad, a bomb killed a civilian.", True),
    ("“In another attack, gunmen killed three farmers,” he said.", True),
    ("On the same day as the raid on the depot, nine guards were killed.", True),
    # the event told before: "Also," alone, no opener, no comma after the opener
    ("Also, two police officers were wounded in the attack.", False),
    ("Two police officers were also wounded in the attack.", False),
    ("Separately the ministry said two soldiers died.", False),
    ("Meanwhile, the army said the attackers had fled.", False),
    ("Also killed in the attack was the driver, police said.", False),
])
def test_opens_a_separate_incident(sentence, expected):
    assert opens_a_separate_incident(sentence) is expected


def _figure(low, sentence, start, rule="cue_object", high="same", qualifier="exact",
            length=3):
    return {"value": {"low": low, "high": low if high == "same" else high,
                      "qualifier": qualifier},
            "provenance": {"rule": rule}, "evidence": {"sentence": sentence},
            "start": start, "end": start + length}


LEAD = "A car bomb killed six people at a market, police said."
ALSO = "Also in the north, police killed a suspect."


@pytest.mark.parametrize(("figures", "lead", "expected"), [
    # the separate incident's figure adds to the lead's
    ([_figure(6, LEAD, 10), _figure(1, ALSO, 80, "implicit_count")], [0], (7.0, 7.0, [0, 1])),
    ([_figure(10, LEAD, 10, high=None), _figure(2, ALSO, 80)], [0], (12.0, None, [0, 1])),
    # of the lead's equal figures the widest: "Storm leaves four dead ... At least four"
    ([_figure(4, LEAD, 10), _figure(4, LEAD, 30, high=None), _figure(6, ALSO, 80)], [0, 1],
     (10.0, None, [1, 2])),
    # a figure inside another's words is counted there
    ([_figure(10, LEAD, 10), _figure(2, ALSO, 80, "implicit_count_sum", length=30),
      _figure(1, ALSO, 95, "implicit_count")], [0], (12.0, 12.0, [0, 1])),
    # no separate incident, a vague or an "including" figure: nothing adds
    ([_figure(6, LEAD, 10), _figure(2, "Two more died in hospital.", 80)], [0], None),
    ([_figure(4, LEAD, 10), _figure(2, ALSO, 80, high=None, qualifier="vague")], [0], None),
    ([_figure(6, LEAD, 10), _figure(1, ALSO, 80, "cue_including")], [0], None),
    # a lead that sums up separate attacks itself: the incidents are its parts
    ([_figure(10, "Ten people were killed in separate bombings across Iraq.", 0),
      _figure(3, "In a separate incident, a bomb killed three worshippers.", 80)], [0], None),
])
def test_separate_incidents(figures, lead, expected):
    assert separate_incidents(figures, list(range(len(figures))), lead) == expected


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    ("A bomb hidden in a cart went off at a crowded bus station Sunday in an eastern town, "
     "killing five people and wounding 31, officials said. Also in the east, soldiers stormed "
     "a farmhouse, killed a wanted gunman and arrested two of his brothers, the army said.", 6),
    ("Gunmen stormed a border checkpoint and killed eight guards in a long firefight, "
     "officials said Tuesday. Two other guards were hurt. Also Tuesday, attackers fired on "
     "a patrol car, killing a district commander and his driver, a spokesman said.", 10),
    # the event told again: nothing adds
    ("Gunmen stormed a border checkpoint and killed eight guards in a long firefight, "
     "officials said Tuesday. The guards died after a three-hour battle, a spokesman "
     "said.", 8),
])
def test_killed_toll_with_separate_incidents(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
