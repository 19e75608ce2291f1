"""Separate incidents told at other places (issue 14, session 16; frame: an incident
elsewhere), read by :func:`claimex.assemble.toll_incidents.separate_incidents`.

A dispatch that leads with one event and then tells a figure of the same category at a
place of its own, with no opener, reports another incident: "A bomb killed four guards in
Tarrow. ... Gunmen shot dead two drivers near Pellam, police said" is six. A later figure at
a place the lead's place holds (a district of the lead's province, a town of its country)
or at the lead's own place retells the lead's event, and one place gives one incident: its
first figure counts, its later ones are restatements. Claims carry their place from
:func:`claimex.rules.claim_places.place_of_claim`.

>>> def figure(low, place, sentence, start):
...     return {"value": {"low": low, "high": low, "qualifier": "exact"},
...             "provenance": {"rule": "cue_object"}, "start": start, "end": start + 3,
...             "location": {"text": place, "canonical": None},
...             "evidence": {"sentence": sentence}}
>>> claims = [figure(4, "Tarrow", "A bomb killed four guards in Tarrow.", 20),
...           figure(2, "Pellam", "Gunmen shot dead two drivers near Pellam.", 60),
...           figure(2, "Pellam", "The two drivers died near Pellam.", 90)]
>>> incidents_elsewhere(claims, [0, 1, 2], 0)
[1]
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from claimex import lexicon

# Nouns a place name can modify and still name a place: "province", "district", "city"
# (resources/words/place_heads.txt).
_PLACE_HEADS = lexicon.words("place_heads")


@cache
def _country_names() -> frozenset[str]:
    """The lower-cased names and aliases of the countries of ``resources/countries.jsonl``."""
    text = resources.files("claimex.resources").joinpath("countries.jsonl").read_text("utf-8")
    names: set[str] = set()
    for line in text.splitlines():
        if line.strip():
            entry = json.loads(line)
            names.update(name.lower() for name in [*entry.get("aliases", []),
                                                   *entry.get("acronyms", [])])
    return frozenset(names)


def _place(claim: dict[str, Any]) -> str | None:
    location = claim.get("location") or {}
    name = location.get("canonical") or location.get("text")
    return name.lower() if name else None


def _sentence(claim: dict[str, Any]) -> str:
    return ((claim.get("evidence") or {}).get("sentence") or "").lower()


def holds_place(lead_place: str, lead_sentence: str, place: str, sentence: str) -> bool:
    """Whether two places may be one incident's: the same name, one inside the other's
    name ("Kandahar" and "Kandahar province"), either a country (a country holds every place
    the report tells), or one named in the other's sentence ("in Dand district of Kandahar
    province" below a lead in "Kandahar province").

    >>> holds_place("tarrow", "a bomb killed four guards in tarrow.", "pellam",
    ...             "gunmen shot two drivers near pellam.")
    False
    >>> holds_place("tarrow province", "", "dunmore district", "in dunmore district of tarrow")
    True
    """
    countries = _country_names()
    if lead_place in countries or place in countries:
        return True
    lead_name, name = _name(lead_place), _name(place)
    if not lead_name or not name or lead_name in name or name in lead_name:
        return True
    return lead_name in sentence or name in lead_sentence


def _name(place: str) -> str:
    """A place's name without the nouns of its kind: "kandahar province" is "kandahar"."""
    return " ".join(word for word in place.split() if word not in _PLACE_HEADS)


def incidents_elsewhere(claims: Sequence[dict[str, Any]], parts: Sequence[int],
                        first: int, told: Sequence[int] = ()) -> list[int]:
    """The indexes among ``parts`` (figures of one category after the lead's sentence, in
    their order) that tell an incident elsewhere than the lead's figure ``first`` and the
    incidents ``told`` already (after an opener): the first figure at each place none of
    theirs holds (:func:`holds_place`), not of the lead's size. Empty where the lead has no
    place."""
    lead_place = _place(claims[first])
    if lead_place is None:
        return []
    lead_low = claims[first]["value"]["low"]
    found: list[int] = []
    for index in parts:
        place = _place(claims[index])
        if place is None or claims[index]["value"]["low"] == lead_low:
            continue
        if any(holds_place(other, _sentence(claims[first]) if other == lead_place else
                           _sentence(claims[j]), place, _sentence(claims[index]))
               for other, j in [(lead_place, first),
                                *((_place(claims[k]), k) for k in [*told, *found])]
               if other is not None):
            continue
        found.append(index)
    return found
