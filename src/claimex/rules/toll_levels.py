"""The level a toll has reached: "the death toll is up to 58" says the toll now stands at
58, not that it is at most 58 (:func:`is_toll_level`).

>>> is_toll_level("up to 58", "at_most", "cue_toll_copular", "noun", modal=False)
True
>>> is_toll_level("up to 300", "at_most", "cue_toll_copular", "noun", modal=True)
False
"""

from __future__ import annotations

from claimex import lexicon
from claimex.rules.guard import never_raises

_GROUPS = lexicon.groups("toll_level_words")
# Auxiliaries that keep "up to" a ceiling: "the toll could be up to 300".
TOLL_LEVEL_MODALS = frozenset(_GROUPS["modals"])
# The rules that tie a figure to a toll noun it is the level of: "the toll is up to 58",
# "Death toll up to 58", "the toll went up to 58".
TOLL_LEVEL_RULES = frozenset({"cue_toll_copular", "cue_toll_verbless", "cue_toll",
                              "cue_toll_revision"})


def _first_words(words: str) -> str:
    """The first two words of ``words``, lower case, one space between them."""
    return " ".join(words.lower().split()[:2])


@never_raises(fallback=lambda words, qualifier, rule, kind, modal: False)
def is_toll_level(words: str, qualifier: str | None, rule: str, kind: str,
                  modal: bool) -> bool:
    """Whether a figure read as a ceiling ("up to 58", qualifier ``at_most``) is the level a
    toll noun has reached: the figure is tied to the noun by a toll rule
    (:data:`TOLL_LEVEL_RULES`; ``kind`` "noun"), its words open with "up to", and no
    modal (:data:`TOLL_LEVEL_MODALS`) makes the sentence a guess at a ceiling.

    >>> is_toll_level("up to 9", "at_most", "cue_toll_verbless", "noun", modal=False)
    True
    >>> is_toll_level("up to 9", "at_most", "cue_object", "verb", modal=False)
    False
    >>> is_toll_level("as many as 9", "at_most", "cue_toll_copular", "noun", modal=False)
    False
    """
    return (qualifier == "at_most" and rule in TOLL_LEVEL_RULES and kind == "noun"
            and not modal and _first_words(words) == "up to")


def has_modal(words: list[str]) -> bool:
    """Whether one of ``words`` (a verb's auxiliaries, lower case) is a modal of
    :data:`TOLL_LEVEL_MODALS`.

    >>> has_modal(["could", "be"]), has_modal(["has"])
    (True, False)
    """
    return any(word in TOLL_LEVEL_MODALS for word in words)
