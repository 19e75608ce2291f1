"""Word classes read around a figure: function words, plural nouns, the word before and
the words after a position.

>>> _is_plural_noun("soldiers"), _is_plural_noun("crisis")
(True, False)
"""

from __future__ import annotations

import re

from claimex.rules.numbers.vocabulary import _DASH, _words

_FUNCTION_WORDS = frozenset(_words(
    "a an the and or but if of in on at to by for with from as into onto over under about "
    "after before during since until till than that this these those there their they them "
    "he she it we you i his her its our your was were is are be been being has have had do "
    "does did will would can could shall should may might must not no so when where while "
    "which who whom whose what how why all any each every some such per via off out up down "
    "again also only just still even more most less least very too then thus hence yet "
    "according reportedly including"
))


_S_NOT_PLURAL = frozenset(_words(
    "was is has his this its thus as us yes always perhaps whereas across unless besides "
    "towards afterwards sometimes hers ours yours theirs news plus minus bus gas famous "
    "various serious previous numerous dangerous anonymous enormous tremendous nervous "
    "obvious analysis crisis basis thesis status census virus campus chaos lens series "
    "species isis daesh hamas jaish"
))


_IRREGULAR_PLURALS = frozenset(_words(
    "people children men women police personnel staff troops militia militiamen youths "
    "gunmen policemen servicemen servicewomen tribesmen fishermen kinsmen countrymen "
    "cattle sheep livestock aircraft infantry deer fish folk kin clergy crew "
    "persons individuals families households"
))


_LETTERS_RE = re.compile(r"[^\W\d_]*")


_NEXT_WORDS_RE = re.compile(
    r"[ \t\u00a0]*(?:[" + _DASH + r"][ \t]*)?([A-Za-z][A-Za-z'’\-]*)"
    r"(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*))?(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*))?"
)


_PREV_WORD_RE = re.compile(r"([A-Za-z][A-Za-z'’]*)[^A-Za-z0-9]{0,3}$")


_DETERMINERS = frozenset(_words("the its their his her this that last next"))


def _is_plural_noun(word: str) -> bool:
    w = word.lower().rstrip("'’")
    if w in _IRREGULAR_PLURALS:
        return True
    return (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
        and w not in _S_NOT_PLURAL and w not in _FUNCTION_WORDS
    )


def _count_noun_follows(text: str, pos: int) -> bool:
    """Whether a plural noun follows within three words, before any function word."""
    m = _NEXT_WORDS_RE.match(text, pos)
    if not m:
        return False
    for word in m.groups():
        if word is None:
            return False
        low = word.lower()
        if low in _FUNCTION_WORDS:
            return False
        if _is_plural_noun(word):
            return True
    return False


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""
