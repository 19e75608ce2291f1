"""Which of the lead's told states make a toll (issue 14, session 15).

"A deckhand is dead after the ferry fire" (``told_as_state``: the ``copular_states``
frame) is the lead's summary of a death; where the body tells that death again ("The
deckhand was pronounced dead at the pier"), the body's claims settle who died and make the
tolls. Where nothing else in the document tells a death of its kind and scope, the summary
is the only telling, and its row counts in the toll; not a dead attacker's ("A gunman is dead
after he shot two deckhands"): he is no part of the group he shot, which the tolls would
read as holding him (``assemble.toll_groups``), so his state stays out as before.
Plain dicts in (the toll rows of ``assemble.tallies.tally_rows``), plain dicts out; read
by :mod:`claimex.assemble.records`.

>>> lead = {"category": "killed", "scope": "reported", "negated": False, "told_as_state": True}
>>> body = {"category": "killed", "scope": "reported", "negated": False}
>>> len(rows_for_tolls([lead])), len(rows_for_tolls([lead, body]))
(1, 1)
>>> rows_for_tolls([lead, body]) == [body]
True
"""

from __future__ import annotations

from typing import Any

from claimex import lexicon

# resources/words/combatant_nouns.txt: the attackers' side ("gunman", "suspect")
_ATTACKER_NOUNS = lexicon.nouns("combatant_nouns")


def _of_an_attacker(row: dict[str, Any]) -> bool:
    """Whether the state is said of someone of the attackers' side: "A gunman is dead".

    >>> _of_an_attacker({"subject": {"text": "gunman"}}), _of_an_attacker({"subject": None})
    (True, False)
    """
    words = ((row.get("subject") or {}).get("text") or "").replace("-", " ").split()
    return any(word.lower() in _ATTACKER_NOUNS for word in words)


def _tells_again(row: dict[str, Any], state: dict[str, Any]) -> bool:
    """Whether ``row``, a claim that is no told state, tells a person of the state's
    category and scope as affected ("The deckhand was pronounced dead"), not a zero
    ("No one else died")."""
    return (not row.get("told_as_state") and not row.get("negated")
            and row.get("category") == state.get("category")
            and row.get("scope") == state.get("scope"))


def rows_for_tolls(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The toll rows less each told state whose death the document tells again by another
    claim of its category and scope, and each attacker's: "A deckhand is dead" alone counts
    one killed; with "The deckhand was pronounced dead" below it, the body's claim counts
    instead.

    >>> state = {"category": "killed", "scope": "reported", "told_as_state": True}
    >>> zero = {"category": "killed", "scope": "reported", "negated": True}
    >>> background = {"category": "killed", "scope": "background"}
    >>> rows_for_tolls([state, zero, background]) == [state, zero, background]
    True
    """
    return [row for row in rows
            if not row.get("told_as_state")
            or not (_of_an_attacker(row)
                    or any(_tells_again(other, row) for other in rows if other is not row))]
