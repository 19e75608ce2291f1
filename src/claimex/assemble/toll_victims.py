"""Victims told one by one in a toll (:mod:`claimex.assemble.tolls`): which implicit counts
of one are victims told on their own (:func:`_one_victim`), which of them say they are
another (:func:`enumerated_victims`), an "another" that only sets a victim against one of
the other outcome (:func:`set_against_another_outcome`), and a count of people hurt that
takes in the dead (:func:`_takes_in_the_dead`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex.assemble import toll_figures

# The determiners of a victim told on its own: "A man was shot", "Another man died".
_INDEFINITE = ("a", "an", "one", "another")
# Rules of victims counted without a figure, one at a time.
_ONE_VICTIM_RULES = ("implicit_count",)
# The outcomes a victim told as "another" may be set against in its own sentence.
_OUTCOMES = ("killed", "injured")


def _one_victim(claim: dict[str, Any]) -> bool:
    """A victim told on its own: an implicit count of one with an indefinite determiner
    ("A woman was wounded", "another man")."""
    words = (claim["evidence"].get("exact") or "").lower().split()
    return claim["provenance"]["rule"] in _ONE_VICTIM_RULES and claim["value"]["low"] == 1 \
        and bool(words) and words[0] in _INDEFINITE


def _is_new_victim(claim: dict[str, Any]) -> bool:
    """Whether a victim told on its own says it is another one than those before it:
    "Another man was found dead", "A second male was pronounced dead", "also"."""
    words = set((claim["evidence"].get("exact") or "").lower().split())
    words.update(((claim.get("subject") or {}).get("text") or "").lower().split())
    return bool(claim.get("additive")) or bool(words & toll_figures.NEW_VICTIM_WORDS)


def set_against_another_outcome(claim: dict[str, Any], claims: Sequence[dict[str, Any]]
                                ) -> bool:
    """Whether a victim told as another one is set against a victim of the other outcome
    told before it in its own sentence: in "One driver died and another was hurt" the
    hurt one is another than the dead one, not one more than the hurt told in earlier
    sentences (a headline "1 dead, another hurt" over that lead is one hurt person).

    >>> def figure(category, exact, start):
    ...     return {"category": category, "start": start, "evidence": {"exact": exact,
    ...             "sentence_start": 0}, "value": {"low": 1, "high": 1}}
    >>> dead, hurt = figure("killed", "One", 0), figure("injured", "another", 18)
    >>> set_against_another_outcome(hurt, [dead, hurt])
    True
    >>> set_against_another_outcome(hurt, [hurt])
    False
    """
    words = set((claim["evidence"].get("exact") or "").lower().split())
    if not words & toll_figures.NEW_VICTIM_WORDS:
        return False
    sentence = claim["evidence"].get("sentence_start")
    return any(other.get("category") in _OUTCOMES and other.get("category") !=
               claim.get("category") and other["evidence"].get("sentence_start") == sentence
               and other["start"] < claim["start"] and other["value"]["low"] == 1
               for other in claims)


def enumerated_victims(victims: Sequence[dict[str, Any]],
                       contrasted: Sequence[int] = ()) -> list[int]:
    """Which of the victims told one by one (in text order) are counted: the first, and
    each later one that says it is another (:func:`_is_new_victim`), unless it is another
    only than a victim of the other outcome in its own sentence (``contrasted``, indexes
    into ``victims``: :func:`set_against_another_outcome`).

    >>> def victim(exact, subject):
    ...     return {"evidence": {"exact": exact}, "subject": {"text": subject}}
    >>> enumerated_victims([victim("A", "man"), victim("a", "old man"),
    ...                     victim("A", "second male")])
    [0, 2]
    >>> enumerated_victims([victim("another", None), victim("another", None)], [1])
    [0]
    """
    return [i for i, claim in enumerate(victims)
            if i == 0 or (_is_new_victim(claim) and i not in contrasted)]


def _takes_in_the_dead(claim: dict[str, Any], killed: float) -> bool:
    """Whether an injured figure counts everyone hurt, the dead among them: two or more
    people told with a cue that leaves their outcome open ("Eight people were shot",
    ``outcome_open``), not set apart from others ("six others were shot"), more than the
    ``killed`` toll.

    >>> claim = {"outcome_open": True, "value": {"low": 8, "high": 8},
    ...          "evidence": {"exact": "Eight"}, "subject": {"text": "people"}}
    >>> _takes_in_the_dead(claim, 1.0), _takes_in_the_dead({**claim, "subject":
    ...     {"text": "others"}}, 1.0)
    (True, False)
    """
    return bool(claim.get("outcome_open")) and claim["value"]["low"] >= 2 and \
        claim["value"]["low"] > killed and not _is_new_victim(claim)
