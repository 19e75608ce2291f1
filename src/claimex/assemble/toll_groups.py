"""A hurt group that holds its dead (session 12, issue 14): local news counts the people shot
first and says after it which of them died ("Four teens were shot and one died", "The
pair were rushed to a clinic, where one of them later died", "One of two women hurt in the
crash has died"). The injured toll counts those who lived: the group less the killed
toll. Used by :func:`claimex.assemble.tolls.document_tolls`.

Three frames make a group figure take in its dead:

* ``outcome_open``: its cue leaves open whether they lived ("were shot", "with gunshot
  wounds"), :func:`claimex.assemble.toll_victims._takes_in_the_dead`;
* a partitive death in its own sentence (:func:`partitive_death`): "one of them later died",
  "One of two women ... has died"; or in a later sentence, where it takes the group up by a
  definite word for the hurt ("Five people were hurt. One of the injured died in
  hospital"; session 13, :func:`takes_up_a_group`): the nearest group told before it;
* a retelling: a later figure of the same size of the same people ("found two seriously
  hurt women" after "One of two women hurt ... has died"), or a sum of parts that adds up
  to it ("The 19-year-old ... The three other teens" after "Four teens were shot and one
  died").

>>> claims = [
...     {"category": "killed", "value": {"low": 1, "high": 1}, "start": 50, "end": 53,
...      "evidence": {"exact": "one", "suffix": " of them succumbed", "sentence_start": 0}},
...     {"category": "injured", "value": {"low": 2, "high": 2}, "start": 0, "end": 4,
...      "evidence": {"exact": "Both", "sentence_start": 0}, "subject": {"text": "men"}}]
>>> sorted(groups_with_their_dead(claims, [1], [0], 1.0, lambda c: False))
[1]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from claimex import lexicon
from claimex.assemble.toll_figures import NEW_VICTIM_WORDS

# "one of them", "One of two women", "two of the victims": a figure that picks its dead out
# of a group told beside it
_PARTITIVE_AFTER = re.compile(r"^\s+of\s+(?:them|those|these|the|\d+|[a-z]+\s)", re.I)


def partitive_death(claim: dict[str, Any]) -> bool:
    """Whether a killed figure picks its dead out of a group: "one of them later died", "One
    of two women ... has died", "two of the victims died at the scene".

    >>> def killed(exact, suffix):
    ...     return {"category": "killed", "evidence": {"exact": exact, "suffix": suffix}}
    >>> partitive_death(killed("one", " of them succumbed")), partitive_death(
    ...     killed("One", " of two men seriously")), partitive_death(killed("one", " man died"))
    (True, True, False)
    """
    evidence = claim.get("evidence") or {}
    return claim.get("category") == "killed" and \
        _PARTITIVE_AFTER.match(evidence.get("suffix") or "") is not None


# "of the wounded", "of those hurt", "of the injured passengers": a partitive that takes up
# a hurt group told before (resources/words/hurt_group_words.txt)
_HURT_GROUP = lexicon.words("hurt_group_words")
_DEFINITE_OF = re.compile(r"^\s+of\s+(?:those|these|the)\s+(\w+)(?:\s+(\w+))?", re.I)


def takes_up_a_group(claim: dict[str, Any]) -> bool:
    """Whether a partitive death takes its group up by a definite word that names the hurt,
    so that it may stand in a later sentence than the group: "One of the injured died in
    hospital", "two of those hurt died"; not "One of two men hurt ... has died" (the group
    is its own object), "Four of the dead were guards" (a part of the dead) nor "one of
    them" (whose "them" may be the dead).

    >>> def killed(exact, suffix):
    ...     return {"category": "killed", "evidence": {"exact": exact, "suffix": suffix}}
    >>> takes_up_a_group(killed("One", " of the injured died")), takes_up_a_group(
    ...     killed("One", " of two men hurt"))
    (True, False)
    """
    evidence = claim.get("evidence") or {}
    found = _DEFINITE_OF.match(evidence.get("suffix") or "")
    return partitive_death(claim) and found is not None and \
        bool({w.lower() for w in found.groups() if w} & _HURT_GROUP)


def _sentence(claim: dict[str, Any]) -> int | None:
    return (claim.get("evidence") or {}).get("sentence_start")


# the most characters between a partitive's figure and its group's: " of the "
_OF_GAP = 10


def groups_with_their_dead(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                           killed_claims: Sequence[int], killed: float,
                           takes_in_the_dead: Callable[[dict[str, Any]], bool]) -> set[int]:
    """The injured figures (indexes among ``counted``) that count a group with its dead: an
    outcome-open one (``takes_in_the_dead``), one whose own sentence tells a partitive
    death (:func:`partitive_death`, among ``killed_claims``), and each later figure of the
    same size of those people (a retelling); never "others" set apart (``new_victim``
    there: the caller's ``takes_in_the_dead`` says so) nor a group no larger than the
    ``killed`` toll.

    >>> def figure(category, low, exact, sentence, at, suffix=""):
    ...     return {"category": category, "value": {"low": low, "high": low}, "start": at,
    ...             "end": at + len(exact), "evidence": {"exact": exact, "suffix": suffix,
    ...                                                  "sentence_start": sentence}}
    >>> claims = [figure("killed", 1, "One", 0, 0, " of two men seriously"),
    ...           figure("injured", 2, "two", 0, 7), figure("injured", 2, "two", 80, 95),
    ...           figure("injured", 1, "A", 120, 120)]
    >>> sorted(groups_with_their_dead(claims, [1, 2, 3], [0], 1.0, lambda c: False))
    [1, 2]
    """
    partitives = [claims[k] for k in killed_claims if partitive_death(claims[k])]

    def is_group(i: int) -> bool:
        value = claims[i]["value"]
        return float(value["low"]) >= 2 and float(value["low"]) > killed

    def picked_from(i: int) -> bool:
        # the group is told before its dead ("The pair ... one of them later died") or is
        # the partitive's own object ("One of two women"); not a figure after "killing
        # nine of them and hurting 40 others"
        return any(_sentence(k) == _sentence(claims[i]) and (
            claims[i]["start"] < k["start"] or 0 <= claims[i]["start"] - k["end"] <= _OF_GAP)
            for k in partitives) or any(nearest_before(k) == i for k in later)

    # "Three people were wounded ... One of the wounded later died": a definite partitive
    # in a later sentence takes up the nearest group told before it
    later = [k for k in partitives if takes_up_a_group(k)]

    def nearest_before(k: dict[str, Any]) -> int | None:
        before = [i for i in counted if is_group(i) and claims[i]["start"] < k["start"]
                  and (_sentence(claims[i]) or 0) < (_sentence(k) or 0)
                  and not _sets_apart(claims[i]) and not _implicit(claims[i])]
        return max(before, key=lambda i: claims[i]["start"]) if before else None

    groups = {i for i in counted if is_group(i) and (
        takes_in_the_dead(claims[i]) or (picked_from(i) and not _sets_apart(claims[i])))}
    sizes = {(claims[i]["value"]["low"], claims[i]["value"]["high"]): i for i in groups}
    for i in counted:
        value = claims[i]["value"]
        first = sizes.get((value["low"], value["high"]))
        if i not in groups and first is not None and first < i and is_group(i) and \
                not _sets_apart(claims[i]):
            groups.add(i)
    return groups


def _implicit(claim: dict[str, Any]) -> bool:
    """Whether a figure is read from a bare noun, not a count ("the victims": an implicit
    plural), so that it names no group a later partitive could take up."""
    return str((claim.get("provenance") or {}).get("rule") or "").startswith("implicit")


def _sets_apart(claim: dict[str, Any]) -> bool:
    """Whether a figure counts people set apart from others ("two others", "two other
    males"); not the "another" of a single person's harm ("a man stabbed another man")."""
    if claim.get("other_than_agent"):
        return False
    words = ((claim.get("evidence") or {}).get("exact") or "").lower().split()
    words += ((claim.get("subject") or {}).get("text") or "").lower().split()
    return bool(set(words) & NEW_VICTIM_WORDS)


def sums_of_a_group(candidates: Sequence[tuple[float, float | None, str, list[int], int]],
                    group_sizes: set[float], killed: float
                    ) -> list[tuple[float, float | None, str, list[int], int]]:
    """Sums of parts that add up to a group told with its dead, less the dead: "Four teens
    were shot and one died ... The 19-year-old ... The three other teens" is three hurt.

    >>> sums_of_a_group([(3.0, 3.0, "sum", [4, 5], 5), (2.0, 2.0, "stated", [1], 1)],
    ...                 {3.0}, 1.0)
    [(2.0, 2.0, 'sum', [4, 5], 5), (2.0, 2.0, 'stated', [1], 1)]
    """
    out = []
    for low, high, basis, used, main in candidates:
        if basis == "sum" and low in group_sizes:
            out.append((max(low - killed, 0.0), None if high is None else max(high - killed, 0.0),
                        basis, used, main))
        else:
            out.append((low, high, basis, used, main))
    return out
