"""A person's age in brackets right after the person: "a woman (45)", "the pilot (52)",
"Tom Ferris (30)", "his nephew Cian (9)". Such a number is an age in years, never a count
of people: "his uncle Pat Doran (61) and two neighbours lay dead" counts two, not 61.

>>> def age(text):
...     start = text.index("(") + 1
...     end = text.index(")")
...     atom = _Atom(start, end, float(text[start:end]), "run", plain=True, raw=text[start:end])
...     return bracketed_age(text, atom)
>>> age("a woman (45) was hurt"), age("Tom Ferris (30) died"), age("nephew Cian (9) and")
(True, True, True)
>>> age("Kenya (8), Peru (3)"), age("South Africa (3) and"), age("Civilian Deaths (30)")
(False, False, False)
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.numbers.runs import _Atom
from claimex.rules.numbers.words import _FUNCTION_WORDS

# Oldest age a bracket after a person is read as.
_OLDEST_AGE = 110

# The person right before the bracket: a run of Title Case words (a name: "Tom Ferris",
# "Aoife O'Neill") or one lower-case word (a person noun: "a woman"), then " (".
_BEFORE_BRACKET_RE = re.compile(
    r"(?<![A-Za-z'’\-])(?:(?P<name>(?:[A-Z][A-Za-z'’\-]*[a-z][ \t]+){0,3}"
    r"[A-Z][A-Za-z'’\-]*[a-z])|(?P<noun>[a-z]+))[ \t]+\($")

_WORD_BEFORE_RE = re.compile(r"(?-i:([a-z]+))[ \t]+$")

# Singular nouns for a person ("a woman", "his brother", "the pilot"): the shared lists of
# people a casualty figure counts (resources/words/person_nouns.txt) and of people whose
# age is given in commas (resources/words/age_apposition_nouns.txt).
_PERSON_SINGULARS = lexicon.words("person_nouns") | lexicon.words("age_apposition_nouns")

# Titles before a name ("Mr Kelly (30)", "Sgt Byrne (24)": resources/words/title_words.txt).
_TITLES = lexicon.words("title_words")

# Last words of a Title Case run that make the bracket a count: a heading ("Civilian
# Deaths (30)", resources/words/bracket_count_heads.txt) or people counted ("Two Soldiers
# (2)", every form of resources/words/person_nouns.txt).
_COUNT_HEADS = lexicon.words("bracket_count_heads") | lexicon.nouns("person_nouns")


def bracketed_age(text: str, atom: _Atom) -> bool:
    """Whether a bare whole number (1 to 110) alone in brackets is the age of the person
    right before it: a singular person noun ("a woman (45)"), a name of two or more Title
    Case words that is no country ("Tom Ferris (30)"), or one Title Case word after a
    person noun or a title ("his nephew Cian (9)", "Mr Kelly (30)"). A lone Title Case
    word ("Kenya (8)") and a plural ("Civilian Deaths (30)") are left as figures."""
    if not (atom.plain and atom.raw.isdigit() and 1 <= atom.low <= _OLDEST_AGE):
        return False
    if atom.start < 2 or text[atom.start - 1] != "(" or text[atom.end:atom.end + 1] != ")":
        return False
    before = _BEFORE_BRACKET_RE.search(text, max(0, atom.start - 80), atom.start)
    if before is None:
        return False
    if before.group("noun"):
        return before.group("noun") in _PERSON_SINGULARS
    words = before.group("name").split()
    while words and words[0].lower() in _FUNCTION_WORDS:
        words.pop(0)  # "In Kenya (8)", "And Tom Ferris (30)"
    if not words or words[-1].lower() in _COUNT_HEADS or any(
            " ".join(words[i:]).casefold() in lexicon.country_names() for i in range(len(words))):
        return False  # "Civilian Deaths (30)", "Two Soldiers (2)", "South Africa (3)"
    if len(words) >= 2:
        return True  # "Tom Ferris (30)", "Gareth Evans (45)"
    word_before = _WORD_BEFORE_RE.search(text, max(0, before.start() - 30), before.start())
    return word_before is not None and (word_before.group(1) in _PERSON_SINGULARS
                                        or word_before.group(1) in _TITLES)

