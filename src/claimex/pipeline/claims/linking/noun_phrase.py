"""Casualty frames read inside the counted noun's phrase: the figure's own dependents, the
counted noun as a cue, and the modifiers and clauses on that noun.

Each frame is a linking rule as in :mod:`claimex.pipeline.claims.linking.parsed` (a
:class:`~claimex.pipeline.claims.figure.Figure` in, a
:class:`~claimex.pipeline.claims.figure.Link` named after the frame, None or STOP out);
the frames of the verb the counted phrase hangs on are there. The registry's order puts
these first: "40 people killed in the strike" is read off the noun's modifier before any
verb is asked.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex.pipeline.claims.cue_words import predicate_cue, total_cue
from claimex.pipeline.claims.figure import STOP, Figure, Link, LinkResult
from claimex.pipeline.claims.grammar import (
    LINKING_VERBS,
    SUBJECT_DEPS,
    is_agent_modifier,
    is_passive_or_copular,
)
from claimex.rules.casualties import TOTAL_NOUNS, displacement_unit


def not_an_age(fig: Figure) -> LinkResult:
    """Guard: a figure set off by commas after a name is an age, never a count of people:
    "Bana Alabed, 7, ... was evacuated" (STOP: no parsed frame links it)."""
    counted, figure, doc, span = fig.counted, fig.span.root, fig.doc, fig.span
    if counted is not None and fig.in_figure(counted) and figure.dep_ == "appos" and \
            figure.head.pos_ == "PROPN" and figure.i > figure.head.i and \
            doc[span.start - 1].text == "," and span.end < len(doc) and \
            doc[span.end].text == ",":
        return STOP
    return None


def cue_gapped(fig: Figure) -> LinkResult:
    """A bare figure standing for a repeated clause shares its cue: "killed 12 people in
    Idlib and 5 in Hama", "48,210 people displaced in Sennar and 17,905 in Kassala"."""
    figure, counted = fig.span.root, fig.counted
    gapped = fig.cues.get(figure.head.i)
    if gapped and figure.dep_ == "conj" and figure.pos_ == "NUM" and \
            gapped[1] in ("verb", "intransitive") and figure.head.i < figure.i and \
            (counted is None or fig.in_figure(counted)) and not any(
                c.pos_ in ("VERB", "AUX", "ADJ") for c in figure.children):
        return fig.link(figure.head, gapped, "cue_gapped")
    return None


def cue_toll_adjective(fig: Figure) -> LinkResult:
    """A cue adjective right after a figure stands for the people it counts: "a toll of
    44 dead"."""
    figure = fig.span.root
    nominal = fig.cues.get(figure.head.i)
    if nominal and figure.dep_ == "nummod" and figure.head.pos_ == "ADJ" and \
            nominal[1] in ("noun", "adjective") and figure.head.i == fig.span.end:
        return fig.link(figure.head, nominal, "cue_toll_adjective")
    return None


def cue_on_figure(fig: Figure) -> LinkResult:
    """A cue modifying the figure itself wins over the noun the parse hangs the figure
    on: "15 people reported dead, nine missing and 61,000 people displaced"."""
    counted = fig.counted
    if counted is None:
        return None
    for child in fig.span.root.children:
        found = fig.cues.get(child.i)
        if found and child.dep_ in ("amod", "acl") and child.i == fig.span.end and \
                found[1] in ("adjective", "intransitive", "verb") and counted.i >= fig.span.end:
            return fig.link(child, found, "cue_on_figure")
    return None


def cue_owner_housing(fig: Figure) -> LinkResult:
    """People whose homes were destroyed lost them: "120,000 families' homes were
    destroyed" links the families to the cue of their homes, as displacement (anything
    else the homes link to is no casualty of the owners: STOP). The parse misses the
    possessive in text from PDF ("120,000  familiesŠ—È  homes were  damaged"): the word
    after the possessive ending is what they own."""
    noun, doc = fig.counted, fig.doc
    if noun is None:
        return None
    owned = noun.head if noun.dep_ == "poss" else None
    marker = next((c for c in noun.children if c.tag_ == "POS" and c.i == noun.i + 1), None)
    if owned is None and marker is not None:
        owned = next((t for t in doc[marker.i + 1:marker.i + 3] if not t.is_space), None)
    if owned is not None and noun.i >= fig.span.end and owned.i != noun.i and \
            displacement_unit(owned.text) == "houses":
        found = fig.relink(fig.counting(owned))
        if found is not None and found.category == "displaced":
            return Link(found.cue, found.category, found.kind, "cue_owner_housing")
        return STOP
    return None


