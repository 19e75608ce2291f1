"""An earlier event told by its own day, for :func:`claimex.pipeline.claims.scope.claim_scope`:
a figure whose clause names a day well before the day of the event the text reports is
``background`` ("Gunmen killed nine herders on Thursday. ... On Monday, a bomb at a
bus depot killed 14" is Monday's bomb, named for context).

The text's own day is the first weekday, or the first day of a month, that it names for an
event (:func:`report_days`): not the day a source spoke on ("police said on Sunday",
"according to the agency on Monday"), nor a day that modifies a noun ("Sunday services",
"the June 3 ambush"), nor the bound of a stretch ("since Monday", "until Friday"). The first day a
source spoke on is the day of the report, the latest the text tells of. A figure's clause
names an earlier day when it holds:

* another weekday, two to five days before the text's own (counted back from the day of
  the report where the text names one, so that a later update, "the toll rose on Monday"
  after a Friday landslide, is not read as last Monday). The day before is left alone: a
  round-up often tells the night or the day before as the same news ("late on Tuesday",
  "three were killed on Thursday" under a Friday total); so is a weekday six days back,
  which could as well be the day after the lead's;
* a day of a month more than a week (and at most 200 days) before the text's first one
  ("a storm struck the coast on March 3, killing more than 200" under an "April 2"
  dateline); a dateline's day may come days after the event the text reports ("(Nov. 16)
  -- troops detained a commander ..., Nov. 13");
* a day counted back from another ("A day earlier, troops shot a teenager", "two days
  before"); in a text that names a weekday for an event of its own, "last week" (not "the
  last week", a stretch) and "earlier this month / year / week" (a text that names none
  may tell its own event so: "raiders killed at least 35 villagers last week", "the toll
  from a bus bombing earlier this week rose to 40, officials said on Friday").

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp("Gunmen killed nine herders on Thursday. On Monday, a bomb killed 14.")
>>> report_days(doc)
(3, None, None)
>>> told_on_an_earlier_day(doc[8])
True
"""

from __future__ import annotations

import datetime as _dt
import re

from spacy.tokens import Doc, Token

from claimex import lexicon

_WEEKDAYS = {entry[0]: i for i, entry in enumerate(lexicon.entries("weekdays"))}
_MONTHS = {word: i + 1 for i, entry in enumerate(lexicon.entries("months")) for word in entry}
REPORT_DAY_VERBS = lexicon.words("report_day_verbs")
SPAN_UNITS = lexicon.words("earlier_span_units")
# Words that make a day the bound of a stretch, not the day of an event.
_BOUNDS = frozenset({"since", "until", "till", "through", "from", "between", "by", "after",
                     "before"})
# How far back a weekday, or a day of a month, is told as an earlier day (see the module
# docstring).
_WEEKDAYS_BACK = range(2, 6)
_DAYS_OF_A_MONTH_BACK = range(8, 201)
# A day word that modifies a noun names a thing or another event ("Sunday services", "the
# June 3 ambush", "Saturday's bombing"), not the day of the figure's clause.
_NOUN_MODIFIERS = frozenset({"compound", "nmod", "poss", "amod"})
# How many steps up the parse a day word's verb, bound or "according" is looked for.
_STEPS = 5
_REPORT_DAYS_KEY = ("claimex", "report_days")
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "April 2", "Sept. 7", "14 March"
_DAY_OF_MONTH = re.compile(r"\b(?:(" + _MONTH_NAMES + r")\.?\s+(\d{1,2})(?![\d,.]\d|\d)"
                           r"|(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH_NAMES + r")\b)",
                           re.IGNORECASE)


def _weekday(token: Token) -> int | None:
    """The weekday a full, capitalised weekday name gives (Monday 0), else None."""
    if not token.text[:1].isupper():
        return None
    return _WEEKDAYS.get(token.lower_)


def _phrase_heads(token: Token) -> list[Token]:
    """The words above a day word up to the verb of its clause (that verb included)."""
    out = []
    for _ in range(_STEPS):
        if token.head.i == token.i:
            break
        token = token.head
        out.append(token)
        if token.pos_ in ("VERB", "AUX"):
            break
    return out


