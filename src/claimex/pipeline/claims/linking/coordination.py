"""Casualty frames of coordinated phrases that the parse hangs on the wrong word.

Wire copy lists its victims and its losses in long coordinations ("killing a child,
three women and a man", "caused no damage or casualties"); the parser often attaches the
later conjuncts to the verb instead of to the first noun, or gives a negative determiner to
the first noun only. In the telegraphic register of incident notes a second cue verb
follows the first one's object ("A car bomb claims 12 lives and wounds 35 in a market
town"): the parser reads "lives and wounds" as two coordinated plural nouns, and the figure
after "wounds" as counting "lives"; the verb keeps its own category here. Each frame is a
linking rule as in
:mod:`claimex.pipeline.claims.linking.parsed`: a ``Figure`` in, a ``Link`` named after the
frame out.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex.pipeline.claims.figure import Figure, Link, LinkResult

# determiners that deny every conjunct of their phrase: "no damage or casualties"
_NEGATIVE_DETERMINERS = frozenset({"no"})
_COORDINATORS = frozenset({"and", ",", "while"})
_VERB_OR_PLURAL_TAGS = frozenset({"VBZ", "NNS"})


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


# verbs that leave their object in a state: "left two guards and a woman wounded"
_RESULTATIVE_LEMMAS = frozenset({"leave", "render"})


def shared_result_objects(noun: Token, result: Token) -> list[Token]:
    """The coordinated objects of a resultative verb that share one result participle
    the parse hangs on the last of them (session 12, issue 14): for "left two guards and a
    woman wounded", the guards and the woman (in text order); none where ``result``
    is no such participle of ``noun``, or where an earlier object has a result of its own
    ("left a deputy injured and a suspect dead")."""
    if result.dep_ not in ("acl", "amod") or result.head.i != noun.i or result.i < noun.i:
        return []
    first = noun
    while first.dep_ == "conj":
        first = first.head
    if first.i == noun.i or first.dep_ != "dobj" or \
            first.head.lemma_ not in _RESULTATIVE_LEMMAS:
        return []
    objects = sorted((first, *first.conjuncts), key=lambda token: token.i)
    if objects[-1].i != noun.i or any(
            c.dep_ in ("acl", "amod", "relcl") and c.i > o.i
            for o in objects[:-1] for c in o.children):
        return []
    return objects


def cue_resultative_last_conjunct(fig: Figure) -> LinkResult:
    """A result participle that the parse hangs on the last of a resultative verb's
    coordinated objects holds for the earlier ones too (session 12, issue 14): "a fight at
    the bar left two bouncers and a man hurt" (two bouncers hurt, as is the man;
    :func:`shared_result_objects`)."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ != "dobj" or governor is None or \
            governor.lemma_ not in _RESULTATIVE_LEMMAS:
        return None
    later = [c for c in climb.conjuncts if c.i > climb.i]
    if not later:
        return None
    last = max(later, key=lambda token: token.i)
    for child in last.children:
        found = fig.cue(child)
        if found and found[0] != "displaced" and climb in shared_result_objects(last, child):
            return fig.link(child, found, "cue_resultative_last_conjunct")
    return None
