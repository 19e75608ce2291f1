"""Incidents joined by a semicolon in an incident note's lead sentence (issue 14; frame:
incidents joined by a semicolon), read by :func:`claimex.assemble.tolls.document_tolls`.

Chronology entries tell two incidents, or the two sides of one clash, in one sentence whose
clauses a semicolon joins, each with a count and a cue of its own: "Nine dead in a truck
bomb blast in Kirkuk; four dead in Tikrit" is 13; "Six rangers die in a raid on the ridge;
eleven rebels are killed" is 17. A later clause whose figure is a part of the first clause's
people ("three of them", "including three guards") or counts the same people again (the same
victims at the same place) adds nothing.

>>> clause_index({"start": 40, "evidence": {"sentence_start": 0,
...               "sentence": "Nine dead in a blast in Kirkuk; four dead in Tikrit"}})
1
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex.assemble.toll_figures import bounds_only, finite_high, states_a_figure, vague_word


def clause_index(claim: dict[str, Any]) -> int:
    """How many semicolons of its sentence come before a figure: 0 in the first clause."""
    evidence = claim.get("evidence") or {}
    sentence = evidence.get("sentence") or ""
    offset = claim["start"] - (evidence.get("sentence_start") or 0)
    return sentence[:max(offset, 0)].count(";")


def _own_count(claim: dict[str, Any]) -> bool:
    """A figure a clause's incident can add: a count the text states (or a group whose parts
    it states, "three soldiers and four policemen"), not a part told with "including" or
    "of them", not a vague word, not a ceiling."""
    suffix = ((claim.get("evidence") or {}).get("suffix") or "").lower().split()
    rule = claim["provenance"]["rule"]
    return (states_a_figure(claim) or rule == "implicit_count_sum") and \
        not bounds_only(claim) and not vague_word(claim) and rule != "cue_including" and \
        suffix[:1] != ["of"]


def _who_and_where(claim: dict[str, Any]) -> tuple[str, str]:
    """The people a figure counts and where: its subject's last word and its place ("" where
    the text gives none)."""
    subject = ((claim.get("subject") or {}).get("text") or "").lower().split()
    location = claim.get("location") or {}
    place = (location.get("canonical") or location.get("text") or "").lower()
    return (subject[-1] if subject else "", place)


def counts_other_people(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether two clauses' figures count other people: other victims ("marines",
    "insurgents") or other places ("kirkuk", "tikrit"), each given in both.

    >>> counts_other_people(("marines", ""), ("insurgents", ""))
    True
    >>> counts_other_people(("people", "tarrow"), ("people", ""))
    False
    """
    return any(a and b and a != b for a, b in zip(first, second, strict=True))


def semicolon_incidents(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                        lead: Sequence[int]) -> tuple[float, float | None, list[int]] | None:
    """The toll of a lead sentence that tells several incidents, or both sides of a clash,
    in clauses joined by semicolons (frame: incidents joined by a semicolon): the sum of
    each clause's largest figure (:func:`_own_count`). None where only one clause has a
    figure, or where two clauses may count the same people (:func:`counts_other_people`:
    "Twelve were killed in Tarrow; police said twelve people died").

    >>> def figure(low, start, subject, place):
    ...     return {"value": {"low": low, "high": low, "qualifier": "exact"},
    ...             "provenance": {"rule": "cue_object"}, "start": start,
    ...             "subject": {"text": subject}, "location": {"text": place},
    ...             "evidence": {"sentence_start": 0, "suffix": " dead",
    ...                          "sentence": "Nine dead in Kirkuk; four dead in Tikrit"}}
    >>> semicolon_incidents([figure(9, 0, "", "Kirkuk"), figure(4, 21, "", "Tikrit")],
    ...                     [0, 1], [0, 1])
    (13.0, 13.0, [0, 1])
    >>> semicolon_incidents([figure(9, 0, "", "Kirkuk"), figure(4, 21, "", "Kirkuk")],
    ...                     [0, 1], [0, 1])
    """
    figures = [i for i in lead if i in counted and _own_count(claims[i])]
    clauses: dict[tuple[int, int], list[int]] = {}
    for i in figures:
        sentence_start = (claims[i].get("evidence") or {}).get("sentence_start") or 0
        clauses.setdefault((sentence_start, clause_index(claims[i])), []).append(i)
    for sentence_start in sorted({key[0] for key in clauses}):
        mine = [members for key, members in sorted(clauses.items()) if key[0] == sentence_start]
        if len(mine) < 2:
            continue
        used = [max(members, key=lambda i: claims[i]["value"]["low"]) for members in mine]
        told = [_who_and_where(claims[i]) for i in used]
        if not all(counts_other_people(a, b) for k, a in enumerate(told) for b in told[k + 1:]):
            continue
        highs = [finite_high(claims[i]["value"]["high"]) for i in used]
        high = None if None in highs else float(sum(h for h in highs if h is not None))
        return (float(sum(claims[i]["value"]["low"] for i in used)), high, sorted(used))
    return None
