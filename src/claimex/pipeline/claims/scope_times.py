"""A figure's clause hung on a time word (a scope frame of
:mod:`claimex.pipeline.claims.scope`): a relative clause whose antecedent is a time names
the event of that time, not the one the text reports.

* ``background``: a relative clause on an earlier date: "the toll documented in August,
  where 370 deaths were recorded" (the August of a text that tells its own event by the
  day);
* ``aggregate``: a relative "since when" (a period from a date on): "resumed its campaign
  in July last year, since when more than 500 members have been martyred and around 4,900
  militants killed".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# Relative words that open a clause on a time: "since when", "since which".
_RELATIVE_TIME_WORDS = frozenset({"when", "which"})


def _shared_verb(verb: Token) -> Token:
    """The first of conjoined verbs, whose relative word the others share: "since when 500
    have been martyred and 4,900 [have been] killed"."""
    steps = 0
    while verb.dep_ == "conj" and verb.head is not verb and steps < 3:
        verb = verb.head
        steps += 1
    return verb


def scope_of_a_clause_on_a_time(verb: Token, earlier_event: Callable[[Token], bool]
                                ) -> str | None:
    """``background`` for a figure's clause that is a relative clause on an earlier date
    (``earlier_event``: :func:`claimex.pipeline.claims.scope._earlier_event`), ``aggregate``
    for one opened by "since when", None otherwise.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["since", "when", "500", "died"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 3, 3, 0],
    ...           deps=["ROOT", "advmod", "nsubj", "pcomp"])
    >>> scope_of_a_clause_on_a_time(doc[3], lambda token: False)
    'aggregate'
    """
    first = _shared_verb(verb)
    if first.dep_ == "relcl" and earlier_event(first.head):
        return "background"
    # the "since" the clause completes, or whose object the participle describes ("since
    # when ... around 4,900 militants killed")
    since = first.head if first.dep_ == "pcomp" else first.head.head \
        if first.dep_ == "acl" and first.head.dep_ == "pobj" else None
    if since is not None and since.lower_ == "since" and since.i + 1 < len(since.doc) and \
            since.doc[since.i + 1].lower_ in _RELATIVE_TIME_WORDS:
        return "aggregate"
    return None
