"""Displacement frames: people who fled, were evacuated, housed, made homeless, crossed a
border, lost their homes; housing destroyed. Each frame is a linking rule as in
:mod:`claimex.pipeline.claims.linking.parsed` (a ``Figure`` in, a ``Link`` named after
the frame out); the registry walks them after the casualty frames.

What counts as displaced follows the displacement monitors' terms (IDMC): displaced,
evacuated, forced to flee, sheltered, in relief camps, homeless, relocated, destroyed
housing. Not people who returned, people trapped or besieged, or figures a place *can*
accommodate.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimex.pipeline.claims.cue_words import is_place, predicate_cue
from claimex.pipeline.claims.figure import Figure, Link, LinkResult
from claimex.pipeline.claims.grammar import LINKING_VERBS, SUBJECT_DEPS, is_passive_or_copular
from claimex.rules.casualties import (
    CAUSATIVE_VERBS,
    DISPLACING_ACTIONS,
    HOSTING_VERBS,
    PLACING_VERBS,
    POPULATION_NOUNS,
    REFUGE_PLACES,
    RESULTATIVE_VERBS,
    SHELTER_NOUNS,
    displacement_unit,
    is_non_person_noun,
)
from claimex.rules.numbers import Quantity

_DESTROYING_VERBS = frozenset({"destroy", "raze", "flatten", "level", "wash", "wipe", "bury",
                               "obliterate"})
_PARTIAL = frozenset({"partially", "partly", "half", "largely"})


def _displaced(fig: Figure, token: Token) -> bool:
    return fig.cues.get(token.i, ("",))[0] == "displaced"


def cue_causative(fig: Figure) -> LinkResult:
    """Displacement caused by a verb ("forced"): "forced 6,000 people to flee", "forced
    300,000 people into evacuation shelters", "were forced out of their homes", "were
    pushed by drought over the border into Melkadida refugee camp"."""
    climb, verb, cues = fig.climb, fig.governor, fig.cues
    if climb is None or climb.dep_ not in ("dobj", "nsubjpass") or \
            verb.lemma_ not in CAUSATIVE_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "xcomp" and (child.lemma_ in DISPLACING_ACTIONS or
                                      _displaced(fig, child)):
            return Link(child, "displaced", "verb", "cue_causative")
        if child.dep_ == "agent":
            for prep in child.subtree:
                if prep.dep_ == "prep" and prep.lower_ in ("into", "to") and any(
                        cues.get(o.i, ("", ""))[1] == "place" for o in prep.children
                        if o.dep_ == "pobj"):
                    return Link(prep, "displaced", "verb", "cue_causative")
        if child.dep_ == "prep" and child.lower_ in ("into", "from", "out", "to"):
            objects = [o for o in child.children if o.dep_ == "pobj"] + [
                o for p in child.children if p.dep_ == "prep" for o in p.children
                if o.dep_ == "pobj"]
            for obj in objects:
                if _displaced(fig, obj) or (
                        child.lower_ != "to" and displacement_unit(obj.text) == "houses"):
                    return Link(child, "displaced", "verb", "cue_causative")
    return None


def displaced_on_figure(fig: Figure) -> LinkResult:
    """A displacement cue on the figure itself, or completing the linking verb the parse
    hangs the figure on: "483 homeless", "175,500 staying in 224 temporary shelters"."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ != "nummod" or not fig.in_figure(climb):
        return None
    if _displaced(fig, governor) and fig.cues[governor.i][1] in ("noun", "adjective"):
        return Link(governor, "displaced", fig.cues[governor.i][1], "displaced_on_figure")
    if governor.pos_ == "VERB" and governor.lemma_ in LINKING_VERBS:
        found = predicate_cue(governor, lambda t: fig.cues.get(t.i), "displaced_on_figure")
        if found is not None and found.category == "displaced":
            return found
    return None


def displaced_resultative(fig: Figure) -> LinkResult:
    """People a verb leaves homeless: "left 3,000 people homeless", "leaving 483
    homeless"."""
    climb, governor = fig.climb, fig.governor
    if climb is not None and climb.dep_ == "dobj" and governor.lemma_ in RESULTATIVE_VERBS:
        for child in governor.children:
            if child.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and _displaced(fig, child):
                return Link(governor, "displaced", "verb", "displaced_resultative")
    return None


def _people_object(fig: Figure) -> bool:
    climb = fig.climb
    return climb is not None and climb.dep_ == "dobj" and not is_non_person_noun(climb.lemma_)


