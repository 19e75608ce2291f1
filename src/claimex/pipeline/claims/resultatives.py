"""Result verbs: who a result word after "leave", "render" or "make" (or "find") is about.

"The explosion left a 31-year-old woman dead" tells one dead woman through the result word
"dead" (the verb's object bears it); "left one tenant dead and two neighbours badly burned"
tells a second result, which the parse may make a clause of the verb. Both questions are pure
functions of spaCy tokens, asked by the implicit counts (:mod:`implicit`) and the state
frames (:mod:`linking.states`); the verbs are ``RESULTATIVE_VERBS`` of
:mod:`claimex.rules.casualties`. A verb of finding tells a state the same way: "Officers found
a man dead in a car" is one dead man (:func:`found_in_state`; the verbs are
``resources/words/state_finding_verbs.txt``).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon
from claimex.rules.casualties import RESULTATIVE_VERBS

# Verbs whose object a state word after it describes: "found a man dead".
STATE_FINDING_VERBS = lexicon.words("state_finding_verbs")


def resultative_objects(cue: Token) -> list[Token]:
    """The people a result word after a verb's object is about: "The explosion left a
    31-year-old woman dead" (the woman), "left a deputy injured and a suspect dead" (for
    "dead", the suspect only: the object phrases between the cue and the result before
    it). Where the cue completes no resultative verb, who a verb of finding found in that
    state (:func:`found_in_state`)."""
    verb = cue.head
    if cue.dep_ != "oprd" or verb.lemma_ not in RESULTATIVE_VERBS:
        return found_in_state(cue)
    objects = [o for d in verb.children if d.dep_ == "dobj" and d.i < cue.i
               for o in (d, *d.conjuncts) if o.i < cue.i]
    objects.sort(key=lambda t: t.i)
    kept: list[Token] = []
    for noun in reversed(objects):
        if any(c.dep_ in ("acl", "amod") and noun.i < c.i < cue.i for c in noun.children):
            break  # "a deputy injured and ...": the deputy's result is told already
        kept.insert(0, noun)
    return kept[:1]


def result_clause_bearer(cue: Token) -> Token | None:
    """Who a later result of a result verb is about, where the parse made that result a
    clause of the verb: in "The fire left one tenant dead and two neighbours badly burned"
    the parse makes "burned" a conjunct of "left" with "neighbours" its subject (in "and
    another hurt", "another" may hang on the participle as its determiner). The verb must
    have an object of its own before it (the first result) and the clause no auxiliary or
    object (then it acts: "and police arrested three"). None elsewhere.
    """
    verb = cue.head
    if cue.dep_ not in ("conj", "ccomp") or verb.i > cue.i or verb.pos_ != "VERB" or \
            verb.lemma_ not in RESULTATIVE_VERBS or \
            not any(c.dep_ == "dobj" and c.i < cue.i for c in verb.children) or \
            any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in cue.children):
        return None
    for child in cue.children:
        if child.i < cue.i and (child.dep_ == "nsubj" or (
                child.dep_ == "det" and child.lower_ == "another")):
            return child
    return None


def found_in_state(cue: Token) -> list[Token]:
    """The person a state word after a verb of finding is about: "Police found a man dead
    inside a car" (the parse hangs "dead" on the object), "they found the woman dead" (the
    parse makes "the woman dead" a clause of "found", the woman its subject). Only a state
    word after its person and the verb before both; [] elsewhere ("a dead man was found"
    is the passive's own claim)."""
    verb = cue.head
    if cue.dep_ == "amod" and cue.head.i < cue.i and cue.head.dep_ == "dobj":
        person, verb = cue.head, cue.head.head
    elif cue.dep_ in ("ccomp", "xcomp", "oprd") and verb.i < cue.i:
        person = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    else:
        return []
    if person is None or verb.pos_ != "VERB" or verb.lemma_ not in STATE_FINDING_VERBS or \
            verb.i > person.i:
        return []
    return [person]
