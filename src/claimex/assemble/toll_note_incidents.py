"""Several incidents told in one incident note (see :mod:`claimex.assemble.tolls`): the
one-paragraph entries of incident logs and chronologies tell a second incident in the
same sentence after a semicolon ("Nine dead in a truck bomb blast in Kirkuk; four dead in
Tikrit"), or in a later sentence of the note that brings in an attack of its own ("A truck
bomb killed eight people in Hilla. In the north, a roadside bomb hit a patrol, killing 3
soldiers"); the incidents' figures add up (frames: incidents joined by a semicolon,
:func:`semicolon_incidents`; a new attack in the note, :func:`new_attack_incidents`).

>>> clause_index({"start": 40, "evidence": {"sentence_start": 0,
...               "sentence": "Nine dead in a blast in Kirkuk; four dead in Tikrit"}})
1
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from claimex import lexicon
from claimex.assemble.toll_figures import bounds_only, finite_high, states_a_figure, vague_word
from claimex.rules.numbers import find_quantities

# Words right after a figure that make it a part of people told before it ("three of them
# children"): no incident of its own.
_PART_OF = ("of",)
# Rules of a figure that sums a list of victims ("two officials and two officers": 4).
_SUM_RULES = ("implicit_count_sum",)


def clause_index(claim: dict[str, Any]) -> int:
    """How many semicolons of its sentence come before a figure: 0 in the first clause."""
    evidence = claim.get("evidence") or {}
    sentence = evidence.get("sentence") or ""
    offset = claim["start"] - (evidence.get("sentence_start") or 0)
    return sentence[:max(offset, 0)].count(";")


def _place(claim: dict[str, Any]) -> str | None:
    location = claim.get("location") or {}
    return location.get("canonical") or location.get("text")


def _own_count(claim: dict[str, Any]) -> bool:
    """A figure an incident of a note can add: a count of its own or the sum of a list of
    victims that states a number ("Three soldiers and four policemen": 7; not named people
    alone, "X and Y were killed", who may be inside a total told before), not a part told
    with "including" or "of them", not a vague word, not a ceiling."""
    evidence = claim.get("evidence") or {}
    suffix = (evidence.get("suffix") or "").lower().split()
    rule = claim["provenance"]["rule"]
    counts = states_a_figure(claim) or (
        rule in _SUM_RULES and bool(find_quantities(evidence.get("exact") or "")))
    return counts and not bounds_only(claim) and not vague_word(claim) and \
        rule != "cue_including" and suffix[:1] != list(_PART_OF)


def semicolon_incidents(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                        lead: Sequence[int]) -> tuple[float, float | None, list[int]] | None:
    """The toll of a lead sentence that tells several incidents in clauses joined by
    semicolons (frame: incidents joined by a semicolon), each clause with its own count
    and its own place: the sum of each clause's largest figure (:func:`_own_count`).
    "37 dead in a car bomb blast in Mosul; 10 dead in Baghdad" is 47. None where only one
    clause has a figure, or where two clauses' figures share a place or one has none (a
    clause that goes on about the same incident: "killed 12 people; police said three of
    them were guards").

    >>> def figure(low, start, place):
    ...     return {"value": {"low": low, "high": low, "qualifier": "exact"},
    ...             "provenance": {"rule": "cue_object"}, "start": start,
    ...             "location": {"canonical": place},
    ...             "evidence": {"sentence_start": 0, "suffix": " dead",
    ...                          "sentence": "Nine dead in Kirkuk; four dead in Tikrit"}}
    >>> semicolon_incidents([figure(9, 0, "Kirkuk"), figure(4, 21, "Tikrit")], [0, 1], [0, 1])
    (13.0, 13.0, [0, 1])
    >>> semicolon_incidents([figure(9, 0, "Kirkuk"), figure(4, 21, "Kirkuk")], [0, 1], [0, 1])
    """
    figures = [i for i in lead if i in counted and _own_count(claims[i])]
    clauses: dict[tuple[int, int], list[int]] = {}
    for i in figures:
        sentence_start = (claims[i].get("evidence") or {}).get("sentence_start") or 0
        clauses.setdefault((sentence_start, clause_index(claims[i])), []).append(i)
    sentences = {key[0] for key in clauses}
    for sentence_start in sorted(sentences):
        mine = [members for key, members in sorted(clauses.items()) if key[0] == sentence_start]
        if len(mine) < 2:
            continue
        places = [{_place(claims[i]) for i in members} for members in mine]
        if any(None in p or len(p) != 1 for p in places) or \
                len({next(iter(p)) for p in places}) != len(places):
            continue
        used = [max(members, key=lambda i: claims[i]["value"]["low"]) for members in mine]
        highs = [finite_high(claims[i]["value"]["high"]) for i in used]
        high = None if None in highs else float(sum(h for h in highs if h is not None))
        return (float(sum(claims[i]["value"]["low"] for i in used)), high, sorted(used))
    return None


# Nouns of an attack or of what struck ("bomb", "bomber", "attack"; singular and plural).
_ATTACK_ENTRIES = lexicon.entries("new_attack_nouns")
_ATTACK_SINGULARS = "|".join(sorted(entry[0] for entry in _ATTACK_ENTRIES))
_ATTACK_PLURALS = "|".join(sorted(form for entry in _ATTACK_ENTRIES for form in entry[1:]))
# An attack brought in as new: "a roadside bomb", "another suicide car bomber" (up to three
# words before the noun), or "other attacks" / "other violent incidents".
_NEW_ATTACK = re.compile(
    rf"\b(?:(?:a|an|another)(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_ATTACK_SINGULARS})|"
    rf"other(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_ATTACK_PLURALS}))\b", re.IGNORECASE)


def in_lead_paragraph(text: str, lead_start: int | None, sentence_start: int) -> bool:
    r"""Whether a claim's sentence is in its section's first paragraph: no line break between
    where the lead starts from and the claim's sentence (a one-paragraph incident note is
    all first paragraph; a news body's later paragraphs are not).

    >>> in_lead_paragraph("Two were killed. One more died.\nLater, three.", 0, 17)
    True
    >>> in_lead_paragraph("Two were killed. One more died.\nLater, three.", 0, 32)
    False
    """
    if lead_start is None or sentence_start <= lead_start:
        return True
    return "\n" not in text[lead_start:sentence_start]


def brings_in_a_new_attack(sentence: str) -> bool:
    """Whether a sentence brings in an attack not told before, an attack noun
    (``resources/words/new_attack_nouns.txt``) after "a", "an" or "another", or a plural one
    after "other": "when a suicide car bomber struck", "by a grenade attack", "Other
    attacks across the north killed 7"; not "the blast", "the bomber".

    >>> brings_in_a_new_attack("Six died when a suicide car bomber struck the gate.")
    True
    >>> brings_in_a_new_attack("The bomber and ten others died.")
    False
    """
    return _NEW_ATTACK.search(sentence) is not None


def new_attack_incidents(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                         lead: Sequence[int]) -> tuple[float, float | None, list[int]] | None:
    """The toll of a one-paragraph note that tells a second attack after its lead (frame: a
    new attack in the note): the lead's largest figure plus, for each later sentence of the
    lead's paragraph (``lead_paragraph``) that brings in an attack of its own
    (:func:`brings_in_a_new_attack`), that sentence's largest figure (:func:`_own_count`):
    "A car bombing killed 28 pilgrims in Musayyib. In the capital, a roadside bomb hit a
    minibus, killing 4" is 32. A retelling names the lead's attack again ("The blast killed
    28") and adds nothing. None where no such sentence follows, or where no lead figure
    states a count.

    >>> def figure(low, sentence, start):
    ...     return {"value": {"low": low, "high": low, "qualifier": "exact"},
    ...             "provenance": {"rule": "cue_object"}, "start": start,
    ...             "lead_paragraph": True,
    ...             "evidence": {"sentence_start": 0 if start < 30 else 30,
    ...                          "sentence": sentence, "suffix": " people"}}
    >>> new_attack_incidents([figure(8, "A truck bomb killed eight.", 20),
    ...                       figure(3, "Later a roadside bomb killed 3.", 59)], [0, 1], [0])
    (11.0, 11.0, [0, 1])
    """
    figures = [i for i in lead if i in counted and _own_count(claims[i])]
    if not figures:
        return None
    first = max(figures, key=lambda i: claims[i]["value"]["low"])
    lead_sentences = {(claims[i].get("evidence") or {}).get("sentence") for i in lead}
    later: dict[str, list[int]] = {}
    for i in counted:
        sentence = (claims[i].get("evidence") or {}).get("sentence") or ""
        if i in lead or sentence in lead_sentences or not claims[i].get("lead_paragraph") or \
                not _own_count(claims[i]) or not brings_in_a_new_attack(sentence):
            continue
        later.setdefault(sentence, []).append(i)
    if not later:
        return None
    used = [first] + [max(members, key=lambda i: claims[i]["value"]["low"])
                      for members in later.values()]
    highs = [finite_high(claims[i]["value"]["high"]) for i in used]
    high = None if None in highs else float(sum(h for h in highs if h is not None))
    return (float(sum(claims[i]["value"]["low"] for i in used)), high, sorted(used))
