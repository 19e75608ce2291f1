"""A toll that reaches a count of people (linking/tolls.cue_toll_amount): the people
counted may be the object of the verb of amount, "the death toll reached at least 60
people"; things never are."""

import pytest

from tests.conftest import casualty_rows, needs_model


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # the people counted are the object of "reach": the toll's figure
    ("The death toll from the flood in the north reached at least 75 people on Monday.",
     [("killed", "at least 75", 75.0, "asserted")]),
    ("The toll reached 31 people by Friday.", [("killed", "31", 31.0, "asserted")]),
    # a bare figure as before
    ("The death toll reached 75 on Monday.", [("killed", "75", 75.0, "asserted")]),
    # things, or a subject that is no toll: no casualty
    ("Russian losses reached 300 tanks.", []),
    ("The convoy reached 75 people in the camp.", []),
    ("Aid reached 3,000 families in the valley.", []),
])
def test_a_toll_reaches_people(default_pipeline, text, expected):
    assert casualty_rows(default_pipeline, text) == expected
