"""A toll told as the result of a campaign (frame: "resulting in the deaths of N"), for
:func:`claimex.pipeline.claims.scope.claim_scope`: deaths told with a noun as what a
clause led to ("resulting in the deaths of", "leading to the deaths of", "which caused
the death of": ``resources/words/result_verbs.txt``) are a campaign's total (scope
``aggregate``) where that clause tells a campaign: it is in the perfect and its doer is a
war or an offensive (``protracted_events``) or operations in the plural without a count
(``campaign_operations``): "The valley has been pounded by air raids, resulting in the
deaths of some 9,000 people". Told of the day's event ("A bomb tore through the square,
resulting in the deaths of 12"; "gunmen stormed two hotels, which caused the death of
20") the figure stays ``reported`` (session 11).

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["The", "war", "has", "ravaged", "it", ",", "leading", "to", "deaths"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 3, 3, 3, 3, 3, 3, 6, 7],
...           deps=["det", "nsubj", "aux", "ROOT", "dobj", "punct", "advcl", "prep", "pobj"],
...           lemmas=["the", "war", "have", "ravage", "it", ",", "lead", "to", "death"],
...           tags=["DT", "NN", "VBZ", "VBN", "PRP", ",", "VBG", "IN", "NNS"])
>>> result_of_a_campaign(doc[6])
True
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon

RESULT_VERBS = lexicon.words("result_verbs")
CAMPAIGN_EVENTS = lexicon.nouns("protracted_events")
CAMPAIGN_OPERATIONS = lexicon.words("campaign_operations")


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _doers(verb: Token) -> list[Token]:
    """Who or what did what a verb says: its active subject, or the object of its "by"."""
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    out += [o for c in verb.children if c.dep_ == "agent"
            for o in c.children if o.dep_ == "pobj"]
    return out


def _a_campaign(noun: Token) -> bool:
    """A war or an offensive ("the war"), or operations in the plural without a count
    ("Israeli strikes", not "two strikes")."""
    if noun.lemma_.lower() in CAMPAIGN_EVENTS:
        return True
    return noun.tag_ == "NNS" and noun.lemma_.lower() in CAMPAIGN_OPERATIONS and not any(
        c.dep_ == "nummod" for c in noun.children)


def result_of_a_campaign(verb: Token) -> bool:
    """Whether a figure's clause verb tells deaths as the result of a campaign (see the
    module docstring): a result verb in a participle clause ("..., resulting in") or a
    relative clause on the clause before it ("..., which caused"), whose main clause is
    in the perfect with a campaign as its doer."""
    if verb.lemma_.lower() not in RESULT_VERBS:
        return False
    if verb.dep_ == "advcl":
        main = verb.head
    elif verb.dep_ == "relcl":
        main = verb.head.head
    else:
        return False
    return _perfect(main) and any(_a_campaign(d) for d in _doers(main))
