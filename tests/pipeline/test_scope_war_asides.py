"""A war's running total whose war the source's aside names ("600 villagers have been
killed, aid groups say, in the insurgency") is ``aggregate``:
:mod:`claimex.pipeline.claims.scope_war_asides`."""

import pytest
import spacy
from spacy.tokens import Doc

from claimex.pipeline.claims.scope_war_asides import war_in_the_source_aside
from tests.conftest import needs_model

ASIDES = [
    # the figure's verb a complement of the reporting verb, the war after it
    ("More than 4,000 fighters have died so far, the health office says, in the long "
     "civil war.", "More than 4,000", "aggregate"),
    ("Around 900 soldiers have died, the ministry said on Monday, in the two-year war.",
     "Around 900", "aggregate"),
    # the reporting verb a parataxis on the figure's verb
    ("Some 600 villagers have been killed to date, aid groups say, in the decade-old "
     "insurgency.", "Some 600", "aggregate"),
    # the "in" phrase on the figure's verb names an attack; the war is only its "of"
    ("Twelve people have died in the blast, police say, in the worst attack of the war.",
     "Twelve", "reported"),
    # an event that does not last a period
    ("Thirty people have been killed, officials said, in the market bombing.", "Thirty",
     "reported"),
    # the simple past tells one event's dead as often as a total
    ("Eight guards died, the army said, in the border war.", "Eight", "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "scope"), ASIDES)
def test_scope_of_a_war_named_in_the_source_aside(default_pipeline, text, figure, scope):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims
              if c["type"] == "casualty" and c["category"] == "killed"]
    assert {c["value"]["text"]: c["scope"] for c in claims}[figure] == scope


def _doc(words, heads, deps):
    """A parsed doc whose lemmas are its words ("say", "have"; "died" and "killed" as
    written: only the auxiliary and the reporting verb are read by lemma)."""
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
               lemmas=[w.lower() for w in words])


@pytest.mark.parametrize(("words", "heads", "deps", "verb", "total"), [
    # "600 have died, groups say, in the war": a complement of "say"
    (["600", "have", "died", ",", "groups", "say", ",", "in", "the", "war"],
     [2, 2, 5, 5, 5, 5, 5, 5, 9, 7],
     ["nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT", "punct", "prep", "det", "pobj"],
     2, True),
    # "600 have been killed, groups say, in the war": "say" a parataxis
    (["600", "have", "been", "killed", ",", "groups", "say", ",", "in", "the", "war"],
     [3, 3, 3, 3, 6, 6, 3, 6, 6, 10, 8],
     ["nsubjpass", "aux", "auxpass", "ROOT", "punct", "nsubj", "parataxis", "punct", "prep",
      "det", "pobj"], 3, True),
    # no perfect: "600 died, groups say, in the war"
    (["600", "died", ",", "groups", "say", ",", "in", "the", "war"],
     [1, 4, 4, 4, 4, 4, 4, 8, 6],
     ["nsubj", "ccomp", "punct", "nsubj", "ROOT", "punct", "prep", "det", "pobj"], 1, False),
    # "600 have died, groups say, in the raid": not a war
    (["600", "have", "died", ",", "groups", "say", ",", "in", "the", "raid"],
     [2, 2, 5, 5, 5, 5, 5, 5, 9, 7],
     ["nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT", "punct", "prep", "det", "pobj"],
     2, False),
    # "600 have died, groups hope, in the war": not a reporting verb
    (["600", "have", "died", ",", "groups", "hope", ",", "in", "the", "war"],
     [2, 2, 5, 5, 5, 5, 5, 5, 9, 7],
     ["nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT", "punct", "prep", "det", "pobj"],
     2, False),
])
def test_war_in_the_source_aside(words, heads, deps, verb, total):
    doc = _doc(words, heads, deps)
    assert war_in_the_source_aside(doc[verb]) is total
