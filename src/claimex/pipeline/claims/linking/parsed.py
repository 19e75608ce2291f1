"""Casualty frames read off the dependency parse: one function per frame.

Each frame takes a :class:`~claimex.pipeline.claims.figure.Figure` (a count, the noun it
counts, the cues of its doc) and returns a :class:`~claimex.pipeline.claims.figure.Link`
named after itself when the figure is said in that frame, else None. The registry walks
them in its order and takes the first link; a frame's docstring gives its example, and
``tests/pipeline/test_linkers.py`` a sentence that must fire it.

The frames here read the word the counted phrase hangs on (the verb it is the subject or
object of, a preposition's owner); the frames read inside the counted noun's own phrase
(its modifiers, the noun itself a cue) are in
:mod:`claimex.pipeline.claims.linking.noun_phrase`. Displacement frames (people fleeing,
housed, arriving; housing lost) are in :mod:`claimex.pipeline.claims.displacement`.
"""

from __future__ import annotations

from claimex.pipeline.claims.companions import companion_owner
from claimex.pipeline.claims.cue_words import predicate_cue
from claimex.pipeline.claims.figure import Figure, Link, LinkResult
from claimex.pipeline.claims.grammar import (
    INJURY_VERBS,
    LINKING_VERBS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    is_negated,
    is_passive_or_copular,
    shared_subject,
)
from claimex.rules.casualties import (
    RESULTATIVE_VERBS,
    displacement_unit,
    is_combatant_noun,
    side_lost_people,
)


def cue_along_with(fig: Figure) -> LinkResult:
    """People added to a cue verb's people by "along with" or "together with", wherever the
    parse hangs the phrase (:func:`claimex.pipeline.claims.companions.companion_owner`):
    "arrested the commander along with four of his aides", "Nine raiders were shot dead
    along with a guard" ("along" a particle), "four gunmen die in the ensuing clash along
    with two officers" ("along" on the adjunct's noun)."""
    climb = fig.climb
    if climb is None or climb.dep_ != "pobj" or climb.head.lower_ != "with":
        return None
    owner = companion_owner(climb.head)
    found = fig.cue(owner) if owner is not None else None
    if found and found[1] in ("verb", "intransitive"):
        return fig.link(owner, found, "cue_along_with")
    return None


def _governing_cue(fig: Figure) -> tuple[str, str] | None:
    """The cue on the word the counted phrase hangs on, if that is another word."""
    if fig.climb is None or fig.governor.i == fig.climb.i:
        return None
    return fig.cue(fig.governor)


def cue_object(fig: Figure) -> LinkResult:
    """The counted noun is the object of a cue verb: "killed 12 soldiers", "detained
    three suspected insurgents"; also a noun the parse hangs on the verb as an adverbial
    ("wounding two civilians")."""
    found = _governing_cue(fig)
    climb, governor = fig.climb, fig.governor
    if found and found[1] == "verb" and (climb.dep_ in OBJECT_DEPS - {"nsubjpass"} or (
            climb.dep_ == "npadvmod" and climb.i > governor.i and climb.pos_ == "NOUN")):
        return fig.link(governor, found, "cue_object")
    return None


def cue_passive_subject(fig: Figure) -> LinkResult:
    """The counted noun is the subject of a passive or copular cue verb: "12 soldiers
    were killed", "three were detained"; or of a displacement verb in any voice ("2,000
    people displaced")."""
    found = _governing_cue(fig)
    climb, governor = fig.climb, fig.governor
    if found and found[1] == "verb" and (climb.dep_ == "nsubjpass" or (
            climb.dep_ == "nsubj" and (is_passive_or_copular(governor) or
                                       found[0] == "displaced"))):
        return fig.link(governor, found, "cue_passive_subject")
    return None


def cue_subject(fig: Figure) -> LinkResult:
    """The counted noun is the subject of an intransitive cue: "12 people died", "172,000
    people fled"."""
    found = _governing_cue(fig)
    if found and found[1] == "intransitive" and fig.climb.dep_ in SUBJECT_DEPS:
        return fig.link(fig.governor, found, "cue_subject")
    return None


