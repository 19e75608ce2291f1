"""The precedence of a future, a plan and a future seen from the past over a verb's own
tense (rules/dates/plan_direction.py), on the auxiliaries of the governing verb."""

import pytest

from claimex.rules.dates.plan_direction import PLAN_LEMMAS, auxiliary_direction


@pytest.mark.parametrize(("auxiliaries", "direction"), [
    (["will"], "future"),                 # "the board will meet on Friday"
    (["'ll"], "future"),                  # "we'll know by March 3"
    (["wo"], "future"),                   # "it won't reopen until Monday"
    (["would"], "future"),                # "she said the board would meet on Friday"
    (["Would"], "future"),                # capitalised in a question
    (["would", "be"], "future"),          # "said the road would be closed until Monday"
    (["would", "have"], None),            # "the board would have met on Friday"
    (["would", "have", "been"], None),    # "the vote would have been held on Tuesday"
    (["had"], None),                      # "the board had met on Friday": the verb says past
    (["was"], None),                      # "the vote was held on Tuesday"
    ([], None),                           # "the board meets on Friday": the nearest day
])
def test_auxiliary_direction(auxiliaries, direction):
    assert auxiliary_direction(auxiliaries) == direction


def test_plan_lemmas_come_from_the_word_list():
    assert {"due", "schedule", "plan", "expect"} <= PLAN_LEMMAS
