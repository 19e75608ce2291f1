"""Who bears a wound told with "with" on a verb of going or being somewhere (issue 14,
session 16).

Local news tells many hurt victims by where they turned up: "Two men walked into a clinic
with gunshot wounds", "a cook who arrived at the hospital with multiple stab wounds",
"deputies found a man lying in a ditch with a gunshot wound", "a driver who took himself to
a hospital with a graze wound". The injury noun's "with" phrase hangs on the verb, which has
no object, so the bearer is the verb's subject; the noun a relative "who" stands for; the
noun a participle describes; a reflexive object ("himself") stands for the subject. Called
by :func:`claimex.pipeline.claims.victims.injury_bearers` where the verb has no object of
its own; officers and others who come to the scene ("When deputies arrived with ...") bear
no wound (resources/words/responder_nouns.txt).

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm")  # doctest: +SKIP
>>> doc = nlp("Two men walked into a clinic with gunshot wounds.")  # doctest: +SKIP
>>> intransitive_bearer(doc[2]).text  # doctest: +SKIP
'men'
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon

RESPONDER_NOUNS = lexicon.nouns("responder_nouns")
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "themself"})
_RELATIVES = frozenset({"who", "that"})


def intransitive_bearer(verb: Token) -> Token | None:
    """The person a "with <wound>" phrase on ``verb`` is on, when the verb has no object but
    a reflexive one: its subject ("Two men walked into a clinic with gunshot wounds"), the
    noun a relative subject stands for ("a cook who arrived at the hospital with stab
    wounds"), the noun a participle describes ("found a man lying in a ditch with a gunshot
    wound"); None for a responder ("officers arrived with ...") or anything else."""
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in _REFLEXIVES
           for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        bearer = verb.head
    else:
        bearer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if bearer is not None and bearer.lower_ in _RELATIVES and verb.dep_ == "relcl":
            bearer = verb.head
    if bearer is None or bearer.pos_ not in ("NOUN", "PROPN") or \
            bearer.lemma_.lower() in RESPONDER_NOUNS or bearer.lower_ in RESPONDER_NOUNS:
        return None
    return bearer
