"""Separate arrests of one statement (issue 14, session 19): a police, army or coast guard
statement that tells one arrest and then another one "In a separate operation," / "In
another raid," / "Separately," tells more people taken: their figures add (frame: a
separate arrest, :func:`opens_a_separate_arrest`), and a stated total of them all still
beats its parts (the toll's largest candidate).

Plain strings in, booleans out; the openers are ``resources/words/separate_arrest_openers.txt``.

>>> opens_a_separate_arrest("In another raid, wardens arrested three ivory traders.")
True
>>> opens_a_separate_arrest("In the raid, wardens arrested three ivory traders.")
False
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.guard import never_raises

_OPENERS = lexicon.entries("separate_arrest_openers")
# How many words the fronted adjunct may hold before its comma ("In a separate operation
# near the northern border crossing,": 9).
_ADJUNCT_WORDS = 10
_WORD_RE = re.compile(r"[A-Za-z]+")


def _adjunct_words(sentence: str) -> list[str]:
    """The lower-cased words before a sentence's first comma; none without a comma."""
    head, comma, _ = sentence.strip().lstrip("\"'“‘").partition(",")
    return [w.lower() for w in _WORD_RE.findall(head)] if comma else []


@never_raises(fallback=lambda sentence: False)
def opens_a_separate_arrest(sentence: str) -> bool:
    """Whether a sentence opens with a fronted adjunct, closed by a comma within a few
    words, that tells a separate arrest or incident ("In a separate operation, ...",
    "Separately, ...", "In a third incident, ..."); not "In the operation, ..." nor
    "Separately the ministry said ..." (no comma).

    >>> opens_a_separate_arrest("Separately, guards detained two smugglers at the pier.")
    True
    >>> opens_a_separate_arrest("Separately the guards detained two smugglers.")
    False
    """
    words = _adjunct_words(sentence)
    if not words or len(words) > _ADJUNCT_WORDS:
        return False
    return any(tuple(words[:len(opener)]) == opener for opener in _OPENERS)
