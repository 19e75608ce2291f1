"""A headline's figure told again in the body is one group, not two (issue 14, session 17;
see :mod:`claimex.assemble.tolls`). A wire report gives its figure in the headline and
tells it again below ("Gunmen kill 4 guards at a depot ... four security guards were
shot dead"): the body's figure restates the headline's, so it neither adds to it as a
part of a running sum nor as the other side's dead (frame: the headline's figure told
again, :func:`restatements`).

A body figure restates the headline's where it has the same category (the caller asks per
category), the same bounds, victims that may be the same (:func:`same_victims`), and is
not told as more people or another incident: no word of
``resources/words/another_incident_words.txt`` ("another", "also", "more") in its
sentence, and no date of its own other than the headline's.

>>> def figure(low, subject, sentence, start):
...     return {"value": {"low": low, "high": low}, "subject": {"text": subject},
...             "provenance": {"rule": "cue_object"}, "lead": start == 0,
...             "evidence": {"sentence": sentence, "sentence_start": start}}
>>> headline = figure(4, "guards", "Gunmen kill 4 guards at a depot", 0)
>>> again = figure(4, "security guards", "Four security guards were shot dead.", 40)
>>> more = figure(4, "guards", "Four more guards were shot dead later.", 80)
>>> sorted(restatements([headline, again, more], [0, 1, 2]))
[1]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex import lexicon
from claimex.assemble.toll_figures import states_a_figure
from claimex.assemble.toll_sides import _told_at_another_time
from claimex.rules.round_ups import WORD_RE

# Words that tell a figure as more people or another incident ("two more", "also").
ANOTHER_INCIDENT_WORDS = lexicon.words("another_incident_words")
# Nouns that count victims without saying who they are ("five people", "three others").
UNNAMED_VICTIM_NOUNS = lexicon.words("unnamed_victim_nouns")


def _head(claim: dict[str, Any]) -> str:
    """The last word of a figure's victims, lower-cased ("pro-government militiamen":
    "militiamen"), empty where the figure names none."""
    words = WORD_RE.findall(((claim.get("subject") or {}).get("text") or "").lower())
    return words[-1] if words else ""


def same_victims(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether two figures may count the same victims: either names none or names them
    with a noun of :data:`UNNAMED_VICTIM_NOUNS`, or the head noun of one begins the other's
    ("militia" and "militiamen", "soldier" and "soldiers"); "militia" and "militants" are
    two sides.

    >>> same_victims({"subject": {"text": "5 militia"}}, {"subject": {"text": "militiamen"}})
    True
    >>> same_victims({"subject": {"text": "militia"}}, {"subject": {"text": "militants"}})
    False
    >>> same_victims({"subject": None}, {"subject": {"text": "three others"}})
    True
    """
    heads = sorted((_head(first), _head(second)), key=len)
    if not heads[0] or any(head in UNNAMED_VICTIM_NOUNS for head in heads):
        return True
    return heads[1].startswith(heads[0])


def _told_as_another_incident(claim: dict[str, Any]) -> bool:
    """Whether a figure's sentence tells it as more people or another incident: a word of
    :data:`ANOTHER_INCIDENT_WORDS` in it ("Two more soldiers died", "also killed")."""
    sentence = (claim.get("evidence") or {}).get("sentence") or ""
    return any(word in ANOTHER_INCIDENT_WORDS for word in WORD_RE.findall(sentence.lower()))


def _sentence_start(claim: dict[str, Any]) -> int | None:
    return (claim.get("evidence") or {}).get("sentence_start")


def restatements(claims: Sequence[dict[str, Any]], counted: Sequence[int]) -> set[int]:
    """The counted figures (indexes into ``claims``, one category, in text order) that
    restate the headline's: the first figure of the lead (the headline's, or the lead
    sentence's where the headline has none) and each later figure in another sentence
    with its bounds and possibly its victims (:func:`same_victims`), not told as more
    people or another incident (:func:`_told_as_another_incident`, a date of its own
    other than the headline's)."""
    lead = [i for i in counted if claims[i].get("lead") and states_a_figure(claims[i])]
    if not lead:
        return set()
    headline = claims[lead[0]]
    value = (headline["value"]["low"], headline["value"]["high"])
    return {i for i in counted if i > lead[0] and states_a_figure(claims[i]) and
            (claims[i]["value"]["low"], claims[i]["value"]["high"]) == value and
            _sentence_start(claims[i]) != _sentence_start(headline) and
            same_victims(headline, claims[i]) and
            not _told_as_another_incident(claims[i]) and
            not _told_at_another_time(claims[i], headline)}
