"""A war's running total whose war is named in the source's aside, for
:func:`claimex.pipeline.claims.scope_totals.hidden_total` (scope ``aggregate``).

A figure in the perfect ("have died", "have been killed") is a total to date when the
reporting clause set beside it ("the ministry says", "aid groups say") lays it in a war,
an insurgency or any other event that lasts a period ("in the country's long civil war",
``resources/words/protracted_events``): the parse hangs the "in" phrase on the reporting
verb, so the figure's own clause never shows it (:func:`war_in_the_source_aside`):

* "More than 4,000 fighters have died so far, the health office says, in the long civil
  war" (the figure's verb a complement of "says");
* "Some 600 villagers have been killed, aid groups say, in the decade-old insurgency"
  (the reporting verb a parataxis on the figure's verb).

Not "Twelve people have died in the blast, police say, in the worst attack of the war":
there the "in" phrase hangs on "died" and names an attack (the war is only its "of"), and
not a figure in the simple past ("died, the ministry said, in the war" tells one event's
dead as often as a total).

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["600", "have", "died", ",", "groups", "say", ",", "in", "the", "war"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, lemmas=words,
...           heads=[2, 2, 5, 5, 5, 5, 5, 5, 9, 7],
...           deps=["nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT", "punct", "prep",
...                 "det", "pobj"])
>>> war_in_the_source_aside(doc[2])
True
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon
from claimex.pipeline.claims.scope_totals import is_perfect, is_protracted

REPORTING_VERBS = lexicon.lemmas("reporting_verbs")
# The prepositions that lay a total in a war: "in the civil war", "during the insurgency".
_WAR_PREPOSITIONS = frozenset({"in", "during", "throughout"})


def _source_aside(verb: Token) -> Token | None:
    """The reporting verb set beside a figure's verb: the "says" whose complement it is,
    after it ("600 have died, groups say"), or a "say" the parse hangs on it as a
    parataxis."""
    if verb.dep_ == "ccomp" and verb.head.i > verb.i and \
            verb.head.lemma_.lower() in REPORTING_VERBS:
        return verb.head
    return next((c for c in verb.children if c.dep_ == "parataxis" and c.i > verb.i and
                 c.lemma_.lower() in REPORTING_VERBS), None)


def war_in_the_source_aside(verb: Token) -> bool:
    """Whether a figure's verb in the perfect has a reporting verb beside it whose own "in",
    "during" or "throughout" phrase, after it, names a war or any event that lasts a
    period (see the module docstring)."""
    if not is_perfect(verb):
        return False
    aside = _source_aside(verb)
    if aside is None:
        return False
    return any(prep.dep_ == "prep" and prep.i > aside.i and prep.lower_ in _WAR_PREPOSITIONS
               and any(o.dep_ == "pobj" and is_protracted(o) for o in prep.children)
               for prep in aside.children)
