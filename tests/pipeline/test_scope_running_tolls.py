"""A toll over a period ("the death toll from four days of storms rose to 31") is a
running count of ``aggregate`` scope: :mod:`claimex.pipeline.claims.scope_running_tolls`."""

import pytest
import spacy
from spacy.tokens import Doc

from claimex.pipeline.claims.scope_running_tolls import measures_a_period, toll_over_a_period
from tests.conftest import needs_model

TOLLS = [
    # a stretch of days or more before "of"
    ("The death toll from four days of storms in the north rose to 31 on Monday.", "31",
     "aggregate"),
    ("The toll from a week of floods in the lowlands reached 58 on Wednesday.", "58",
     "aggregate"),
    # a length written on the event's noun
    ("The toll from three-day clashes between rival militias rose to 32 on Monday.", "32",
     "aggregate"),
    # a period that owns the event
    ("The death toll in this week's riots has risen to 19, the ministry said.", "19",
     "aggregate"),
    ("The death toll from this season's heavy rains has climbed to 140.", "140",
     "aggregate"),
    # an event still going on
    ("The toll of the ongoing winter storms and mudslides along the coast has climbed to "
     "520, officials said.", "520", "aggregate"),
    # the day's own figure beside the running toll
    ("The death toll from this season's heavy rains has climbed to 140, the agency said, "
     "after nine people died in a landslide overnight.", "nine", "reported"),
    # no period: a day owns the event, a single day, an earlier week's event, no toll noun
    ("The death toll from Saturday's factory fire has risen to 41.", "41", "reported"),
    ("The death toll from a day of clashes rose to 20.", "20", "reported"),
    ("The death toll from last week's bombing has risen to 41.", "41", "reported"),
    ("The death toll from the earthquake has risen to 300, the agency said.", "300",
     "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "scope"), TOLLS)
def test_scope_of_tolls_over_a_period(default_pipeline, text, figure, scope):
    assert _killed_scopes(default_pipeline, text)[figure] == scope


def _killed_scopes(pipeline, text):
    """The scope of each killed figure of ``text``, by the figure's text."""
    claims = [c for c in pipeline.nlp(text)._.claimex_claims
              if c["type"] == "casualty" and c["category"] == "killed"]
    return {c["value"]["text"]: c["scope"] for c in claims}


def _doc(words, heads, deps):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


@pytest.mark.parametrize(("words", "heads", "deps", "event", "measured"), [
    # "four days of storms", "a week of floods"
    (["four", "days", "of", "storms"], [1, 1, 1, 2], ["nummod", "ROOT", "prep", "pobj"],
     1, True),
    (["a", "week", "of", "floods"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"], 1, True),
    # "a day of clashes": the reported day's own
    (["a", "day", "of", "clashes"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"], 1, False),
    # "this season's rains", not "last week's bombing" nor "Saturday's fire"
    (["this", "season", "'s", "rains"], [1, 3, 1, 3], ["det", "poss", "case", "ROOT"], 3,
     True),
    (["last", "week", "'s", "bombing"], [1, 3, 1, 3], ["amod", "poss", "case", "ROOT"], 3,
     False),
    (["Saturday", "'s", "fire"], [2, 0, 2], ["poss", "case", "ROOT"], 2, False),
    # "the ongoing rains", "week-long riots"
    (["the", "ongoing", "rains"], [2, 2, 2], ["det", "amod", "ROOT"], 2, True),
    (["week-long", "riots"], [1, 1], ["amod", "ROOT"], 1, True),
])
def test_measures_a_period(words, heads, deps, event, measured):
    assert measures_a_period(_doc(words, heads, deps)[event]) is measured


def test_toll_over_a_period_needs_a_toll_noun():
    # "the count from four days of storms": "count" is not a toll noun
    words = ["the", "count", "from", "four", "days", "of", "storms"]
    doc = _doc(words, [1, 1, 1, 4, 2, 4, 5],
               ["det", "ROOT", "prep", "nummod", "pobj", "prep", "pobj"])
    assert toll_over_a_period([doc[1]]) is False


# a figure counted over a stretch of weeks or more of an event, with no toll noun (session 18)
COUNTED_OVER = [
    ("Officials say 5,000 villagers were killed during three years of civil war.", "5,000",
     "aggregate"),
    ("Nearly 900,000 soldiers were killed over four years of trench warfare.", "Nearly 900,000",
     "aggregate"),
    ("Some 800 soldiers were killed in six months of fighting, the ministry said.", "Some 800",
     "aggregate"),
    ("At least 300 people have died during five years of conflict in the region.", "At least 300",
     "aggregate"),
    ("Forty people were killed in three weeks of protests.", "Forty", "aggregate"),
    ("Four people were killed in a week of protests.", "Four", "reported"),
    # days are a battle's own; a plain event, a single day: reported
    ("Twelve rebels were killed in two days of fighting near the dam.", "Twelve", "reported"),
    ("A bomb killed 12 people in the market on Friday.", "12", "reported"),
    ("Nine people were killed in a day of clashes in the capital.", "Nine", "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "scope"), COUNTED_OVER)
def test_scope_of_figures_counted_over_a_period(default_pipeline, text, figure, scope):
    assert _killed_scopes(default_pipeline, text)[figure] == scope
