"""How a toll's candidates rank (:mod:`claimex.assemble.tolls`): the largest low bound; of
equal ones a count the text states over a vague word of one claim ("many": four and up),
then a stated figure, then the widest upper bound."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_candidates import _preference
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _claims(*qualifiers):
    return [{"value": {"qualifier": q}} for q in qualifiers]


@pytest.mark.parametrize(("qualifiers", "candidates", "expected"), [
    # a count word gives way to a number of the same low bound
    (("exact", "vague"), [(4.0, 4.0, "stated", [0], 0), (4.0, None, "stated", [1], 1)],
     (4.0, 4.0)),
    # a number's "at least" keeps the widest bound ("kill 13" / "killed at least 13")
    (("exact", "at_least"), [(13.0, 13.0, "stated", [0], 0), (13.0, None, "stated", [1], 1)],
     (13.0, None)),
    # a larger low bound wins, vague or not ("Dozens killed" over "12 were killed")
    (("exact", "vague"), [(12.0, 12.0, "stated", [0], 0), (24.0, 99.0, "stated", [1], 1)],
     (24.0, 99.0)),
    # two count words: the widest
    (("vague", "vague"), [(2.0, 9.0, "stated", [0], 0), (2.0, None, "stated", [1], 1)],
     (2.0, None)),
])
def test_count_word_gives_way(qualifiers, candidates, expected):
    claims = _claims(*qualifiers)
    best = max(candidates, key=lambda c: _preference(c, claims))
    assert best[:2] == expected


@needs_model
def test_killed_toll_with_a_count_word_beside_a_number(default_pipeline):
    text = ("Four farmers were killed and at least 12 others hurt on Monday when a rocket "
            "struck a market, a local official said. He added that the army's response left "
            "many militants dead.")
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert (toll["low"], toll["high"]) == (4.0, 4.0)
