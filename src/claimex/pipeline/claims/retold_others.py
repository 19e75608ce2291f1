"""People told again as "others": a later sentence that counts "others" who are people a
story has already counted, not more of them. Two frames:

- a definite plural "others" ("the two others", "those three others"): people told before
  (not one "other": "The other guard was hurt" after "A guard was stabbed" adds);
- "N others" in a later sentence whose figure is the figure of a group of the same category
  counted in an earlier sentence beside a victim of another category ("One guard was killed
  and three were hurt. ... Three others were hurt, one of them badly": the three set apart
  from the dead guard, told again).

Either way the figure is no addition (:func:`claimex.pipeline.claims.narrative.is_additive`).
Not a retelling: "others" with a figure of its own ("Two were hurt on Main Street. Three
others were hurt on Elm Street"), or others of the same sentence as the victim they are set
apart from (that is the first telling).

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Police", "shot", "the", "two", "others"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1],
...           deps=["nsubj", "ROOT", "det", "nummod", "dobj"])
>>> is_definite_others(doc[4])
True
>>> is_definite_others(doc[0])
False
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex.pipeline.claims.cues import Cues
from claimex.pipeline.claims.grammar import PEOPLE_DEPS, nummod_value
from claimex.rules.numbers.parse import parse_number

_OTHERS_WORDS = frozenset({"others", "other"})
# determiners that make "others" people told before
_DEFINITE_DETERMINERS = frozenset({"the", "these", "those"})


def _is_others(counted: Token) -> bool:
    """Whether the counted word is "others", or a noun "other" qualifies."""
    return counted.lower_ in _OTHERS_WORDS or any(
        child.lower_ == "other" and child.dep_ == "amod" for child in counted.children)


def is_definite_others(counted: Token) -> bool:
    """Whether plural "others" comes with a definite determiner or a possessive ("the two
    others", "his two other friends"): people told before. Not one "other" ("A guard was
    stabbed ... The other guard was hurt": the one left of a pair, told one by one, adds)."""
    plural = counted.lower_ == "others" or (_figure(counted) or 0) > 1
    return _is_others(counted) and plural and any(
        (child.dep_ == "det" and child.lower_ in _DEFINITE_DETERMINERS) or child.dep_ == "poss"
        for child in counted.children)


def _figure(word: Token) -> float | None:
    """The figure a counted word carries: its own number ("four were hurt") or its
    number modifier ("four people")."""
    own = parse_number(word.lower_) if word.pos_ == "NUM" else None
    return own if own is not None else nummod_value(word)


def _set_apart_from_another_category(word: Token, category: str, cues: Cues) -> bool:
    """Whether a cue of another category stands before ``word`` in its sentence ("One guard
    was killed and three were hurt": the three)."""
    sentence = word.sent
    return any(sentence.start <= i < word.i and found[0] != category and
               found[0] != "displaced" for i, found in cues.items())


def retells_a_counted_group(counted: Token | None, cue: Token, cues: Cues) -> bool:
    """Whether ``counted`` ("others") tells again people counted before (see the module
    docstring): definite, or "N others" whose figure an earlier sentence gave a group of
    the same category set apart from a victim of another category."""
    if counted is None or cue.i not in cues or not _is_others(counted):
        return False
    if is_definite_others(counted):
        return True
    figure = _figure(counted)
    category = cues[cue.i][0]
    if figure is None:
        return False
    start = counted.sent.start
    doc = counted.doc
    for i, found in cues.items():
        if i >= start or found[0] != category:
            continue
        for person in doc[i].children:
            if person.dep_ in PEOPLE_DEPS and _figure(person) == figure and \
                    _set_apart_from_another_category(person, category, cues):
                return True
    return False
