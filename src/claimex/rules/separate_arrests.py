"""Separate arrests of one statement (issue 14, session 19): a police, army or coast guard
statement that tells one arrest and then another one "In a separate operation," / "In
another raid," / "Separately," tells more people taken: their figures add (frame: a
separate arrest, :func:`opens_a_separate_arrest`), and a stated total of them all still
beats its parts (the toll's largest candidate).

An arrest told in a sentence of its own with a day of its own, another day than the arrest
told before it ("Two suspects were arrested today ... Three suspects ... were arrested
yesterday"), is another arrest too (frame: an arrest on another day,
:func:`told_on_another_day`).

Plain strings and claim dicts in, booleans out; the openers are
``resources/words/separate_arrest_openers.txt``.

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


# Words right before a figure that take up people told before ("the two suspects arrested
# on Monday", "all four", "both"): a retelling, not another arrest.
_TAKEN_UP = lexicon.words("separate_arrest_retelling_words")
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _own_day(claim: dict) -> str | None:
    """The day a claim's own sentence gives it (a full date the text states there, not
    one taken from an earlier sentence or the publication date)."""
    time = claim.get("time") or {}
    evidence = claim.get("evidence") or {}
    start, value = time.get("start"), time.get("value") or ""
    begin = evidence.get("sentence_start")
    if time.get("inferred") or start is None or begin is None or \
            not _DAY_RE.fullmatch(value):
        return None
    return value if begin <= start < begin + len(evidence.get("sentence") or "") else None


@never_raises(fallback=lambda claim, before: False)
def told_on_another_day(claim: dict, before: dict) -> bool:
    """Whether a capture figure is another arrest than the one told before it because its
    own sentence dates it to another day than that one's own sentence does (see the module
    docstring); not a figure that takes up people told before ("the two ...", "both"),
    nor one of its own day's arrests told again. ``claim`` and ``before`` are claim dicts
    with ``start``, ``time`` (``value``, ``start``, ``inferred``) and ``evidence``
    (``sentence``, ``sentence_start``).

    >>> def arrest(day, sentence_start, sentence="Police held two men on Monday."):
    ...     return {"start": sentence_start + sentence.index("two"),
    ...             "time": {"value": day, "start": sentence_start + 20, "inferred": False},
    ...             "evidence": {"sentence": sentence, "sentence_start": sentence_start}}
    >>> told_on_another_day(arrest("2019-07-23", 100), arrest("2019-07-24", 0))
    True
    >>> told_on_another_day(arrest("2019-07-24", 100), arrest("2019-07-24", 0))
    False
    >>> told_on_another_day(arrest("2019-07-23", 100, "Police held the two on Monday."),
    ...                     arrest("2019-07-24", 0))
    False
    """
    day, earlier = _own_day(claim), _own_day(before)
    if day is None or earlier is None or day == earlier:
        return False
    evidence = claim.get("evidence") or {}
    before_figure = (evidence.get("sentence") or "")[:max(
        claim.get("start", 0) - evidence.get("sentence_start", 0), 0)]
    last = _WORD_RE.findall(before_figure)[-1:]
    return not (last and last[0].lower() in _TAKEN_UP)
