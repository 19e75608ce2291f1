"""Separate incidents told in a later paragraph without an opener, in a document's toll (see
:mod:`claimex.assemble.toll_incidents`; issue 14, session 15): "A mine blast killed two
border guards near Kalat. ... [a new paragraph] Gunmen shot dead three grain traders in Spin
Dara, a village elder said." is five. The frame (a new source, a new victim group, a place
of its own that no figure before names, a number that is not the lead's; a country names
no place of its own) is :func:`claimex.rules.incident_paragraphs.tells_another_incident`.

>>> def figure(low, subject, speaker, paragraph, place=None):
...     return {"value": {"low": low, "high": low, "qualifier": "exact"},
...             "provenance": {"rule": "cue_object"}, "subject": {"text": subject},
...             "attribution": {"speaker": speaker, "kind": "reported"},
...             "location": {"text": place} if place else None, "paragraph": paragraph,
...             "evidence": {"sentence": "..."}, "start": paragraph * 100,
...             "end": paragraph * 100 + 3}
>>> claims = [figure(2, "border guards", "officials", 0, "Kalat"),
...           figure(2, "guards", "a medic", 1),
...           figure(3, "grain traders", "a village elder", 2, "Spin Dara")]
>>> paragraph_incidents(claims, [0, 1, 2], [0])
[2]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from claimex.reconcile.nouns import country_names, normalise
from claimex.rules.incident_paragraphs import (
    Telling,
    source_key,
    tells_another_incident,
    victim_group,
)

_WORD = re.compile(r"[\w'’-]+")


def telling(claim: dict[str, Any]) -> Telling:
    """What a claim's sentence says about its incident (:class:`Telling`)."""
    attribution = claim.get("attribution") or {}
    location = claim.get("location") or {}
    place = normalise(location.get("canonical") or location.get("text"))
    if place in country_names():
        # a whole country tells no place apart: "in northern Afghanistan" below a lead in
        # Afghanistan may be another incident
        place = None
    subject = (claim.get("subject") or {}).get("text")
    return Telling(paragraph=int(claim.get("paragraph") or 0),
                   source=source_key(attribution.get("speaker"), attribution.get("kind")),
                   victims=victim_group(subject, claim.get("classes")),
                   place=place,
                   names=frozenset(w.lower() for w in _WORD.findall(subject or "")),
                   count=float(claim["value"]["low"]))


# How a separate incident's report states its figure: a count ("killing four", "at least
# three"), not an estimate or a side's claim ("about 600 soldiers", "more than 100 rebels"),
# nor a bare plural ("only terrorists were killed") or a victim named without a number ("a
# woman was hurt": local news tells the victims of its one incident so)
_COUNT_QUALIFIERS = ("exact", "at_least")
_UNCOUNTED_RULES = ("implicit_bare_plural", "implicit_count")


def states_a_count(claim: dict[str, Any]) -> bool:
    """Whether a figure is counted as an incident's report counts its victims.

    >>> states_a_count({"value": {"qualifier": "exact"}, "provenance": {"rule": "cue_object"}})
    True
    >>> states_a_count({"value": {"qualifier": "approx"}, "provenance": {"rule": "cue_lost"}})
    False
    """
    return claim["value"].get("qualifier") in _COUNT_QUALIFIERS and \
        claim["provenance"]["rule"] not in _UNCOUNTED_RULES


def paragraph_incidents(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                        lead: Sequence[int],
                        counts: Callable[[dict[str, Any]], bool] = lambda claim: True
                        ) -> list[int]:
    """The counted figures (indexes into ``claims``, not the lead's) that each tell a
    separate incident in a later paragraph (:func:`tells_another_incident`), measured against
    the lead's figures and every figure before them; ``counts`` says which figures an
    incident's toll can add (a part told with "including" cannot)."""
    lead_tellings = [telling(claims[i]) for i in lead]
    found = []
    for i in counted:
        if i in lead or not counts(claims[i]) or not states_a_count(claims[i]):
            continue
        earlier = [telling(claims[j]) for j in counted
                   if j not in lead and claims[j]["start"] < claims[i]["start"]]
        sentence = (claims[i].get("evidence") or {}).get("sentence") or ""
        if tells_another_incident(telling(claims[i]), lead_tellings, earlier, sentence):
            found.append(i)
    return found
