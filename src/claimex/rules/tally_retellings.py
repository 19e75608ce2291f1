"""A victim told first as "another <noun>" and retold with a definite noun is one person
(session 12, issue 14).

Local news sets "another" against the attacker, not against an earlier victim: "the road
rage shooter who wounded another driver ... The victim was hit in the back", "accused of
stabbing another man ... He stabbed the man with a kitchen knife". The running tallies
(:func:`claimex.rules.casualties.running_tallies`) hold such an "another" as an addition
waiting for the next single target; a definite retelling of it (the same head noun, or a
noun of ``resources/words/retelling_nouns.txt``) is that target told again, not a second
victim to add it to. A waiting group ("Several other insurgents were killed ... the
commander was killed") is no single victim and still adds.

>>> waiting = {"value": {"low": 1}, "evidence": {"exact": "another"},
...            "subject": {"text": "driver"}}
>>> retells_the_waiting_victim(waiting, {"evidence": {"exact": "The"},
...                                      "subject": {"text": "victim"}})
True
"""

from __future__ import annotations

from typing import Any

from claimex import lexicon

RETELLING_NOUNS = lexicon.nouns("retelling_nouns")
_DEFINITE = frozenset({"the", "this", "that"})


def _head(claim: dict[str, Any]) -> str | None:
    words = ((claim.get("subject") or {}).get("text") or "").lower().split()
    return words[-1] if words else None


def retells_the_waiting_victim(waiting: dict[str, Any], target: dict[str, Any]) -> bool:
    """Whether ``target`` (a single victim told next) retells ``waiting`` (an "another"
    addition of one person that added to nothing yet): a definite noun phrase with the
    waiting one's head noun or a retelling noun ("victim").

    >>> def claim(exact, subject, low=1):
    ...     return {"value": {"low": low}, "evidence": {"exact": exact},
    ...             "subject": {"text": subject}}
    >>> retells_the_waiting_victim(claim("another", "man"), claim("the", "man"))
    True
    >>> retells_the_waiting_victim(claim("another", "man"), claim("a", "woman"))
    False
    >>> retells_the_waiting_victim(claim("other", "insurgents", low=3),
    ...                            claim("the", "commander"))
    False
    """
    words = ((target.get("evidence") or {}).get("exact") or "").lower().split()
    if float(waiting["value"]["low"]) != 1 or not words or words[0] not in _DEFINITE:
        return False
    head = _head(target)
    return head is not None and (head == _head(waiting) or head in RETELLING_NOUNS)
