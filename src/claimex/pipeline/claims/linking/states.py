"""States a victim is left in, told by a phrase on the victim's own noun.

The parse hangs a state phrase after the second object of a result verb on that object,
not on the verb: in "left one student dead and two other students in hospital" the
"in hospital" is a modifier of "students". :func:`cue_left_in_state` reads it there.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon
from claimex.pipeline.claims.figure import Figure, Link, LinkResult
from claimex.rules.casualties import RESULTATIVE_VERBS

HURT_CONDITIONS = lexicon.words("hurt_conditions")


def _state(noun: Token) -> Token | None:
    """The word of a hurt state phrase on ``noun`` ("in the hospital": hospital; "in
    critical condition": condition), or None."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lemma_.lower() == "hospital" or (obj.lemma_.lower() == "condition" and any(
                    c.lower_ in HURT_CONDITIONS for c in obj.children)):
                return obj
    return None


def cue_left_in_state(fig: Figure) -> LinkResult:
    """A later object of a result verb, conjoined, with a hurt state of its own: "The
    shooting left a man dead and two women in critical condition" (the two women,
    injured), "left one tenant dead and two other tenants in the hospital"."""
    noun = fig.counted
    if noun is None or noun.dep_ != "conj":
        return None
    head = noun.head
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    verb = head.head if head.dep_ == "dobj" else head
    if verb.lemma_ not in RESULTATIVE_VERBS or verb.pos_ != "VERB":
        return None
    state = _state(noun)
    if state is None:
        return None
    return Link(state, "injured", "intransitive", "cue_left_in_state")
