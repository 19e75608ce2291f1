"""Nouns of subjects, actors and places: head nouns, proper modifiers, country names.

>>> head_noun("RSF fighters")
'fighter'
>>> sorted(proper_modifiers("Russian soldiers", at_sentence_start=False))
['russian']
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimex import lexicon
from claimex.reconcile.settings import ACTOR_CLASSES, SUBJECT_CLASSES

# Words that end a phrase's head: "fighters of the RSF", "civilians who fled"
# (resources/words/phrase_head_ends.txt).
_PREPOSITIONS = lexicon.words("phrase_head_ends")
# Capitalized modifiers that name no side: "The", "Government", "Rebel"
# (resources/words/not_proper_modifiers.txt).
_NOT_PROPER = lexicon.words("not_proper_modifiers")
# A word: a letter, then letters, digits, apostrophes, dots, hyphens ("al-Qaeda's",
# "U.S."); also read by victims.py.
WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


def _singular(word: str) -> str:
    if word in ("people", "police", "personnel", "militia", "series", "news"):
        return word
    if word.endswith("men") and len(word) > 3:
        return word[:-3] + "man"
    if word == "children":
        return "child"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _words(text: str) -> list[str]:
    return [w.strip(".'’-") for w in WORD_RE.findall(text.replace("@", " "))]


def head_noun(text: str | None) -> str | None:
    """The head noun of a noun phrase, singular and lowercased ("RSF fighters" → fighter)."""
    if not text:
        return None
    words = [w for w in _words(text) if w]
    for i, word in enumerate(words):
        if i and word.lower() in _PREPOSITIONS:
            words = words[:i]
            break
    if not words:
        return None
    last = _singular(words[-1].lower())
    if len(words) > 1:
        pair = f"{words[-2].lower()} {last}"
        if pair in _MULTIWORD:
            return pair
    return last


_MULTIWORD = frozenset(n for table in (SUBJECT_CLASSES, ACTOR_CLASSES)
                       for nouns in table.values() for n in nouns if " " in n)


def proper_modifiers(text: str, at_sentence_start: bool) -> frozenset[str]:
    words = [w for w in _words(text) if w]
    for i, word in enumerate(words):
        if i and word.lower() in _PREPOSITIONS:
            words = words[:i]
            break
    mods = words[:-1]
    if at_sentence_start and mods:
        mods = mods[1:]
    return frozenset(w.casefold() for w in mods
                     if w[:1].isupper() and w.casefold() not in _NOT_PROPER)


def normalise(text: str | None) -> str | None:
    if not text:
        return None
    text = re.sub(r"\s+", " ", text).strip().casefold()
    text = re.sub(r"^(the|a|an) ", "", text)
    return text or None


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The country names (:func:`claimex.lexicon.country_names`) as :func:`normalise`
    writes them, to compare with a normalised place."""
    return frozenset(normalise(n) or n for n in lexicon.country_names())

