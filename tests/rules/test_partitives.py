"""Who "them" is in a figure told as a part of a group named before it
(:mod:`claimex.rules.partitives`)."""

from __future__ import annotations

import pytest

from claimex.rules.partitives import is_partitive_pronoun, partitive_antecedent


def _words(text):
    """(text, lemma, tag) of a hand-tagged sentence: "word|TAG|lemma" items."""
    items = [item.split("|") for item in text.split()]
    return [(word, lemma, tag) for word, tag, lemma in items]


@pytest.mark.parametrize(("words", "expected"), [
    # the attackers named as the subject of the sentence before
    ("The|DT|the militants|NNS|militant fled|VBD|flee .|.|.", "militants"),
    # the nearest group of people, named as an object
    ("Soldiers|NNS|soldier chased|VBD|chase the|DT|the bandits|NNS|bandit .|.|.",
     "bandits"),
    # people of any kind
    ("Dozens|NNS|dozen of|IN|of people|NNS|people gathered|VBD|gather .|.|.", "people"),
    # no plural that names people: vehicles and a single officer are no group
    ("Two|CD|two trucks|NNS|truck burnt|VBD|burn .|.|.", None),
    ("The|DT|the officer|NN|officer fired|VBD|fire .|.|.", None),
])
def test_partitive_antecedent(words, expected):
    assert partitive_antecedent(_words(words)) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("them", True), ("Those", True), ("it", False), ("us", False),
])
def test_is_partitive_pronoun(word, expected):
    assert is_partitive_pronoun(word) is expected
