"""The end or target of a schedule announced in a present-perfect clause points ahead.

A present perfect ("has issued", "have moved") reports an announcement whose effect holds
now, so the day its schedule runs to, or is moved to, is the coming one, not the last one
that a past tense points to: "The club have put the game back to 4pm on Saturday" in a
Thursday story is this Saturday; "The agency has extended the alert from 6pm on Monday
through to 9am on Friday" ends on the coming Friday. The day is right after a word of
``resources/words/schedule_end_prepositions.txt`` ("to", "until", "through", "through to"),
with a clock time and "on" between them or not. Such a date takes the direction
"past-until" of :mod:`claimex.rules.dates.resolution` (a weekday the nearer one, a month-day
the coming one within a month), as "was extended until Nov. 9" does; a past perfect
("had moved") or a simple past keeps the past.

>>> text = "The club have put the game back to 4pm on Saturday."
>>> schedule_end(text, text.index("Saturday"))
True
>>> text = "The club played from 2pm to 4pm on Saturday."
>>> schedule_end(text, text.index("Saturday"))
False
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.dates.clock_formats import CLOCK
from claimex.rules.dates.model import SENTENCE_END_RE

_ENDS = "|".join(sorted(lexicon.words("schedule_end_prepositions"), key=len, reverse=True))
# "to", "through to", then an optional clock time ("10am", "3 p.m. GMT,") and "on"/"the"
_END_BEFORE_RE = re.compile(
    rf"\b(?:(?:{_ENDS})\s+){{1,2}}(?:{CLOCK}\s*(?:[A-Z]{{2,4}}\s*)?,?\s*)?(?:on\s+)?"
    rf"(?:the\s+)?\Z", re.IGNORECASE)
# the auxiliary of a present perfect, before the date in its sentence: "has", "have", "'ve"
_PRESENT_PERFECT_RE = re.compile(
    r"(?:\b(?:has|have)|'ve)\s+(?:\w+\s+){0,2}?\w+(?:ed|en|wn|t)\b", re.IGNORECASE)
_PAST_PERFECT_RE = re.compile(r"\bhad\b|'d\b", re.IGNORECASE)


def schedule_end(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the end or target of a schedule in a present-perfect
    clause (see the module docstring): a word of ``schedule_end_prepositions`` (with a clock
    time and "on" or not) right before it, a present perfect before that in its sentence,
    and no past perfect."""
    window = text[max(0, start - 200):start]
    ends = list(SENTENCE_END_RE.finditer(window))
    sentence = window[ends[-1].end():] if ends else window
    end = _END_BEFORE_RE.search(sentence)
    if end is None:
        return False
    clause = sentence[:end.start()]
    return _PRESENT_PERFECT_RE.search(clause) is not None and \
        _PAST_PERFECT_RE.search(clause) is None


# the end of a state right before a weekday: "until", "till", "through" (not "to", which
# also joins the two days of a range: "from Monday to Friday")
_STATE_END_BEFORE_RE = re.compile(r"\b(?:until|till|through)\s+\Z", re.IGNORECASE)


def present_state_end(text: str, start: int) -> bool:
    """Whether the weekday at ``start`` ends a state in a clause with no past tense, so that
    it lies ahead rather than at the nearer one: "The heat warning continues through Tuesday
    evening" in a Thursday story is the coming Tuesday (a state that ends on a past day
    would be written in the past). The caller asks only for a weekday whose clause has no
    tense cue (direction None).

    >>> text = "The heat warning continues through Tuesday evening."
    >>> present_state_end(text, text.index("Tuesday"))
    True
    >>> text = "The heat warning continues on Tuesday."
    >>> present_state_end(text, text.index("Tuesday"))
    False
    """
    return _STATE_END_BEFORE_RE.search(text, max(0, start - 12), start) is not None
