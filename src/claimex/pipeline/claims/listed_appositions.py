"""A list of single victims that the parse reads as a person and an apposition: "A ranger,
a nurse and a driver were wounded". The small English model hangs the second item on the
first as an apposition (as if "a nurse" described "a ranger") and the third on the second as
its conjunct, so :func:`claimex.pipeline.claims.victim_nouns.coordinated` took the second
item for the first person told again and counted two people, not three.

An apposition is the next item of a list, not a description of the person before it, when
(:func:`is_list_item`)

* the list goes on after it with single people: it has conjuncts, none counted ("a nurse
  and a driver"; not "a man, a courier, and two others");
* both are single people (person nouns) introduced alike: both indefinite ("A ranger, a
  nurse"; an item with an age and no article is indefinite too: "a 23-year-old man,
  19-year-old woman and 17-year-old boy") or both definite ("the woman, her husband and
  the child");
* it names no role in a network and has no "of" phrase ("a man, a known facilitator, and
  a driver", "a man, a father of two, and a woman": descriptions).

A definite person and an indefinite apposition stay one person ("the man, an IED
facilitator, and three suspects" is four people). A counted plural's apposition is left as it
was: it may break the plural down ("two people, a chief and his guard") or go on with more
groups ("four police, two children, two women and two men"), which the parse does not tell
apart.

>>> determiner_kind("A"), determiner_kind("her"), determiner_kind(None), determiner_kind("some")
('indefinite', 'definite', None, None)
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon
from claimex.rules.casualties import is_person_noun, is_role_noun

_KINDS = {word: kind for kind, words in lexicon.groups("list_item_determiners").items()
          for word in words}


def determiner_kind(word: str | None) -> str | None:
    """How a determiner introduces its noun: "indefinite" ("a", "an", "one"), "definite"
    ("the", a possessive pronoun), or None (no determiner, or a quantifier)."""
    return _KINDS.get(word.lower()) if word is not None else None


def _has_age(noun: Token) -> bool:
    """Whether a noun carries an age ("19-year-old woman")."""
    return any(mod.lower_ == "old" and any(part.lower_ in ("year", "years")
                                          for part in mod.children)
               for mod in noun.children if mod.dep_ == "amod")


def _kind(noun: Token) -> str | None:
    """The determiner kind of a single person's noun phrase; an age with no determiner
    counts as indefinite ("19-year-old woman")."""
    for child in noun.children:
        if child.dep_ in ("det", "poss") and child.i < noun.i:
            return determiner_kind(child.text)
    return "indefinite" if _has_age(noun) else None


def _is_single(noun: Token) -> bool:
    """A singular noun with no number of its own ("a driver", not "two others")."""
    return noun.tag_ == "NN" and not any(child.dep_ == "nummod" for child in noun.children)


def _is_single_person(noun: Token) -> bool:
    return _is_single(noun) and is_person_noun(noun.lemma_)


def is_list_item(person: Token, apposition: Token) -> bool:
    """Whether ``apposition`` (an ``appos`` of ``person``) is the next person of a list
    rather than a description of ``person`` (see the module docstring): "A ranger, a
    nurse and a driver" yes, "the man, an IED facilitator, and three suspects" no."""
    later = [c for c in apposition.conjuncts if c.i > apposition.i]
    if apposition.dep_ != "appos" or apposition.head.i != person.i or not later:
        return False
    if not all(_is_single(noun) for noun in later) or not (
            _is_single_person(person) and _is_single_person(apposition)):
        return False  # "a man, a courier, and two others": a description, then more
    if is_role_noun(apposition.lemma_) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in apposition.children):
        return False  # "a man, a known facilitator, and ...", "a man, a father of two, ..."
    kind = _kind(person)
    return kind is not None and kind == _kind(apposition)
