"""Casualty frames of coordinated phrases that the parse hangs on the wrong word.

Wire copy lists its victims and its losses in long coordinations ("killing a child,
three women and a man", "caused no damage or casualties"); the parser often attaches the
later conjuncts to the verb instead of to the first noun, or gives a negative determiner to
the first noun only. In the telegraphic register of incident notes a second cue verb
follows the first one's object ("A car bomb claims 12 lives and wounds 35 in a market
town"): the parser reads "lives and wounds" as two coordinated plural nouns, and the figure
after "wounds" as counting "lives"; the verb keeps its own category here. A second object
after "and" may hang on the verb itself ("killing himself and 31 others outside the
hall": "others" a conjunct of "killing"); it is the verb's object too. Each frame is a
linking rule as in
:mod:`claimex.pipeline.claims.linking.parsed`: a ``Figure`` in, a ``Link`` named after the
frame out.
"""

from __future__ import annotations

from claimex.pipeline.claims.figure import Figure, Link, LinkResult

# determiners that deny every conjunct of their phrase: "no damage or casualties"
_NEGATIVE_DETERMINERS = frozenset({"no"})
_COORDINATORS = frozenset({"and", ",", "while"})
_VERB_OR_PLURAL_TAGS = frozenset({"VBZ", "NNS"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def cue_shared_negative(fig: Figure) -> LinkResult:
    """A negative determiner on the first noun of a coordination denies the casualty noun
    coordinated with it: "it caused no damage or casualties", "no damage nor injuries"
    (a count of zero of the casualty noun)."""
    figure, noun = fig.span.root, fig.counted
    if noun is None or figure.lower_ not in _NEGATIVE_DETERMINERS or fig.in_figure(noun):
        return None
    for conj in noun.conjuncts:
        if conj.i <= noun.i or conj.pos_ != "NOUN" or any(
                c.dep_ in ("det", "nummod") for c in conj.children):
            continue
        found = fig.cues.get(conj.i)
        if found and found[1] == "noun":
            return Link(conj, found[0], found[1], "cue_shared_negative")
    return None


def cue_verb_before_figure(fig: Figure) -> LinkResult:
    """A present-tense cue verb right before its figure, coordinated with a clause before
    it, keeps its own category even when the parser reads it as a plural noun: "and wounds
    35" in "claims 12 lives and wounds 35" (35 injured, not killed)."""
    start = fig.words.start
    if start < 2:
        return None
    verb, coordinator = fig.doc[start - 1], fig.doc[start - 2]
    if coordinator.lower_ not in _COORDINATORS or verb.tag_ not in _VERB_OR_PLURAL_TAGS:
        return None
    found = fig.cue(verb)
    if found and found[1] == "verb" and not fig.in_figure(verb):
        return fig.link(verb, found, "cue_verb_before_figure")
    return None


def cue_verb_conjoined_object(fig: Figure) -> LinkResult:
    """A counted noun the parse makes a conjunct of a cue verb, after the verb's own
    object and an "and", is the verb's second object: "killing himself and 31 others
    outside the hall" (31 killed; the parse hangs "others" on "killing")."""
    noun = fig.counted
    if noun is None or noun.dep_ != "conj" or noun.pos_ not in _NOMINAL_POS:
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or not any(
            c.dep_ == "dobj" and c.i < noun.i for c in verb.children) or not any(
            c.dep_ == "cc" and c.lower_ == "and" and c.i < noun.i for c in verb.children):
        return None
    found = fig.cue(verb)
    if found and found[1] == "verb" and not fig.in_figure(verb):
        return fig.link(verb, found, "cue_verb_conjoined_object")
    return None