def cue_host(fig: Figure) -> LinkResult:
    """A place of refuge housing people: "camps housing 20,000 people", "the shelters
    host 3,000 families"."""
    governor = fig.governor
    if not _people_object(fig) or governor.lemma_ not in HOSTING_VERBS:
        return None
    places = [c for c in governor.children if c.dep_ == "nsubj"]
    if governor.dep_ in ("acl", "relcl"):
        places.append(governor.head)
    if any(fig.cues.get(p.i, ("", ""))[1] == "place" and _displaced(fig, p) for p in places):
        return Link(governor, "displaced", "verb", "cue_host")
    return None


def displaced_placed(fig: Figure) -> LinkResult:
    """People put somewhere people take refuge: "forced them to join 195,000 Iraqis in 21
    camps", "placed 300 families in relief camps"."""
    governor = fig.governor
    if not _people_object(fig) or governor.lemma_ not in PLACING_VERBS:
        return None
    found = predicate_cue(governor, lambda t: fig.cues.get(t.i), "displaced_placed")
    if found is not None and found.category == "displaced" and found.kind == "place":
        return found
    return None


def cue_lost_homes(fig: Figure) -> LinkResult:
    """People who lost their homes: "29,739 people lost their homes"."""
    climb, governor = fig.climb, fig.governor
    if climb is not None and climb.dep_ in SUBJECT_DEPS and governor.lemma_ == "lose" and any(
            c.dep_ == "dobj" and displacement_unit(c.text) == "houses"
            for c in governor.children):
        return Link(governor, "displaced", "verb", "cue_lost_homes")
    return None


def displaced_conjunct(fig: Figure) -> LinkResult:
    """A displacement verb right after another verb of the same subject, with no subject
    or object of its own: "16,000 families were affected and evacuated"."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ not in SUBJECT_DEPS or \
            governor.pos_ not in ("VERB", "AUX") or governor.i in fig.cues or \
            is_non_person_noun(climb.lemma_):
        return None
    for conj in governor.conjuncts:
        if governor.i < conj.i <= governor.i + 3 and _displaced(fig, conj) and \
                fig.cues[conj.i][1] in ("verb", "intransitive") and not any(
                    c.dep_ in (*SUBJECT_DEPS, "dobj") for c in conj.children):
            return Link(conj, "displaced", fig.cues[conj.i][1], "displaced_conjunct")
    return None


def _population_subject(fig: Figure) -> bool:
    """Whether the counted noun names a population (:data:`POPULATION_NOUNS`: people,
    families, residents; never troops or officials) and is the subject of a verb."""
    return fig.climb is not None and fig.climb.dep_ in SUBJECT_DEPS and \
        fig.governor.pos_ in ("VERB", "AUX") and fig.counted.lower_ in POPULATION_NOUNS


def cue_crossing(fig: Figure) -> LinkResult:
    """A population crossing a border is a refugee flow: "52,000 Afghans crossed the
    border from Pakistan", "3,000 people crossed into Uganda"."""
    climb, governor, noun = fig.climb, fig.governor, fig.counted
    if climb is None or climb.dep_ not in SUBJECT_DEPS or governor.pos_ not in ("VERB", "AUX"):
        return None
    children = list(governor.children)
    nationals = noun.tag_ == "NNPS" or (noun.ent_type_ == "NORP" and noun.tag_ == "NNS")
    if governor.lemma_ == "cross" and (noun.lower_ in POPULATION_NOUNS or nationals) and (
            any(c.dep_ == "dobj" and c.lemma_ in ("border", "frontier") for c in children)
            or any(c.dep_ == "prep" and c.lower_ in ("into", "to") for c in children)) and \
            not is_passive_or_copular(governor):
        return Link(governor, "displaced", "intransitive", "cue_crossing")
    return None


def cue_shelter_need(fig: Figure) -> LinkResult:
    """A population in need of shelter or without it: "299 families have been found in
    need of emergency shelter", "remain without shelter"."""
    if not _population_subject(fig):
        return None
    for prep in fig.governor.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "without"):
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ == "in" and obj.lemma_ == "need":
                obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"), obj)
            if obj.lemma_.lower() in SHELTER_NOUNS:
                return Link(obj, "displaced", "noun", "cue_shelter_need")
    return None


