"""A running total over operations the text has told: a figure in the perfect over plural
operations pointed back to ("these raids", "those strikes") with no day of its own, for
:func:`claimex.pipeline.claims.scope.claim_scope` (scope ``aggregate``): "more than 900
people have been detained during these raids" sums up the raids told before it, not the
day's; "Eleven guards have been killed in fresh clashes" and "Four police officers were
killed in these clashes on Tuesday" stay ``reported`` (no pointing back, a day named).

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["900", "have", "been", "detained", "during", "these", "raids"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3, 3, 6, 4],
...           deps=["nsubjpass", "aux", "auxpass", "ROOT", "prep", "det", "pobj"],
...           tags=["CD", "VBP", "VBN", "VBN", "IN", "DT", "NNS"],
...           lemmas=["900", "have", "be", "detain", "during", "these", "raid"])
>>> total_over_raids(doc[3], list(doc))
True
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimex import lexicon
from claimex.pipeline.claims.scope_totals import is_perfect

# Operations a running total sums up (resources/words/summed_operations.txt).
SUMMED_OPERATIONS = lexicon.words("summed_operations")
_DAY_WORDS = frozenset(entry[0] for entry in lexicon.entries("weekdays")) | {
    "today", "yesterday", "tonight", "overnight"}
_POINTING_BACK = frozenset({"these", "those", "such"})
_DAY_NUMBER = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$")


def _names_a_day(tokens: list[Token]) -> bool:
    """Whether a clause names its day: a weekday, "yesterday", a month's day."""
    return any(t.lower_ in _DAY_WORDS or (_DAY_NUMBER.match(t.text) is not None and
                                          t.ent_type_ == "DATE") for t in tokens)


def total_over_raids(verb: Token, tokens: list[Token]) -> bool:
    """Whether a figure's clause (``tokens``, its verb ``verb``) sums up operations so far:
    the perfect ("have been detained") and a plural operation noun after a preposition
    that points back ("during these raids"), with no day named in the clause."""
    if not is_perfect(verb) or _names_a_day(tokens):
        return False
    return any(t.tag_ == "NNS" and t.lemma_.lower() in SUMMED_OPERATIONS and
               t.dep_ == "pobj" and any(c.dep_ == "det" and c.lower_ in _POINTING_BACK
                                        for c in t.children) for t in tokens)
