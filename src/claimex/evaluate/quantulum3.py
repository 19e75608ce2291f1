"""quantulum3's test sentences: value recall per file, and inputs that must not crash."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from claimex.evaluate.cases import Case, Score, claim_dicts, missing_note
from claimex.evaluate.compare import (
    bounds,
    claim_summary,
    excerpt,
    locate_surfaces,
    overlaps,
    plain,
    ratio,
    same_number,
    span,
)


def quantulum_value_ok(result: dict[str, Any], claim: dict[str, Any]) -> bool:
    """The claim's ``low`` is the gold value, or the claim is the range quantulum3 wrote as
    its mean ± ``uncertainty`` ("8- to 16-meter" is 12 ± 4: a claim 8 .. 16 is right)."""
    value = float(result["value"])
    low, high = bounds(claim)
    if same_number(low, value):
        return True
    spread = result.get("uncertainty")
    return isinstance(spread, int | float) and spread > 0 and same_number(
        low, value - spread) and same_number(high, value + spread)


def score_quantulum3(cases: Iterable[Case]) -> Score:
    """Value recall per file: gold quantities whose value some claim carries
    (:func:`quantulum_value_ok`).

    The claim must overlap the gold surface where the surface occurs in the sentence, and
    may be anywhere otherwise. Inputs marked ``gold["crash_test"]`` (errors.json) only have
    to go through: a document with errors (:attr:`Case.errors`) counts as a crash.
    """
    cases = list(cases)
    files: dict[str, list[int]] = {}
    crash = [0, 0]
    score = Score(notes=missing_note([c for c in cases if not c.gold.get("crash_test")]))
    for case in cases:
        if case.gold.get("crash_test"):
            crash[0] += 1
            if case.errors:
                crash[1] += 1
                score.miss("errors.json", case.key, "no crash", "; ".join(case.errors),
                           excerpt(case.text))
            continue
        name = case.gold["file"]
        counts = files.setdefault(name, [0, 0, 0, 0])
        results = case.gold.get("results") or []
        claims = claim_dicts(case.claims)
        counts[0] += 1
        counts[1] += len(results)
        counts[3] += len(claims)
        for result, where in zip(results, locate_surfaces(case.text, results), strict=True):
            pool = [c for c in claims if overlaps(span(c), where)] if where else claims
            if any(quantulum_value_ok(result, c) for c in pool):
                counts[2] += 1
            else:
                score.miss(name, case.key, f"{result.get('surface')!r} = "
                           f"{plain(float(result['value']))} {result.get('unit')}",
                           [claim_summary(c) for c in pool] or None, excerpt(case.text))
    for name, (sentences, gold, found, claims) in files.items():
        score.rows.append({"field": name, "subset": "values", "n": gold, "correct": found,
                           "recall": ratio(found, gold), "sentences": sentences,
                           "claims": claims})
    if crash[0]:
        score.rows.append({"field": "errors.json", "subset": "no crash", "n": crash[0],
                           "correct": crash[0] - crash[1],
                           "accuracy": ratio(crash[0] - crash[1], crash[0])})
        if not crash[1]:
            score.notes.append(f"errors.json: none of the {crash[0]} malformed inputs crashed")
    return score

