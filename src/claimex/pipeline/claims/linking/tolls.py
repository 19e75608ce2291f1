"""Casualty frames where a noun carries the figure: a toll, a total, a cue noun's "of"
phrase ("the death toll rose to 70", "the total number of IDPs is now 253,000", "the
killing of 12 civilians", "the real death toll is over 200", "5 dead"). Each frame is a
linking rule as in :mod:`claimex.pipeline.claims.linking.parsed`: a ``Figure`` in, a
``Link`` named after the frame out.
"""

from __future__ import annotations

from claimex import lexicon
from claimex.pipeline.claims.cue_words import total_cue
from claimex.pipeline.claims.figure import Figure, Link, LinkResult
from claimex.pipeline.claims.grammar import SUBJECT_DEPS
from claimex.rules.casualties import (
    TOTAL_NOUNS,
)


def _prepositional_target(fig: Figure):
    """The word a counted noun's "of"/"to"/"at"/"by" phrase hangs on, if any."""
    climb = fig.climb
    if climb is not None and climb.dep_ == "pobj" and climb.head.dep_ in ("prep", "agent") \
            and climb.head.lower_ in ("of", "to", "at", "by"):
        return climb.head.head
    return None


def cue_noun_of(fig: Figure) -> LinkResult:
    """People counted in the "of" phrase of a cue noun: "the killing of 12 civilians",
    "the evacuation of 2,000 residents"."""
    target = _prepositional_target(fig)
    found = fig.cue(target) if target is not None else None
    if found and found[1] == "noun":
        return fig.link(target, found, "cue_noun_of")
    return None


def cue_toll(fig: Figure) -> LinkResult:
    """A figure a cue noun rises, stands or is put at: "the death toll rose to 70", "put
    the number of deaths at 40" (the subject or object of the verb the figure's phrase
    hangs on is a cue noun, or a total of one)."""
    target = _prepositional_target(fig)
    if target is None:
        return None
    for child in target.children:
        if child.dep_ in ("nsubj", "dobj", "nsubjpass") and child.i in fig.cues and \
                fig.cues[child.i][1] == "noun":
            return Link(child, fig.cues[child.i][0], "noun", "cue_toll")
        if child.dep_ in ("nsubj", "dobj", "nsubjpass") and child.lemma_ in TOTAL_NOUNS:
            found = total_cue(child, fig.cues, "cue_toll")
            if found is not None:
                return found
    return None


def _toll_of(verb, fig: Figure, rule: str) -> Link | None:
    """The cue noun (or total of one) that is the subject or object of ``verb``."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "dobj", "nsubjpass") and child.i in fig.cues and \
                fig.cues[child.i][1] == "noun":
            return Link(child, fig.cues[child.i][0], "noun", rule)
        if child.dep_ in ("nsubj", "dobj", "nsubjpass") and child.lemma_ in TOTAL_NOUNS:
            found = total_cue(child, fig.cues, rule)
            if found is not None:
                return found
    return None


# Verbs of belief that leave a casualty as what is believed: "feared dead", "believed
# killed", "presumed dead" (the attribution component reads the hedge). Reports and
# findings ("reported missing", "confirmed dead") are linking verbs (cue_predicate).
def cue_toll_copular(fig: Figure) -> LinkResult:
    """A figure a cue noun is: "the real death toll is over 200", "Casualties were in the
    hundreds", "the dead are at least 40" (the figure the attribute of a linking verb, or
    in its "over"/"in"/"around" phrase, whose subject is a cue noun)."""
    root = fig.span.root
    verb = None
    if root.dep_ in ("attr", "acomp"):
        verb = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in (
            "over", "in", "around", "about", "above", "under", "near", "beyond", "at"):
        verb = root.head.head
    if verb is None or verb.lemma_ not in ("be", "remain", "stand", "number"):
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.i < root.i and child.i in fig.cues and \
                fig.cues[child.i][1] == "noun":
            return Link(child, fig.cues[child.i][0], "noun", "cue_toll_copular")
    return None


TOLL_AMOUNT_VERBS = lexicon.words("toll_amount_verbs")


def cue_toll_amount(fig: Figure) -> LinkResult:
    """A figure a cue noun comes to, as the object of a verb of amount: "Russia's
    casualties totaled 16,000", "Russian losses reached 300,000", "the wounded numbered
    40" (the verb's subject is a cue noun, or "the" dead/wounded)."""
    root = fig.span.root
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_ not in TOLL_AMOUNT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ not in SUBJECT_DEPS or child.i > root.i or child.i not in fig.cues:
            continue
        category, kind = fig.cues[child.i]
        nominal = kind == "noun" or any(c.lower_ == "the" for c in child.children)
        if nominal and category != "displaced":
            return Link(child, category, kind, "cue_toll_amount")
    return None


def cue_toll_revision(fig: Figure) -> LinkResult:
    """The figures of a toll's revision, old and new: "the number of missing rose from 51
    to 1,079", "raised the death toll to 13 from nine", "The toll, first put at nine, was
    later raised to 13" (a chain of "from"/"to"/"at" phrases up to the verb whose subject
    or object is a cue noun, or a participle on the cue noun itself)."""
    token, steps = fig.span.root, 0
    if token.dep_ != "pobj" or token.head.lower_ not in ("from", "to", "at"):
        return None
    while token.dep_ in ("pobj", "prep") and token.head.i != token.i and steps < 4 and (
            token.head.pos_ in ("ADP", "NUM") or token.head.like_num):
        token = token.head
        steps += 1
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "acl" and verb.head.i in fig.cues and fig.cues[verb.head.i][1] == "noun":
        noun = verb.head  # "The toll, first put at nine"
        return Link(noun, fig.cues[noun.i][0], "noun", "cue_toll_revision")
    return _toll_of(verb, fig, "cue_toll_revision")


def cue_total_copular(fig: Figure) -> LinkResult:
    """A figure a total is: "the total number of IDPs is now 253,000", "the number of
    displaced families is estimated to be 349"."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ not in ("attr", "acomp") or not fig.in_figure(climb):
        return None
    verbs = [governor, governor.head] if governor.dep_ == "xcomp" else [governor]
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.lemma_ in TOTAL_NOUNS:
                found = total_cue(child, fig.cues, "cue_total_copular")
                if found is not None:
                    return found
    return None


def cue_noun_in_figure(fig: Figure) -> LinkResult:
    """A figure that stands alone with a cue noun or adjective on it: "5 dead", "dozens
    wounded" (the parse heads the phrase with the figure)."""
    counted = fig.counted
    if counted is None or not fig.in_figure(counted):
        return None
    for child in counted.children:
        found = fig.cue(child)
        if found and found[1] in ("noun", "adjective"):
            return fig.link(child, found, "cue_noun_in_figure")
    return None