def cue_predicate_noun(fig: Figure) -> LinkResult:
    """The counted noun is the subject, attribute or modifier of a cue noun or adjective:
    "the dead numbered 12", "12 were missing" (a cue adjective as the head)."""
    found = _governing_cue(fig)
    if found and found[1] in ("adjective", "noun") and fig.climb.dep_ in (
            "nsubj", "nsubjpass", "attr", "amod", "compound"):
        return fig.link(fig.governor, found, "cue_predicate_noun")
    return None


def cue_suffered(fig: Figure) -> LinkResult:
    """People who suffered or sustained an injury: "25 children suffered injuries", "30
    people sustained gunshot wounds"; not "suffered no injuries" (a negated verb)."""
    climb, governor = fig.climb, fig.governor
    if climb is None or governor.pos_ not in ("VERB", "AUX") or governor.i == climb.i:
        return None
    if climb.dep_ in SUBJECT_DEPS and governor.lemma_ in INJURY_VERBS and \
            not is_negated(governor):
        for child in governor.children:
            found = fig.cue(child)
            if child.dep_ == "dobj" and found and found[0] == "injured":
                return Link(child, "injured", found[1], "cue_suffered")
    return None


def cue_with(fig: Figure) -> LinkResult:
    """An injury beside the people a verb that is no cue is about: "treated 40 soldiers
    with shrapnel wounds", "12 people were taken to hospital with injuries"."""
    climb, governor = fig.climb, fig.governor
    if climb is None or governor.pos_ not in ("VERB", "AUX") or governor.i == climb.i or \
            climb.dep_ not in ("dobj", "nsubjpass"):
        return None
    preps = [c for c in governor.children if c.dep_ == "prep"]
    # "were taken to hospital with injuries": the parse may hang it on the place
    preps += [p for c in preps for o in c.children if o.dep_ == "pobj"
              for p in o.children if p.dep_ == "prep" and p.lower_ == "with"]
    for prep in preps:
        if prep.lower_ not in ("with", "for") or prep.i < climb.i:
            continue
        if prep.lower_ == "with" and climb.dep_ == "dobj" and prep.i != climb.right_edge.i + 1:
            continue  # "attacked the 40 soldiers at dawn with ..."
        for obj in (o for p in prep.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)):
            found = fig.cue(obj)
            if found and found[0] == "injured":
                return Link(obj, "injured", found[1], "cue_with")
    return None


def cue_resultative(fig: Figure) -> LinkResult:
    """A result a verb leaves its object in: "left 15 dead", "leaving 30 wounded"."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ != "dobj" or governor.lemma_ not in RESULTATIVE_VERBS:
        return None
    return _complement_cue(fig, "cue_resultative")


def _complement_cue(fig: Figure, rule: str) -> Link | None:
    """A casualty cue (no displacement) that completes the verb the counted phrase hangs
    on, after the phrase: "left 15 dead", "were feared dead"."""
    climb, governor = fig.climb, fig.governor
    for child in governor.children:
        found = fig.cue(child)
        if found and child.dep_ in ("oprd", "acomp", "xcomp") and child.i > climb.i and \
                found[0] != "displaced":
            return fig.link(child, found, rule)
    return None


def cue_lost(fig: Figure) -> LinkResult:
    """A side lost armed people: "the regime lost 20 soldiers" is killed, with no actor
    (the subject lost them, it did not kill them); so are other people the speaker's side
    or a country lost: "we lost 41 people that night" (rules/casualties.py: side_lost_people)."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ != "dobj" or governor.lemma_ != "lose":
        return None
    subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if is_combatant_noun(climb.lemma_) or (subject is not None and side_lost_people(
            subject.text, subject.ent_type_, climb.lemma_)):
        return Link(governor, "killed", "intransitive", "cue_lost")
    return None


def cue_among(fig: Figure) -> LinkResult:
    """People among the dead: "three children were among the dead", "were among those
    killed"."""
    climb, governor = fig.climb, fig.governor
    if climb is None or governor.lemma_ != "be" or not (
            climb.dep_ in SUBJECT_DEPS or (climb.dep_ == "attr" and any(
                c.dep_ == "expl" for c in governor.children))):
        return None  # also "Among those killed there were 595 women"
    for prep in governor.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for word in (obj, *(c for c in obj.children if c.dep_ in ("acl", "relcl"))):
                    found = fig.cue(word)
                    if found and found[0] != "displaced":
                        return fig.link(word, found, "cue_among")
    return None


