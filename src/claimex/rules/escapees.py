"""Escapees as counted people (issue 14, session 15): "A convict was recaptured" is one
captured. The nouns of people named by an escape or a sentence
(``resources/words/escapee_nouns.txt``: convict, escapee, fugitive ...) count one person
only under a capture cue; outside one ("the fugitive fled", "a convict's appeal") they
count no one, so they stay out of ``person_nouns.txt``. Plain strings in, a plain value
out; read by :mod:`claimex.pipeline.claims.implicit`.

>>> captured_escapee_count("a", "convict", False, "captured")
1
"""

from __future__ import annotations

from claimex import lexicon

ESCAPEE_NOUNS = lexicon.words("escapee_nouns")  # resources/words/escapee_nouns.txt
_SINGULAR_DETERMINERS = frozenset({"a", "an", "the", "one", "another"})


def captured_escapee_count(determiner: str | None, noun: str, is_plural: bool,
                           category: str) -> int | None:
    """How many a singular escapee noun counts under a capture cue: one ("A convict was
    recaptured", "police arrested the fugitive"); None for any other cue or noun, and for
    a plural, which says no number.

    >>> captured_escapee_count("the", "Fugitive", False, "captured")
    1
    >>> captured_escapee_count("a", "fugitive", False, "killed") is None
    True
    >>> captured_escapee_count(None, "escapees", True, "captured") is None
    True
    """
    if category != "captured" or is_plural or noun.lower() not in ESCAPEE_NOUNS:
        return None
    return 1 if (determiner or "").lower() in _SINGULAR_DETERMINERS else None
