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


# harm participles that the parse takes for a main verb when they modify their noun: "A
# teenager shot outside a school on Friday has died"
_HARM_PARTICIPLES = frozenset({"shoot", "stab", "wound", "injure", "hurt", "strike", "hit"})
_PERFECT = frozenset({"has", "have", "had"})


def _participle_before(death: Token) -> Token | None:
    """The harm participle the parse put in the death's place: its head ("conj", "advcl"),
    or a clause beside it under one reporting verb ("ccomp": "Officials say a man shot
    on Main Street has died")."""
    if death.dep_ in ("conj", "advcl"):
        return death.head if death.head.i < death.i else None
    if death.dep_ == "ccomp":
        before = [c for c in death.head.children if c.dep_ == "ccomp" and c.i < death.i]
        return before[-1] if before else None
    return None


def reduced_relative_victim(cue: Token) -> Token | None:
    """The person a harm participle modifies when the parse made it a verb of its own and
    hung the death beside it: "A cyclist struck near the bridge last week has died" is the
    cyclist, killed (the participle has no object nor auxiliary, the death its perfect
    auxiliary and no subject, conjunction or subordinator of its own)."""
    head = _participle_before(cue)
    if head is None or head.lemma_.lower() not in _HARM_PARTICIPLES or \
            head.tag_ not in ("VBD", "VBN") or \
            not any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in cue.children) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "cc", "mark") for c in cue.children) or \
            any(c.dep_ in ("dobj", "cc", "aux", "auxpass") for c in head.children):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or not (
            is_person_noun(subjects[0].lemma_) or subjects[0].ent_type_ == "PERSON"):
        return None
    return subjects[0]
