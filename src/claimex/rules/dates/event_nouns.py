"""Which way a year-less date points when it dates an event noun, not a verb.

In "detectives are still questioning neighbours about Sunday's stabbing" the weekday dates
the stabbing, and the clause's present tense says nothing about it; in "the council
meets before the May 9 vote" the vote lies ahead. A date on an event noun takes its
direction from the noun: an incident or result (``resources/words/incident_event_nouns.txt``:
"stabbing", "crash", "raid", "victory") is reported once it has happened, so it is past;
an event set for a day (``resources/words/scheduled_event_nouns.txt``: "hearing", "vote",
"match", "deadline") lies ahead where the clause's tense gives no direction.

Three frames put a date on a noun (the noun is the first listed word of up to three
words after the date, before a preposition, article or verb of the stop list):

- possessive: "Sunday's stabbing", "Friday's late-night crash";
- attributive, after an article: "the May 9 vote", "a Sunday raid", "the late June 2 fire";
- prepositional, the noun a few words before "on" or "for": "a rally on Sunday", "the
  hearing in Cork on Friday", "a vote for Thursday".

The precedence (:func:`event_direction`), first match wins:

============================  ===========================  ===================
frame                         incident noun                scheduled noun
============================  ===========================  ===================
possessive, attributive       past, whatever the clause    the clause's tense, else future
prepositional                 the clause's tense, else     the clause's tense, else future
                              past
============================  ===========================  ===================

An incident dated by a possessive or an article is past even under a future clause ("will
face charges over the Sunday raid"); in the prepositional frame the date may hang from the
verb instead ("the fire will be investigated on Monday"), so the clause's tense comes first.

>>> noun_frame("Neighbours were questioned about ", "'s stabbing.")
('possessive', 'past')
>>> noun_frame("Crowds gathered before the ", " vote.")
('attributive', 'future')
>>> event_direction(None, "possessive", "past"), event_direction("future", "possessive", "past")
('past', 'past')
>>> event_direction(None, "prepositional", "future")
'future'
>>> event_direction("past", "attributive", "future")
'past'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimex import lexicon

PAST, FUTURE = "past", "future"
POSSESSIVE, ATTRIBUTIVE, PREPOSITIONAL = "possessive", "attributive", "prepositional"

_KIND_OF = {**{noun: FUTURE for noun in lexicon.nouns("scheduled_event_nouns")},
            **{noun: PAST for noun in lexicon.nouns("incident_event_nouns")}}
# words that end the run of words a date may modify: prepositions, articles,
# conjunctions, auxiliaries and pronouns ("Sunday's crash on the ring road", "the May 9
# vote was ...")
_STOPS = frozenset(
    "on of in at for to from by with over after before since during against into near the "
    "a an and or but nor is was were are am be been being has had have will would shall "
    "should can could may might must that which who whom whose as than this these those "
    "it its he she they we i you his her their our".split())
_RUN_WORDS = 3  # how many words after a date may name its noun
_GAP_WORDS = 4  # how many words may stand between a noun and "on" / "for" before a date
_RUN_RE = re.compile(rf"(?:[ \t]+[A-Za-z0-9][A-Za-z0-9-]*){{1,{_RUN_WORDS}}}")
_POSSESSIVE_RE = re.compile(r"['\u2019]s\b")
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|a|an)\s+(?:(?:early|late|mid)\s+)?$",
                                re.IGNORECASE)
_PREPOSITION_BEFORE_RE = re.compile(
    rf"\b(?P<gap>(?:[A-Za-z0-9][A-Za-z0-9-]*\s+){{1,{_GAP_WORDS + 1}}})(?:on|for)\s+$",
    re.IGNORECASE)


def _noun_kind(after: str) -> str | None:
    """PAST or FUTURE for the first listed event noun of the run of words that opens
    ``after`` (at most ``_RUN_WORDS``, ended by punctuation or a stop word).

    >>> _noun_kind(" downtown shooting left two hurt"), _noun_kind(" on Friday")
    ('past', None)
    """
    run = _RUN_RE.match(after)
    for word in (run.group().lower().split() if run else ()):
        if word in _STOPS:
            return None
        if word in _KIND_OF:
            return _KIND_OF[word]
    return None


def _ends_on_or_for(before: str) -> bool:
    """A pre-check for ``_PREPOSITION_BEFORE_RE`` (whose search tries every word of the
    window): ``before`` ends in "on" or "for" and white space.

    >>> _ends_on_or_for("a rally On "), _ends_on_or_for("a rally on"), _ends_on_or_for("upon ")
    (True, False, True)
    """
    return before[-1:].isspace() and before.rstrip()[-3:].lower().endswith(("on", "for"))


def noun_frame(before: str, after: str) -> tuple[str, str] | None:
    """(frame, PAST or FUTURE) of the event noun that the year-less date between ``before``
    and ``after`` dates, or None where it dates no listed event noun.

    >>> noun_frame("Two men were charged over the ", " raid in the harbour.")
    ('attributive', 'past')
    >>> noun_frame("Hundreds are expected at a rally on ", " in the square.")
    ('prepositional', 'future')
    >>> noun_frame("He resigned on ", ".")
    """
    if (m := _POSSESSIVE_RE.match(after)) is not None:
        kind = _noun_kind(after[m.end():])
        return (POSSESSIVE, kind) if kind else None
    if _ARTICLE_BEFORE_RE.search(before[-40:]) and (kind := _noun_kind(after)):
        return ATTRIBUTIVE, kind
    window = before[-80:]
    if _ends_on_or_for(window) and (m := _PREPOSITION_BEFORE_RE.search(window)) is not None:
        words = m.group("gap").lower().split()
        for word in reversed(words):
            if word in _KIND_OF:
                return PREPOSITIONAL, _KIND_OF[word]
            if word in _STOPS - {"the", "a", "an", "of", "in", "at", "against", "near"}:
                return None
    return None


def event_direction(clause: str | None, frame: str, kind: str) -> str | None:
    """The direction of a date on an event noun of ``kind`` in ``frame`` under a clause
    whose tense gives ``clause`` (PAST, FUTURE or None), by the table of the module.

    >>> event_direction("future", "prepositional", "past")
    'future'
    >>> event_direction(None, "prepositional", "past")
    'past'
    """
    if kind == PAST and frame != PREPOSITIONAL:
        return PAST
    return clause if clause is not None else kind


Tense = Callable[[int, int], "str | None"]


def with_event_nouns(text: str, tense: Tense) -> Tense:
    """``tense`` with the event-noun frames over it: the direction of the date at
    ``text[start:end]`` by :func:`event_direction` where :func:`noun_frame` finds its
    noun, else ``tense``'s own.

    >>> f = with_event_nouns("Police are still studying Sunday's crash.", lambda s, e: None)
    >>> f(26, 32)
    'past'
    """
    def direction(start: int, end: int) -> str | None:
        clause = tense(start, end)
        found = noun_frame(text[max(0, start - 120):start], text[end:end + 80])
        return clause if found is None else event_direction(clause, *found)
    return direction
