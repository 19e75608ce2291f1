"""A figure counted between two dates (frame: "between <month> and <month>"),
over weeks or months, for :func:`claimex.pipeline.claims.scope_totals.hidden_total` (scope
``aggregate``): "the fever killed 52 people between April and June";
"between May 3 and May 9, 40 cases were logged, while 12 patients died" (the "while"
clause shares the range of the clause it hangs on). A range of hours ("between 2 a.m. and
5 a.m.") or of places ("between the two towns") is not a period: it names no month or
year (``resources/words/months.txt``).

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Floods", "killed", "52", "between", "April", "and", "June"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3, 4, 4],
...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj"])
>>> between_dates(doc[1], list(doc))
True
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimex import lexicon

MONTHS = lexicon.words("months")
YEARS = re.compile(r"^(19|20)\d\d$")  # a year written out: "2023"

# Clauses that share the time phrase of the clause they hang on ("..., while 12 died").
_SHARING_DEPS = frozenset({"advcl", "conj"})


def is_date_word(token: Token) -> bool:
    """Whether a word is a month's name or a year: "March", "Aug", "2023"."""
    return token.lower_.rstrip(".") in MONTHS or bool(YEARS.match(token.text))


def _ranges_dates(preposition: Token) -> bool:
    """Whether a "between" phrase names two months or years: "between October and December
    2023", "between July 4 and July 18"; not "between 2 a.m. and 5 a.m."."""
    return preposition.lower_ == "between" and \
        sum(1 for t in preposition.subtree if is_date_word(t)) >= 2


def between_dates(verb: Token, tokens: list[Token]) -> bool:
    """Whether a figure's clause (its tokens, wherever the parse hangs the phrase: "killed
    52 people between April and June" hangs it on "people"), or the clause an
    adverbial or conjoined clause of it hangs on, holds a "between" phrase that ranges over
    dates (see the module docstring)."""
    if any(_ranges_dates(t) for t in tokens):
        return True
    return verb.dep_ in _SHARING_DEPS and verb.head.i != verb.i and \
        any(c.dep_ == "prep" and _ranges_dates(c) for c in verb.head.children)
