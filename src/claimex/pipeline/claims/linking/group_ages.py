"""Ages set off by commas after a group of people (session 11; forms of session 18).

Local news gives the ages of the people it counts right after them: "Two teens, 16 and
17, were shot", "his sons, 12 and 9,", "two guards, ages 44 and 51,", "Two cousins, both
19,", "Two nurses, 58 and 41 years old,". Those numbers are ages, never more people: the
group is two, not 2 + 16 + 17. Reads the words, not the parse (it holds with
``rules.cfg`` too); the words that may open or close the list of ages are in
``resources/words/group_age_words.txt``.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from claimex import lexicon
from claimex.pipeline.claims.figure import STOP, Figure, LinkResult
from claimex.rules.casualties import is_person_noun

_OLDEST = 120
# what joins the ages of one list: "16 and 17", "19, 22 and 25"
_LIST_JOINS = frozenset({",", "and", "&"})


def _is_age_number(word: Token) -> bool:
    return word.is_digit and len(word.text) <= 3 and int(word.text) <= _OLDEST


@functools.cache
def _age_words(kind: str) -> frozenset[str]:
    """The words of ``group_age_words.txt`` of one kind: "open" ("ages", "both") or
    "close" ("years old"), one phrase a line after its kind."""
    return frozenset(" ".join(entry[1:]) for entry in lexicon.entries("group_age_words")
                     if entry and entry[0] == kind)


def _closed_at(doc, j: int, end: int) -> bool:
    """Whether a list of ages that runs up to ``j`` (exclusive) is closed by a comma: its own
    last word, or a comma after a closing phrase at ``j`` ("58 and 41 years old,")."""
    if j - 1 >= end and doc[j - 1].text == ",":
        return True
    for phrase in _age_words("close"):
        words = phrase.split()
        after = j + len(words)
        if after < len(doc) and [w.lower_ for w in doc[j:after]] == words and \
                doc[after].text == ",":
            return True
    return False


def not_ages_of_a_group(fig: Figure) -> LinkResult:
    """Guard: numbers listed between commas right after a plural person noun are the
    people's ages, never a count of people: "Two teens, 16 and 17, were shot" (16 and 17
    are ages), "shot his sons, 12 and 9, before" (STOP: no rule links them), also after
    an opening word ("two guards, ages 44 and 51,", "Two cousins, both 19,") or before a
    closing one ("Two nurses, 58 and 41 years old,"). Only a list of ages alone (digits up
    to 120 joined by "," or "and"), closed by a comma."""
    doc, start, end = fig.doc, fig.span.start, fig.span.end
    if not all(_is_age_number(word) for word in fig.span):
        return None
    i = start - 1
    while i >= 0 and (doc[i].lower_ in _LIST_JOINS or _is_age_number(doc[i])):
        i -= 1
    if i >= 2 and doc[i].lower_ in _age_words("open") and doc[i - 1].text == ",":
        noun_index = i - 2  # ", ages 44 and 51", ", both 19"
    elif i >= 0 and i + 1 < start and doc[i + 1].text == ",":
        noun_index = i
    else:
        return None
    j = end
    while j < len(doc) and (doc[j].lower_ in _LIST_JOINS or _is_age_number(doc[j])):
        j += 1
    if not _closed_at(doc, j, end):
        return None
    noun = doc[noun_index]
    if noun.tag_ in ("NNS", "NNPS") and (is_person_noun(noun.lemma_) or
                                         is_person_noun(noun.lower_)):
        return STOP
    return None
