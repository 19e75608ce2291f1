"""The hurt of a round-up's incidents, each told beside its own dead under a lead that
totals only the dead, add up (frame: the hurt beside the parts of the dead): see
:mod:`claimex.assemble.toll_hurt_parts` (issue 14, session 22)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_hurt_parts import hurt_beside_parts_of_the_dead
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _figure(category, low, sentence_start, rule="cue_object", high="same",
            qualifier=None):
    return {"category": category,
            "value": {"low": low, "high": low if high == "same" else high,
                      "qualifier": qualifier},
            "provenance": {"rule": rule}, "evidence": {"sentence_start": sentence_start}}


@pytest.mark.parametrize(("claims", "hurt", "dead", "dead_toll", "expected"), [
    # "Bombs killed seven ... killed four traders and wounded 12 ... killing three guards
    # and wounding two": 14
    ([_figure("killed", 7, 0), _figure("killed", 4, 60), _figure("injured", 12, 60),
      _figure("killed", 3, 140), _figure("injured", 2, 140)], [2, 4], [0, 1, 3], 7.0,
     (14.0, 14.0, [2, 4])),
    # an open figure of the hurt leaves the sum open: "wounded more than 20"
    ([_figure("killed", 2, 0), _figure("injured", 21, 0, high=None),
      _figure("killed", 1, 90), _figure("injured", 3, 90)], [1, 3], [0, 2], 3.0,
     (24.0, None, [1, 3])),
    # the largest figure of the hurt of each sentence, once: "wounding 10, two of them
    # badly" is 10
    ([_figure("killed", 1, 0), _figure("injured", 10, 0), _figure("injured", 2, 0),
      _figure("killed", 1, 70), _figure("injured", 5, 70)], [1, 2, 4], [0, 3], 2.0,
     (15.0, 15.0, [1, 4])),
    # a later count of the same attack: the dead beside the hurt exceed the dead toll
    ([_figure("killed", 3, 0), _figure("injured", 10, 0), _figure("killed", 5, 50),
      _figure("injured", 12, 50)], [1, 3], [0, 2], 5.0, None),
    # the same pair of figures told twice is one incident
    ([_figure("killed", 4, 0), _figure("injured", 9, 0), _figure("killed", 4, 80),
      _figure("injured", 9, 80)], [1, 3], [0, 2], 8.0, None),
    # only one sentence tells its dead beside its hurt; the other hurt stand alone
    ([_figure("killed", 4, 0), _figure("injured", 9, 0), _figure("injured", 6, 80)],
     [1, 2], [0], 4.0, None),
    # a part told with "including" is no figure of an incident
    ([_figure("killed", 2, 0), _figure("injured", 8, 0, "cue_including"),
      _figure("killed", 1, 90), _figure("injured", 3, 90)], [1, 3], [0, 2], 3.0, None),
    # no dead toll
    ([_figure("injured", 4, 0), _figure("injured", 3, 90)], [0, 1], [], 0.0, None),
])
def test_hurt_beside_parts_of_the_dead(claims, hurt, dead, dead_toll, expected):
    assert hurt_beside_parts_of_the_dead(claims, hurt, dead, dead_toll) == expected


@needs_model
@pytest.mark.parametrize(("text", "injured"), [
    # a lead that totals the dead, incidents told with their dead and hurt: the hurt add up
    ("Bombs and an ambush killed seven people in the province on Monday, officials said. "
     "A bomb at the grain market killed four traders and wounded 12 others, the police "
     "said. Later, gunmen ambushed a patrol near the river crossing, killing three guards "
     "and wounding two, a spokesman said.", 14),
    # the lead gives the hurt itself: it stands
    ("Bombs and an ambush killed seven people and wounded 20 in the province on Monday, "
     "officials said. A bomb at the grain market killed four traders and wounded 12 "
     "others, the police said. Later, gunmen ambushed a patrol near the river crossing, "
     "killing three guards and wounding two, a spokesman said.", 20),
])
def test_injured_toll_of_a_round_up(default_pipeline, text, injured):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "injured"]
    assert toll["low"] == injured
