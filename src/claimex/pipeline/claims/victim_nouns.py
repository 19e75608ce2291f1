"""Who the people one cue counts are, read off the dependency parse: the nouns a cue word
is about (:func:`cue_victims`: "detained the leader", "the insurgents killed"), their
conjuncts and companions (:func:`coordinated`: "the man, an IED facilitator, and three
additional suspects"), and the person words the tagger gets wrong (an age standing for
the person, "a 15-year-old"; a name heading its person noun; "the third" of a group).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex.pipeline.claims.companions import COMPANION_ADVERBS, companions
from claimex.pipeline.claims.grammar import SUBJECT_DEPS, is_passive_or_copular, shared_subject
from claimex.pipeline.claims.headline_passives import headline_passive_subject
from claimex.rules.casualties import (
    GENERIC_PERSON_WORDS,
    ORDINAL_VICTIMS,
    is_non_person_noun,
    is_person_noun,
    is_role_noun,
    is_unspecified_plural,
)


def is_person_adj(token: Token) -> bool:
    """A person noun the tagger took for an adjective: "detained the individual" (a
    determiner says it is a noun); or an age standing for the person: "A 16-year-old was
    taken into custody" ("old" with its "year" and a determiner)."""
    return token.pos_ == "ADJ" and (is_person_noun(token.lemma_) or is_age_noun(token)) and \
        any(c.dep_ == "det" for c in token.children)


def is_age_noun(token: Token) -> bool:
    """Whether ``token`` is the "old" of an age used as a noun: "a 15-year-old", "the
    17-year-old" (not "a 15-year-old boy", where "old" modifies the noun)."""
    return token.lower_ in ("old", "olds") and token.dep_ not in ("amod", "compound") and \
        any(c.lower_ in ("year", "years") for c in token.children)


def name_headed(noun: Token) -> Token:
    """The person noun of "a Liberation Movement of Northland courier", which the parse
    hangs under the name ("Movement", with "courier" the object of its "of")."""
    if noun.pos_ != "PROPN" or noun.ent_type_ == "PERSON":
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and is_person_noun(obj.lemma_) \
                        and obj.i - noun.i <= 6 and not any(
                            c.dep_ in ("det", "nummod") for c in obj.children):
                    return obj
    return noun


def cue_victims(cue: Token, kind: str) -> list[Token]:
    """The people a cue word is about, a figure or not: the object or passive subject of a
    cue verb ("detained the leader"), the subject of an intransitive one, the subject it
    shares in a coordination, the noun a cue participle modifies ("the insurgents
    killed"), or the subject of a raising verb ("a commander was confirmed killed").
    """
    deps = {"dobj", "nsubjpass"} if kind == "verb" else {"nsubj", "nsubjpass"}
    victims = [c for c in cue.children if c.dep_ in deps]
    if kind == "verb" and not victims and is_passive_or_copular(cue):
        victims = [c for c in cue.children if c.dep_ == "nsubj"]
    if kind == "verb" and not victims:
        # "Mayor of the town assassinated by rebels": a headline's passive, no auxiliary
        headline = headline_passive_subject(cue)
        victims = [headline] if headline is not None else []
    if not victims and (kind == "intransitive" or is_passive_or_copular(cue)):
        # "an insurgent attacked the outpost and was killed"
        shared = shared_subject(cue, kind)
        victims = [shared] if shared is not None else []
    if not victims and cue.dep_ in ("acl", "relcl") and (
            cue.head.pos_ in ("NOUN", "PROPN") or cue.head.lower_ == "another") and not (
            kind == "verb" and cue.tag_ == "VBG"):
        # "the insurgents killed", "one rider is dead and another badly hurt"; a
        # present participle of a transitive cue modifies who acts: "a police shooting in
        # Winnipeg", "a gunman shooting at cars" name no victim
        victims = [cue.head]
    if not victims and cue.dep_ in ("xcomp", "oprd") and cue.tag_ == "VBN" and \
            is_passive_or_copular(cue.head):
        # "a Taliban commander was confirmed killed", "two were reported detained"
        victims = [c for c in cue.head.children if c.dep_ in SUBJECT_DEPS]
    # "a driver who was hit and killed": the relative pronoun stands for a person
    # introduced with it (an indefinite singular); "the civilians who were killed" takes
    # up people told before, or none in particular
    victims = [cue.head if v.tag_ in ("WP", "WDT") and cue.dep_ == "relcl" and
               cue.head.pos_ in ("NOUN", "PROPN") and cue.head.tag_ == "NN" and any(
                   c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one")
                   for c in cue.head.children) else v for v in victims]
    return [v for v in victims if v.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or
            is_person_adj(v) or is_ordinal_victim(v)]


