"""Victims listed after a cue that the parse breaks up (``victim_lists``, session 10):
each later item of the list is a claim of the first item's category."""

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from tests.conftest import needs_model


def _casualties(pipeline, text):
    return {(c["value"]["text"], c["category"], c["value"]["low"])
            for c in pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"}


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # singular and counted items after an implicit count
    ("The strike hit a flat, killing a boy, four nurses and a driver.",
     {("a", "killed", 1.0), ("four", "killed", 4.0)}),
    # the second item of a two-item list after a figure
    ('"Bodies of two fishermen and one boy were found," an official said.',
     {("two", "killed", 2.0), ("one", "killed", 1.0)}),
])
def test_listed_victims_are_claims(default_pipeline, text, expected):
    assert expected <= _casualties(default_pipeline, text)


@needs_model
@pytest.mark.parametrize(("text", "count"), [
    ("The strike hit a flat, killing a boy, four nurses and a driver.", 3),
    ('"Bodies of two fishermen and one boy were found," an official said.', 2),
])
def test_every_item_is_one_claim(default_pipeline, text, count):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert len(claims) == count


@needs_model
@pytest.mark.parametrize("text", [
    # a clause after the list: "three officers said" is no victim
    "The blast killed two soldiers, three officers said.",
    # the later noun phrase is no person
    "The strike killed a child, three goats and a cow.",
])
def test_no_list_no_claim(default_pipeline, text):
    rules = {c["rule"] for c in default_pipeline.nlp(text)._.claimex_claims}
    assert "listed_victims" not in rules


def _killed_toll(pipeline, text):
    [result] = list(extract([InputDocument("t", text, None)], pipeline))
    return [(t.low, t.basis) for t in result.tolls if t.category == "killed"]


@needs_model
@pytest.mark.parametrize(("text", "toll"), [
    # the items add up to the toll as parts of one figure
    ("Rescuers searched the river on Monday. Bodies of two fishermen and one boy were found "
     "downstream.", [(3.0, "sum")]),
    ("The convoy came under fire on Monday. The shelling hit a flat, killing a boy, four "
     "nurses and a driver.", [(6.0, "sum")]),
])
def test_listed_victims_add_up_in_the_toll(default_pipeline, text, toll):
    assert _killed_toll(default_pipeline, text) == toll
