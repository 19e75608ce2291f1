"""Escapes from custody read from the parse (:mod:`claimex.rules.escapes`): "two inmates
who fled the county jail", "prisoners fled from the detention centre". Such a verb is no
displacement cue (:func:`drop_escape_cues`) and its subject goes free, as "40 inmates
escaped" does (:mod:`claimex.pipeline.claims.linking.captives`).

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm")
>>> doc = nlp("Police recaptured two inmates who fled the county jail.")
>>> tells_escape(doc[5])
True
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimex.rules.escapes import is_escape


def _phrase_lemmas(noun: Token) -> list[str]:
    """The noun's lemma and those of the words modifying it ("county jail", "police
    custody", "detention centre")."""
    return [noun.lemma_, *(c.lemma_ for c in noun.children
                           if c.dep_ in ("compound", "amod", "nmod"))]


def left_places(verb: Token) -> list[Token]:
    """The places a verb of leaving leaves: its object ("fled the jail") and the object of
    "from" or "out (of)" on it ("escaped from custody", "broke out of the prison")."""
    places = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in verb.children:
        if prep.dep_ in ("prep", "prt") and prep.lower_ in ("from", "out", "of"):
            places += [o for o in prep.children if o.dep_ == "pobj"]
            places += [o for p in prep.children if p.dep_ == "prep"
                       for o in p.children if o.dep_ == "pobj"]
    return places


def tells_escape(verb: Token) -> bool:
    """Whether the verb tells an escape from custody: a verb of leaving whose left place
    is a place of custody (:func:`claimex.rules.escapes.is_escape`)."""
    return any(is_escape(verb.lemma_, _phrase_lemmas(place)) for place in left_places(verb))


def drop_escape_cues(doc: Doc, cues: dict[int, tuple[str, str]]) -> None:
    """Remove the displacement cue of each verb that tells an escape from custody (in
    place): "fled the county jail" displaces no one. Needs the parse; without one, does
    nothing."""
    if not doc.has_annotation("DEP"):
        return
    for index in [i for i, (category, _) in cues.items() if category == "displaced"]:
        if tells_escape(doc[index]):
            del cues[index]
