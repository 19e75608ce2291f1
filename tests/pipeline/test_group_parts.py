"""A part of a counted group told in a coordinated clause is no addition
(:mod:`claimex.pipeline.claims.group_parts`); other people told there are."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # a bare number after the group: a part of it
    ("Two hikers were hurt and one is in critical condition.", (2.0, 2.0)),
    ("Three men were shot and two are in critical condition, police said.", (3.0, 3.0)),
    ("Two cyclists were shot and one was flown to a clinic.", (2.0, 2.0)),
    ("Two guards were shot and both were taken to a clinic.", (2.0, 2.0)),
    # a noun of its own, or "others": other people
    ("Two hikers were hurt and a ranger was grazed.", (3.0, 3.0)),
    ("A man was shot and two others were wounded.", (3.0, 3.0)),
])
def test_injured_toll_of_a_part_told_after_its_group(default_pipeline, text, expected):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "injured"]
    assert (toll["low"], toll["high"]) == expected
