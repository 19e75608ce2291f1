"""Comparing claims with gold: figures (bounds, equality within a tolerance), spans,
the metrics of the score tables (ratio, F1), and excerpts and summaries for the misses.
"""

from __future__ import annotations

import math
import re
from typing import Any

REL_TOL = 1e-6
EXCERPT_CHARS = 120


def bounds(claim: dict[str, Any]) -> tuple[float | None, float]:
    """``(low, high)`` of a claim; a missing or null ``high`` (JSON's infinity) is ``inf``."""
    value = claim.get("value") or {}
    low, high = value.get("low"), value.get("high")
    return (None if low is None else float(low)), (math.inf if high is None else float(high))


def same_number(a: float | None, b: float | None) -> bool:
    """Equal within a relative 1e-6 (and 1e-9 absolute near zero); inf equals inf."""
    if a is None or b is None:
        return False
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-9)


def span(claim: dict[str, Any]) -> tuple[int, int] | None:
    evidence = claim.get("evidence") or {}
    start, end = evidence.get("start"), evidence.get("end")
    return None if start is None or end is None else (int(start), int(end))


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Half-open spans share at least one character."""
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def excerpt(text: str, at: int | None = None, width: int = EXCERPT_CHARS) -> str:
    """About ``width`` characters of ``text`` around ``at`` (the start when None), one line."""
    at = 0 if at is None else max(0, min(at, len(text)))
    start = max(0, at - width // 3)
    piece = " ".join(text[start:start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def plain(number: float | None) -> int | float | None:
    """An integral float as int (for tables and JSON), anything else unchanged."""
    if number is None or math.isinf(number) or not float(number).is_integer():
        return number
    return int(number)


def ratio(correct: int, n: int) -> float | None:
    return correct / n if n else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def first_match(pattern: str, text: str) -> int | None:
    found = re.search(pattern, text, re.I)
    return found.start() if found else None


def claim_summary(claim: dict[str, Any]) -> str:
    low, high = bounds(claim)
    unit = (claim.get("value") or {}).get("unit")
    figure = f"{plain(low)}" if same_number(low, high) else f"{plain(low)}..{plain(high)}"
    return f"{(claim.get('evidence') or {}).get('exact')!r} = {figure}" + (
        f" {unit}" if unit else "")


def locate_surfaces(text: str, results: list[dict[str, Any]]) -> list[tuple[int, int] | None]:
    """Each gold surface's span in ``text`` (searched left to right), None when absent."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for result in results:
        surface = str(result.get("surface") or "")
        at = text.find(surface, cursor) if surface else -1
        if at < 0 and surface:
            at = text.find(surface)
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(surface)))
        cursor = at + len(surface)
    return spans
