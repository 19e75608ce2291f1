"""A day of its own as a sign of a second incident (issue 14, session 21): a wire
report leads with the day's event and tells another one further down at another place,
dated with a weekday of its own in a time adjunct: "Late Sunday, gunmen attacked a post in
Varn, killing six guards" below a Monday lead, "A mine blast Saturday night killed four
herders in Dell" below a report of Sunday. The incident is the report's (the lead's day or
the day before it: wire rule 19); a weekday further back tells an earlier event, which is
background (rule 18), and is not read here. The toll assembly reads this beside the
figure's place (:mod:`claimex.assemble.toll_places`), as it reads "Hours later, ...".

Plain strings in, plain values out; the words are ``resources/words/weekdays.txt`` (full
names, capitalised in the text) and ``day_adjunct_words.txt``.

>>> tells_its_own_day("Late Sunday, gunmen attacked a post in Varn, killing six guards.",
...                   "Monday")
True
>>> tells_its_own_day("On Wednesday, raiders killed 25 herders in Dell.", "Saturday")
False
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.guard import never_raises

# Full weekday names, Monday first ("Monday" ... "Sunday").
WEEKDAYS = tuple(entry[0].capitalize() for entry in lexicon.entries("weekdays"))
_ADJUNCT = lexicon.groups("day_adjunct_words")
_BEFORE = frozenset(_ADJUNCT["before"])
_AFTER = frozenset(_ADJUNCT["after"])
_EDGE = frozenset(_ADJUNCT["edge"])
_DAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_WORD_RE = re.compile(r"[A-Za-z]+")
# How many words a fronted day adjunct may hold before its comma ("Late on Sunday,": 3).
_FRONTED_WORDS = 4


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


@never_raises(fallback=lambda sentence: None)
def named_day(sentence: str) -> str | None:
    """The weekday a sentence dates its own event with: fronted and closed by a comma
    ("Late Sunday, ...", "On Saturday, ...", "Saturday night, ..."), or in the clause with
    a word of the time adjunct next to it ("Saturday night", "late on Tuesday"); None for a
    bare weekday in the clause ("said Sunday", "officials said on Monday": the day a
    source spoke) and for a sentence without one.

    >>> named_day("Late Sunday, gunmen attacked a post in Varn.")
    'Sunday'
    >>> named_day("A mine blast Saturday night killed four herders in Dell.")
    'Saturday'
    >>> named_day("Two guards died in Varn, officials said Sunday.")
    """
    head, comma, _ = sentence.strip().lstrip("\"'“‘").partition(",")
    fronted = _words(head)
    if comma and 1 <= len(fronted) <= _FRONTED_WORDS and fronted[-1] in WEEKDAYS and all(
            word.lower() in _BEFORE for word in fronted[:-1]):
        return fronted[-1]
    words = _words(sentence)
    for k, word in enumerate(words):
        if word not in WEEKDAYS:
            continue
        before = [w.lower() for w in words[max(k - 2, 0):k]]
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        if after in _AFTER or (before and before[-1] in _EDGE) or (
                len(before) == 2 and before[0] in _EDGE and before[1] == "on"):
            return word
    return None


@never_raises(fallback=lambda sentences: None)
def report_day(sentences: list[str]) -> str | None:
    """The report's own day: the first weekday its sentences name, in any form ("The blast
    hit the market on Friday", "police said Sunday").

    >>> report_day(["A bomb killed four guards in Tarrow.", "Police said Monday it was ..."])
    'Monday'
    """
    for sentence in sentences:
        found = _DAY_RE.search(sentence)
        if found:
            return found.group(1)
    return None


@never_raises(fallback=lambda sentence, day: False)
def tells_its_own_day(sentence: str, day: str | None) -> bool:
    """Whether a sentence dates its event with a weekday of its own (:func:`named_day`) that
    is the report's day ``day`` or the day before it: "Late Sunday, ..." below a Monday lead,
    "On Friday, ..." below a Friday lead; not "On Wednesday, ..." below a Saturday lead (an
    earlier event, told for context), nor anything where the report names no day.

    >>> tells_its_own_day("A mine blast Saturday night killed four herders in Dell.", "Sunday")
    True
    >>> tells_its_own_day("A mine blast Saturday night killed four herders in Dell.", None)
    False
    """
    own = named_day(sentence)
    if own is None or day not in WEEKDAYS:
        return False
    return (WEEKDAYS.index(day) - WEEKDAYS.index(own)) % 7 in (0, 1)