def cue_refuge(fig: Figure) -> LinkResult:
    """A population staying where people take refuge: "6,000 people were staying at the
    UN mission's base", "living in tents"."""
    if not _population_subject(fig):
        return None
    governor = fig.governor
    if governor.lemma_ in ("stay", "sleep", "live", "camp", "shelter") and any(
            c.dep_ == "prep" and c.lower_ in ("at", "in", "inside") and any(
                o.lemma_.lower() in REFUGE_PLACES for o in c.children if o.dep_ == "pobj")
            for c in governor.children):
        return Link(governor, "displaced", "intransitive", "cue_refuge")
    return None


def cue_housed(fig: Figure) -> LinkResult:
    """A population given a roof: "2.14 lakh people have been accommodated", "300
    families were housed in tents"; not what a place can take ("10,000 people can be
    accommodated")."""
    if not _population_subject(fig) or not is_passive_or_copular(fig.governor):
        return None
    governor = fig.governor
    if governor.lemma_ in ("accommodate", "house") and not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in governor.children):
        return Link(governor, "displaced", "verb", "cue_housed")
    return None


def cue_arrival(fig: Figure) -> LinkResult:
    """A population arriving in a place: "about 310 households arrived in Kalonda
    Kibuyu"."""
    if not _population_subject(fig) or is_passive_or_copular(fig.governor):
        return None
    governor = fig.governor
    if governor.lemma_ == "arrive" and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at", "into", "to") and any(
                is_place(o) for o in c.children if o.dep_ == "pobj") for c in governor.children):
        return Link(governor, "displaced", "intransitive", "cue_arrival")
    return None


def cue_departure(fig: Figure) -> LinkResult:
    """A population leaving a place: "more than 4,500 people left eastern Aleppo", "500 of
    the 4,000 villagers had left"; not "left 20 people dead" or "left the meeting"."""
    if not _population_subject(fig) or is_passive_or_copular(fig.governor):
        return None
    governor = fig.governor
    children = list(governor.children)
    if governor.lemma_ == "leave" and not any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "attr", "dative") for c in children):
        places = [c for c in children if c.dep_ == "dobj"]
        if all(is_place(p) for p in places):
            return Link(governor, "displaced", "intransitive", "cue_departure")
    return None


def cue_settlement(fig: Figure) -> LinkResult:
    """The people of a settlement that was destroyed lost their homes: "the entire town,
    which had a population of 4,500, was destroyed", "a village of 300 inhabitants was
    razed", "the village, home to about 800 people, was washed away". Not a settlement
    "partially destroyed"."""
    noun = fig.counted
    if noun is None:
        return None
    people = noun
    if fig.in_figure(noun) and noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_ == "population":
        people = noun.head.head  # "a population of 4,500"
    elif noun.lower_ not in POPULATION_NOUNS:
        return None
    token = people
    for _ in range(8):
        if token.dep_ in SUBJECT_DEPS:
            break
        if token.dep_ not in ("pobj", "prep", "dobj", "relcl", "acl", "advmod", "appos",
                              "nmod") or token.head.i == token.i:
            return None
        token = token.head
    else:
        return None
    verb = token.head
    if token.i == people.i or not is_place(token) or \
            verb.lemma_ not in _DESTROYING_VERBS or not is_passive_or_copular(verb) or \
            any(c.lower_ in _PARTIAL for c in verb.children):
        return None
    return Link(verb, "displaced", "verb", "cue_settlement")


# noun counted by a figure -> (its unit, the figure's claim index, quantity, span, noun)
Head = tuple[str, int, Quantity, Span, Token]


def restated(doc: Doc, span: Span, unit: str, heads: dict[int, Head]) -> Head | None:
    """The figure that a figure (``span``: its words with their qualifier) restates in
    another unit, right before it: "About 125 families (more than 800 people)", "2,400
    families, or 12,000 people,", "2,759 persons (around 460 families)". Reports give one
    displacement in two units; the figure stated first is the claim (as displacement
    monitors record it), the restatement stays a ``count`` so that the same people are not
    counted twice. ``heads`` maps the noun each earlier figure counts to (its unit, the
    figure's claim index, its quantity, its span, the noun); None when it restates none."""
    i = span.start - 1
    if i < 1:
        return None
    if doc[i].text == "(":
        i -= 1
    elif doc[i].lower_ == "or":
        i -= 1
        if i > 0 and doc[i].text == ",":
            i -= 1
    else:
        return None
    head = heads.get(i)
    return head if head is not None and head[0] != unit else None
