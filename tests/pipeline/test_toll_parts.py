"""Sums of parts beside a lead's stated total (frame: a stated total beats its parts): see
:func:`claimex.assemble.toll_parts.sums_from_the_lead`."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_parts import sums_from_the_lead
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@pytest.mark.parametrize(("tallies", "stated", "expected"), [
    # a sum that goes on from the lead's figure stands
    ([(0, 2, 9.0)], [0], [(0, 2, 9.0)]),
    ([(1, 3, 12.0)], [0, 1], [(1, 3, 12.0)]),
    # figures added up below the lead on their own do not
    ([(2, 3, 3400.0)], [0], []),
    ([(0, 1, 9.0), (2, 3, 3400.0)], [0, 1], [(0, 1, 9.0)]),
    # no lead figure: nothing stands from it
    ([(0, 1, 5.0)], [], []),
])
def test_sums_from_the_lead(tallies, stated, expected):
    assert sums_from_the_lead(tallies, stated) == expected


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    # a witness's count of bodies and more dead below the lead: the lead's three stand
    ("Three guards were killed in an attack on a border post on Monday, officials said. "
     "Witnesses said they saw the bodies of six soldiers and four more were also killed in "
     "the village.", 3),
])
def test_killed_toll_beside_a_lead(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
