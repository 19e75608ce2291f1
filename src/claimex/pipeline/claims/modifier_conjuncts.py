"""The others held with a target whose phrase carries a modifier (session 22, issue 14).

Police and army statements describe the target before they count the others taken with
him: "arrested a suspect in the bank robbery and an accomplice", "detained a cell leader
who planned attacks on the market and two associates", "held a courier responsible for
the supply of explosives and two helpers". The parser often hangs the last conjunct on the
last noun of the modifier ("robbery and an accomplice", "market and two associates",
"supply ... and two helpers"), so the cue counts the target alone; or, after a place on the
verb ("detained a smuggler in the village and three helpers"), on the cue verb itself, so
the count stands apart from the target. :func:`modifier_conjuncts` finds such a conjunct: a
counted person noun (a number, an article, a possessive, or a person's name) coordinated
with a noun that names no person inside the target's modifier, or with the cue verb after
a prepositional phrase that follows its object. "arrested a suspect in the killing of a
guard and a cashier" stays one: the cashier is coordinated with a person, a victim of the
killing, not with the modifier's thing.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from claimex.rules.casualties import is_person_noun

# the dependency labels a modifier of the target is built of, from the target down to the
# noun the parse coordinates the others with: a prepositional phrase ("a suspect in the
# robbery"), a relative or participle clause and its object ("a leader who planned
# attacks on the market", "a man wanted for murder"), an adjective with its complement
# ("responsible for the supply of explosives"), an apposition ("Ali, a member of the cell")
_MODIFIER_DEPS = frozenset({"prep", "pobj", "pcomp", "relcl", "acl", "amod", "appos", "dobj",
                            "compound"})
# how far the others may stand from the target (tokens): a modifier, not a paragraph
_MAX_SPAN = 25
# the determiners that count one person: "and an accomplice", "and another suspect"
_SINGLE_DETERMINERS = frozenset({"a", "an", "another", "one", "the", "this", "that"})


def _is_counted_person(noun: Token) -> bool:
    """A person the phrase counts: a person noun with a number, a possessive or a singular
    article ("two associates", "his brother", "an accomplice"), or a person's name. A
    plural with no number ("the insurgents", "suspected fighters") says no figure here."""
    if noun.ent_type_ == "PERSON":
        return True
    if noun.pos_ != "NOUN" or not is_person_noun(noun.lemma_):
        return False
    if any(c.dep_ in ("nummod", "poss") for c in noun.children):
        return True
    return noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in _SINGLE_DETERMINERS
                                     for c in noun.children)


def _names_no_person(noun: Token) -> bool:
    """Whether the noun the others hang on is a thing, a place or an event ("robbery",
    "village", "supply"), not a person a second group could belong with."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ != "PERSON" and \
        not is_person_noun(noun.lemma_)


def _joined_by_and(head: Token, conj: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ == "and" and c.i < conj.i for c in head.children)


def _inside_modifier(victim: Token, cue: Token, noun: Token, cue_at: Container[int]) -> bool:
    """Whether ``noun`` sits in a modifier of ``victim``: every word from it up to the
    victim hangs by a modifier's label, or up to the cue verb by a prepositional phrase
    that follows the victim, its object ("arrested a suspect in the robbery": the parse
    hangs "in" on the verb); and no word between is a cue (in "a man who killed a guard in
    the market and two civilians" the civilians are the killing's). The noun itself may be
    an event's cue noun: "a suspect in the killing and his two accomplices"."""
    word = noun
    while word.i != victim.i:
        if word.dep_ not in _MODIFIER_DEPS or word.head.i == word.i or (
                word.i != noun.i and word.i in cue_at):
            return False
        if word.head.i == cue.i:
            return word.dep_ == "prep" and word.i > victim.i and victim.dep_ == "dobj" and \
                victim.head.i == cue.i
        word = word.head
    return True


def modifier_conjuncts(victim: Token, cue: Token, cue_at: Container[int] = ()) -> list[Token]:
    """The people counted with ``victim`` whom the parse hangs inside the victim's
    modifier or on the cue verb after one: "arrested a suspect in the bank robbery and an
    accomplice" (the accomplice, a conjunct of "robbery"), "detained a smuggler in the
    village and three helpers" ("helpers", a conjunct of "detained" after "in the
    village"); none in "arrested a suspect in the killing of a guard and a cashier".
    ``cue_at`` holds the token indices of the doc's cue words."""
    found: list[Token] = []
    limit = min(len(victim.doc), victim.i + _MAX_SPAN)
    for noun in victim.doc[victim.i + 1:limit]:
        if noun.dep_ != "conj" or not _is_counted_person(noun) or noun.i in cue_at or any(
                c.i in cue_at for c in noun.children):
            continue
        head = noun.head
        if head.i == cue.i:
            # on the cue verb, after its object and a phrase that follows the object
            if victim.dep_ == "dobj" and victim.head.i == cue.i and _joined_by_and(cue, noun) \
                    and any(c.dep_ == "prep" and victim.i < c.i < noun.i for c in cue.children):
                found.append(noun)
            continue
        if head.i <= victim.i or not _names_no_person(head) or not _joined_by_and(head, noun):
            continue
        if _inside_modifier(victim, cue, head, cue_at):
            found.append(noun)
    return found


def modifier_target(noun: Token, cue_at: Container[int]) -> tuple[Token, Token] | None:
    """The victim and cue verb whose modifier holds ``noun`` as one of the others counted
    with the victim (:func:`modifier_conjuncts`), or None: for "two" in "detained a
    courier responsible for the supply of explosives and two helpers", the courier and
    "detained"."""
    if noun.dep_ != "conj":
        return None
    for verb in noun.ancestors:
        if verb.i not in cue_at or verb.pos_ not in ("VERB", "AUX"):
            continue
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < noun.i]
        if victims and noun in modifier_conjuncts(victims[-1], verb, cue_at):
            return victims[-1], verb
        return None
    return None
