"""Recurring times as TimeML SETs: what "every" or "each" quantifies and a frequency per
unit, one SET each, in place of the single date or the duration read inside them.

- a count of a unit: "every 20 minutes" ``PT20M``, "every two weeks" ``P2W``, "every other
  week" ``P2W``, "every quarter" ``P1Q`` (TimeBank's unit for a quarter in a SET);
- a frequency per unit: "twice a week", "three times a day", "once per year" ``P1W``,
  ``P1D``, ``P1Y`` (the frequency itself is TimeML's ``freq``, not its value);
- a weekday: "every Tuesday" ``XXXX-WXX-2``, "each Friday night" ``XXXX-WXX-5TNI``, and a
  plural weekday after "on" ("on Saturdays", "on Mondays and Thursdays");
- a month or a season: "every December" ``XXXX-12``, "each spring" ``XXXX-SP``;
- a part of the day: "every night", "each morning", "each evening" ``P1D`` (it comes once a
  day; the dev sets' gold writes "each night" as ``P1D``, as it writes "nightly").

The date finder reads the weekday of "every Tuesday" as the nearest Tuesday, and the
duration reader the "20 minutes" of "every 20 minutes" as a duration; neither is a time a
claim could take, so the SET replaces them.

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> from claimex.rules.dates.extra import find_timexes
>>> text = "The clinic opens every Tuesday and the shuttle runs every 20 minutes."
>>> ref = dt.date(2031, 5, 7)
>>> dates = find_dates(text, ref)
>>> dates, extra = recurring_sets(text, dates, find_timexes(text, ref, dates))
>>> dates, [(m.text, m.timex_value, m.timex_type) for m in extra]
([], [('every Tuesday', 'XXXX-WXX-2', 'SET'), ('every 20 minutes', 'PT20M', 'SET')])
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.dates.lexicon import (
    _FULL_MONTHS,
    _MONTHS,
    _WEEKDAYS,
    PART_OF_DAY,
    SEASONS,
    SMALL_NUMBERS,
    TIME_UNIT_CODES,
    UNIT_CODES,
)
from claimex.rules.dates.model import DateMention
from claimex.rules.dates.patterns import first_words_lookahead
from claimex.rules.guard import never_raises, unchanged_dates

_ROLES = {entry[0]: entry[1:] for entry in lexicon.entries("recurrence_words")}
_QUANTIFIERS = sorted(w for w, role in _ROLES.items() if role[0] == "quantifier")
_FREQUENCIES = {w: int(role[1]) for w, role in _ROLES.items() if role[0] == "frequency"}
_UNITS = {**{u: ("", c) for u, c in UNIT_CODES.items() if u not in ("weekend", "decade",
                                                                     "century")},
          **{u: ("T", c) for u, c in TIME_UNIT_CODES.items()}}
_WEEKDAY_NAMES = sorted({w for w in _WEEKDAYS if len(w) > 4}, key=len, reverse=True)
_NUMBER = r"\d+|" + "|".join(sorted((w for w in SMALL_NUMBERS if w not in ("a", "an")),
                                    key=len, reverse=True)).replace(" ", r"[\s-]+")
_Q = "|".join(_QUANTIFIERS)
_U = "|".join(_UNITS)
_PART_NAMES = [w for w in PART_OF_DAY if w not in ("overnight", "tonight")]
_PART = "|".join(_PART_NAMES)
_WD = "|".join(_WEEKDAY_NAMES)
_TIMES = "times"

# every branch opens with a quantifier, a frequency word or a count ("a couple of": "a"),
# then a space or a hyphen ("twenty-two times"): a look-ahead of those words
_FIRST_WORDS = [*_QUANTIFIERS, *_FREQUENCIES,
                *(w for w in SMALL_NUMBERS if w not in ("a", "an"))]
_SET_RE = re.compile(
    r"(?<![\w-])" + first_words_lookahead(_FIRST_WORDS, True, r"[\s-]") + "(?:"
    # "every 20 minutes", "every other week", "every quarter"
    rf"(?P<every>{_Q})\s+(?:(?P<other>other)\s+)?(?:(?P<n>{_NUMBER})\s+)?(?P<u>{_U})s?"
    # "twice a week", "three times a day"
    rf"|(?:(?P<freq>{'|'.join(_FREQUENCIES)})|(?P<times>{_NUMBER})\s+{_TIMES})"
    rf"\s+(?:a|an|per|each|every)\s+(?P<fu>{_U})"
    # "every Tuesday", "each Friday night"
    rf"|(?:{_Q})\s+(?P<wd>{_WD})(?:\s+(?P<part>{_PART}))?"
    # "every night", "each morning"
    rf"|(?:{_Q})\s+(?P<day_part>{_PART})"
    # "every December", "each spring"
    rf"|(?:{_Q})\s+(?P<period>{'|'.join(sorted(_FULL_MONTHS | set(SEASONS)))})"
    r")(?![\w-])",
    re.IGNORECASE)
# plural weekdays after "on", each of a list: "on Saturdays", "on Mondays and Thursdays",
# "on Friday nights"
_PLURAL_WEEKDAYS_RE = re.compile(
    rf"(?<![\w-])on\s+(?P<list>(?:{_WD})(?:s|\s+(?:{_PART})s)"
    rf"(?:\s*(?:,|,?\s*and|,?\s*or)\s+(?:{_WD})(?:s|\s+(?:{_PART})s))*)(?![\w-])",
    re.IGNORECASE)
_PLURAL_WEEKDAY_RE = re.compile(rf"(?P<wd>{_WD})(?:s|\s+(?P<part>{_PART})s)", re.IGNORECASE)
# The words without which neither pattern can match: each match of ``_SET_RE`` holds a
# quantifier, a frequency word or "times"; each of ``_PLURAL_WEEKDAYS_RE`` a plural weekday
# ("Fridays") or a plural part of the day ("Friday nights").
_SET_WORDS = (*_QUANTIFIERS, *_FREQUENCIES, _TIMES)
_WEEKDAY_WORDS = tuple(f"{w}s" for w in [*_WEEKDAY_NAMES, *_PART_NAMES])
# the characters other than ASCII that IGNORECASE matches to an ASCII letter ("\u017f",
# the long s, matches "s") where ``str.lower`` does not always give that letter
_ASCII_LETTER_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


@never_raises(fallback=unchanged_dates)
def recurring_sets(text: str, dates: list[DateMention], timexes: list[DateMention]
                   ) -> tuple[list[DateMention], list[DateMention]]:
    """``dates`` and ``timexes`` with each recurring time of ``text`` (module docstring) as
    one SET among the timexes; what either held inside its span leaves them."""
    sets = list(_sets(text))
    if not sets:
        return dates, timexes

    def clear(found: list[DateMention]) -> list[DateMention]:
        return [d for d in found if not any(s.start < d.end and d.start < s.end for s in sets)]

    timexes = sorted([*clear(timexes), *sets], key=lambda m: (m.start, m.end))
    return clear(dates), timexes


def _sets(text: str):
    may_set, may_weekdays = _may_match(text)
    for m in _SET_RE.finditer(text) if may_set else ():
        value = _value(m)
        if value:
            yield _mention(text, m.start(), m.end(), value)
    for m in _PLURAL_WEEKDAYS_RE.finditer(text) if may_weekdays else ():
        for day in _PLURAL_WEEKDAY_RE.finditer(text, m.start("list"), m.end("list")):
            yield _mention(text, day.start(), day.end(), _weekday_value(day))


def _may_match(text: str) -> tuple[bool, bool]:
    """Whether ``_SET_RE``, then ``_PLURAL_WEEKDAYS_RE``, can match in ``text``: False
    only where the words each match needs are absent, so the patterns are not run over a
    text that cannot hold a recurring time (a cheap test of substrings).

    >>> _may_match("Ferries sail EVERY hour."), _may_match("Stalls trade on Fridays.")
    ((True, False), (False, True))
    >>> _may_match("The talks lasted 40 minutes."), _may_match("It shut on Friday.")
    ((False, False), (False, False))
    """
    if not text.isascii() and any(c in text for c in _ASCII_LETTER_FOLDS):
        return True, True
    low = text.lower()
    return (any(w in low for w in _SET_WORDS), any(w in low for w in _WEEKDAY_WORDS))


def _value(m: re.Match) -> str | None:
    """The SET value of a match of ``_SET_RE``.

    >>> _value(_SET_RE.search("every other week")), _value(_SET_RE.search("twice a day"))
    ('P2W', 'P1D')
    >>> _value(_SET_RE.search("each spring")), _value(_SET_RE.search("every May"))
    ('XXXX-SP', 'XXXX-05')
    >>> _value(_SET_RE.search("each evening")), _value(_SET_RE.search("every Friday night"))
    ('P1D', 'XXXX-WXX-5TNI')
    """
    if m.group("u"):
        if m.group("u").lower() == "second" and not m.group("n"):
            return None  # "every second person": an ordinal, not a unit
        count = 2 if m.group("other") else _count(m.group("n")) if m.group("n") else 1
        t, code = _UNITS[m.group("u").lower()]
        return f"P{t}{count}{code}" if count else None
    if m.group("fu"):
        t, code = _UNITS[m.group("fu").lower()]
        return f"P{t}1{code}"
    if m.group("wd"):
        return _weekday_value(m)
    if m.group("day_part"):
        return "P1D"
    period = m.group("period").lower()
    if period in SEASONS:
        return f"XXXX-{SEASONS[period][0]}"
    return f"XXXX-{_MONTHS[period]:02d}"


def _weekday_value(m: re.Match) -> str:
    """ "Tuesday" ``XXXX-WXX-2``, "Friday night" ``XXXX-WXX-5TNI``."""
    value = f"XXXX-WXX-{_WEEKDAYS[m.group('wd').lower()] + 1}"
    part = m.group("part")
    return value + (f"T{PART_OF_DAY[part.lower()]}" if part else "")


def _count(word: str) -> int | None:
    word = " ".join(re.split(r"[\s-]+", word.lower()))
    return int(word) if word.isdigit() else SMALL_NUMBERS.get(word)


def _mention(text: str, start: int, end: int, value: str) -> DateMention:
    return DateMention(start, end, text[start:end], value, "relative", False, value, "SET",
                       None)