def cue_including(fig: Figure) -> LinkResult:
    """Victims named apart inside a counted group are claims of their own: "killed 23
    people, including seven children". A displaced group's breakdown ("300 people,
    including 44 children, were evacuated") is demographics of one figure, which
    displacement data records once: no link."""
    climb, governor, span = fig.climb, fig.governor, fig.span
    if climb is None or climb.dep_ != "pobj" or governor.lower_ not in ("including", "among") \
            or governor.head.pos_ not in ("NOUN", "PROPN") or governor.head.i >= span.start:
        return None
    group = governor.head
    found = fig.relink(fig.counting(group))
    if found is not None and not fig.in_figure(group) and found.category != "displaced":
        return Link(found.cue, found.category, found.kind, "cue_including")
    return None


def cue_conjunct(fig: Figure) -> LinkResult:
    """A cue verb right after a passive one, sharing its subject (no subject or object of
    its own): "Several individuals were identified and detained"."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ != "nsubjpass" or governor.pos_ != "VERB" or \
            governor.i in fig.cues:
        return None
    for conj in governor.conjuncts:
        found = fig.cue(conj)
        if found and found[1] == "verb" and governor.i < conj.i <= governor.i + 3 and \
                not any(c.dep_ in (*SUBJECT_DEPS, "dobj") for c in conj.children):
            return fig.link(conj, found, "cue_conjunct")
    return None


def cue_shared_subject(fig: Figure) -> LinkResult:
    """A later passive or intransitive cue verb of the same subject, with no subject of
    its own: "Two insurgents fired on the patrol and were killed"."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ not in SUBJECT_DEPS or governor.pos_ not in ("VERB", "AUX"):
        return None
    for conj in governor.conjuncts:
        found = fig.cue(conj)
        shared = shared_subject(conj, found[1]) if found and conj.i > governor.i else None
        if shared is not None and shared.i == climb.i:
            return fig.link(conj, found, "cue_shared_subject")
    return None


def cue_complement(fig: Figure) -> LinkResult:
    """The cue is the complement of a raising or modal verb: "are estimated to have been
    displaced", "had to evacuate", "are believed to have died"; or completes a linking
    verb there ("200 people had to be placed in temporary shelters")."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ not in SUBJECT_DEPS:
        return None
    for child in governor.children:
        found = fig.cue(child)
        if found and child.dep_ == "xcomp" and child.i > climb.i and (
                found[0] == "displaced" or found[1] == "intransitive" or (
                    found[1] == "verb" and is_passive_or_copular(child))):
            return fig.link(child, found, "cue_complement")
        if child.dep_ == "xcomp" and child.i > climb.i and child.lemma_ in LINKING_VERBS:
            found = predicate_cue(child, fig.cue, "cue_complement")
            if found is not None and found.category == "displaced":
                return found
    return None


def cue_predicate(fig: Figure) -> LinkResult:
    """A cue completing the linking verb of the counted subject: "nine people were
    missing", "5,400 people registered as displaced", "took refuge", "live in relief
    camps"."""
    climb, governor = fig.climb, fig.governor
    if climb is not None and climb.dep_ in SUBJECT_DEPS and governor.lemma_ in LINKING_VERBS:
        return predicate_cue(governor, fig.cue, "cue_predicate")
    return None


def cue_had_destroyed(fig: Figure) -> LinkResult:
    """People who had their houses destroyed: "41,000 households had their houses
    destroyed"."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ != "nsubj" or governor.lemma_ != "have":
        return None
    for child in governor.children:
        found = fig.cues.get(child.i)
        if found and found[0] == "displaced" and child.dep_ in ("ccomp", "xcomp", "oprd") \
                and any(displacement_unit(c.text) == "houses" for c in child.children
                        if c.dep_ in ("nsubj", "dobj", "nsubjpass")):
            return fig.link(child, found, "cue_had_destroyed")
    return None


BELIEF_VERBS = frozenset({"fear", "believe", "presume", "think", "suspect", "assume"})


def cue_believed(fig: Figure) -> LinkResult:
    """A casualty a verb of belief or report predicates of the counted people: "Five miners
    were feared dead", "Two fighters are believed killed", "Dozens feared dead as boat
    capsizes", "three presumed dead"."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ not in SUBJECT_DEPS or governor.lemma_ not in BELIEF_VERBS:
        return None
    return _complement_cue(fig, "cue_believed")
