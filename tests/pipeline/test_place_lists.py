"""Arrests told place by place (issues 14 and 15, session 15): a sentence opened by a place
the text has not named adds its arrests to those before it
(:mod:`claimex.rules.place_lists`, :func:`claimex.pipeline.claims.narrative.fronted_place`)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from claimex.rules.place_lists import opens_a_new_place
from tests.conftest import needs_model


@pytest.mark.parametrize(("place", "earlier", "expected"), [
    (["Amboseli"], ["Rangers detained two poachers in Tsavo."], True),
    (["Nad", "Ali"], ["Title line", "Marines detained a courier in Marja."], True),
    # a place named before: the lead retold place by place
    (["Amboseli"], ["Rangers detained three poachers in Tsavo and Amboseli."], False),
    (["Kandahar", "City"], ["Forces detained four men in Kandahar province."], False),
    # a lead over several operations: the places are its parts
    (["Voi"], ["Marines detained six couriers in raids on Friday."], False),
    (["Voi"], ["KABUL (May 2) - Forces held 9 men during three operations."], False),
    # no place
    ([], ["Rangers detained two poachers in Tsavo."], False),
])
def test_opens_a_new_place(place, earlier, expected):
    assert opens_a_new_place(place, earlier) is expected


def _captured_toll(pipeline, text):
    [result] = list(extract([InputDocument("t", text, None)], pipeline))
    return [(t["low"], t["basis"]) for t in map(to_json_dict, result.tolls)
            if t["category"] == "captured"]


@needs_model
@pytest.mark.parametrize(("text", "toll"), [
    # a new place opens each sentence: its arrests add
    ("Rangers detained two poachers in Tsavo on Monday. In Amboseli, the rangers arrested one "
     "ivory trader.", [(3.0, "sum")]),
    ("Police arrested three men in Lorton. In Fairfax County, officers arrested two women for "
     "theft. In Reston, a teenager was arrested.", [(6.0, "sum")]),
    ("Marines detained two couriers at a roadblock. In another raid near Voi, the marines "
     "detained four smugglers.", [(6.0, "sum")]),
    # the lead retold, a lead over raids, a month: no addition
    ("Rangers detained three poachers in Tsavo and Amboseli on Monday. In Amboseli, the rangers "
     "arrested one ivory trader.", [(3.0, "stated")]),
    ("Rangers detained five poachers in raids on Monday. In Amboseli, the rangers arrested one "
     "ivory trader.", [(5.0, "stated")]),
    ("Rangers detained two poachers on Monday. In March, the rangers arrested one ivory "
     "trader.", [(2.0, "stated")]),
    # the first arrests told, opened by their place: nothing before them to add to
    ("Update for Monday. In Ruvu district, rangers captured a gang leader and one suspected "
     "porter yesterday. The leader was held at a camp.", [(2.0, "stated")]),
])
def test_arrests_told_place_by_place(default_pipeline, text, toll):
    assert _captured_toll(default_pipeline, text) == toll