def is_ordinal_victim(word: Token) -> bool:
    """ "a fourth", "the third" with no noun of its own: one more person of a group just
    counted ("Two guards were shot dead and the third was taken to hospital"), not "a third of
    the residents"."""
    return word.lower_ in ORDINAL_VICTIMS and not any(
        c.dep_ == "prep" for c in word.children) and any(
        c.dep_ == "det" and c.lower_ in ("a", "the") for c in word.children)


def coordinated(victim: Token, cue: Token, along: bool = True) -> list[Token]:
    """The people one cue counts, in order: ``victim`` and its conjuncts; those of an
    apposition ("the man, an IED facilitator, and three additional suspects"); "along
    with" or "together with" phrases on the cue or the victim. A singular indefinite
    phrase right after a generic person word and a comma describes it ("one, a
    courier, and two other suspects"): the same person, not another. ``along`` False
    says the doc's text has no "along with" nor "together with"
    (:func:`~claimex.pipeline.claims.companions.text_has_companions`): no companions."""
    group = [victim]
    # a result told after its noun ends its phrase: "left a deputy injured and a suspect
    # dead", "found a man dead and a woman hurt" (the later conjunct has a cue of its own)
    after = cue.i if cue.dep_ in ("acl", "oprd") and cue.i > victim.i else None
    for conj in victim.conjuncts:
        if conj.i > victim.i and (after is None or conj.i < after):
            group.append(conj)
    for appos in victim.children:
        if appos.dep_ == "appos":
            group.extend(c for c in appos.conjuncts if c.i > appos.i and c not in group)
    # "along with" / "together with" on the cue or the victim, wherever the parse hangs it
    # ("held the commander along with two aides", "four gunmen die in the ensuing
    # clash along with two officers": companions.py)
    if along:
        group.extend(o for owner in (cue, victim) for o in companions(owner)
                     if o not in group)
    # "the commander who ran the cell in Tarrow, along with one suspected fighter": the
    # parse hangs the phrase after a comma on the relative clause
    for clause in (c for c in victim.children if c.dep_ in ("relcl", "acl")):
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ in COMPANION_ADVERBS and prep.i > 0 and \
                    prep.doc[prep.i - 1].text == ",":
                group.extend(o for word in prep.children if word.lower_ == "with"
                             for o in word.children if o.dep_ == "pobj" and o not in group)
    group.sort(key=lambda t: t.i)
    kept = [group[0]]
    first_det = next((c for c in victim.children if c.dep_ == "det"), None)
    for noun in group[1:]:
        previous = kept[-1]
        if is_non_person_noun(noun.lemma_) or is_non_person_noun(noun.text):
            continue  # "several suspects and multiple AK-47s": the rifles are no one
        det = next((c for c in noun.children if c.dep_ == "det"), None)
        if noun.conjuncts and noun in victim.conjuncts and first_det is not None and \
                first_det.lower_ in ("a", "an", "the") and det is None and \
                noun.tag_ == "NN" and victim.tag_ == "NN" and is_role_noun(noun.lemma_) and \
                is_role_noun(victim.lemma_) and not any(
                    c.dep_ in ("nummod", "poss") for c in noun.children):
            continue  # "a Taliban IED manufacturer and facilitator": one person, two roles
        if previous.lower_ in GENERIC_PERSON_WORDS and det is not None and \
                det.lower_ in ("a", "an") and noun.tag_ in ("NN", "NNP") and \
                noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "," and \
                noun.left_edge.i - 2 == previous.i:
            continue
        kept.append(noun)
    return kept


def is_people_plural(noun: Token, det: Token) -> bool:
    """Whether a noun phrase is an unspecified plural of people (:func:`is_unspecified_plural`):
    "the insurgents", "a number of suspected fighters"."""
    if noun.lower_ == "number":
        return det.lower_ == "a" and any(
            o.dep_ == "pobj" and is_person_noun(o.lemma_) for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    return is_unspecified_plural(det.text, noun.lemma_, noun.tag_ in ("NNS", "NNPS"))
