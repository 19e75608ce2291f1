"""People told missing by the verb they went missing with, or left missing by an event.

Session 21 (issue 14). "At least six people died and 24 others went missing": the figure
counts the subject of a verb of ``missing_state_verbs`` ("go") that the cue adjective
completes, as "24 others are missing" completes "be" (``cue_predicate``). "The cyclone
killed nine villagers and left numerous fishermen missing in the delta": the parse makes
"missing" an adverbial clause of the result verb, not the predicate of its object, so
``cue_resultative`` does not reach it.

Both frames give the category missing alone, and only to a figure that counts the verb's
own subject or object, tried after every other parsed frame: a relative clause on a noun
("the bodies of two of the five divers who went missing", "two hikers who went missing
were found dead") says who the counted people are, not what befell them, so the figure
keeps the category of its own clause; and a figure another frame reads keeps that frame's
category. No dead or wounded figure changes: "dead or missing" and "missing, presumed dead"
are the cue phrases' own (neither frame reads them).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon
from claimex.pipeline.claims.figure import Figure, Link, LinkResult
from claimex.pipeline.claims.grammar import is_negated
from claimex.rules.casualties import RESULTATIVE_VERBS

MISSING_STATE_VERBS = lexicon.words("missing_state_verbs")
# where the parse puts the state a verb leaves its subject or object in
_STATE_DEPS = ("acomp", "oprd", "xcomp", "advcl")


def _missing_state(fig: Figure, verb: Token, deps: tuple[str, ...], rule: str) -> Link | None:
    """The missing cue that completes ``verb`` after the counted phrase, or None."""
    climb = fig.climb
    if climb is None or verb.pos_ != "VERB" or is_negated(verb):
        return None
    for child in verb.children:
        found = fig.cue(child)
        if found and found[0] == "missing" and child.dep_ in deps and child.i > climb.i:
            return fig.link(child, found, rule)
    return None


def cue_gone_missing(fig: Figure) -> LinkResult:
    """The counted people are the subject of a verb that makes them missing: "12 miners have
    gone missing", "three were killed and five went missing"; not the antecedent of a
    relative clause ("searched for two divers who went missing")."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ != "nsubj" or governor.lemma_ not in MISSING_STATE_VERBS:
        return None
    return _missing_state(fig, governor, _STATE_DEPS, "cue_gone_missing")


def cue_left_missing(fig: Figure) -> LinkResult:
    """The counted people are the object of a result verb whose adverbial clause is the
    missing cue: "Storms left dozens of their crewmates missing off a remote island", "killed
    nine residents and left numerous others missing across the delta"."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ != "dobj" or governor.lemma_ not in RESULTATIVE_VERBS:
        return None
    return _missing_state(fig, governor, ("advcl",), "cue_left_missing")
