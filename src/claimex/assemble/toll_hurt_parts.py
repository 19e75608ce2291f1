"""The hurt of a round-up's incidents, each told beside its own dead under a lead that
totals only the dead (issue 14, session 22; frame: the hurt beside the parts of the dead),
read by :func:`claimex.assemble.tolls.document_tolls`.

A wire round-up states the day's dead in its lead ("Bombs and an ambush killed seven people
across the province on Monday") and then tells each incident with its own dead and hurt ("A
bomb at the grain market killed four traders and wounded 12. ... Gunmen ambushed a patrol
near the river crossing, killing three guards and wounding two"): no figure of the hurt
stands in the lead, so the toll of the hurt is the sum of the incidents' figures (14), not
the largest one. A sentence counts once (its largest figure of the hurt), and only where the
dead told beside the hurt are parts of the dead toll: the dead of the sentences add up to no
more than it. A retelling with later counts ("killing three and wounding ten ... By evening
five were dead and 12 hurt", under a toll of five dead) is no second incident, nor is the same
pair of figures told twice.

>>> def figure(category, low, sentence_start, rule="cue_object"):
...     return {"category": category, "value": {"low": low, "high": low, "qualifier": None},
...             "provenance": {"rule": rule}, "evidence": {"sentence_start": sentence_start}}
>>> claims = [figure("killed", 7, 0), figure("killed", 4, 80), figure("injured", 12, 80),
...           figure("killed", 3, 160), figure("injured", 2, 160)]
>>> hurt_beside_parts_of_the_dead(claims, [2, 4], [0, 1, 3], 7.0)
(14.0, 14.0, [2, 4])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex.assemble.toll_figures import bounds_only, finite_high


def _sentence_start(claim: dict[str, Any]) -> int | None:
    return (claim.get("evidence") or {}).get("sentence_start")


def _a_count(claim: dict[str, Any]) -> bool:
    """A figure of its own: not a part told with "including", nor a ceiling ("up to 40")."""
    return claim["provenance"]["rule"] != "cue_including" and not bounds_only(claim)


def hurt_beside_parts_of_the_dead(claims: Sequence[dict[str, Any]], hurt: Sequence[int],
                                  dead: Sequence[int], dead_toll: float
                                  ) -> tuple[float, float | None, list[int]] | None:
    """The toll of the hurt as the sum of the incidents told each with its own dead (frame:
    the hurt beside the parts of the dead): of the counted figures of the hurt (``hurt``,
    indexes into ``claims``), the largest of each sentence that also tells dead among
    ``dead`` (the counted figures of the dead toll ``dead_toll``), where at least two such
    sentences tell different pairs of figures and their dead (the largest figure of each)
    add up to no more than ``dead_toll``. The caller asks only where the lead states no
    figure of the hurt. None where no such sum stands.

    >>> def figure(category, low, sentence_start):
    ...     return {"category": category, "value": {"low": low, "high": low},
    ...             "provenance": {"rule": "cue_object"},
    ...             "evidence": {"sentence_start": sentence_start}}
    >>> retold = [figure("killed", 3, 0), figure("injured", 10, 0), figure("killed", 5, 50),
    ...           figure("injured", 12, 50)]
    >>> hurt_beside_parts_of_the_dead(retold, [1, 3], [0, 2], 5.0) is None
    True
    """
    if dead_toll <= 0:
        return None
    by_sentence: dict[int, list[int]] = {}
    for i in hurt:
        start = _sentence_start(claims[i])
        if start is not None and _a_count(claims[i]):
            by_sentence.setdefault(start, []).append(i)
    used: list[int] = []
    parts_of_the_dead = 0.0
    pairs: set[tuple[float, float]] = set()
    for start, members in sorted(by_sentence.items()):
        beside = [j for j in dead if _sentence_start(claims[j]) == start and _a_count(claims[j])]
        if not beside:
            continue
        its_dead = max(float(claims[j]["value"]["low"]) for j in beside)
        first = max(members, key=lambda i: claims[i]["value"]["low"])
        pair = (its_dead, float(claims[first]["value"]["low"]))
        if pair in pairs:
            continue
        pairs.add(pair)
        parts_of_the_dead += its_dead
        used.append(first)
    if len(used) < 2 or parts_of_the_dead > dead_toll:
        return None
    highs = [finite_high(claims[i]["value"]["high"]) for i in used]
    high = None if None in highs else float(sum(h for h in highs if h is not None))
    return (float(sum(claims[i]["value"]["low"] for i in used)), high, used)
