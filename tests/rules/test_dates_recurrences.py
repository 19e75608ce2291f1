"""Recurring times as SETs (claimex.rules.dates.recurrences): one row per frame, sentences
made up for the phenomenon."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.extra import find_timexes
from claimex.rules.dates.patterns import first_words_lookahead
from claimex.rules.dates.recurrences import (
    _ASCII_LETTER_FOLDS,
    _FIRST_WORDS,
    _PLURAL_WEEKDAYS_RE,
    _SET_RE,
    _may_match,
    recurring_sets,
)
from tests.conftest import ROOT, SHARED, matches_of, needs_shared

REF = dt.date(2031, 5, 7)


def _timexes(text):
    dates = find_dates(text, REF)
    dates, extra = recurring_sets(text, dates, find_timexes(text, REF, dates))
    return sorted((m.text, m.timex_value, m.timex_type) for m in [*dates, *extra])


CASES = [
    # "every" / "each" and a count of a unit: the count belongs to the SET
    ("Ferries sail every 40 minutes.", [("every 40 minutes", "PT40M", "SET")]),
    ("The panel sits every three weeks.", [("every three weeks", "P3W", "SET")]),
    ("Bins go out every other week.", [("every other week", "P2W", "SET")]),
    ("Coupons are paid each quarter.", [("each quarter", "P1Q", "SET")]),
    ("Lamps are checked every day.", [("every day", "P1D", "SET")]),
    # a frequency per unit
    ("The nurse comes twice a week.", [("twice a week", "P1W", "SET")]),
    ("Pills are taken four times a day.", [("four times a day", "P1D", "SET")]),
    ("Audits run once per year.", [("once per year", "P1Y", "SET")]),
    ("Rates are reset twice every month.", [("twice every month", "P1M", "SET")]),
    # a weekday (with its part of the day) after "every" / "each", plural after "on"
    ("The hall opens every Wednesday.", [("every Wednesday", "XXXX-WXX-3", "SET")]),
    ("Choirs rehearse each Sunday evening.",
     [("each Sunday evening", "XXXX-WXX-7TEV", "SET")]),
    ("Stalls trade on Fridays.", [("Fridays", "XXXX-WXX-5", "SET")]),
    ("Vans call on Mondays and Thursdays.",
     [("Mondays", "XXXX-WXX-1", "SET"), ("Thursdays", "XXXX-WXX-4", "SET")]),
    ("Bands play on Saturday nights.", [("Saturday nights", "XXXX-WXX-6TNI", "SET")]),
    # a month or a season after "every" / "each"
    ("Swallows return every April.", [("every April", "XXXX-04", "SET")]),
    ("Roads flood each winter.", [("each winter", "XXXX-WI", "SET")]),
    # a part of the day after "every" / "each": once a day
    ("Owls hunt every night.", [("every night", "P1D", "SET")]),
    ("The ferry leaves at 7 a.m. each morning.",
     [("7 a.m.", "2031-05-07T07:00", "TIME"), ("each morning", "P1D", "SET")]),
    ("Gates shut each evening.", [("each evening", "P1D", "SET")]),
    # not a recurrence: a single weekday, "each of", a plain duration
    ("The hall opened on Wednesday.", [("Wednesday", "2031-05-07", "DATE")]),
    ("Each of the crews left.", []),
    ("Every second tent leaked.", []),
    ("Guards patrolled that night.", [("that night", "2031-05-07", "DATE")]),
    ("The talks lasted 40 minutes.", [("40 minutes", "PT40M", "DURATION")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recurring_sets(text, expected):
    assert _timexes(text) == expected


def _never_skips_a_match(text):
    """The pre-check ``_may_match`` is False only where its pattern finds nothing."""
    may_set, may_weekdays = _may_match(text)
    return ((may_set or not _SET_RE.search(text))
            and (may_weekdays or not _PLURAL_WEEKDAYS_RE.search(text)))


@pytest.mark.parametrize("text", [
    *(text for text, _ in CASES),
    "The hall opens EVERY Wednesday and on TUESDAYS.",
    "Pills are taken five ti\u017fme\u017f a day.",  # the long s matches "s"
    "Ferries \u0130dle \u0131n port ev\u0131ry n\u0131ght.",  # dotted / dotless i
    "Owls hunt every night.", "The talks lasted 40 minutes.",
])
def test_pre_check_never_skips_a_match(text):
    assert _never_skips_a_match(text)


def test_pre_check_knows_every_character_that_folds_to_an_ascii_letter():
    letter = re.compile("[a-z]", re.IGNORECASE)
    folds = {chr(c) for c in range(128, 0x110000) if letter.fullmatch(chr(c))}
    assert folds <= set(_ASCII_LETTER_FOLDS)


def _lines(path):
    for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
        if path.suffix == ".jsonl" and line.strip():
            yield str(json.loads(line).get("text", ""))
        else:
            yield line


def test_pre_check_never_skips_a_match_in_the_dev_sets():
    texts = [t for path in sorted(ROOT.glob("devsets/*/docs.jsonl")) for t in _lines(path)]
    assert texts and all(map(_never_skips_a_match, texts))


@needs_shared
def test_pre_check_never_skips_a_match_in_the_shared_corpora():
    paths = [p for p in sorted(SHARED.rglob("*"))
             if p.is_file() and p.suffix in (".jsonl", ".txt", ".tml", ".tsv", ".json")]
    texts = [t for path in paths for t in _lines(path)]
    assert texts and all(map(_never_skips_a_match, texts))


# _SET_RE opens with a look-ahead of its branches' first words: the same pattern without it
_SET_RE_WHOLE = re.compile(
    _SET_RE.pattern.replace(first_words_lookahead(_FIRST_WORDS, True, r"[\s-]"), "", 1),
    re.IGNORECASE)


@pytest.mark.parametrize("text", [
    *(text for text, _ in CASES),
    "Buses stop TWENTY-TWO times a day and Thirty Three times per week.",
    "They met a couple of times a month, half a dozen times a year, thrice a week.",
    "Every-day chores; EACH Tuesday night; on each spring; 12 times an hour.",
    "Pills are taken \u017fix time\u017f a day, \u017feven times each week.",
    "eachother every  other  week, twice\na\nday, a-couple-of times a year",
])
def test_set_lookahead_changes_no_match(text):
    assert _SET_RE_WHOLE.pattern != _SET_RE.pattern
    assert matches_of(_SET_RE, text) == matches_of(_SET_RE_WHOLE, text)
