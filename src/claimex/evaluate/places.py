"""Place accuracy of casualty claims (issue 14, session 17): does a found claim's
``location`` name the place the gold row gives?

Gold rows may carry ``location``: the place the counted people were harmed, as the text
names it ("Tarrow province", "Port Elm"). The key is optional (the older sets have
none; ``devsets/probes`` pr245-pr250 were written with it); only found core rows whose
gold gives a non-empty ``location`` are scored, so a set without the key shows no place
rows and every other figure stays what it was.

Two figures, over the same rows:

* **exact**: some claim that found the row has a location whose text, normalised
  (:func:`normalised_place`: lower case, punctuation to spaces, a leading "the" dropped,
  spaces collapsed), equals the gold's;
* **contained**: the same, or one of the two normalised names is a run of whole words of
  the other ("Tarrow" and "Tarrow province"; "Pellam" and "Port Elm, Pellam").
  No gazetteer: "Kabul" against "Afghanistan" is wrong, though one holds the other.

>>> place_match("Tarrow province", {"text": "Tarrow"})
'contained'
>>> place_match("the Bronx", {"text": "Bronx"})
'exact'
>>> place_match("Kabul", {"text": "Afghanistan"})
'wrong'
>>> place_match("Kabul", None)
'none'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from claimex.evaluate.compare import excerpt, ratio

_NOT_WORD_RE = re.compile(r"[^\w]+")
_LEADING_THE = "the "


def normalised_place(name: str) -> str:
    """A place name compared word for word: lower case, runs of punctuation and spaces
    to one space, a leading "the" dropped.

    >>> normalised_place(" The  Swat Valley, ")
    'swat valley'
    """
    words = _NOT_WORD_RE.sub(" ", name.lower()).strip()
    return words[len(_LEADING_THE):] if words.startswith(_LEADING_THE) else words


def _holds(longer: str, shorter: str) -> bool:
    return bool(shorter) and f" {shorter} " in f" {longer} "


def place_match(gold: str, location: dict[str, Any] | None) -> str:
    """How a claim's ``location`` answers a gold place: "exact", "contained" (one name's
    words a run of the other's), "wrong", or "none" (the claim has no location).

    >>> place_match("Port Elm, Pellam", {"text": "Pellam"})
    'contained'
    >>> place_match("Elm", {"text": "Port Elmbury"})
    'wrong'
    """
    if not location or not location.get("text"):
        return "none"
    want, got = normalised_place(gold), normalised_place(str(location["text"]))
    if want == got:
        return "exact"
    return "contained" if _holds(want, got) or _holds(got, want) else "wrong"


def score_places(cases: Iterable[Any], hits_of: Callable[..., list[dict[str, Any]]],
                 score: Any) -> None:
    """Add the place rows to ``score`` (and a "place" miss per row no claim places right,
    even by containment) where some found core row's gold gives a ``location``; nothing
    where none does. ``hits_of(row, claims)`` gives the claims that found a row."""
    scored = exact = contained = 0
    for case in cases:
        claims = [c for c in case.claims or () if c.get("type") == "casualty"]
        for row in case.gold["rows"]:
            want = row.get("location")
            if not row.get("core") or row["span"] is None or not want:
                continue
            hits = hits_of(row, claims)
            if not hits:
                continue
            scored += 1
            answers = [place_match(want, c.get("location")) for c in hits]
            exact += "exact" in answers
            if "exact" in answers or "contained" in answers:
                contained += 1
            else:
                got = (hits[0].get("location") or {}).get("text")
                score.miss("place", case.key, want, got, excerpt(case.text, row["span"][0]))
    if not scored:
        return
    for subset, right in (("exact", exact), ("contained", contained)):
        score.rows.append({"field": "place", "subset": subset, "n": scored, "correct": right,
                           "accuracy": ratio(right, scored)})
