"""A part of a counted group told in a clause coordinated after it: "Two hikers were
hurt and one is in critical condition", "Three guards were shot and two are in a
clinic". The part is people the first clause already counted, not more of them: no
addition (:func:`claimex.pipeline.claims.narrative.is_additive`), so the toll stays the
group's (2, 3), not the group plus the part.

A part is a number (or "both") standing alone as the clause's subject, no larger than a
figure on the first clause's own people. A number with
a noun of its own ("Two hikers were hurt and a ranger was grazed"), or larger than the
group, is other people.

>>> part_value("one"), part_value("Two"), part_value("both"), part_value("man")
(1.0, 2.0, 2.0, None)
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex.pipeline.claims.grammar import PEOPLE_DEPS, SUBJECT_DEPS, nummod_value
from claimex.rules.numbers.parse import parse_number

# a part that names the whole of a pair
_PAIR_WORDS = {"both": 2.0}


def part_value(word: str) -> float | None:
    """The count a part word stands for: a number word or figure, "both" (2); None for a
    word that is no number."""
    lower = word.lower()
    if lower in _PAIR_WORDS:
        return _PAIR_WORDS[lower]
    return parse_number(lower)


def _stands_alone(counted: Token) -> bool:
    """Whether a number is a clause's subject with no noun or "of" phrase of its own ("one
    is in critical condition")."""
    if counted.dep_ not in SUBJECT_DEPS or counted.pos_ not in ("NUM", "PRON", "DET"):
        return False
    return not any(child.dep_ in ("compound", "amod", "prep") for child in counted.children)


def _group_count(verb: Token) -> float | None:
    """The figure on the first clause's own people ("Two hikers were hurt": 2)."""
    for person in verb.children:
        if person.dep_ in PEOPLE_DEPS:
            value = nummod_value(person)
            if value is not None:
                return value
    return None


def is_part_of_the_group(counted: Token | None, cue: Token) -> bool:
    """Whether the figure of a clause coordinated after a harm clause is a part of the
    first clause's counted people (see the module docstring): ``counted`` is the figure's
    word, ``cue`` its clause's cue, a ``conj`` of the first clause's verb."""
    if counted is None or not _stands_alone(counted):
        return False
    part = part_value(counted.text)
    group = _group_count(cue.head)
    return part is not None and group is not None and part <= group
