"""IDETECT: displacement figures of news excerpts, recall, precision and F1 of
``displaced`` claims."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from claimex.evaluate.cases import Case, Score, claim_dicts, missing_note
from claimex.evaluate.compare import bounds, excerpt, f1, plain, ratio, same_number, span


def displacement_hit(claim: dict[str, Any], quantity: float) -> bool:
    """A ``displaced`` claim whose low or high bound is the gold figure."""
    if claim.get("category") != "displaced":
        return False
    low, high = bounds(claim)
    return same_number(low, quantity) or same_number(high, quantity)


def _figure_at(text: str, quantity: float) -> int | None:
    number = plain(quantity)
    for form in (f"{number:,}", f"{number:,}".replace(",", " "), str(number)):
        at = text.find(form)
        if at >= 0:
            return at
    return None


def score_idetect(cases: Iterable[Case]) -> Score:
    """Recall (excerpts with a hit), precision over displaced claims, F1; per file too.

    Rows whose gold contradicts their own text (``gold["gold_error"]``, the README's
    IDETECT rows 1, 4, 50, 222) are scored in a row of their own and left out of the
    others: they are neither misses nor hits of the pipeline.
    """
    cases = list(cases)
    score = Score(notes=missing_note(cases))
    groups: dict[tuple[str, str], list[int]] = {}
    subsets: list[tuple[str, str]] = []
    for case in cases:
        quantity = float(case.gold["quantity"])
        displaced = [c for c in claim_dicts(case.claims) if c.get("category") == "displaced"]
        good = sum(displacement_hit(c, quantity) for c in displaced)
        hit = good > 0
        names = ([("displaced", "gold errors (apart)")] if case.gold.get("gold_error")
                 else [("displaced", "all"), ("displaced", f"file {case.gold.get('file')}")])
        for name in names:
            if name not in groups:
                groups[name] = [0, 0, 0, 0]
                subsets.append(name)
            counts = groups[name]
            counts[0] += 1
            counts[1] += hit
            counts[2] += len(displaced)
            counts[3] += good
        if not hit and not case.gold.get("gold_error"):
            predicted = [plain(bounds(c)[0]) for c in displaced]
            at = span(displaced[0])[0] if displaced and span(displaced[0]) else _figure_at(
                case.text, quantity)
            score.miss("displaced", case.key, plain(quantity), predicted or None,
                       excerpt(case.text, at))
    subsets.sort(key=lambda s: (s[1] != "all", s[1].startswith("gold errors"), s[1]))
    for name, subset in subsets:
        n, hits, claims, good = groups[(name, subset)]
        precision, recall = ratio(good, claims), ratio(hits, n)
        score.rows.append({"field": name, "subset": subset, "n": n, "correct": hits,
                           "claims": claims, "claims_correct": good, "precision": precision,
                           "recall": recall, "f1": f1(precision, recall)})
    if any(c.gold.get("gold_error") for c in cases):
        score.notes.append("'gold errors (apart)': rows whose gold figure contradicts their "
                           "text (IDETECT test rows 1, 4, 50, 222); excluded from the other rows")
    return score
