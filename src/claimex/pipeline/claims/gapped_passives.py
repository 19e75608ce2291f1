"""A bare cue verb after a passive that the tagger reads as a past tense.

In "a guard was shot and his son wounded" the second verb shares the first one's
auxiliary; with a subject of its own before it, the tagger reads it as a past tense
(``VBD``), not as a participle. A transitive cue verb there, with no auxiliary and no
object (``grammar.is_passive_or_copular`` checks those), is still a passive; an
intransitive one ("two were killed and the gunmen fled") is an active past, and stays one,
as does a displacement verb ("fled" is a ``verb`` cue: "fled their homes").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from claimex.pipeline.claims.cues import read_cues


@lru_cache(maxsize=1)
def transitive_cue_verbs() -> frozenset[str]:
    """The one-word lemmas of the shipped lexicon's transitive (``verb``) cue rows of harm
    and capture (a displacement verb is read in any voice already: "thousands fled").

    >>> "wound" in transitive_cue_verbs(), "flee" in transitive_cue_verbs()
    (True, False)
    """
    with resources.as_file(
        resources.files("claimex.resources") / "casualty_cues.jsonl"
    ) as shipped:
        return frozenset(row["lemma"].lower() for row in read_cues(shipped)
                         if row["kind"] == "verb" and row["category"] != "displaced" and
                         " " not in row.get("lemma", " "))


def is_gapped_past(verb: Token) -> bool:
    """A transitive cue verb tagged as a past tense, with its subject before it: "his son"
    in "a guard was shot and his son wounded" (the caller checks the coordination with a
    passive, and that the verb has no auxiliary and no object)."""
    return verb.tag_ == "VBD" and verb.lemma_.lower() in transitive_cue_verbs() and any(
        child.dep_ == "nsubj" and child.i < verb.i for child in verb.children)


def shares_a_passive_auxiliary(verb: Token) -> bool:
    """A bare participle coordinated with a passive, with no auxiliary or object of its
    own, shares the passive's auxiliary: "detained" in "two were killed and several others
    detained", "hurt" in "a guard was shot and his son hurt" (a past tense to the tagger)."""
    return (verb.tag_ == "VBN" or is_gapped_past(verb)) and verb.dep_ == "conj" and \
        verb.head is not verb and \
        not any(c.dep_ in ("aux", "dobj") for c in verb.children) and \
        verb.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children)
