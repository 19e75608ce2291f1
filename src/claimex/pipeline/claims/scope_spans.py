"""An earlier event set apart by a span of days or more (frame: "N days after"), for
:func:`claimex.pipeline.claims.scope.claim_scope`: a clause opened by "after" that a span
of days, weeks, months or years measures tells an event earlier than the one the sentence
reports ("The barge went down on Monday, a mere four weeks after a like sinking drowned
some 300 traders"; "The raid followed by two days a siege in which a gunman held a bus of
pilgrims"). Its figures are ``background``. A span of hours ("came hours after raiders
overran a depot, killing three") is the same day's news and stays ``reported``
(``resources/words/earlier_span_units.txt`` holds the units).

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["It", "came", "two", "days", "after", "gunmen", "killed", "five"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 6, 6, 6, 1, 6],
...           deps=["nsubj", "ROOT", "nummod", "npadvmod", "mark", "nsubj", "advcl", "dobj"])
>>> after_a_span(doc[6])
True
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon

SPAN_UNITS = lexicon.words("earlier_span_units")
# The conjunctions that open the earlier event's clause.
_AFTER = frozenset({"after"})
# How many words before "after" may hold the span ("just a couple of days after").
_SPAN_WORDS = 5


def _measured(after: Token) -> bool:
    """Whether a span of days or more stands right before "after": "five weeks after",
    "a couple of days after", "under a month after"; not "hours after"."""
    doc = after.doc
    for token in reversed(doc[max(after.i - _SPAN_WORDS, after.sent.start):after.i]):
        if token.lower_ in SPAN_UNITS:
            return True
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return False
    return False


def after_a_span(verb: Token) -> bool:
    """Whether a figure's clause verb stands in (or below) a clause opened by "after" that
    a span of days or more measures (see the module docstring): the verb itself or a word
    above it ("after a raft overturned on a river that took four lives": the relative
    clause hangs on a noun of the "after" clause) carries that "after"."""
    return any(c.dep_ == "mark" and c.lower_ in _AFTER and _measured(c)
               for token in (verb, *verb.ancestors) for c in token.children)
