"""A toll "up to" a figure that it has reached: "the death toll is up to ten", "the number
of dead has risen up to 31", "the toll now up to 23". After a toll noun and a verb of
being or rising, "up to" tells the level the count stands at (a stated total), not a
ceiling or a hedge, so the figure is exact. "Up to 50 people may have died" (no toll noun
before it), "the gunmen killed up to 30" (a verb of harm), "the toll could rise up to 60"
(a forecast) and "officials put the toll at up to 80" (an estimate) stay ceilings.
Words in ``resources/words/toll_level_words.txt``.

>>> def level(text):
...     return reads_as_a_level(text, text.lower().index("up to"))
>>> level("The death toll from the mill fire in Dorrow is up to twelve.")
True
>>> level("Up to 50 people may have died in the landslide.")
False
>>> level("The death toll could rise up to 60, the mayor warned.")
False
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.numbers.vocabulary import _SP

_WORDS = lexicon.groups("toll_level_words")


def _alternatives(group: str) -> str:
    phrases = sorted(_WORDS[group], key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", _SP + "+") for p in phrases)


# The verb group right before "up to": "is", "has risen", "has now risen", "was already",
# "now" alone, or "'s" glued to the noun (apostrophe straight or curly).
_VERB_GROUP_RE = re.compile(
    r"(?:\b(?:has|have|had)" + _SP + r"+)?(?:\bnow" + _SP + r"+)?(?:(?<![\w'’])(?:"
    + _alternatives("verbs") + r")|['’]s)(?:" + _SP + r"+(?:now|already))?" + _SP + r"+$",
    re.I,
)
_TOLL_NOUN_RE = re.compile(r"\b(?:" + _alternatives("nouns") + r")\b", re.I)
_BLOCKER_RE = re.compile(r"\b(?:" + _alternatives("blockers") + r")\b", re.I)
# A sentence or clause ends between the noun and "up to": the noun is no subject of it.
_CLAUSE_END_RE = re.compile(r"[.!?;:\n]")

_LOOK_BACK = 90


def reads_as_a_level(text: str, up_to_start: int) -> bool:
    """Whether the "up to" at ``up_to_start`` is the level a toll has reached: a toll noun
    then, in the same clause, a verb of being or rising right before "up to", with no
    modal, infinitive, relative pronoun or estimate word between them.

    >>> reads_as_a_level("The toll is now up to 23.", 16)
    True
    >>> reads_as_a_level("Officials put the toll at up to 80.", 26)
    False
    """
    before = text[max(0, up_to_start - _LOOK_BACK):up_to_start]
    verb = _VERB_GROUP_RE.search(before)
    if not verb:
        return False
    head = before[:verb.start()]
    ends = list(_CLAUSE_END_RE.finditer(head))
    if ends:
        head = head[ends[-1].end():]
    nouns = list(_TOLL_NOUN_RE.finditer(head))
    if not nouns:
        return False
    gap = head[nouns[-1].end():] + " " + verb.group()
    return not _BLOCKER_RE.search(gap)
