"""A headline's vague word gives way to the body's number (issue 14, session 19; see
:mod:`claimex.assemble.tolls`). A wire report rounds its toll in a title line with a count
word ("Scores hurt as a ferry hits a pier") and gives the count in its body ("At least 61
passengers were hurt when ..."): the two are one toll told twice, the number is its
statement, and the count word stays a claim but makes no toll of its own, neither as the
lead's largest figure ("dozens", 24-99, over "at least 23") nor as a part added to the
number (frame: a count word in a title line, then the body's first number of the category,
:func:`headline_words_given_way`). Wire rules 11 and 14: a headline is a copy, the lead's
figure is the toll. Only the dead and the hurt (the categories whose toll the lead states,
:data:`claimex.assemble.tolls.LEAD_TOLL_CATEGORIES`): a title line's "Thousands left
homeless" may count other people than the body's first figure of the displaced.

A count word that the body's own first sentence states ("killed six people and hurt dozens
more"; wire rule 11: the lead's figure wins where sources disagree) is no headline: where one
comes before the number, nothing gives way.

>>> def figure(low, high, qualifier, sentence, start, at):
...     return {"value": {"low": low, "high": high, "qualifier": qualifier},
...             "provenance": {"rule": "cue_object"},
...             "evidence": {"sentence": sentence, "sentence_start": start, "start": at}}
>>> title = "Scores hurt as a ferry hits a pier\\n\\nThe ferry hit the pier on Sunday."
>>> body = "At least 61 passengers were hurt, the port said."
>>> figures = [figure(40, 99, "vague", title, 0, 0), figure(61, None, "at_least", body, 70, 70)]
>>> headline_words_given_way(figures, [0, 1])
({0}, 1)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex.assemble.toll_figures import bounds_only, states_a_figure, vague_word

# What ends a line that is a sentence, not a title.
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "\u201d")


def in_a_title_line(claim: dict[str, Any]) -> bool:
    """Whether a figure stands in a title line: the line of the text that holds it (between
    two line breaks of its sentence, or its sentence's ends) does not end as a sentence does
    ("Scores hurt as a ferry hits a pier", not "The ferry hit the pier, hurting scores.").

    >>> def figure(sentence, at):
    ...     return {"evidence": {"sentence": sentence, "sentence_start": 0, "start": at}}
    >>> in_a_title_line(figure("May 3, 2015\\n\\nDozens hurt at a pier\\n\\nA ferry hit it.", 13))
    True
    >>> in_a_title_line(figure("A ferry hit a pier, hurting dozens.", 28))
    False
    """
    evidence = claim.get("evidence") or {}
    sentence = evidence.get("sentence") or ""
    start, sentence_start = evidence.get("start"), evidence.get("sentence_start")
    if start is None or sentence_start is None or not sentence:
        return False
    at = start - sentence_start
    if not 0 <= at < len(sentence):
        return False
    begin = sentence.rfind("\n", 0, at) + 1
    end = sentence.find("\n", at)
    line = sentence[begin:end if end >= 0 else len(sentence)].strip()
    return bool(line) and not line.endswith(_SENTENCE_ENDS)


def _a_number(claim: dict[str, Any]) -> bool:
    """A figure that states a count of its own: no count word ("dozens"), no ceiling alone
    ("up to 40"), no victim counted without a figure."""
    return states_a_figure(claim) and not vague_word(claim) and not bounds_only(claim)


def headline_words_given_way(claims: Sequence[dict[str, Any]], counted: Sequence[int]
                             ) -> tuple[set[int], int | None]:
    """The count words of a title line that give way to the body's number, and that number
    (indexes into ``claims``; ``counted`` holds one category's figures that count, in text
    order): where the category's first figure is a count word in a title line
    (:func:`in_a_title_line`) and a number follows, every count word before the number
    gives way to it, provided each stands in a title line; else nothing gives way.

    >>> def figure(low, qualifier, sentence):
    ...     return {"value": {"low": low, "high": None, "qualifier": qualifier},
    ...             "provenance": {"rule": "cue_object"},
    ...             "evidence": {"sentence": sentence, "sentence_start": 0, "start": 0}}
    >>> lead = figure(24, "vague", "Dozens were hurt when a ferry hit a pier.")
    >>> headline_words_given_way([lead, figure(30, "at_least", "At least 30.")], [0, 1])
    (set(), None)
    """
    order = sorted(counted)
    words: set[int] = set()
    for i in order:
        claim = claims[i]
        if not states_a_figure(claim):
            continue
        if _a_number(claim):
            return (words, i) if words else (set(), None)
        if not (vague_word(claim) and in_a_title_line(claim)):
            return set(), None
        words.add(i)
    return set(), None
