"""Victims: the side a victim phrase names, its word class, and whether two victim phrases
can count the same people.

A victim phrase ("Wagner fighters", "five Russian nationals", "regime and allied
fighters") is read as :class:`Victims`: its head noun, that noun's class in
``subject_classes`` (*military*, *fighter*, *civilian*, ...), whether the head is a person
noun of the shared word layer (``resources/words/person_nouns.txt``), its proper
modifiers, its canonical, and its **sides**: the nationalities, factions and alignments
that ``side_words`` (``resources/victim_sides.jsonl``) finds in its words and canonical.

>>> index = side_index({"RUS": ("russian", "wagner"), "government": ("regime",)})
>>> sorted(victim_sides("Wagner fighters", None, index))
['RUS']
>>> sorted(victim_sides("regime and allied fighters", None, index))
['government']
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from claimex import lexicon
from claimex.reconcile.nouns import WORD_RE

_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})


@dataclass(frozen=True)
class Victims:
    """What a claim says about who was counted: the parts :func:`same_victims` compares.

    ``wildcard``: no usable subject, or a role noun ("casualties", "others"): fits anyone.
    ``additional``: the phrase counts people beyond those counted before it ("two *other*
    soldiers", "ten others").
    """

    head: str | None = None
    word_class: str | None = None
    person: bool = False
    canonical: str | None = None
    modifiers: frozenset[str] = frozenset()
    sides: frozenset[str] = frozenset()
    wildcard: bool = False
    additional: bool = False


def counts_additional(text: str | None, head: str | None,
                      additional_words: frozenset[str]) -> bool:
    """Whether a victim phrase counts further people: an additional word among the words
    before its head, or as its head.

    >>> words = frozenset({"other", "more"})
    >>> counts_additional("other Turkish-backed militants", "militant", words)
    True
    >>> counts_additional("others", "other", words), counts_additional("soldiers", "soldier", words)
    (True, False)
    """
    if head in additional_words:
        return True
    return any(word in additional_words for word in _phrase_words(text)[:-1])


def side_index(side_words: Mapping[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Word → the sides it names, from a side → words table.

    >>> side_index({"RUS": ("russian",), "SYR": ("syrian",)})["russian"]
    frozenset({'RUS'})
    """
    index: dict[str, set[str]] = {}
    for side, words in side_words.items():
        for word in words:
            index.setdefault(word.casefold(), set()).add(side)
    return {word: frozenset(sides) for word, sides in index.items()}


def victim_sides(text: str | None, canonical: str | None,
                 index: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The sides a victim phrase and its canonical name (words before a relative clause;
    hyphenated words whole, else by their parts: "Turkish-backed" → TUR).

    >>> index = side_index({"TUR": ("turkish",), "opposition": ("anti-government",)})
    >>> sorted(victim_sides("other Turkish-backed militants", None, index))
    ['TUR']
    >>> sorted(victim_sides("anti-government fighters", None, index))
    ['opposition']
    >>> sorted(victim_sides("fighters who attacked Turkish posts", None, index))
    []
    """
    found: set[str] = set()
    for phrase in (text, canonical):
        for word in _phrase_words(phrase):
            if word in index:
                found |= index[word]
            elif "-" in word:
                for part in word.split("-"):
                    found |= index.get(part, frozenset())
    return frozenset(found)


def _phrase_words(phrase: str | None) -> list[str]:
    words = []
    for raw in WORD_RE.findall((phrase or "").replace("@", " ")):
        word = raw.strip(".'’-").casefold()
        word = re.sub(r"['’]s$", "", word)
        if word in _RELATIVE:
            break
        if word:
            words.append(word)
    return words


def is_person_noun(head: str | None) -> bool:
    """Whether a head noun names people (the word layer's ``person_nouns``).

    >>> is_person_noun("national"), is_person_noun("hospital")
    (True, False)
    """
    return bool(head) and head in lexicon.nouns("person_nouns")


def same_victims(a: Victims, b: Victims) -> bool:
    """Whether two victim phrases can count the same people.

    * a wildcard fits anyone;
    * two known sides that share nothing never fit ("Russian soldiers" / "Ukrainian
      soldiers"; "Wagner fighters" / "regime and allied fighters");
    * sides that meet: the same head or class fits, and so does a plain person noun of no
      class ("Wagner fighters" / "Russian contractors" / "Russian nationals"; a side's own
      name as the head counts as one: "264 Houthis" / "Houthi rebels"); two classes
      do not ("Russian soldiers" / "Russian civilians");
    * a side unknown: equal canonicals, else no two different proper modifiers, and the
      same head or class ("soldiers" / "government troops").

    >>> wagner = Victims("fighter", "fighter", True, "wagner group", frozenset({"wagner"}),
    ...                  frozenset({"RUS"}))
    >>> nationals = Victims("national", None, True, "russian", frozenset({"russian"}),
    ...                     frozenset({"RUS"}))
    >>> regime = Victims("fighter", "fighter", True, None, frozenset(),
    ...                  frozenset({"government"}))
    >>> same_victims(wagner, nationals), same_victims(wagner, regime)
    (True, False)
    """
    if a.wildcard or b.wildcard:
        return True
    if a.sides and b.sides:
        if not a.sides & b.sides:
            return False
        if a.head == b.head or (a.word_class is not None and a.word_class == b.word_class):
            return True
        return (a.word_class is None and a.person) or (b.word_class is None and b.person)
    if a.canonical and b.canonical:
        return a.canonical == b.canonical
    if a.modifiers and b.modifiers and not (a.modifiers & b.modifiers) and not (
            a.canonical or b.canonical):
        return False
    return a.head == b.head or (a.word_class is not None and a.word_class == b.word_class)
