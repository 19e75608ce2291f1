"""State adjectives said of a subject through "be": who "dead" is about (session 14).

"A cyclist is dead after the collision" tells one dead person with no figure: the cue
adjective "dead" completes the linking verb, and the verb's subject bears it, where it
introduces someone ("a", "an", "another"; a definite subject retells a victim). A figure
("Two cyclists are dead") is the figure rules' (``cue_predicate``); this frame gives the
implicit counts (:mod:`implicit`) the subject of a cue adjective so that "a cyclist",
or "another rider" count one as "was found dead" does. A state that is not
told as fact ("could be dead", "is not dead") bears no one.

Session 15: such a claim is the lead's summary of a state, and the body tells its victims
again ("The victim was pronounced dead", "the second man"); the claim is marked
``told_as_state`` so that it is no antecedent of those retellings (``victims``), and it
enters the tolls only where no other claim of its category and scope tells that death
(:func:`claimex.rules.told_states.rows_for_tolls`): otherwise the body's claims settle who
died and make the tolls, as they did before the frame.
"""

from __future__ import annotations

from spacy.tokens import Token

# the linking verb that says a state of its subject outright
_STATE_VERBS = ("be",)
# the determiners of a subject told for the first time
_INTRODUCING = ("a", "an", "another")


def copular_state_subjects(cue: Token) -> list[Token]:
    """The subjects of the linking verb a cue adjective completes: "A cyclist is dead after
    the collision" (the cyclist), "a rider is dead and another hurt" (the rider); none for
    "He could be dead", "The driver is not dead" or a cue that completes no "be".

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> copular_state_subjects(nlp("dead")[0])
    []
    """
    verb = cue.head
    if cue.dep_ != "acomp" or cue.pos_ != "ADJ" or verb.lemma_ not in _STATE_VERBS:
        return []
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and _introduced(c)]


def _introduced(noun: Token) -> bool:
    """Whether a subject introduces someone ("A cyclist", "another rider"), not takes up a
    person told before ("The second victim ... was dead at the scene" retells a victim
    whose harm the text told, and says nothing new of the toll)."""
    return any(c.dep_ == "det" and c.lower_ in _INTRODUCING for c in noun.children)
