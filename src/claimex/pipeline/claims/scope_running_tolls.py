"""A running toll over a period, for :func:`claimex.pipeline.claims.scope.claim_scope`
(scope ``aggregate``): a toll noun ("toll", "tally") whose "from", "in", "of" or
"during" phrase names an event measured over several days or a season, so that the
figure it rises to counts the whole stretch, not the day the text reports:

* a stretch of days or more before "of": "the death toll from four days of storms rose
  to 31", "the toll from a week of floods reached 58";
* a length written on the event's noun: "the toll from three-day clashes", "the toll in
  week-long riots";
* a period that owns the event: "the death toll from this season's rains", "the toll in
  this month's unrest" (not "Saturday's fire": a day is the event's own; not "last
  week's bombing": an earlier event);
* an event still going on or coming back every year: "the toll of the ongoing winter
  storms", "the toll from the annual floods"
  (``resources/words/running_event_modifiers.txt``).

The phrase may hang on the verb that raises the toll ("raising the death toll from a week
of clashes to 40": "from" on "raising"; ``resources/words/toll_raising_verbs.txt``).

A figure counted over such a stretch of a war, fighting or any event is a total too, with no
toll noun (:func:`counted_over_a_period`, session 18): "5,000 villagers were killed during
three years of civil war", "nearly 900,000 soldiers were killed over four years of trench
warfare", "800 soldiers were killed in six months of fighting"; not "in two days of
fighting" nor "in a week of clashes" (a spell of days is the reported event's own).

The day's own figure beside it ("after nine people died in a landslide overnight")
stays ``reported`` and makes the toll. "The death toll from the blast has risen to 41"
names no period and stays ``reported``.

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["the", "toll", "from", "four", "days", "of", "storms"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 2, 4, 5],
...           deps=["det", "ROOT", "prep", "nummod", "pobj", "prep", "pobj"])
>>> toll_over_a_period([doc[1]])
True
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimex import lexicon

# The nouns a running count is told by: "the death toll", "an AFP tally".
TOLL_NOUNS = frozenset({"toll", "tally"})
# The prepositions that tie a toll to its event: "the toll from", "the toll in".
_EVENT_PREPOSITIONS = frozenset({"from", "in", "of", "during"})
# Units of a stretch longer than the reported day; "day" counts from two on.
_LONG_UNITS = lexicon.words("period_units") | {"season", "seasons"}
_DAY_UNITS = frozenset({"day", "days"})
RUNNING_EVENT_MODIFIERS = lexicon.words("running_event_modifiers")
TOLL_RAISING_VERBS = lexicon.words("toll_raising_verbs")
# "three-day", "2-day", "week-long", "month-long", "days-long" written as one token
_LENGTH_WORD = re.compile(r"^(?:\w+-(?:day|week|month|year)|\w+-long)$", re.IGNORECASE)
_ONE = frozenset({"one", "1", "a", "an", "single"})
# "last week's bombing" is an earlier event, not a period (scope.py reads it)
_EARLIER = frozenset({"last", "previous", "past"})


def _counted_above_one(unit: Token) -> bool:
    """Whether a unit noun is counted two or more: "four days", "several days"; not "a
    day", "one day"."""
    counts = [c for c in unit.children if c.dep_ in ("nummod", "amod", "det")]
    return any(c.lower_ not in _ONE and (c.like_num or c.lower_ in ("several", "few"))
               for c in counts)


def _is_stretch(unit: Token) -> bool:
    """Whether a unit noun measures a stretch longer than a day: "a week", "six weeks",
    "four days"; not "a day", "the day"."""
    lemma = unit.lower_
    if lemma in _LONG_UNITS:
        return True
    return lemma in _DAY_UNITS and _counted_above_one(unit)


def measures_a_period(event: Token) -> bool:
    """Whether an event noun (the object of "the toll from") names a stretch of days or
    a season (see the module docstring): "four days of storms" (``event`` is "days"),
    "three-day clashes", "this season's rains", "the ongoing winter storms"."""
    if _is_stretch(event) and any(c.dep_ == "prep" and c.lower_ == "of"
                                  for c in event.children):
        return True
    for child in event.children:
        if child.dep_ in ("amod", "compound", "nmod", "npadvmod"):
            if _LENGTH_WORD.match(child.text) or child.lower_ in RUNNING_EVENT_MODIFIERS:
                return True
            if child.lower_ in _DAY_UNITS | _LONG_UNITS and _is_stretch(child) and \
                    child.i < event.i:  # "three - day clashes"
                return True
        if child.dep_ == "poss" and child.lower_ in _LONG_UNITS and not any(
                c.lower_ in _EARLIER for c in child.children):
            return True  # "this season's rains", "this week's riots"; not "last week's"
    return False


def _event_phrases(toll: Token) -> list[Token]:
    """The phrases that may tie a toll to its event: its own, and those of the verb that
    raises it, where the parse hangs them there ("raising the toll from a week of
    clashes to 40": "from" on "raising")."""
    phrases = list(toll.children)
    if toll.dep_ == "dobj" and toll.head.lemma_ in TOLL_RAISING_VERBS:
        phrases += [c for c in toll.head.children if c.i > toll.i]
    return phrases


def toll_over_a_period(tokens: list[Token]) -> bool:
    """Whether a figure's clause holds a toll noun tied to an event measured over a
    period (:func:`measures_a_period`): "the death toll from four days of storms rose to
    31" is ``aggregate``."""
    for toll in tokens:
        if toll.lower_ not in TOLL_NOUNS:
            continue
        for prep in _event_phrases(toll):
            if prep.dep_ != "prep" or prep.lower_ not in _EVENT_PREPOSITIONS:
                continue
            for event in prep.children:
                if event.dep_ == "pobj" and measures_a_period(event):
                    return True
    return False


# The prepositions that lay a figure over a stretch of time: "in three years of war",
# "during six months of fighting", "over three weeks of clashes".
_OVER_PREPOSITIONS = frozenset({"in", "during", "over", "throughout", "across"})
# weeks count as a period from two on; one week of clashes is a reported spell of days
_WEEK_UNITS = frozenset({"week", "weeks"})


def counted_over_a_period(tokens: list[Token]) -> bool:
    """Whether a figure's clause lays it over a stretch of two weeks or more of an event: a
    time preposition (:data:`_OVER_PREPOSITIONS`) whose object is a unit of months or more
    (``resources/words/period_units.txt``), or weeks counted two or more, with an "of"
    phrase: "were lost over three years of civil war", "were killed during six months of
    fighting" (``aggregate``); not "killed in two days of fighting" nor "in a week of
    clashes" (a spell of days the text reports).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["lost", "over", "three", "years", "of", "war"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 1, 3, 4],
    ...           deps=["ROOT", "prep", "nummod", "pobj", "prep", "pobj"])
    >>> counted_over_a_period(list(doc)), counted_over_a_period(list(doc[:2]))
    (True, False)
    """
    for unit in tokens:
        if unit.dep_ != "pobj" or unit.head.lower_ not in _OVER_PREPOSITIONS or \
                unit.lower_ not in _LONG_UNITS - {"season", "seasons"}:
            continue
        if unit.lower_ in _WEEK_UNITS and not _counted_above_one(unit):
            continue  # "in a week of clashes": a reported spell of days
        if any(c.dep_ == "prep" and c.lower_ == "of" and
               any(o.dep_ == "pobj" for o in c.children) for c in unit.children):
            return True
    return False
