"""Ages set off by commas after a group of people (session 11).

Local news gives the ages of the people it counts right after them: "Two teens, 16 and
17, were shot", "his sons, 12 and 9,". Those numbers are ages, never more people: the
group is two, not 2 + 16 + 17. Reads the words, not the parse (it holds with
``rules.cfg`` too).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex.pipeline.claims.figure import STOP, Figure, LinkResult
from claimex.rules.casualties import is_person_noun

_OLDEST = 120
# what joins the ages of one list: "16 and 17", "19, 22 and 25"
_LIST_JOINS = frozenset({",", "and", "&"})


def _is_age_number(word: Token) -> bool:
    return word.is_digit and len(word.text) <= 3 and int(word.text) <= _OLDEST


def not_ages_of_a_group(fig: Figure) -> LinkResult:
    """Guard: numbers listed between commas right after a plural person noun are the
    people's ages, never a count of people: "Two teens, 16 and 17, were shot" (16 and 17
    are ages), "shot his sons, 12 and 9, before" (STOP: no rule links them). Only a list of
    ages alone (digits up to 120 joined by "," or "and"), closed by a comma."""
    doc, start, end = fig.doc, fig.span.start, fig.span.end
    if not all(_is_age_number(word) for word in fig.span):
        return None
    i = start - 1
    while i >= 0 and (doc[i].lower_ in _LIST_JOINS or _is_age_number(doc[i])):
        i -= 1
    j = end
    while j < len(doc) and (doc[j].lower_ in _LIST_JOINS or _is_age_number(doc[j])):
        j += 1
    listed = doc[i + 1:j]
    if i < 0 or listed[0].text != "," or listed[-1].text != "," or len(listed) < 3:
        return None
    noun = doc[i]
    if noun.tag_ in ("NNS", "NNPS") and (is_person_noun(noun.lemma_) or
                                         is_person_noun(noun.lower_)):
        return STOP
    return None
