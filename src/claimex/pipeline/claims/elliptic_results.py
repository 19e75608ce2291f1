"""A hurt result told after "and" with its verb left out (session 11).

Local news tells the outcome of a shooting with one "left" and two results: "A shooting
outside a bar left one guard dead and another critically injured". The parse joins the
second participle to "left" as a conjunct and hangs its person on it ("another" as its
subject or determiner), so the cue finds no victim of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon
from claimex.rules.casualties import RESULTATIVE_VERBS, is_person_noun

# participles that say the person lived (resources/words/stated_survival_participles.txt)
SURVIVAL_PARTICIPLES = lexicon.words("stated_survival_participles")


def elliptic_survivor_victims(cue: Token) -> list[Token]:
    """The person of a hurt result told after "and" with "left" left out: "The crash left
    one driver dead and another badly hurt" is the other driver, hurt. Only a bare
    participle that says the person lived (:data:`SURVIVAL_PARTICIPLES`: injured, wounded,
    hurt; no auxiliary, no object) coordinated with a result verb that has an object of its
    own; "another hospitalized" is left, as that person may be told dead later (session
    10's rule, with any participle, cost a page its injured toll)."""
    verb = cue.head
    if cue.dep_ != "conj" or cue.tag_ != "VBN" or cue.lemma_.lower() not in SURVIVAL_PARTICIPLES \
            or verb.lemma_ not in RESULTATIVE_VERBS or verb.pos_ != "VERB" or \
            not any(c.dep_ == "dobj" for c in verb.children) or \
            any(c.dep_ in ("aux", "auxpass", "dobj") for c in cue.children):
        return []
    return [c for c in cue.children if c.i < cue.i and c.dep_ in ("nsubj", "det") and (
        c.lower_ == "another" or (c.pos_ in ("NOUN", "PROPN") and is_person_noun(c.lemma_)))]
