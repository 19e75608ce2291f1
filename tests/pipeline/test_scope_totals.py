"""Totals over a period the parse hides from a figure's own clause, figures of
``aggregate`` scope: :mod:`claimex.pipeline.claims.scope_totals`."""

import pytest
import spacy
from spacy.tokens import Doc

from claimex.pipeline.claims.scope_totals import spans_a_period
from tests.conftest import needs_model

TOTALS = [
    # a "since" phrase on the last of conjoined verbs dates the first one too
    ("The group has shot dead 300 people and maimed 900 more since 1990.", "300", "killed",
     "aggregate"),
    # a clause opened by "since when": the verbs conjoined in it share the period
    ("The rebels resumed their campaign in May last year, since when over 300 guards have "
     "died and some 900 rebels fallen.", "over 300", "killed", "aggregate"),
    # a time phrase stretched over a year or a period of weeks or more
    ("Over the course of 2019, the militia killed some 300 civilians.", "some 300", "killed",
     "aggregate"),
    # a relative clause in the perfect right after a war's noun, wherever the parse hangs it
    ("The general was the third commander killed in an ambush in the region's old border "
     "conflict which has cost some 40,000 lives.", "some 40,000", "killed", "aggregate"),
    # the event's own day; conjoined verbs with a day; a relative clause in the past
    ("Over the course of the day, the militia killed 30 civilians.", "30", "killed",
     "reported"),
    ("Gunmen killed 12 people and wounded 30 others on Tuesday.", "12", "killed", "reported"),
    ("The car bomb, which has killed nine people, hit a crowded market on Friday.", "nine",
     "killed", "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "category", "scope"), TOTALS)
def test_scope_of_hidden_totals(default_pipeline, text, figure, category, scope):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims
              if c["type"] == "casualty" and c["category"] == category]
    assert {c["value"]["text"]: c["scope"] for c in claims}[figure] == scope


@pytest.mark.parametrize(("words", "heads", "deps", "spans"), [
    (["over", "the", "course", "of", "2019"], [0, 2, 0, 2, 3],
     ["prep", "det", "pobj", "prep", "pobj"], True),
    (["over", "the", "course", "of", "two", "years"], [0, 2, 0, 2, 5, 3],
     ["prep", "det", "pobj", "prep", "nummod", "pobj"], True),
    (["over", "the", "course", "of", "the", "day"], [0, 2, 0, 2, 5, 3],
     ["prep", "det", "pobj", "prep", "det", "pobj"], False),
    (["over", "the", "course", "of", "the", "night"], [0, 2, 0, 2, 5, 3],
     ["prep", "det", "pobj", "prep", "det", "pobj"], False),
])
def test_spans_a_period(words, heads, deps, spans):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert spans_a_period(doc[2]) is spans


RUNNING = [
    # a round number of people in the perfect with no event of its own: a total to date
    ("The army has borne the worst of the unrest, but hundreds of villagers have also been "
     "killed.", "hundreds", "killed", "aggregate"),
    # the same with an event of its own, or in the simple past
    ("Hundreds have been killed in the blast, officials said.", "Hundreds", "killed",
     "reported"),
    ("Hundreds of people were killed on Monday.", "Hundreds", "killed", "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "category", "scope"), RUNNING)
def test_scope_of_running_totals(default_pipeline, text, figure, category, scope):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims
              if c["type"] == "casualty" and c["category"] == category]
    assert {c["value"]["text"]: c["scope"] for c in claims}[figure] == scope
