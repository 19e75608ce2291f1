"""News sentences with their quantities: value precision, recall and F1 of figure claims."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from claimex.evaluate.cases import Case, Score, claim_dicts, missing_note
from claimex.evaluate.compare import (
    bounds,
    claim_summary,
    excerpt,
    f1,
    locate_surfaces,
    overlaps,
    plain,
    ratio,
    same_number,
    span,
)

#: Claims that stand for no figure of the text: running totals and figure-less casualty
#: counts ("killing him", "the insurgents"). The news scorer leaves them out.
NOT_FIGURE_RULES = ("tally", "implicit_")


def is_figure_claim(claim: dict[str, Any]) -> bool:
    """Whether a claim stands for a figure written in the text (see ``NOT_FIGURE_RULES``)."""
    rule = str((claim.get("provenance") or {}).get("rule") or claim.get("rule") or "")
    return not rule.startswith(NOT_FIGURE_RULES)


def news_value_ok(gold: dict[str, Any], claim: dict[str, Any]) -> bool:
    """Both bounds equal: the gold ``low`` and ``high`` (null: open) against the claim's."""
    low, high = bounds(claim)
    gold_high = gold.get("high")
    return same_number(low, float(gold["low"])) and same_number(
        high, math.inf if gold_high is None else float(gold_high))


def match_news(gold: list[dict[str, Any]], claims: list[dict[str, Any]], text: str
               ) -> list[tuple[dict[str, Any], dict[str, Any] | None, bool]]:
    """Pairs each gold quantity with at most one claim that overlaps its surface (each claim
    used once): one with the right value where there is one, else the first overlapping one.
    Returns (gold, claim or None, value right)."""
    free = list(claims)
    pairs = []
    for item, where in zip(gold, locate_surfaces(text, gold), strict=True):
        near = [c for c in free if overlaps(span(c), where)]
        right = [c for c in near if news_value_ok(item, c)]
        chosen = (right or near or [None])[0]
        if chosen is not None:
            free.remove(chosen)
        pairs.append((item, chosen, bool(right)))
    return pairs


def _news_gold_summary(item: dict[str, Any]) -> str:
    low, high = item.get("low"), item.get("high")
    figure = f"{plain(low)}" if low == high else f"{plain(low)}..{plain(high)}"
    return f"{item.get('surface')!r} = {figure}" + (f" {item['unit']}" if item.get("unit")
                                                     else "")


def _news_unit_ok(gold: dict[str, Any], claim: dict[str, Any] | None) -> bool:
    """The claim's unit is the gold's; a casualty claim's unit names the counted group
    ("people", "households"), which the gold does not record, so any passes."""
    if claim is None:
        return False
    return claim.get("type") == "casualty" or (claim.get("value") or {}).get(
        "unit") == gold.get("unit")


def score_news(cases: Iterable[Case]) -> Score:
    """Value precision, recall and F1 of figure claims on news sentences, per group of the
    set (the id's prefix, "money-03" -> money), per file when the set is a directory of
    batch files ("file batch1"), and over all.

    A gold quantity is found when a claim overlaps its surface, right when that claim's
    ``low`` and ``high`` are the gold's (:func:`match_news`). Every figure claim
    (:func:`is_figure_claim`) that is not the right value of a gold quantity counts against
    precision, so a figure read wrong costs both. ``unit_accuracy`` is over the right
    values (casualty claims pass: their unit names the counted group); ``negatives_hit``
    counts the surfaces marked as no figure (years, dates, names, scores) that some claim
    overlaps.
    """
    cases = list(cases)
    groups: dict[str, dict[str, int]] = {}
    score = Score(notes=missing_note(cases))
    files = {str(case.gold.get("file")) for case in cases if case.gold.get("file")}

    def tally(name: str) -> dict[str, int]:
        return groups.setdefault(name, dict.fromkeys(
            ("sentences", "gold", "claims", "found", "correct", "unit_ok", "negatives",
             "negatives_hit"), 0))

    for case in cases:
        gold = case.gold.get("quantities") or []
        claims = [c for c in claim_dicts(case.claims) if is_figure_claim(c)]
        group = str(case.gold.get("id") or case.key).rsplit("-", 1)[0]
        pairs = match_news(gold, claims, case.text)
        used = {id(c) for _, c, ok in pairs if ok}
        negatives = [s for s in case.gold.get("not_quantities") or [] if s in case.text]
        hit = [s for s in negatives if any(overlaps(span(c), (at, at + len(s)))
                                           for c in claims
                                           for at in [case.text.find(s)])]
        batch = [tally(f"file {case.gold['file']}")] if len(files) > 1 else []
        for t in (tally(group), tally("all"), *batch):
            t["sentences"] += 1
            t["gold"] += len(gold)
            t["claims"] += len(claims)
            t["found"] += sum(c is not None for _, c, _ in pairs)
            t["correct"] += sum(ok for _, _, ok in pairs)
            t["unit_ok"] += sum(ok and _news_unit_ok(item, c) for item, c, ok in pairs)
            t["negatives"] += len(negatives)
            t["negatives_hit"] += len(hit)
        for item, chosen, ok in pairs:
            if not ok:
                score.miss("values", case.key, _news_gold_summary(item),
                           claim_summary(chosen) if chosen else None, excerpt(case.text))
            elif not _news_unit_ok(item, chosen):
                score.miss("units", case.key, _news_gold_summary(item), claim_summary(chosen),
                           excerpt(case.text))
        for claim in claims:
            if id(claim) not in used:
                score.miss("extra claims", case.key, None, claim_summary(claim),
                           excerpt(case.text))
    order = ["all", *sorted(g for g in groups if g != "all")]
    for name in order:
        t = groups[name]
        precision, recall = ratio(t["correct"], t["claims"]), ratio(t["correct"], t["gold"])
        score.rows.append({
            "field": "values", "subset": name, "n": t["sentences"], "gold": t["gold"],
            "claims": t["claims"], "correct": t["correct"], "precision": precision,
            "recall": recall, "f1": f1(precision, recall),
            "span_recall": ratio(t["found"], t["gold"]),
            "unit_accuracy": ratio(t["unit_ok"], t["correct"]),
            "negatives": t["negatives"], "negatives_hit": t["negatives_hit"]})
    return score


