"""Which way a year-less date points, from the tense of the clause around it (as HeidelTime
does): "will meet on April 7" is the next April 7, "met on April 7" the last one, and
without a tense the nearest one.

Without a parse (``rules.cfg``) the clause is read as a window of words: the nearest tense
cue before the date in its sentence ("will", "'ll", "is due to", "is scheduled for", "plans
to" are future; "was", "were", "had", a verb in ``-ed`` or an irregular past form are past),
else the nearest one after it. With a parse the dates component asks the governing verb
instead (:mod:`claimex.pipeline.dates`).

>>> window_tense("The ministers will meet on ", "")
'future'
>>> window_tense("The ministers met on ", "")
'past'
>>> window_tense("Talks are on ", "")
"""

from __future__ import annotations

import re

from claimex.rules.dates.lexicon import FUTURE_CUES, IRREGULAR_PAST, NOT_PAST_ED, PAST_CUES
from claimex.rules.dates.model import SENTENCE_END_RE

FUTURE, PAST = "future", "past"
_WORD_RE = re.compile(r"[A-Za-z']+")
_FUTURE_RE = re.compile(r"\b(?:" + "|".join(sorted(FUTURE_CUES, key=len, reverse=True))
                        + r")\b|'ll\b", re.IGNORECASE)
WINDOW_WORDS = 10
_PASSIVE_AUX = frozenset("be been being is are am".split())


def _word_tense(word: str) -> str | None:
    """The tense one word shows: past for "was", "killed", "met"; None for the rest.

    >>> _word_tense("killed"), _word_tense("need"), _word_tense("went")
    ('past', None, 'past')
    """
    w = word.lower()
    if w in PAST_CUES or w in IRREGULAR_PAST:
        return PAST
    if len(w) > 4 and w.endswith("ed") and w not in NOT_PAST_ED:
        return PAST
    return None


def _cues(text: str) -> list[tuple[int, str]]:
    """(position, tense) of the tense cues of ``text``, left to right."""
    found = [(m.start(), FUTURE) for m in _FUTURE_RE.finditer(text)]
    previous = ""
    for m in _WORD_RE.finditer(text):
        word = m.group()
        # a participle after "be", "is", "are" is a passive, not a past: "is to be held"
        if previous not in _PASSIVE_AUX and (tense := _word_tense(word)) is not None:
            found.append((m.start(), tense))
        previous = word.lower()
    return sorted(found)


def window_tense(before: str, after: str) -> str | None:
    """"future", "past" or None (no cue) for a date between ``before`` and ``after``:
    the nearest cue of the last ``WINDOW_WORDS`` words before it in its sentence, else
    the nearest of the words after it up to the sentence's end."""
    ends = list(SENTENCE_END_RE.finditer(before))
    before = before[ends[-1].end():] if ends else before
    words = list(_WORD_RE.finditer(before))
    if len(words) > WINDOW_WORDS:
        before = before[words[-WINDOW_WORDS].start():]
    cues = _cues(before)
    if cues:
        return cues[-1][1]
    end = SENTENCE_END_RE.search(after)
    cues = _cues(after[:end.start()] if end else after)
    return cues[0][1] if cues else None


def text_tense(text: str, start: int, end: int) -> str | None:
    """:func:`window_tense` of the date at ``text[start:end]``.

    >>> text_tense("He said talks will resume on Friday.", 29, 35)
    'future'
    """
    return window_tense(text[max(0, start - 200):start], text[end:end + 200])
