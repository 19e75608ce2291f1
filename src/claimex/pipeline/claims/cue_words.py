"""Questions of a cue word and the words around it: is a capture cue an alternative to
another cue ("captured or killed", :func:`is_disjunctive`), does it start a joint phrase
("dead and wounded", :func:`joint_category`), which cue completes a linking verb ("were
missing", "live in relief camps", :func:`predicate_cue`) or a total ("the number of people
displaced", :func:`total_cue`), and the displacement unit and place words
(:func:`unit_word`, :func:`is_place`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from claimex.pipeline.claims.cues import Cues
from claimex.pipeline.claims.figure import Link
from claimex.rules.casualties import DISPLACEMENT_UNITS, SETTLEMENT_NOUNS

# Prepositions that put a linked figure in a place: "live in relief camps", "moved to
# emergency shelters", "were staying at evacuation centres".
PLACE_PREPS = {"as", "in", "at", "into", "with", "to", "inside"}


def is_disjunctive(cue: Token, cues: Cues) -> bool:
    """Whether a capture cue and another casualty cue are alternatives ("captured or
    killed dozens of fighters"): the figure is not known to be either."""
    category = cues.get(cue.i, ("",))[0]
    pairs = [c for c in cue.children if c.dep_ == "conj"]
    if cue.dep_ == "conj":
        pairs.append(cue.head)
    for other in pairs:
        other_category = cues.get(other.i, ("",))[0]
        if not other_category or other_category == category or "captured" not in (
                category, other_category):
            continue
        first = cue if cue.i < other.i else other
        if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") and c.i < max(cue.i, other.i)
               for c in first.children):
            return True
    return False


def joint_category(cue: Token, cues: Cues) -> str | None:
    """``killed_or_injured`` where a cue word starts a phrase the lexicon counts as both
    ("dead and wounded", "killed or wounded": its head is the phrase's last word), so that
    a figure linked to the first word counts both: "50 dead and wounded"; else None.

    >>> import spacy; doc = spacy.blank("en")("50 dead and wounded")
    >>> joint_category(doc[1], {1: ("killed", "noun"), 3: ("killed_or_injured", "verb")})
    'killed_or_injured'
    """
    if cues.get(cue.i, ("",))[0] not in ("killed", "injured"):
        return None
    doc = cue.doc
    joint, other = cue.i + 1, cue.i + 2
    if other < len(doc) and doc[joint].lower_ in ("and", "or") and \
            cues.get(other, ("",))[0] == "killed_or_injured":
        return "killed_or_injured"
    return None


def unit_word(noun: Token) -> str:
    """The word a counted noun is, a word broken at a line end put back together: "fami-
    lies" (tokens "fami", "-", "lies") is "families"."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_ and \
            not doc[noun.i - 2].whitespace_ and doc[noun.i - 2].is_alpha:
        joined = doc[noun.i - 2].text + noun.text
        if joined.lower() in DISPLACEMENT_UNITS:
            return joined
    return noun.text


def is_place(token: Token) -> bool:
    """A word that names a place people live in or leave: a name ("eastern Aleppo"), a
    place or country entity, or a settlement noun ("their villages", "the city")."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC") or \
        token.lemma_.lower() in SETTLEMENT_NOUNS


def predicate_cue(verb: Token, cue: Callable[[Token], tuple[str, str] | None],
                  rule: str = "cue_predicate") -> Link | None:
    """A cue completing a linking verb: "were missing", "registered as displaced", "live in
    relief camps", "took refuge"."""
    for child in verb.children:
        found = cue(child)
        if found and child.dep_ in ("acomp", "oprd", "xcomp", "advcl", "attr"):
            return Link(child, found[0], found[1], rule)
        if child.dep_ == "dobj" and found and found[0] == "displaced":
            return Link(child, found[0], found[1], rule)
        if child.dep_ in ("prep", "advmod") and child.lower_ in PLACE_PREPS:
            # "moved into schools and relief tents", "staying in or near the camp"
            preps = [child, *(c for c in child.conjuncts if c.pos_ == "ADP")]
            for obj in (o for p in preps for o in p.children if o.dep_ in ("pcomp", "pobj")):
                for place in (obj, *obj.conjuncts):
                    found = cue(place)
                    if found and found[0] == "displaced":
                        return Link(place, found[0], found[1], rule)
    return None


def total_cue(total: Token, cues: Cues, rule: str = "cue_total") -> Link | None:
    """The cue a total is of: "the number of people displaced", "the total number of
    IDPs", "the number of displaced families"."""
    for prep in total.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ not in ("pobj", "pcomp"):
                continue  # "the number of missing" (pcomp)
            found = cues.get(obj.i)
            if found and (found[1] == "noun" or (found[1] == "adjective" and
                                                  obj.dep_ == "pcomp")):
                return Link(obj, found[0], found[1], rule)
            for child in obj.children:
                found = cues.get(child.i)
                if found and child.dep_ in ("acl", "relcl", "amod") and found[1] != "place":
                    return Link(child, found[0], found[1], rule)
    return None
