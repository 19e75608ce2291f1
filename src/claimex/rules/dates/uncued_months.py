"""A month or season named with no cue word before it is a date where the clause uses it as
the time itself (session 20, the largest kind of dates-real's tune misses).

The date finder keeps a bare month name only after a cue ("in", "since", "last", ...) or in
a range, and :mod:`claimex.rules.dates.extra` a bare season only after "the", "this",
"last", ...: a name such as "June" or "April", and "spring" or "fall" as a noun or a verb,
are too often something else. These frames tell the time noun apart:

* a month or season as the subject of a verb of ``time_subject_verbs.txt``, alone or ending
  a list of months ("December has delivered", "June, July and August saw", "As winter
  approaches", "October hasn't been"); a speech verb is not one ("April said": a person);
  a season after "a"/"an" is not ("water from a spring is clean"), nor a lower-case "fall"
  (a verb as often: "prices fall, and spring is near");
* with a possessive before a lower-case word ("December's rain", "winter's chill");
* after "into" ("work will continue into August", "well into spring");
* after a determiner, with at most one lower-case word between, before a lower-case word
  ("under a June agreement", "its expected August completion date"; not "the June Carter
  songs").

The first three never take "May" (a verb, and a name: "May has said", "May's cabinet"), nor a
month or season right after a capitalised word inside a sentence (a name: "we thanked Lady
April"). The readings that are not the time meant (a given name used with a surname in the
text, "the March on ...", "an October surprise", "a warmer January", "April is usually wet",
"a long winter's night") are told apart in :mod:`claimex.rules.dates.uncued_month_guards`.

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> text = "Rain was scarce, and August has been the driest month so far."
>>> [(m.text, m.value) for m in find_dates(text, dt.date(2031, 9, 4))]
[('August', '2031-08')]
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex import lexicon
from claimex.rules.dates.lexicon import _MONTHS, SEASONS
from claimex.rules.dates.uncued_month_guards import (
    article_before_season,
    compared_class_before,
    generic_present_after,
    march_as_noun,
    names_a_kind,
    used_as_given_name,
)

_SUBJECT_VERBS = lexicon.forms("time_subject_verbs")
_MONTH_WORDS = "|".join(sorted((m for m in _MONTHS if len(m) > 2), key=len, reverse=True))
_SEASON_WORDS = "|".join(SEASONS)
# more names of the same kind after the one found: ", July, and August", " and March"
_LIST_TAIL = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:{names})\b"
_MONTH_LIST_TAIL_RE = re.compile(f"(?:{_LIST_TAIL.format(names=_MONTH_WORDS)})*",
                                 re.IGNORECASE)
_SEASON_LIST_TAIL_RE = re.compile(f"(?:{_LIST_TAIL.format(names=_SEASON_WORDS)})*",
                                  re.IGNORECASE)
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+(?:n['’]t)?)(?![\w'’])")
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:a|an)\s+\Z", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"['’]s\s+[a-z]")
_INTO_BEFORE_RE = re.compile(r"\binto\s+\Z", re.IGNORECASE)
_WORD_BEFORE_RE = re.compile(r"(?P<w>[A-Za-z][\w'’-]*)[ \t]+\Z")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n\"“(]\s*)\Z")
_DETERMINER_BEFORE_RE = re.compile(
    r"\b(?:a|an|the|its|their|our|his|her|your|my|another)\s+(?:[a-z][\w-]*\s+)?\Z",
    re.IGNORECASE)
_LOWER_WORD_AFTER_RE = re.compile(r"\s+[a-z][a-z-]+\b")


def month_names_a_time(text: str, start: int, end: int) -> bool:
    """Whether the year-less month name at ``start:end`` names a month in one of the frames
    of the module docstring.

    >>> month_names_a_time("December has delivered a string of storms.", 0, 8)
    True
    >>> month_names_a_time("its expected August completion date", 13, 19)
    True
    >>> month_names_a_time("Theresa May has said no.", 8, 11)
    False
    """
    if used_as_given_name(text, text[start:end]) or names_a_kind(text, start, end):
        return False
    if _DETERMINER_BEFORE_RE.search(text, max(0, start - 40), start) and \
            _LOWER_WORD_AFTER_RE.match(text, end):
        return not (march_as_noun(text, start, end) or compared_class_before(text, start))
    return _time_noun(text, start, end, _MONTH_LIST_TAIL_RE)


def season_names_a_time(text: str, start: int, end: int) -> bool:
    """Whether the season at ``start:end``, with no word such as "the" or "last" before it,
    names a season in one of the first three frames of the module docstring.

    >>> season_names_a_time("As winter approaches, bills rise.", 3, 9)
    True
    >>> season_names_a_time("Leaves fall early.", 7, 11)
    False
    """
    if _ARTICLE_BEFORE_RE.search(text, max(0, start - 4), start) or \
            article_before_season(text, start):
        return False  # "water from a spring is clean", "a winter storm", "a long winter's"
    subject = text[start:end] != "fall"  # lower-case "fall" as a subject may be the verb
    return _time_noun(text, start, end, _SEASON_LIST_TAIL_RE, subject)


def bare_season_value(text: str, start: int, end: int, season: str,
                      reference: _dt.date | None) -> str | None:
    """The TIMEX3 value of a bare season that names a time (:func:`season_names_a_time`):
    the season of the reference date's year, as "the winter" reads (the winter begun in
    December of the year before, in January and February); None otherwise.

    >>> bare_season_value("Winter hit hard.", 0, 6, "winter", _dt.date(2031, 12, 9))
    '2031-WI'
    """
    if reference is None or not season_names_a_time(text, start, end):
        return None
    code, first = SEASONS[season.lower()]
    year = reference.year if first != 12 or reference.month >= 3 else reference.year - 1
    return f"{year:04d}-{code}"


def _time_noun(text: str, start: int, end: int, list_tail: re.Pattern,
               subject: bool = True) -> bool:
    if text[start:end].lower().rstrip(".") == "may" or _after_a_name(text, start) \
            or generic_present_after(text, end):
        return False
    if _INTO_BEFORE_RE.search(text, max(0, start - 8), start) or \
            _POSSESSIVE_RE.match(text, end):
        return True
    verb = _NEXT_WORD_RE.match(text, list_tail.match(text, end).end()) if subject else None
    if verb is None:
        return False
    word = verb.group(1).replace("’", "'")
    return word in _SUBJECT_VERBS or word.removesuffix("n't") in _SUBJECT_VERBS


def _after_a_name(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is capitalised inside a sentence ("thanked
    Lady April"); a sentence's first word ("As winter approaches") is not a name.

    >>> _after_a_name("We thanked Lady April", 16), _after_a_name("As winter nears", 3)
    (True, False)
    """
    before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if before is None or not before.group("w")[:1].isupper():
        return False
    return _SENTENCE_START_RE.search(text, 0, before.start()) is None