def _day_kind(token: Token) -> str | None:
    """ "event" for a day word that dates an event, "report" for the day a source spoke on
    ("said on Sunday", "told AFP Monday", "according to the ministry on Monday"), None for
    a day that modifies a noun ("Sunday services", "the June 3 ambush") or the bound of a
    stretch ("since Monday", "since the protests began Monday")."""
    if token.dep_ in _NOUN_MODIFIERS and token.head.pos_ in ("NOUN", "PROPN"):
        return None
    heads = _phrase_heads(token)
    if any(h.lower_ in _BOUNDS for h in heads):
        return None
    if any(h.lower_ == "according" or (h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in
                                          REPORT_DAY_VERBS) for h in heads):
        return "report"
    return "event"


def _day_of_month(token: Token) -> tuple[int, int] | None:
    """(month, day) of a capitalised month name beside its day number ("March 14", "14
    March")."""
    month = _MONTHS.get(token.lower_.rstrip("."))
    if month is None or not token.text[:1].isupper():
        return None
    doc = token.doc
    for i in (token.i + 1, token.i - 1):
        if 0 <= i < len(doc) and doc[i].text.isdigit() and 1 <= int(doc[i].text) <= 31:
            return month, int(doc[i].text)
    return None


def report_days(doc: Doc) -> tuple[int | None, int | None, tuple[int, int] | None]:
    """The text's own weekday (Monday 0), the weekday of its report (the first day a
    source spoke on) and its own day of a month ((month, day), the first the text names);
    None for each the text does not name."""
    cached = doc.user_data.get(_REPORT_DAYS_KEY)
    if cached is not None:
        return cached
    own = spoken = None
    for token in doc:
        day = _weekday(token)
        if day is None:
            continue
        kind = _day_kind(token)
        if kind == "event" and own is None:
            own = day
        elif kind == "report" and spoken is None:
            spoken = day
    found = _DAY_OF_MONTH.search(doc.text)
    month_day = None
    if found:
        name = (found.group(1) or found.group(4)).lower()
        month_day = (_MONTHS[name], int(found.group(2) or found.group(3)))
    doc.user_data[_REPORT_DAYS_KEY] = (own, spoken, month_day)
    return own, spoken, month_day


def _days_back(earlier: tuple[int, int], later: tuple[int, int]) -> int | None:
    """How many days a (month, day) lies before another, the year before where it would
    fall after it; None for a day no calendar has."""
    try:
        first = _dt.date(2001, *earlier)
        last = _dt.date(2001, *later)
    except ValueError:
        return None
    days = (last - first).days
    return days if days >= 0 else days + 365


def _counted_back(token: Token) -> bool:
    """ "a day earlier", "two days before", "a week earlier", "the previous day"; in a text
    that names a weekday for an event of its own, "last week" (not "the last week") and
    "earlier this month"."""
    word = token.lower_
    if word in ("earlier", "before") and token.dep_ in ("advmod", "prep") and not any(
            c.dep_ in ("pobj", "pcomp") for c in token.children):
        before = token.doc[token.i - 1] if token.i > 0 else token
        return before.i != token.i and before.lower_ in SPAN_UNITS
    if word in ("day", "week") and any(c.lower_ == "previous" for c in token.children):
        return True
    if report_days(token.doc)[0] is None:
        return False  # a text that names no weekday of its own may tell its event so
    if word == "week" and any(c.lower_ == "last" for c in token.children) and not any(
            c.dep_ in ("det", "poss") for c in token.children):
        return True
    if word in ("week", "month", "year") and token.i >= 2:
        doc = token.doc
        return doc[token.i - 1].lower_ == "this" and doc[token.i - 2].lower_ == "earlier"
    return False


def _weekdays_back(weekday: int, doc: Doc) -> int | None:
    """How many days a weekday lies before the text's own, counted from the day of the
    report where the text names one; None where the text names no day of its own."""
    own, spoken, _ = report_days(doc)
    if own is None:
        return None
    if spoken is None:
        return (own - weekday) % 7
    return (spoken - weekday) % 7 - (spoken - own) % 7


def told_on_an_earlier_day(token: Token) -> bool:
    """Whether a word of a figure's clause dates its event before the text's own day (see
    the module docstring)."""
    if _counted_back(token):
        return True
    weekday = _weekday(token)
    if weekday is not None:
        if _day_kind(token) != "event":
            return False
        return _weekdays_back(weekday, token.doc) in _WEEKDAYS_BACK
    month_day = _day_of_month(token)
    if month_day is None or _day_kind(token) != "event":
        return False
    own_day = report_days(token.doc)[2]
    return own_day is not None and _days_back(month_day, own_day) in _DAYS_OF_A_MONTH_BACK
