"""The precedence of a future, a plan and a future seen from the past over a verb's own
tense (rules/dates/plan_direction.py), on the auxiliaries of the governing verb."""

import pytest

from claimex.rules.dates.plan_direction import (
    PLAN_LEMMAS,
    auxiliary_direction,
    is_bare_weekday,
)


@pytest.mark.parametrize(("auxiliaries", "weekday", "direction"), [
    (["will"], False, "future"),               # "the board will meet on March 3"
    (["'ll"], True, "future"),                 # "we'll know by Monday"
    (["wo"], True, "future"),                  # "it won't reopen until Monday"
    (["would"], True, "future"),               # "she said the board would meet on Friday"
    (["Would"], True, "future"),               # capitalised in a question
    (["would", "be"], True, "future"),         # "said the road would be shut until Monday"
    (["would"], False, None),                  # "said the plant would close on March 1"
    (["would", "have"], True, None),           # "the board would have met on Friday"
    (["would", "have", "been"], True, None),   # "the vote would have been held on Tuesday"
    (["had"], True, None),                     # "the board had met on Friday": the verb
    (["was"], True, None),                     # "the vote was held on Tuesday"
    ([], True, None),                          # "the board meets on Friday": the nearest
])
def test_auxiliary_direction(auxiliaries, weekday, direction):
    assert auxiliary_direction(auxiliaries, weekday) == direction


@pytest.mark.parametrize(("words", "bare"), [
    (["Friday"], True),
    (["late", "Thursday"], True),
    (["Sat."], True),
    (["Monday", "4", "October"], False),
    (["Oct.", "31"], False),
    (["next", "month"], False),
])
def test_is_bare_weekday(words, bare):
    assert is_bare_weekday(words) == bare


def test_plan_lemmas_come_from_the_word_list():
    assert {"due", "schedule", "plan", "expect"} <= PLAN_LEMMAS
