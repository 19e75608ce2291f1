"""Several incidents told in one dispatch without an opener that announces them (issue 14,
session 14): which sentences bring in an incident of their own, and which leads sum up the
incidents told after them. Plain strings in, plain values out; read by
:mod:`claimex.assemble.toll_incidents`.

An incident is new where a sentence after the lead names an attack, a blast or an attacker
with an indefinite article ("Four guards died when a truck bomb hit the gate", "a farmer was
shot dead in an ambush near the river") that the lead does not name (the lead's own "a car
bomb" told again is the same attack), and no word compares it with the reported one ("a
similar raid"). A lead that holds an incident noun in the plural or a word of a round-up
("Violence across the province killed nine", "killed in bombings in three towns") is the
day's total: the incidents told after it are its parts.

>>> brings_in_an_incident("Two farmers died when a landmine went off near a well.",
...                       "A car bomb killed six people at a market.")
True
>>> brings_in_an_incident("The six died when a car bomb went off.",
...                       "A car bomb killed six people at a market.")
False
>>> sums_up_incidents("Violence across the province killed nine people on Monday.")
True
"""

from __future__ import annotations

import re

from claimex import lexicon

_WORD = re.compile(r"[\w'’-]+")
_ENTRIES = lexicon.entries("incident_nouns")
_SINGULAR = frozenset(entry[0] for entry in _ENTRIES)
_PLURAL = frozenset(form for entry in _ENTRIES for form in entry[1:])
_ROUND_UP = lexicon.words("round_up_nouns")
_COMPARING = lexicon.words("comparing_modifiers")
_INDEFINITE = ("a", "an", "another")
# How many modifiers may stand between the article and the noun ("a remotely detonated
# roadside bomb": 3).
_MODIFIERS = 3
# Words that end a noun phrase before its noun: a verb, a preposition or a clause word
# ("a policeman was killed in an attack" brings in "an attack", not "a policeman ...").
_PHRASE_ENDS = frozenset({"was", "were", "is", "are", "had", "has", "have", "been", "be",
                          "who", "which", "that", "and", "or", "but", "of", "in", "on", "at",
                          "by", "from", "to", "with", "near", "for", "as", "when", "while",
                          "after", "before", "said", "says"})


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _contains(words: list[str], run: list[str]) -> bool:
    return any(words[k:k + len(run)] == run for k in range(len(words) - len(run) + 1))


def incident_phrases(sentence: str) -> list[list[str]]:
    """The incident noun phrases a sentence brings in as new, each as its words after the
    article: an incident noun (``resources/words/incident_nouns.txt``) after "a", "an" or
    "another" and at most three modifiers, or a plural one after "other".

    >>> incident_phrases("A soldier was killed in an ambush near a checkpoint.")
    [['ambush']]
    >>> incident_phrases("Other attacks in the north killed four.")
    [['attacks']]
    """
    words = _words(sentence)
    found = []
    for k, word in enumerate(words):
        if word not in _INDEFINITE and word != "other":
            continue
        nouns = _PLURAL if word == "other" else _SINGULAR
        for end in range(k + 1, min(k + 2 + _MODIFIERS, len(words))):
            if words[end] in nouns and (end + 1 == len(words) or words[end + 1] not in nouns):
                found.append(words[k + 1:end + 1])
                break
            if words[end] in _PHRASE_ENDS:
                break
    return found


def brings_in_an_incident(sentence: str, lead_sentence: str) -> bool:
    """Whether a later sentence tells an incident of its own beside the lead's: it brings
    in an incident noun phrase (:func:`incident_phrases`) whose words the lead's sentence
    does not hold, with no comparing modifier ("similar", "earlier": the reported attack
    compared, ``resources/words/comparing_modifiers.txt``).

    >>> brings_in_an_incident("In a similar attack last year, 30 people were killed.",
    ...                       "A suicide bomber killed 40 people at a rally.")
    False
    """
    lead = _words(lead_sentence)
    return any(not set(phrase) & _COMPARING and not _contains(lead, phrase)
               for phrase in incident_phrases(sentence))


def sums_up_incidents(lead_sentence: str) -> bool:
    """Whether a lead's sentence sums up several incidents itself: it holds an incident noun
    in the plural ("in bombings across Iraq", "A spate of attacks") or a round-up noun
    (``resources/words/round_up_nouns.txt``: "violence", "spate").

    >>> sums_up_incidents("A roadside bomb killed two soldiers on Saturday.")
    False
    >>> sums_up_incidents("At least 12 people were killed in bombings around the country.")
    True
    """
    return bool(set(_words(lead_sentence)) & (_PLURAL | _ROUND_UP))
