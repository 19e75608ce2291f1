"""Captives: people held, freed, or harmed while held.

A captured cue noun ("hostages", "prisoners", "detainees", "captives") counts people held.
Two frames read what a clause does with them instead: a verb that frees them ("freeing 30
prisoners", "released the five hostages", "40 inmates escaped") makes them no new
captives, and a killing or wounding verb makes them killed or hurt ("killed a guard
and four hostages", "two hostages were wounded"): hostages who are killed are killed.
"""

from __future__ import annotations

from claimex import lexicon
from claimex.pipeline.claims.cues import HARM_CATEGORIES
from claimex.pipeline.claims.figure import STOP, Figure, LinkResult
from claimex.pipeline.claims.grammar import is_passive_or_copular
from claimex.rules.casualties import TOTAL_NOUNS, is_person_noun

# lemma -> "object" (the verb frees its object) or "subject" (its subject goes free)
FREEING_VERBS = {entry[0]: entry[1] for entry in lexicon.entries("freeing_verbs")
                 if len(entry) > 1}


def _freed(fig: Figure) -> bool:
    """Whether the counted people are those a freeing verb frees (its object, or its
    passive subject) or whose escape it tells (its subject); people, never a figure of
    them ("No figure of the casualties has been released")."""
    noun, climb, governor = fig.counted, fig.climb, fig.governor
    if noun is None or climb is None or governor is None or governor.i == climb.i or \
            governor.tag_ == "VB":
        return False  # "working to free 20 hostages": not freed yet
    if any(c.dep_ == "relcl" and (fig.cue(c) or ("",))[0] == "captured"
           for c in noun.children):
        return False  # "rescued 12 travellers, who were abducted on Monday": the
        # clause tells their capture
    held = [noun, *(c for c in noun.children if c.dep_ in ("amod", "acl"))]
    if not (is_person_noun(noun.lemma_) or any(
            (fig.cue(word) or ("",))[0] == "captured" for word in held)) or \
            climb.lemma_ in TOTAL_NOUNS:
        return False  # people, or people held ("freeing 120 captured fighters")
    role = FREEING_VERBS.get(governor.lemma_.lower())
    if role == "object":
        return climb.dep_ in ("dobj", "nsubjpass") or (
            climb.dep_ == "nsubj" and is_passive_or_copular(governor))
    return role == "subject" and climb.dep_ == "nsubj" and not is_passive_or_copular(governor)


def not_freed_captives(fig: Figure) -> LinkResult:
    """Guard: people a verb frees are no captives of the event: "attacked the prison,
    freeing 30 prisoners", "the gang released the five hostages", "freeing 120 captured
    fighters" (STOP: no rule links them); not people still to be freed ("working to free
    20 hostages") nor people whose capture a clause on them tells ("rescued 12 travellers,
    who were abducted on Monday"). Reads the parse; without one it says nothing."""
    if not fig.parsed:
        return None
    return STOP if _freed(fig) else None


def cue_harm_to_captives(fig: Figure) -> LinkResult:
    """Captives a killing or wounding cue verb is about are killed or hurt, not captured:
    "killed a guard and four hostages held in a warehouse", "two hostages were wounded",
    "three prisoners died in the fire" (the verb's category, not the captured noun's)."""
    noun, climb, governor = fig.counted, fig.climb, fig.governor
    if noun is None or climb is None or governor is None or governor.i == climb.i:
        return None
    own = fig.cue(noun)
    found = fig.cue(governor)
    if not own or own[0] != "captured" or not found or found[0] not in HARM_CATEGORIES:
        return None
    if found[1] == "verb" and (climb.dep_ in ("dobj", "nsubjpass") or (
            climb.dep_ == "nsubj" and is_passive_or_copular(governor))):
        return fig.link(governor, found, "cue_harm_to_captives")
    if found[1] == "intransitive" and climb.dep_ == "nsubj":
        return fig.link(governor, found, "cue_harm_to_captives")
    return None
