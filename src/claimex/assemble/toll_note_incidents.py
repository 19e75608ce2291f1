"""Several incidents told in one incident note (see :mod:`claimex.assemble.tolls`): the
one-paragraph entries of incident logs and chronologies tell a second incident in the
same sentence after a semicolon ("Nine dead in a truck bomb blast in Kirkuk; four dead in
Tikrit"); the incidents' figures add up (frame: incidents joined by a semicolon,
:func:`semicolon_incidents`).

>>> clause_index({"start": 40, "evidence": {"sentence_start": 0,
...               "sentence": "Nine dead in a blast in Kirkuk; four dead in Tikrit"}})
1
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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

