"""patterns._ANCHORED_RE ("the following day", "two days later": find._with_anchored)
opens with a look-ahead of its branches' first words: it finds what the same pattern
without the look-ahead finds, in any case, with digits, line breaks and the long s."""

import re

import pytest

from claimex.rules.dates.patterns import (
    _ANCHORED_FIRST_WORDS,
    _ANCHORED_RE,
    first_words_lookahead,
)
from tests.conftest import matches_of

_WHOLE = re.compile(
    _ANCHORED_RE.pattern.replace(first_words_lookahead(_ANCHORED_FIRST_WORDS, True, r"\s"),
                                 "", 1),
    re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "The vote fell on a Monday; THE SAME DAY the mayor resigned, and that same evening too.",
    "Crews left at dawn. The previous night and the preceding evening were calm.",
    "The bridge reopened; the day before, a day earlier, the night before it shut.",
    "The following morning, the next night, the day after and a day later it rained.",
    "Twelve days later, 3 weeks earlier, a week afterward, eleven days afterwards.",
    "that\nday, the\tnext  day, 10 days\nlater, Two Weeks Earlier",
    "\u017fix days later; the \u017fame day; athe next day; tthe day after; 123 days later",
])
def test_anchored_lookahead_changes_no_match(text):
    assert _WHOLE.pattern != _ANCHORED_RE.pattern
    assert matches_of(_ANCHORED_RE, text) == matches_of(_WHOLE, text)
