"""An event named by comparison (frame: "a similar attack"), for
:func:`claimex.pipeline.claims.scope.claim_scope` (session 13, issue 14): a chronology's entry
sets its own attack beside an earlier one of the same kind ("A bomb killed three people at
a market. A similar attack in March also killed nine"). The compared event is another
one: its figures are ``background``, no part of the entry's toll, however close the text
puts them ("also").

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["A", "similar", "attack", "also", "killed", "nine"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 4, 4, 4, 4],
...           deps=["det", "amod", "nsubj", "advmod", "ROOT", "dobj"])
>>> similar_operation(doc[2], frozenset({"attack"})), similar_operation(doc[5], frozenset())
(True, False)
"""

from __future__ import annotations

from spacy.tokens import Token

# The adjectives that set an operation beside the one the text reports.
_COMPARING = frozenset({"similar"})


def similar_operation(token: Token, operations: frozenset[str]) -> bool:
    """Whether ``token`` is an operation noun (its lemma in ``operations``: "attack",
    "bombing", "raid") that an adjective of comparison modifies, as the subject of its
    clause: "A similar attack ... also killed nine"; not the entry's own event told as
    like the one before it ("Three soldiers were killed in a similar attack")."""
    word = (token.lemma_ or token.text).lower()
    return word in operations and token.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "amod" and c.lower_ in _COMPARING for c in token.children)
