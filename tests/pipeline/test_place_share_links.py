"""A share by place with no cue of its own takes the cue of the casualty figure heading its
list (linking/place_shares.cue_before_place_share), on sentences of our own."""

import pytest

from tests.conftest import needs_model

RULE = "cue_before_place_share"


def _claims(pipeline, text):
    return {(c["value"]["text"], c["category"], c["rule"])
            for c in pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"}


@needs_model
@pytest.mark.parametrize(("text", "figure", "category"), [
    ("Officials said 22 people drowned in Tarvia, nine in Oskel and four in the Brenn valley.",
     "nine", "killed"),
    ("Officials said 22 people drowned in Tarvia, nine in Oskel and four in the Brenn valley.",
     "four", "killed"),
    ("Floods killed 52 people in Norland, 17 in Westmark and another 9 in the Hollow Coast.",
     "17", "killed"),
])
def test_share_takes_the_cue_of_its_head(default_pipeline, text, figure, category):
    assert (figure, category, RULE) in _claims(default_pipeline, text)


@needs_model
@pytest.mark.parametrize(("text", "figure"), [
    # the head counts villages, not people: its list is no list of casualties
    ("The council counted 30 flooded villages in the valley, 12 in Tarvia and 8 in Oskel, "
     "where two men drowned.", "12"),
    # the head figure is no casualty count at all
    ("Rescuers pulled 40 people from the rubble in Tarvia and 12 in Oskel.", "12"),
    # a place in lower case is no place name: the wounded in hospital are no share
    ("Floods killed 12 people in Tarvia, with 40 in hospital.", "40"),
])
def test_no_share_without_a_casualty_head(default_pipeline, text, figure):
    assert not any(f == figure and rule == RULE for f, _, rule in _claims(default_pipeline, text))


def _values(pipeline, text):
    return {(c["value"]["text"], c["value"]["low"], c["value"]["high"])
            for c in pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"}


@needs_model
@pytest.mark.parametrize(("text", "figure", "value"), [
    # "N each in A and B" is one share of N times the places
    ("Officials said 14 people drowned in Norland, three each in Oskel and Brill districts "
     "and four in Tarvia.", "three", 6),
    ("Storms killed 20 people in the north: eight in Tarvia, two each in Oskel, Lund and "
     "Brill, and one each in Kessa and Upper Varn.", "two", 6),
    ("One person each in Oster and Brill died after lightning struck, the report said.",
     "One", 2),
    ("Also, two deaths each were reported from Kessa and Lund, while one man died in Brill.",
     "two", 4),
    # near miss: a single place, so the figure is read once
    ("Floods killed 12 people in Tarvia and four each in Oskel, the council said.", "four", 4),
])
def test_each_share_counts_every_place(default_pipeline, text, figure, value):
    assert (figure, value, value) in _values(default_pipeline, text)


@needs_model
def test_members_each_is_no_share(default_pipeline):
    # a group size shared out over families is no share by place
    text = "Two families with six members each in Oster were evacuated."
    assert not any(rule == RULE for _, _, rule in _claims(default_pipeline, text))
