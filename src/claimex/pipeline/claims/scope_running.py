"""A running total of a war, for :func:`claimex.pipeline.claims.scope.claim_scope` (scope
``aggregate``): a figure whose clause says both that it is counted to date ("now", "so far",
"in total": ``resources/words/running_total_adverbs.txt``) and over which war ("in this war",
"in the conflict": ``resources/words/war_span_nouns.txt``).

"We have now lost 410 of our soldiers in this war" and "So far in the war 2,300 civilians
have died" count the whole war, not the day's event the page reports; "Four soldiers died
in the war on Tuesday" (no word of a total to date) and "80 have now died in the fighting"
(a clash, not a war) keep their scope.

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["We", "have", "now", "lost", "410", "in", "this", "war"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3, 3, 3, 7, 5],
...           deps=["nsubj", "aux", "advmod", "ROOT", "dobj", "prep", "det", "pobj"])
>>> counts_a_war_to_date(list(doc))
True
>>> counts_a_war_to_date([t for t in doc if t.lower_ != "now"])
False
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon

# one entry a line: a phrase of two words is one entry, not two words
_TO_DATE = frozenset(" ".join(entry) for entry in lexicon.entries("running_total_adverbs"))
_WAR_NOUNS = lexicon.words("war_span_nouns")
_WAR_DETERMINERS = frozenset({"this", "the", "that", "our", "their", "its"})


def _says_to_date(tokens: list[Token]) -> bool:
    """Whether the clause holds a word or a two-word phrase of a total to date."""
    by_index = {t.i: t.lower_ for t in tokens}
    for i, word in by_index.items():
        if word in _TO_DATE or f"{word} {by_index.get(i + 1, '')}" in _TO_DATE:
            return True
    return False


def _names_the_war(token: Token) -> bool:
    """A war's noun as the object of "in", with a determiner or an owner: "in this war",
    "in the conflict", "in Israel's war" (the owner a possessive)."""
    if token.lower_ not in _WAR_NOUNS or token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    return any(c.lower_ in _WAR_DETERMINERS or c.dep_ == "poss" for c in token.children)


def counts_a_war_to_date(tokens: list[Token]) -> bool:
    """Whether a figure's clause (``tokens``) counts a war to date: a word of a total to
    date and the war it is counted over (see the module docstring)."""
    return _says_to_date(tokens) and any(_names_the_war(t) for t in tokens)
