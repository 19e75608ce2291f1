"""Victims told in two coordinated clauses of one sentence, each with a subject of its own:
"Two hikers are fighting for their lives and a ranger is hurt", "A courier was badly
wounded, and two clerks suffered stab wounds". Each clause counts other people, so the second
figure adds to the first (``additive``: :func:`claimex.rules.casualties.running_tallies`),
whether the first clause's subject is the subject of a passive ("was wounded"), of an
intransitive cue ("are fighting for their lives") or of a verb that takes an injury noun
("suffered stab wounds"), and whether the second clause's cue is its verb or an injury noun
it takes.

Not an addition: the people both verbs share ("A man was shot and was taken to a
clinic": one subject), a second clause of another category ("Two men died and a boy
was hurt": those are told apart by category), a clause with no subject before it.

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> words = ["Two", "hikers", "are", "hurt", "and", "a", "ranger", "is", "hurt"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 3, 3, 3, 3, 6, 8, 8, 3],
...           deps=["nummod", "nsubj", "aux", "ROOT", "cc", "det", "nsubj", "aux", "conj"])
>>> cues = {3: ("injured", "verb"), 8: ("injured", "verb")}
>>> own_subject_of_a_coordinated_clause(doc[6], doc[8], cues)
True
>>> own_subject_of_a_coordinated_clause(doc[1], doc[3], cues)
False
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex.pipeline.claims.cues import Cues
from claimex.pipeline.claims.grammar import SUBJECT_DEPS

# what a verb takes its injury noun as ("suffered stab wounds"): the noun is the cue, the verb
# carries the clause
_INJURY_NOUN_DEPS = frozenset({"dobj"})


def _clause_verb(cue: Token) -> Token:
    """The verb of the clause a cue counts in: the cue itself, or the verb whose object an
    injury noun cue is ("suffered graze wounds")."""
    if cue.dep_ in _INJURY_NOUN_DEPS and cue.head.pos_ in ("VERB", "AUX"):
        return cue.head
    return cue


def _clause_category(verb: Token, cues: Cues) -> str | None:
    """The category of the cue a clause verb carries: its own, or its injury noun's."""
    if verb.i in cues:
        return cues[verb.i][0]
    for child in verb.children:
        if child.dep_ in _INJURY_NOUN_DEPS and child.i in cues:
            return cues[child.i][0]
    return None


def own_subject_of_a_coordinated_clause(counted: Token | None, cue: Token, cues: Cues
                                        ) -> bool:
    """Whether ``counted`` is the subject of a clause coordinated after a harm clause of the
    same category whose own subject comes before it: the two clauses tell other people
    (see the module docstring)."""
    if counted is None or cue.i not in cues:
        return False
    verb = _clause_verb(cue)
    if verb.dep_ != "conj" or counted.dep_ not in SUBJECT_DEPS or counted.head.i != verb.i:
        return False
    first = verb.head
    if _clause_category(first, cues) != cues[cue.i][0]:
        return False
    return any(child.dep_ in SUBJECT_DEPS and child.i < counted.i for child in first.children)
