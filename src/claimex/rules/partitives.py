"""Who "them" is in a figure told as a part of a group named before it (frame: the
partitive pronoun): "The gunmen were beaten back. Nine of them were killed" counts
gunmen, though the figure's own noun phrase names nobody. The toll reads the people so
found as the figure's victims (:func:`claimex.assemble.toll_sides.other_side_dead`: the
attackers' dead add to a lead's figure of the people they attacked).

>>> partitive_antecedent([("The", "the", "DT"), ("gunmen", "gunman", "NNS"),
...                       ("were", "be", "VBD"), ("beaten", "beat", "VBN"),
...                       ("back", "back", "RB"), (".", ".", ".")])
'gunmen'
"""

from __future__ import annotations

from collections.abc import Sequence

from claimex import lexicon
from claimex.rules.casualties import PERSON_CLASSES, is_population_plural

# The pronouns a figure takes its part of ("Nine of them", "two of those"):
# resources/words/partitive_pronouns.txt.
PARTITIVE_PRONOUNS = lexicon.words("partitive_pronouns")
# Plural nouns that name people, of any kind: the people classes (soldiers, civilians,
# insurgents) and the attackers' nouns; "people" is one too (is_population_plural).
_PEOPLE_NOUNS = frozenset().union(*PERSON_CLASSES.values()) | lexicon.nouns("combatant_nouns")
_PLURAL_TAGS = ("NNS", "NNPS")


def is_partitive_pronoun(word: str) -> bool:
    """Whether a word is a pronoun a figure takes a part of ("of them").

    >>> is_partitive_pronoun("Them"), is_partitive_pronoun("it")
    (True, False)
    """
    return word.lower() in PARTITIVE_PRONOUNS


def partitive_antecedent(words: Sequence[tuple[str, str, str]]) -> str | None:
    """The people a partitive pronoun stands for: of the words before the figure (text,
    lemma, fine tag; its own sentence and the one before it), the nearest plural noun that
    names people (:data:`_PEOPLE_NOUNS`, or a population: "people"); None where there is
    none ("Two trucks burnt. Both of them ..."). Plural tags only: "the officer" is no
    group a part can be taken of.

    >>> partitive_antecedent([("Guards", "guard", "NNS"), ("fired", "fire", "VBD"),
    ...                       ("on", "on", "IN"), ("the", "the", "DT"),
    ...                       ("bandits", "bandit", "NNS"), (".", ".", ".")])
    'bandits'
    >>> partitive_antecedent([("Two", "two", "CD"), ("trucks", "truck", "NNS"),
    ...                       ("burnt", "burn", "VBD"), (".", ".", ".")]) is None
    True
    """
    for text, lemma, tag in reversed(words):
        if tag in _PLURAL_TAGS and (lemma.lower() in _PEOPLE_NOUNS or
                                    text.lower() in _PEOPLE_NOUNS or is_population_plural(text)):
            return text
    return None
