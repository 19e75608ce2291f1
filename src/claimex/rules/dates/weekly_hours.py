"""The clock times of a weekly schedule have no day of their own and are not TIMEX3.

In "The clinic is open from 8 a.m. to noon on Wednesdays" or "weekdays 7:45 a.m. to 2:15 p.m."
the clock times recur with the days; no one day is meant, so the publication day (or the
narrative's day) they would otherwise take is wrong. The development sets' TimeML gold
leaves such clock times out and tags only the recurring days as a SET
(``devsets/dates-probes/README.md``, dp016-dp018 and dp028-dp034). A sentence holds a
weekly schedule when it names a recurring day: a plural weekday ("Wednesdays", "Friday
nights"), a word of ``resources/words/recurring_day_words.txt`` ("weekdays", "weekends"),
or a weekday SET found in it ("every Tuesday"). A clock time with its own day next to it
("9 p.m. on Friday") keeps it; a daily or nightly schedule ("daily from noon to 6 p.m.")
is not weekly, and its clock times stay on their first day.

>>> from claimex.rules.dates.model import DateMention
>>> text = "The pantry opens at 8 a.m. on Wednesdays."
>>> clock = DateMention(20, 26, "8 a.m.", "2031-05-07T08:00", "relative", True,
...                     "2031-05-07T08:00", "TIME", None)
>>> weekly_schedule_clocks(text, [clock])
[]
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.dates.clock import day_right_after
from claimex.rules.dates.lexicon import DAY_PART_WORDS, WEEKDAYS
from claimex.rules.dates.model import ISO_DAY_RE, DateMention
from claimex.rules.guard import never_raises

_CLOCK_VALUE_RE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\dT\d\d:\d\d")
_FULL_WEEKDAYS = "|".join(sorted((w for w in WEEKDAYS if w.endswith("day")),
                                 key=len, reverse=True))
_PARTS = "|".join(sorted(DAY_PART_WORDS, key=len, reverse=True))
_RECURRING_DAY_RE = re.compile(
    rf"(?<![\w'-])(?:(?:{_FULL_WEEKDAYS})s|(?:{_FULL_WEEKDAYS})\s+(?:{_PARTS})s"
    rf"|{'|'.join(lexicon.words('recurring_day_words'))})(?![\w'-])",
    re.IGNORECASE)
# a sentence's end: not the point of "a.m."/"p.m." before a day ("5 p.m. Friday"); unlike
# schedule's, ";" does not end it ("Mondays 9 a.m.-noon; Tuesdays 1-5 p.m." is one schedule)
_SENTENCE_END_RE = re.compile(r"[.!?](?<![ap]\.m[.!?])(?=\s)|\n", re.IGNORECASE)  # see model.py


@never_raises(fallback=lambda text, timexes, dates=(): timexes)
def weekly_schedule_clocks(text: str, timexes: list[DateMention],
                           dates: list[DateMention] | tuple = ()) -> list[DateMention]:
    """``timexes`` less the clock times of a weekly schedule (module docstring). ``dates``
    are the days found in ``text`` (a clock time with one right after it keeps it)."""
    days = [d for d in dates if ISO_DAY_RE.fullmatch(d.value or "")]
    weekly_sets = [m for m in timexes if m.timex_type == "SET"
                   and (m.timex_value or "").startswith("XXXX-WXX-")]
    out = []
    for mention in timexes:
        if (_CLOCK_VALUE_RE.fullmatch(mention.timex_value or "")
                and not day_right_after(text, mention, days)
                and _in_weekly_sentence(text, mention, weekly_sets)):
            continue
        out.append(mention)
    return out


def _in_weekly_sentence(text: str, clock: DateMention, weekly_sets: list[DateMention]) -> bool:
    """Whether the sentence around ``clock`` names a recurring day.

    >>> from claimex.rules.dates.model import DateMention
    >>> text = "Hours run 7:45 a.m. to 2:15 p.m. weekdays. The sale starts at 8:05 a.m."
    >>> c = DateMention(10, 19, "7:45 a.m.", "", "relative", True)
    >>> _in_weekly_sentence(text, c, []), _in_weekly_sentence(text, DateMention(
    ...     62, 71, "8:05 a.m.", "", "relative", True), [])
    (True, False)
    """
    start, end = _sentence_bounds(text, clock.start, clock.end)
    if _RECURRING_DAY_RE.search(text, start, end):
        return True
    return any(start <= s.start and s.end <= end for s in weekly_sets)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    before = list(_SENTENCE_END_RE.finditer(text, max(0, start - 300), start))
    left = before[-1].end() if before else max(0, start - 300)
    after = _SENTENCE_END_RE.search(text, end, min(len(text), end + 300))
    right = after.start() if after else min(len(text), end + 300)
    return left, right
