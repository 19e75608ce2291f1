"""ISAF press releases: killed and captured counts and the event date of each release,
exact match (the rule of ``../shared/corpora/README.md``)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from claimex.evaluate.cases import COUNTED_MODALITIES, Case, Score, claim_dicts, missing_note
from claimex.evaluate.compare import bounds, excerpt, first_match, plain, ratio, same_number, span

ISAF_FIELDS = (("killed", "min_killed", r"\bkill"),
               ("captured", "min_captured", r"detain|captur|arrest"))


def isaf_count(claims: Iterable[Any], category: str) -> tuple[float, dict[str, Any] | None]:
    """The largest ``low`` of the asserted or hedged claims of ``category`` (0 when none).

    ISAF's figures are minimum counts per release, so the largest reported minimum stands;
    negated, questioned and hypothetical figures ("no one was killed") do not count.
    """
    best: tuple[float, dict[str, Any] | None] = (0.0, None)
    for claim in claim_dicts(claims):
        if claim.get("category") != category or claim.get("modality") not in COUNTED_MODALITIES:
            continue
        low, _ = bounds(claim)
        if low is not None and (best[1] is None or low > best[0]):
            best = (low, claim)
    return best


def first_casualty(claims: Iterable[Any]) -> dict[str, Any] | None:
    """The casualty claim that comes first in the text (by ``evidence.start``)."""
    casualties = [c for c in claim_dicts(claims) if c.get("type") == "casualty"]
    return min(casualties, key=lambda c: (span(c) or (math.inf, 0))[0], default=None)


def isaf_event_date(claims: Iterable[Any]) -> tuple[str | None, dict[str, Any] | None]:
    """``time.value`` of the first casualty claim: the event ISAF dates is the first reported."""
    first = first_casualty(claims)
    if first is None:
        return None, None
    return (first.get("time") or {}).get("value"), first


def article_toll(tolls: Iterable[dict[str, Any]] | None, category: str
                 ) -> dict[str, Any] | None:
    """The article's toll of ``category`` among a document's ``claimex.toll/1`` dicts."""
    return next((t for t in tolls or () if t["category"] == category and
                 t["speaker"]["kind"] == "article" and t["basis"] != "zero"), None)


def isaf_from_tolls(tolls: list[dict[str, Any]], category: str
                    ) -> tuple[float, dict[str, Any] | None]:
    """The corpora README's rule: the article's toll of ``category`` (0 when none)."""
    toll = article_toll(tolls, category)
    return (float(toll["low"]), toll) if toll else (0.0, None)


def isaf_predict(claims: Iterable[Any]) -> dict[str, Any]:
    """What the claims say about one release: killed and captured counts, the event date."""
    claims = claim_dicts(claims)
    date, _ = isaf_event_date(claims)
    return {"killed": plain(isaf_count(claims, "killed")[0]),
            "captured": plain(isaf_count(claims, "captured")[0]),
            "start_date": date,
            "has_casualty": first_casualty(claims) is not None}


def score_isaf(cases: Iterable[Case]) -> Score:
    """Exact-match accuracy of killed, captured and event date over all releases.

    A count is the low bound of the article's toll of its category (``tolls.jsonl``; 0
    when none); an OUTDIR written before tolls existed is read by the older rule, the
    largest low of the asserted or hedged claims. The event date is the time of the
    article's killed toll (else its captured toll; else the first casualty claim).

    Counts are also reported on the releases whose gold is non-zero and zero apart (a
    pipeline that finds nothing scores well on the zero ones); dates on the releases with
    and without a casualty claim (without one there is no date to give).
    """
    cases = list(cases)
    score = Score(notes=missing_note(cases))
    tallies: dict[tuple[str, str], list[int]] = {}

    def tally(name: str, subset: str, ok: bool) -> None:
        counts = tallies.setdefault((name, subset), [0, 0])
        counts[0] += 1
        counts[1] += ok

    for case in cases:
        claims = claim_dicts(case.claims)
        for name, gold_key, keyword in ISAF_FIELDS:
            gold = case.gold.get(gold_key) or 0
            if case.tolls is not None:
                predicted, toll = isaf_from_tolls(case.tolls, name)
                ids = set(toll["claim_ids"]) if toll else set()
                claim = next((c for c in claims if c.get("id") in ids), None)
            else:
                predicted, claim = isaf_count(claims, name)
            ok = same_number(predicted, float(gold))
            tally(name, "all", ok)
            tally(name, "gold > 0" if gold else "gold = 0", ok)
            if not ok:
                at = span(claim)[0] if claim and span(claim) else first_match(keyword, case.text)
                score.miss(name, case.key, gold, plain(predicted), excerpt(case.text, at))
        gold_date = case.gold.get("start_date")
        date, first = isaf_event_date(claims)
        if case.tolls is not None:
            # the corpora README: the event date is the time of the article's toll
            toll = article_toll(case.tolls, "killed") or article_toll(case.tolls, "captured")
            if toll is not None:
                date = (toll.get("time") or {}).get("value")
        ok = date is not None and date == gold_date
        tally("start_date", "all", ok)
        tally("start_date", "with casualty claim" if first else "no casualty claim", ok)
        if not ok:
            at = None
            if first is not None:
                time = first.get("time") or {}
                at = time["start"] if time.get("start") is not None else span(first)[0]
            score.miss("start_date", case.key, gold_date, date, excerpt(case.text, at))
    subsets = {"killed": ("all", "gold > 0", "gold = 0"),
               "captured": ("all", "gold > 0", "gold = 0"),
               "start_date": ("all", "with casualty claim", "no casualty claim")}
    for name, names in subsets.items():
        for subset in names:
            n, correct = tallies.get((name, subset), (0, 0))
            score.rows.append({"field": name, "subset": subset, "n": n, "correct": correct,
                               "accuracy": ratio(correct, n)})
    return score
