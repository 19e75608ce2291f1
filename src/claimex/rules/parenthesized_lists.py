"""Shares of a total told as a list of names, each with its figure in parentheses.

"Floods killed 40: Alba (12), Brenn (9) and Corvo (19)" tells three shares, one a name;
the cue before the list counts each figure. A figure is such a share when it stands alone
between brackets right after a word, and the sentence holds at least two bracketed
figures (a list, not one aside). A telephone number's area code ("call (555) 010-7788") is
neither such a share nor one of the two.

>>> words = "Storms killed 30 : Alba ( 12 ) , Brenn ( 18 ) .".split()
>>> is_parenthesized_share(words, 6), is_parenthesized_share(words, 2)
(True, False)
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")
# what follows a telephone area code's brackets: "(555) 010-7788", "(555) 010-HELP"
_LOCAL_NUMBER = re.compile(r"\d{3}[-.]?[\dA-Z]{4}")


def _area_code(words: list[str], index: int) -> bool:
    """Whether the bracketed ``words[index]`` opens a telephone number ("(555) 010-7788").

    >>> _area_code("call ( 555 ) 010 - 7788".split(), 2)
    True
    """
    return _LOCAL_NUMBER.fullmatch("".join(words[index + 2:index + 5])) is not None


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
    if index < 2 or not words[index - 2][:1].isalpha() or _area_code(words, index):
        return False
    bracketed = (k for k in range(len(words)) if _bracketed_figure(words, k))
    return sum(not _area_code(words, k) for k in bracketed) >= 2
