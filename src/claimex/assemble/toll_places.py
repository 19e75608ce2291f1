"""Separate incidents told at other places (issue 14, sessions 16 and 17; frame: an
incident told apart), read by :func:`claimex.assemble.toll_incidents.separate_incidents`.

A report that leads with one event and then tells a figure of the same category at a place
of its own, with no opener, and with a time or a source of its own (the report's structure,
:mod:`claimex.rules.incident_structure`), reports another incident: "A bomb killed four
guards in Tarrow. ... About an hour later, gunmen shot dead two drivers near Pellam, police
said" is six; so is a weekday of its own, the report's day or the day before ("Late Sunday,
gunmen shot dead two drivers near Pellam" below a Monday lead,
:mod:`claimex.rules.incident_days`, session 21). The place alone is not enough (session 16:
local news names other places in its context paragraphs), nor is the time alone. A later
figure at a place the lead's place holds (a district of the lead's province, a town of its
country) or at the lead's own place retells the lead's event, and one place gives one
incident: its first figure counts, its later ones are restatements. Claims carry their place
from :func:`claimex.rules.claim_places.place_of_claim`.

>>> def figure(low, place, sentence, start):
...     return {"value": {"low": low, "high": low, "qualifier": "exact"},
...             "provenance": {"rule": "cue_object"}, "start": start, "end": start + 3,
...             "location": {"text": place, "canonical": None},
...             "evidence": {"sentence": sentence}}
>>> claims = [figure(4, "Tarrow", "A bomb killed four guards in Tarrow.", 20),
...           figure(2, "Pellam", "Hours later, gunmen shot dead two drivers near Pellam.", 60),
...           figure(2, "Pellam", "Two hours later the two drivers died near Pellam.", 90)]
>>> incidents_elsewhere(claims, [0, 1, 2], 0)
[1]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from claimex import lexicon
from claimex.rules.incident_days import report_day, tells_its_own_day
from claimex.rules.incident_structure import (
    cites_its_own_source,
    names_another_source,
    tells_its_own_time,
)

# Nouns a place name can modify and still name a place: "province", "district", "city"
# (resources/words/place_heads.txt).
_PLACE_HEADS = lexicon.words("place_heads")


def _place(claim: dict[str, Any]) -> str | None:
    location = claim.get("location") or {}
    name = location.get("canonical") or location.get("text")
    return name.lower() if name else None


def _sentence(claim: dict[str, Any]) -> str:
    return ((claim.get("evidence") or {}).get("sentence") or "").lower()


def holds_place(lead_place: str, lead_sentence: str, place: str, sentence: str,
                countries: bool = True) -> bool:
    """Whether two places may be one incident's: the same name, one inside the other's
    name ("Tarrow" and "Tarrow province"), either a country (a country holds every place
    the report tells), or one named in the other's sentence ("in Dunmore district of Tarrow
    province" below a lead in "Tarrow province"). ``countries``: False where a country
    holds only itself (the place of a headline beside the lead's own figure).

    >>> holds_place("tarrow", "a bomb killed four guards in tarrow.", "pellam",
    ...             "gunmen shot two drivers near pellam.")
    False
    >>> holds_place("tarrow province", "", "dunmore district", "in dunmore district of tarrow")
    True
    """
    if countries and (lead_place in lexicon.country_names() or place in lexicon.country_names()):
        return True
    lead_name, name = _name(lead_place), _name(place)
    if not lead_name or not name or lead_name in name or name in lead_name:
        return True
    return lead_name in sentence or name in lead_sentence


def _name(place: str) -> str:
    """A place's name without the nouns of its kind: "kandahar province" is "kandahar"."""
    return " ".join(word for word in place.split() if word not in _PLACE_HEADS)


def tells_a_story_sentence(sentence: str) -> bool:
    """Whether a figure's sentence is a sentence of the story: it ends with a full stop,
    not a headline or a teaser of another story ("One guard killed in blast near depot").

    >>> tells_a_story_sentence("Gunmen shot dead two drivers near Pellam, police said.")
    True
    >>> tells_a_story_sentence("Two drivers shot dead near Pellam")
    False
    """
    return sentence.rstrip().rstrip("\"'”’)").endswith((".", "!"))


def refers_back(sentence: str) -> bool:
    """Whether a figure's sentence names its event as one told before: "the", "this" or
    "that" and a noun of one event ("50 people died in the attack";
    ``resources/words/single_event_nouns.txt``).

    >>> refers_back("Six guards were wounded in the blast, a medic said.")
    True
    >>> refers_back("A blast wounded six guards near Pellam.")
    False
    """
    return any(match.group(2) in _SINGLE_EVENT_NOUNS for match in _DEFINITE_NOUN.finditer(
        sentence.lower()))


def counts_new_victims(claim: dict[str, Any]) -> bool:
    """Whether a figure counts victims not told before: not a victim the text names
    ("Tomas Reyes, 21, was pronounced dead": an implicit count by a name, one of a group
    told before), nor "N others" (others than a group told in the same event).

    >>> def claim(text, subject, rule="cue_passive_subject"):
    ...     return {"value": {"text": text}, "subject": {"text": subject},
    ...             "provenance": {"rule": rule}}
    >>> counts_new_victims(claim("two", "drivers"))
    True
    >>> counts_new_victims(claim("the", "district governor", "implicit_count"))
    True
    >>> counts_new_victims(claim("Reyes", "Tomas Reyes", "implicit_count"))
    False
    >>> counts_new_victims(claim("two", "others"))
    False
    """
    figure = (claim.get("value") or {}).get("text") or ""
    if claim["provenance"]["rule"] == "implicit_count" and figure[:1].isupper() and \
            figure.lower() not in _DETERMINERS:
        return False
    words = ((claim.get("subject") or {}).get("text") or "").lower().split()
    return not (words and words[-1] == "others")


def _dated(claim: dict[str, Any]) -> bool:
    """Whether the text dates the figure itself ("on Sunday"), not the publication date."""
    time = claim.get("time") or {}
    return time.get("start") is not None and not time.get("inferred")


def _told_apart(claims: Sequence[dict[str, Any]], index: int, first: int,
                lead: Sequence[int] = ()) -> bool:
    """Whether the report tells a figure apart from its lead figure ``first`` and the lead's
    other figures ``lead``: with a time of its own, in the figure's sentence or in the
    sentence that opens its paragraph (``paragraph_opening``), or with a source of its own
    ("In a separate statement, ...", or credited to a source none of the lead's figures is
    credited to) where it is dated in its text as the lead's figure is (an undated figure
    below a dated lead is context)."""
    told = (_sentence(claims[index]), claims[index].get("paragraph_opening") or "")
    if any(tells_its_own_time(s) for s in told) or _on_a_day_of_its_own(claims, index):
        return True
    if _dated(claims[first]) and not _dated(claims[index]):
        return False
    return any(cites_its_own_source(s) for s in told) or names_another_source(
        _source(claims[index]), [_source(claims[j]) for j in dict.fromkeys([first, *lead])])


def _on_a_day_of_its_own(claims: Sequence[dict[str, Any]], index: int) -> bool:
    """Whether a figure's sentence, or the sentence that opens its paragraph, dates it with a
    weekday of its own that is the report's day or the day before ("Late Sunday, ..." below
    a lead of Monday; :func:`claimex.rules.incident_days.tells_its_own_day`); the report's
    day is the first weekday the sentences of the figures before it name."""
    own = _cased_sentence(claims[index])
    day = report_day([s for s in dict.fromkeys(_cased_sentence(c) for c in claims[:index])
                      if s != own])
    return any(tells_its_own_day(s, day)
               for s in (own, claims[index].get("paragraph_opening") or ""))


def _cased_sentence(claim: dict[str, Any]) -> str:
    return (claim.get("evidence") or {}).get("sentence") or ""


def _source(claim: dict[str, Any]) -> str | None:
    """Who a claim credits: its attribution's speaker (or the name a pronoun stands for),
    None where the text credits nobody."""
    attribution = claim.get("attribution") or {}
    if attribution.get("kind") not in ("quoted", "reported"):
        return None
    return attribution.get("canonical") or attribution.get("speaker")


def incidents_elsewhere(claims: Sequence[dict[str, Any]], parts: Sequence[int],
                        first: int, lead: Sequence[int] = (), told: Sequence[int] = ()
                        ) -> list[int]:
    """The indexes among ``parts`` (figures of one category after the lead's sentence, in
    their order) that tell an incident elsewhere than the lead's figure ``first``, the lead's
    other figures ``lead`` and the incidents ``told`` already (after an opener): the first
    figure at each place none of theirs holds (:func:`holds_place`; a country holds every
    place only as the place of ``first``), not of the lead's size (such a figure retells the
    lead, and its place is the lead's),
    in a sentence of the story (:func:`tells_a_story_sentence`) that does not refer back to
    an event told before (:func:`refers_back`), counting new victims
    (:func:`counts_new_victims`), and told apart by the report's structure
    (:func:`_told_apart`: "Hours later, ...", "In a separate statement, ..."). Empty where
    the lead has no place."""
    if _place(claims[first]) is None:
        return []
    lead_low = claims[first]["value"]["low"]
    found: list[int] = []
    retold = list(lead)  # the lead's figures, and later ones of its size that retell it
    for index in parts:
        place, sentence = _place(claims[index]), _sentence(claims[index])
        if claims[index]["value"]["low"] == lead_low:
            retold.append(index)
            continue
        if place is None or not tells_a_story_sentence(sentence) or refers_back(sentence) or \
                not counts_new_victims(claims[index]) or \
                not _told_apart(claims, index, first, lead):
            continue
        earlier = [(_place(claims[j]), _sentence(claims[j]), j == first)
                   for j in [first, *retold, *told, *found]]
        if any(holds_place(other, other_sentence, place, sentence, countries)
               for other, other_sentence, countries in earlier if other is not None):
            continue
        found.append(index)
    return found


# The figures of an implicit count that are no name: "A guard was shot", "The driver died"
_DETERMINERS = frozenset({"a", "an", "one", "another", "the", "this", "that"})
# "the blast", "this attack": a noun of one event told before (resources/words/
# single_event_nouns.txt, also read by pipeline/claims/scope_totals.py)
_SINGLE_EVENT_NOUNS = lexicon.nouns("single_event_nouns")
_DEFINITE_NOUN = re.compile(r"\b(the|this|that)\s+([a-z]+)\b")
