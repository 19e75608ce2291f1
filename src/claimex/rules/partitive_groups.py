"""A partitive's group is no count of victims (issue 14, session 20): in "Twelve of the 20
workers were killed" the dead are the twelve; the 20 is the size of the group they
were part of, as "two out of three people" counts three people of whom two were hurt.
Plain strings in, a plain value out; read by
:mod:`claimex.pipeline.claims.linking.partitives`.

>>> is_partitive_group(["twelve", "of", "the"])
True
>>> is_partitive_group(["a", "total", "of"])
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimex import lexicon

# resources/words/partitive_part_words.txt: number words and quantifiers that take a part
_PART_WORDS = lexicon.words("partitive_part_words")
# a numeral part: "3", "1,200", "12"
_NUMERAL_RE = re.compile(r"\d[\d,]*")
# a determiner between "of" and the group's figure: "of the 18", "of those 40"
_GROUP_DETERMINERS = frozenset({"the", "those", "these", "its", "their"})


def _is_part(word: str) -> bool:
    """Whether a word names a part: a numeral, a number word ("fifteen", "twenty-one") or a
    quantifier that takes a part ("most", "some")."""
    if _NUMERAL_RE.fullmatch(word):
        return True
    return word in _PART_WORDS or all(piece in _PART_WORDS for piece in word.split("-"))


def is_partitive_group(words_before: Sequence[str]) -> bool:
    """Whether a figure whose words before it are ``words_before`` (lower case, nearest
    last) is the group of a partitive: a part, "of" or "out of", a determiner or none.

    >>> is_partitive_group(["two", "out", "of"]), is_partitive_group(["12", "of", "the"])
    (True, True)
    >>> is_partitive_group(["deaths", "of"]), is_partitive_group(["all", "of", "the"])
    (False, False)
    """
    words = list(words_before)
    if words and words[-1] in _GROUP_DETERMINERS:
        words.pop()
    if not words or words[-1] != "of":
        return False
    words.pop()
    if words and words[-1] == "out":
        words.pop()
    return bool(words) and _is_part(words[-1])
