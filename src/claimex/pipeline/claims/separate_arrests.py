"""A capture told in a sentence of its own that says it is a separate arrest adds to the
captures before it (frame: a separate arrest; the sentence test is
:func:`claimex.rules.separate_arrests.opens_a_separate_arrest`): "Rangers detained two
poachers at the gate. In a separate operation, rangers arrested three traders at the market"
is five captured. :func:`claimex.rules.running_tallies.running_tallies` adds it; a stated
total of both ("Five people were arrested in two operations") stays the toll.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex.pipeline.claims.cues import Cues
from claimex.rules.separate_arrests import opens_a_separate_arrest


def told_as_a_separate_arrest(cue: Token, cues: Cues) -> bool:
    """Whether a capture cue stands in a sentence that opens a separate arrest (see the
    module docstring) and hangs on that sentence's main verb, not in a clause of another
    event ("In another raid, police found the car that had been stolen ...").

    >>> import spacy
    >>> words = ["Separately", ",", "guards", "arrested", "three", "traders", "."]
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words,
    ...                        heads=[3, 3, 3, 3, 5, 3, 3], sent_starts=[1, 0, 0, 0, 0, 0, 0],
    ...                        deps=["advmod", "punct", "nsubj", "ROOT", "nummod", "dobj",
    ...                              "punct"])
    >>> told_as_a_separate_arrest(doc[3], {3: ("captured", "verb")})
    True
    >>> told_as_a_separate_arrest(doc[3], {3: ("killed", "verb")})
    False
    """
    if cues.get(cue.i, ("",))[0] != "captured":
        return False
    sentence = cue.sent
    verb = cue
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head  # "arrested two and detained three", "went on to arrest two"
    if cue.pos_ == "NOUN" and cue.dep_ in ("dobj", "pobj"):
        verb = cue.head if cue.dep_ == "dobj" else cue.head.head  # "led to the arrest of"
    return verb.i == sentence.root.i and opens_a_separate_arrest(sentence.text)