def cue_total_after(fig: Figure) -> LinkResult:
    """A figure before the total it is: "brings to 274,000 the total number of people
    displaced"."""
    noun = fig.counted
    if noun is not None and noun.lemma_ in TOTAL_NOUNS and noun.i >= fig.span.end:
        return total_cue(noun, fig.cues, "cue_total_after")
    return None


def cue_noun(fig: Figure) -> LinkResult:
    """The counted noun is a cue noun or adjective: "12 deaths", "40 casualties",
    "2,000 refugees"."""
    noun = fig.counted
    if noun is None:
        return None
    found = fig.cue(noun)
    if found and found[1] in ("noun", "adjective") and not fig.in_figure(noun):
        return fig.link(noun, found, "cue_noun")
    return None


def cue_modifier(fig: Figure) -> LinkResult:
    """A cue participle, adjective or relative clause on the counted noun: "40 people
    killed in the strike", "militants wounded", "two guards who had been shot and killed".
    A modifier before another figure is that one's: "25 missing, 628,000 relocated and
    9.96 million people affected". An active participle of a transitive cue does the act
    ("operations targeting leaders, detaining numerous suspects"): no link."""
    noun, span = fig.counted, fig.span
    if noun is None:
        return None
    for child in noun.children:
        found = fig.cue(child)
        if found and child.dep_ in ("acl", "relcl", "amod") and found[1] != "noun" and \
                not is_agent_modifier(child, found) and \
                not _group_modifier_of_partitive(fig, noun, child) and not (
                    child.i < span.start <= noun.i and any(
                        t.like_num or t.pos_ == "CCONJ" or t.text == ","
                        for t in noun.doc[child.i + 1:span.start])):
            return fig.link(child, found, "cue_modifier")
        if child.dep_ == "relcl" and is_passive_or_copular(child):
            for conj in child.conjuncts:
                found = fig.cue(conj)
                if found and found[1] in ("verb", "intransitive") and not any(
                        c.dep_ in (*SUBJECT_DEPS, "dobj") for c in conj.children):
                    return fig.link(conj, found, "cue_modifier")
    return None


def _group_modifier_of_partitive(fig: Figure, noun: Token, modifier: Token) -> bool:
    """Whether a cue modifier before a partitive's group tells what the group was, while the
    figure's own verb, a cue, tells what befell the part (session 13, issue 14): "One of
    the injured passengers died" is a death (the figure's verb links it), not one more
    hurt; "two of the wounded soldiers were evacuated" (no cue verb) and a quantity of
    people, no definite group ("Dozens of injured people were evacuated"), keep the
    modifier."""
    prep = noun.head
    if modifier.i > noun.i or noun.dep_ != "pobj" or prep.lower_ != "of" or \
            not fig.span.start <= prep.head.i < fig.span.end or not any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "those", "these"))
                for c in noun.children):
        return False
    root = fig.span.root
    return root.dep_ in SUBJECT_DEPS and fig.cue(root.head) is not None


def cue_dead_modifier(fig: Figure) -> LinkResult:
    """A cue adjective that names the people it counts ("the dead") modifying the counted
    noun: "hundreds of dead soldiers", "12 dead civilians"."""
    noun = fig.counted
    if noun is None or fig.in_figure(noun):
        return None
    for child in noun.children:
        found = fig.cue(child)
        if found and found[1] == "noun" and child.dep_ == "amod" and child.pos_ == "ADJ" \
                and child.i < noun.i:
            return fig.link(child, found, "cue_dead_modifier")
    return None


def cue_noun_with(fig: Figure) -> LinkResult:
    """An injury named with the counted people: "40 soldiers with shrapnel wounds"."""
    noun = fig.counted
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            for obj in child.children:
                found = fig.cue(obj)
                if found and found[0] == "injured":
                    return Link(obj, "injured", found[1], "cue_noun_with")
    return None


def cue_clause_predicate(fig: Figure) -> LinkResult:
    """A clause on the counted noun whose linking verb a cue completes: "5,400 people
    registered as displaced", "people staying in relief camps"."""
    noun = fig.counted
    if noun is None or noun.i < fig.span.start:
        return None
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_ in LINKING_VERBS:
            found = predicate_cue(child, fig.cue, "cue_clause_predicate")
            if found is not None:
                return found
    return None
