"""A toll raised or brought to a figure where the parse does not hang "to N" on the verb
(:func:`cue_raised_toll`): the toll's own phrase stands between ("raising the death toll
from a week of clashes to 40", "bringing the toll since the start of the war to more
than 2,000": the "to" lands on the phrase's last noun), or the figure comes before the
toll ("raising to 61 the number of people killed since June"). Plain "bringing the toll
to nine" is :func:`claimex.pipeline.claims.linking.tolls.cue_toll`'s. Where a date stands
before "to" ("bringing the number of people killed in the valley this year to 52", "the
number of guards killed since April to 230") the parse hangs "to" on the participle of the
total's phrase, and the walk up that phrase reaches the raised total (tokens compared by
equality: spaCy makes a new ``Token`` object on every access, so ``is`` never matched).

The figure is the running toll after the rise; its scope (the day's own count or a total
over a period) is the scope rules' (:mod:`claimex.pipeline.claims.scope_running_tolls`,
"since" and period phrases), not this frame's.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon
from claimex.pipeline.claims.cue_words import total_cue
from claimex.pipeline.claims.figure import Figure, Link, LinkResult
from claimex.rules.casualties import TOTAL_NOUNS

TOLL_RAISING_VERBS = lexicon.words("toll_raising_verbs")
_OBJECT_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})
# The links of a toll's own phrase a "to" may sit under: "from a week of clashes",
# "the total killed in the city since March"
_PHRASE_DEPS = frozenset({"pobj", "prep", "acl"})
# How far a "to" may sit below the toll inside the toll's own phrase
_MAX_STEPS = 6


def _toll_link(noun: Token, fig: Figure) -> Link | None:
    """The cue a toll noun carries: itself ("the death toll") or, for a total, its "of"
    phrase ("the number of people killed")."""
    found = fig.cues.get(noun.i)
    if found and found[1] == "noun":
        return Link(noun, found[0], "noun", "cue_raised_toll")
    if noun.lemma_ not in TOTAL_NOUNS:
        return None
    found = total_cue(noun, fig.cues, "cue_raised_toll")
    if found is None:  # "the total killed since March"
        found = next((Link(c, fig.cues[c.i][0], fig.cues[c.i][1], "cue_raised_toll")
                      for c in noun.children if c.dep_ == "acl" and c.i in fig.cues
                      and fig.cues[c.i][1] != "place"), None)
    return found


def _raised_object(verb: Token) -> Token | None:
    """The object of a raising verb ("raising the toll"), if the verb is one."""
    if verb.lemma_ not in TOLL_RAISING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def cue_raised_toll(fig: Figure) -> LinkResult:
    """A figure a toll is raised or brought to across the toll's own phrase ("raising
    the death toll from a week of clashes to 40"), or before the toll ("raising to 61 the
    number of people killed since June"; see the module docstring).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from claimex.pipeline.claims.figure import Figure
    >>> words = ["raising", "the", "toll", "from", "the", "riots", "to", "12"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 0, 5, 3, 5, 6],
    ...           deps=["ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj"],
    ...           lemmas=["raise", "the", "toll", "from", "the", "riot", "to", "12"])
    >>> _raised_object(doc[0]).text
    'toll'
    """
    root = fig.span.root
    if root.dep_ != "pobj" or root.head.lower_ != "to" or root.head.dep_ != "prep":
        return None
    to = root.head
    node, steps = to.head, 0
    if node.dep_ == "dobj" and _raised_object(node.head) == node:
        return _toll_link(node, fig)  # "raising the toll to 12", "to" hung on "toll"
    while steps < _MAX_STEPS and node.dep_ in _PHRASE_DEPS and node.head.i != node.i:
        node, steps = node.head, steps + 1
        # the phrase hangs on the toll ("the toll of X") or on the verb ("raising ... from X")
        toll = node if node.dep_ == "dobj" and _raised_object(node.head) == node else \
            _raised_object(node)
        if toll is not None and toll.i < to.i:
            return _toll_link(toll, fig)  # "raising the toll from X to N"
    if to.head.lemma_ in TOLL_RAISING_VERBS:  # "raising to 61 the number of ..."
        for noun in (*to.children, *to.head.children):
            if noun.i > root.i and noun.dep_ in _OBJECT_DEPS:
                found = _toll_link(noun, fig)
                if found is not None:
                    return found
    return None
