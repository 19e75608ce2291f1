"""A year-less date that a past scheduling verb sets for a scheduled event lies ahead.

In "A judge on Monday set a March 13 sentencing" the clause is past, but the sentencing
is still to come: the verb ``set`` reports the act of fixing a day, not the day. Where a
scheduling verb (``resources/words/scheduling_verbs.txt``: "set", "scheduled",
"postponed") takes as its object a scheduled event noun
(``resources/words/scheduled_event_nouns.txt``: "vote", "hearing", "sentencing") and a
year-less date dates that noun, the date points ahead whatever the clause's tense says.

Two frames (:func:`set_by_scheduling_verb`):

- attributive: the date inside the object, "set a March 13 sentencing", "scheduled a
  Wednesday vote" (verb, an article or possessive and at most one more word, the date,
  the noun in the run of words after it);
- object, then date: "scheduled a procedural vote Wednesday", "set a hearing for Friday",
  "postponed the referendum to May 2" (verb, an object of at most eight words that holds
  the noun, then "for", "to", "until", "till" or nothing, then the date).

Not a frame: a plan told as earlier ("had scheduled", "originally set", "previously
scheduled": the day may be behind the report), a passive or a noun before the verb ("the
vote, set for Friday", which the clause's tense and the event-noun rule handle), or an
object that holds a verb or a sentence break.

>>> set_by_scheduling_verb("The judge on Monday set a ", " sentencing.")
True
>>> set_by_scheduling_verb("The leader late Monday scheduled a procedural vote ", " on the bill.")
True
>>> set_by_scheduling_verb("The council had scheduled a vote for ", " but postponed it.")
False
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimex import lexicon
from claimex.rules.dates.event_nouns import FUTURE, _noun_kind

_VERBS = lexicon.words("scheduling_verbs")
_SCHEDULED = frozenset(lexicon.nouns("scheduled_event_nouns"))
_VERB_ALT = "|".join(sorted(_VERBS, key=len, reverse=True))
# the words before a scheduling verb that make its plan an earlier one
_EARLIER_RE = re.compile(
    r"\b(?:had|been|originally|previously|initially|once|first|already)\s+$", re.IGNORECASE)
# a word of an object: letters, digits, an apostrophe or hyphen inside ("Trump's")
_WORD = r"[A-Za-z0-9][A-Za-z0-9'\u2019-]*"
_ATTRIBUTIVE_RE = re.compile(
    rf"\b(?P<verb>{_VERB_ALT})\s+(?:a|an|the|his|her|their|its|[A-Z]{_WORD}['\u2019]s)\s+"
    rf"(?:{_WORD}\s+)?$", re.IGNORECASE)
_OBJECT_RE = re.compile(
    rf"\b(?P<verb>{_VERB_ALT})\s+(?P<object>(?:{_WORD}\s+){{1,8}}?)"
    r"(?:(?:for|to|until|till)\s+)?$", re.IGNORECASE)
# words an object of a scheduling verb does not hold: auxiliaries, verbs of a new clause,
# conjunctions and pronouns that start one, the day of the act itself ("on Monday")
_NOT_IN_OBJECT = frozenset(
    "is was were are am be been being has had have will would shall should can could may "
    "might must that which who and but or after before when while because since said says "
    "previously originally initially it he she they we i".split()) | _VERBS


def set_by_scheduling_verb(before: str, after: str) -> bool:
    """Whether the year-less date between ``before`` and ``after`` is the day a past
    scheduling verb sets for a scheduled event noun, by the frames of the module.

    >>> set_by_scheduling_verb("Organisers planned a ", " rally in the square.")
    True
    >>> set_by_scheduling_verb("The senator set a vote on the budget for ", ".")
    True
    >>> set_by_scheduling_verb("The board moved a hearing previously scheduled for ", ".")
    False
    >>> set_by_scheduling_verb("Officials set the fire on ", ".")
    False
    """
    if (m := _ATTRIBUTIVE_RE.search(before)) is not None:
        return not _EARLIER_RE.search(before[:m.start("verb")]) and \
            _noun_kind(after) == FUTURE
    if (m := _OBJECT_RE.search(before)) is None or _EARLIER_RE.search(before[:m.start("verb")]):
        return False
    words = [w.strip("'\u2019").lower() for w in m.group("object").split()]
    if any(w in _NOT_IN_OBJECT for w in words):
        return False
    return any(w in _SCHEDULED or w.removesuffix("'s").removesuffix("\u2019s") in _SCHEDULED
               for w in words)


Tense = Callable[[int, int], "str | None"]


def with_scheduling_verbs(text: str, tense: Tense) -> Tense:
    """``tense`` with the scheduling-verb frames over it: FUTURE for the date at
    ``text[start:end]`` where :func:`set_by_scheduling_verb` finds its frame, else
    ``tense``'s own.

    >>> f = with_scheduling_verbs("A judge set a May 2 hearing.", lambda s, e: "past")
    >>> f(14, 19)
    'future'
    """
    def direction(start: int, end: int) -> str | None:
        if set_by_scheduling_verb(text[max(0, start - 120):start], text[end:end + 80]):
            return FUTURE
        return tense(start, end)
    return direction
