"""A toll raised or brought to a figure across the toll's own phrase, or with the figure
before the toll, is a casualty claim (:mod:`claimex.pipeline.claims.linking.raised_tolls`);
its scope is the period phrase's (:mod:`claimex.pipeline.claims.scope_running_tolls`)."""

import pytest
import spacy
from spacy.tokens import Doc

from claimex.pipeline.claims.linking.raised_tolls import _raised_object
from tests.conftest import needs_model

RAISED = [
    # a period between the toll and "to": the running total, aggregate
    ("Gunmen killed five people on Sunday, raising the death toll from a week of clashes "
     "to 40.", "40", "aggregate"),
    ("Police shot dead two protesters, raising the toll from three days of unrest to 17.",
     "17", "aggregate"),
    ("Shelling killed six civilians, bringing the toll of the dead since the outbreak of "
     "the civil war to more than 2,000, a monitor said.", "more than 2,000", "aggregate"),
    # the figure before the toll
    ("Floods killed three people on Tuesday, raising to 61 the number of people killed "
     "since June.", "61", "aggregate"),
    # the event's own toll raised: reported (a revised toll of the same event)
    ("A bomb killed seven soldiers on Friday, raising the toll from the attack on the base "
     "to 19.", "19", "reported"),
    ("Rescuers pulled three more bodies from the rubble, bringing the death toll from the "
     "quake to 57.", "57", "reported"),
    # "to" hung inside a total's own phrase after a date ("the number of people killed in
    # the valley this year to 52"): the parse puts "to" on the participle
    ("A landslide killed four villagers, bringing the number of people killed in the valley "
     "this year to 52.", "52", "aggregate"),
    ("The ambush raised the number of guards killed on the northern road since April to "
     "230.", "230", "aggregate"),
    ("The raid brought the total number of farmers killed by the militia this month to 88.",
     "88", "aggregate"),
    # the day's own figure beside a running total stays reported
    ("Gunmen killed five people on Sunday, raising the death toll from a week of clashes "
     "to 40.", "five", "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "scope"), RAISED)
def test_raised_toll_claims_and_scope(default_pipeline, text, figure, scope):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims
              if c["type"] == "casualty" and c["category"] == "killed"]
    assert {c["value"]["text"]: c["scope"] for c in claims}[figure] == scope


@pytest.mark.parametrize(("words", "heads", "deps", "lemmas", "verb", "expected"), [
    # "raising the toll", "bringing the number"
    (["raising", "the", "toll"], [0, 2, 0], ["ROOT", "det", "dobj"], ["raise", "the", "toll"],
     0, "toll"),
    (["bringing", "the", "number"], [0, 2, 0], ["ROOT", "det", "dobj"],
     ["bring", "the", "number"], 0, "number"),
    # "counting the toll": not a raising verb
    (["counting", "the", "toll"], [0, 2, 0], ["ROOT", "det", "dobj"],
     ["count", "the", "toll"], 0, None),
])
def test_raised_object(words, heads, deps, lemmas, verb, expected):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    found = _raised_object(doc[verb])
    assert (found.text if found is not None else None) == expected
