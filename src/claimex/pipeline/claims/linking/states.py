"""States a victim is left in, told by a phrase on the victim's own noun.

The parse hangs a state phrase after the second object of a result verb on that object,
not on the verb: in "left one student dead and two other students in hospital" the
"in hospital" is a modifier of "students". :func:`cue_left_in_state` reads it there.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon
from claimex.pipeline.claims.figure import Figure, Link, LinkResult
from claimex.pipeline.claims.resultatives import result_clause_bearer
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


def cue_result_clause(fig: Figure) -> LinkResult:
    """A later result of a result verb that the parse made a clause of the verb, the
    counted people its subject: "The fire left one tenant dead and two neighbours badly
    burned" (the two neighbours, injured; :func:`result_clause_bearer`)."""
    noun = fig.counted
    if noun is None or noun.dep_ != "nsubj":
        return None
    result = noun.head
    found = fig.cue(result)
    bearer = result_clause_bearer(result)
    if not found or found[0] == "displaced" or bearer is None or bearer.i != noun.i:
        return None
    return fig.link(result, found, "cue_result_clause")
