"""Casualties told without a number (frame: an uncounted plural of a casualty noun), a
claim of 2 and up, vague: "there were a lot of casualties", "the rebels have taken a number
of casualties", "the raiders also suffered casualties". The noun cues of
``casualty_cues.jsonl`` ("casualty": killed or injured) count people only through a figure;
without one, a quantity phrase headed by a word of ``uncounted_harm_heads.txt`` ("a lot
of", "a number of") or a bare plural object of a verb of ``harm_bearing_verbs.txt``
("suffered casualties") still says that two or more people were harmed, as the annotation
rule for "heavy losses", "a lot of" reads them (:func:`uncounted_casualties`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex import lexicon
from claimex.pipeline.claims.cues import Cues

HARM_HEADS = lexicon.words("uncounted_harm_heads")
HARM_BEARING_VERBS = lexicon.words("harm_bearing_verbs")
UNCOUNTED_BOUNDS = (2.0, float("inf"), "vague")
# The noun cues that name the people harmed ("casualties"); "injuries", "wounds" are harm
# on a body, counted by the people who bear it ("Three passersby also suffered injuries":
# three, not two more).
PEOPLE_CATEGORIES = frozenset({"killed_or_injured"})
RULE = "implicit_uncounted"

Claim = tuple[Span, dict[str, Any]]
# (doc, span, cue, category, kind, rule, (low, high, qualifier), counted, additive) -> claim
MakeClaim = Callable[..., Claim]


def uncounted_span(cue: Token) -> Span | None:
    """The words that count a plural casualty noun without a number: "a lot of casualties",
    "lots of casualties" (the quantity phrase, from its determiner), "casualties" as the
    bare object of "suffered"; None for anything else (a number, "no", "the number of", a
    noun in the singular).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["There", "were", "a", "lot", "of", "casualties"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 4],
    ...           deps=["expl", "ROOT", "det", "attr", "prep", "pobj"],
    ...           tags=["EX", "VBD", "DT", "NN", "IN", "NNS"],
    ...           lemmas=["there", "be", "a", "lot", "of", "casualty"])
    >>> uncounted_span(doc[5]).text
    'a lot of casualties'
    """
    if cue.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ in ("det", "nummod", "poss", "predet", "amod", "compound", "quantmod")
            for c in cue.children):
        return None
    doc = cue.doc
    of = cue.head
    if cue.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in HARM_HEADS:
        head = of.head
        det = next((c for c in head.children if c.dep_ == "det"), None)
        if (det is None) != (head.tag_ in ("NNS", "NNPS")) or (
                det is not None and det.lower_ not in ("a", "an")):
            return None  # "the number of casualties" counts nothing
        return doc[(det or head).i:cue.i + 1]
    if cue.dep_ == "dobj" and cue.head.lemma_.lower() in HARM_BEARING_VERBS:
        return doc[cue.i:cue.i + 1]
    return None


def uncounted_casualties(doc: Doc, cues: Cues, claims: list[Claim],
                         make_claim: MakeClaim) -> list[Claim]:
    """Claims for the noun cues of ``cues`` that no claim counts and that an uncounted
    plural states (:func:`uncounted_span`): "There were a lot of casualties" is killed or
    injured, 2 and up. ``make_claim`` builds the claim dict (the implicit counts'
    ``_implicit_claim``)."""
    cue_starts = {c.get("cue_start") for _, c in claims}
    tokens = {i for span, _ in claims for i in range(span.start, span.end)}
    out = []
    for index, (category, kind) in cues.items():
        cue = doc[index]
        if kind != "noun" or category not in PEOPLE_CATEGORIES or cue.idx in cue_starts:
            continue
        span = uncounted_span(cue)
        if span is None or any(i in tokens for i in range(span.start, span.end)):
            continue
        out.append(make_claim(doc, span, cue, category, kind, RULE, UNCOUNTED_BOUNDS, None,
                              False))
    return out
