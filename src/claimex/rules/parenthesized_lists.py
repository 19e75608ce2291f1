"""Shares of a total told as a list of names, each with its figure in parentheses.

"Floods killed 40: Alba (12), Brenn (9) and Corvo (19)" tells three shares, one a name;
the cue before the list counts each figure. A figure is such a share when it stands alone
between brackets right after a word, and the sentence holds at least two bracketed
figures (a list, not one aside).

>>> words = "Storms killed 30 : Alba ( 12 ) , Brenn ( 18 ) .".split()
>>> is_parenthesized_share(words, 6), is_parenthesized_share(words, 2)
(True, False)
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")


def _bracketed_figure(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is a figure that a bracket opens right before it and that
    a bracket, or one more word and a bracket, closes ("(12)", "(12 deaths)")."""
    if not _NUMBER.fullmatch(words[index]) or index == 0 or words[index - 1] != "(":
        return False
    after = words[index + 1:index + 3]
    return bool(after) and (after[0] == ")" or (len(after) == 2 and after[1] == ")"))


def is_parenthesized_share(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` (one sentence's words) is a bare figure in brackets right
    after a word, in a sentence with at least two bracketed figures.

    >>> is_parenthesized_share("Injured : Alba ( 5 ) and Brenn ( 7 )".split(), 9)
    True
    >>> is_parenthesized_share("Alba ( 5 ) was hurt".split(), 2)
    False
    """
    if not _bracketed_figure(words, index) or words[index + 1] != ")":
        return False
    if index < 2 or not words[index - 2][:1].isalpha():
        return False
    return sum(_bracketed_figure(words, k) for k in range(len(words))) >= 2
