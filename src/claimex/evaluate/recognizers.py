"""Recognizers-Text's number, range, percentage, currency and dimension specs: span
recall, value accuracy and precision of claims, per spec file."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from claimex.evaluate.cases import Case, Score, claim_dicts, missing_note
from claimex.evaluate.compare import (
    bounds,
    claim_summary,
    excerpt,
    overlaps,
    ratio,
    same_number,
    span,
)

_INTERVAL_RE = re.compile(r"^\s*([\[(])\s*([^,\s]*)\s*,\s*([^,\s]*)\s*([\])])\s*$")

# Recognizers-Text unit names -> the unit strings claimex (or a reasonable parser) writes.
# Names not listed match a claim unit equal to the name, its plural or its ISO code.
CURRENCY_UNITS: dict[str, tuple[str, ...]] = {
    "dollar": ("USD", "$"), "united states dollar": ("USD",), "euro": ("EUR", "€"),
    "pound": ("GBP", "£"), "british pound": ("GBP",), "franc": ("CHF", "FRF"),
    "rupee": ("INR", "PKR", "LKR"), "bitcoin": ("BTC", "XBT"), "peseta": ("ESP",),
    "netherlands guilder": ("NLG",), "finnish markka": ("FIM",), "chinese yuan": ("CNY",),
    "japanese yen": ("JPY",), "canadian dollar": ("CAD",), "australian dollar": ("AUD",),
}
# Fractional currency names: the claim may keep the name, or convert to the main unit.
SUBUNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01),
}
DIMENSION_UNITS: dict[str, tuple[str, ...]] = {
    "foot": ("ft", "feet"), "meter": ("m", "metre", "metres"), "mile": ("miles", "mi"),
    "pound": ("lb", "lbs"), "gallon": ("gal",), "ton": ("tonnes", "t", "tons"),
    "metric ton": ("tonnes", "t"), "kilometer per hour": ("km/h", "kph", "kmh"),
    "kilogram": ("kg",), "microgram": ("µg", "μg", "ug", "mcg"), "inch": ("inches", "in"),
    "square meter": ("m2", "m²", "sq m"), "kilometer": ("km", "kilometre", "kilometres"),
    "millimeter": ("mm",), "decimeter": ("dm",), "picometer": ("pm",),
    "degree": ("°", "deg", "degrees"), "turn": ("turns",), "milliliter": ("ml",),
    "barrel": ("barrels", "bbl"), "ounce": ("oz",), "acre": ("acres", "ac"),
    "cubic foot": ("ft3", "cu ft", "ft³"), "bit": ("bits", "b"), "mile per hour": ("mph",),
    "square kilometer": ("km2", "km²", "sq km"), "megabit": ("mb", "mbit"),
    "megabyte": ("mb",), "tablespoon": ("tbsp",), "cup": ("cups",), "teaspoon": ("tsp",),
    "dram": ("dr",), "gram": ("g",), "radian": ("rad",), "year": ("years", "yr", "yrs"),
    "month": ("months",), "week": ("weeks",), "day": ("days",),
    "c": ("°C", "C", "celsius"), "f": ("°F", "F", "fahrenheit"), "k": ("K", "kelvin"),
}


def parse_interval(text: str) -> tuple[float | None, float | None]:
    """``"[20,30)"`` → ``(20, 30)``; a missing side (``"(,12]"``, ``"(30,)"``) is None.

    Recognizers-Text writes number ranges as intervals whose brackets say whether a bound is
    included; claimex keeps the stated figure as the bound ("more than 30" is 30 .. inf),
    so only the numbers are compared and the brackets are ignored.
    """
    found = _INTERVAL_RE.match(text or "")
    if not found:
        raise ValueError(f"not an interval: {text!r}")
    low, high = found.group(2), found.group(3)
    return (float(low) if low else None), (float(high) if high else None)


def parse_resolution_number(value: Any) -> float | None:
    """A resolution value ("192", "1E-12", "100%", 0.5) as a float; None when absent."""
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "null")):
        return None
    try:
        return float(str(value).strip().rstrip("%").replace(",", ""))
    except ValueError:
        return None


def _norm_unit(unit: Any) -> str:
    return re.sub(r"[\s.]+", " ", str(unit or "")).strip().lower()


def unit_matches(claim_unit: Any, gold_unit: str, iso: str | None = None,
                 table: dict[str, tuple[str, ...]] | None = None) -> bool:
    """The claim's unit names the gold unit: its ISO code, a known alias, or the name itself."""
    have = _norm_unit(claim_unit)
    if not have:
        return False
    name = _norm_unit(gold_unit)
    accepted = {name, name + "s", _norm_unit(iso)} | {
        _norm_unit(a) for a in (table or {}).get(name, ())}
    return have in accepted - {""}


def _number_ok(claim: dict[str, Any], value: float) -> bool:
    low, high = bounds(claim)
    return same_number(low, value) and same_number(high, value)


def _result_kind(result: dict[str, Any]) -> str:
    return str(result.get("TypeName") or result.get("Typename") or "").lower()


def recognizer_value_readable(result: dict[str, Any]) -> bool:
    """Whether a gold result's resolution holds a value to compare (some say ``"null"``)."""
    raw = (result.get("Resolution") or {}).get("value")
    if _result_kind(result) == "numberrange":
        try:
            parse_interval(str(raw))
        except ValueError:
            return False
        return True
    return parse_resolution_number(raw) is not None


def recognizer_value_ok(result: dict[str, Any], claim: dict[str, Any]) -> bool | None:
    """Whether a claim carries the normalised value of one gold result (None: unscorable).

    number: low == high == value; numberrange: the interval's numbers (a missing lower
    bound accepts a claim low of 0 or -inf, a missing upper one an infinite high);
    percentage: low == value with a percent unit or category; currency: value and unit
    (ISO code or alias; cents and pence also as hundredths of the main unit); dimension,
    age, temperature: value and unit.
    """
    kind = _result_kind(result)
    resolution = result.get("Resolution") or {}
    raw = resolution.get("value")
    if kind == "numberrange":
        try:
            gold_low, gold_high = parse_interval(str(raw))
        except ValueError:
            return None
        low, high = bounds(claim)
        low_ok = (low in (0.0, -math.inf) if gold_low is None else same_number(low, gold_low))
        high_ok = (math.isinf(high) if gold_high is None else same_number(high, gold_high))
        return low_ok and high_ok
    value = parse_resolution_number(raw)
    if value is None:
        return None
    low, _ = bounds(claim)
    unit = (claim.get("value") or {}).get("unit")
    if kind == "number" or kind.startswith("ordinal"):
        return _number_ok(claim, value)
    if kind == "percentage":
        return same_number(low, value) and (unit == "%" or claim.get("category") == "percent")
    if kind == "currency":
        name = _norm_unit(resolution.get("unit"))
        if name in SUBUNITS:
            code, factor = SUBUNITS[name]
            if same_number(low, value * factor) and unit_matches(unit, code):
                return True
        return same_number(low, value) and unit_matches(
            unit, resolution.get("unit") or "", resolution.get("isoCurrency"), CURRENCY_UNITS)
    return same_number(low, value) and unit_matches(
        unit, resolution.get("unit") or "", None, DIMENSION_UNITS)


def gold_span(result: dict[str, Any]) -> tuple[int, int]:
    """A Recognizers-Text result's span, half-open (the spec's ``End`` is inclusive)."""
    return int(result["Start"]), int(result["End"]) + 1


def score_recognizers(cases: Iterable[Case]) -> Score:
    """Per spec file: span recall, value accuracy, claim precision, false-positive cases.

    A gold result is found when a claim's evidence overlaps it, and its value is correct
    when one of those claims carries the normalised value (:func:`recognizer_value_ok`;
    results whose value cannot be read are left out of value accuracy). A claim is matched
    when it overlaps any gold result. Cases marked ``gold["skip"]`` are counted, not scored.
    """
    cases = list(cases)
    files: dict[str, dict[str, int]] = {}
    score = Score(notes=missing_note(cases))
    for case in cases:
        name = case.gold["file"]
        t = files.setdefault(name, dict.fromkeys(
            ("cases", "skipped", "gold", "found", "valued", "value_ok", "claims", "matched",
             "empty", "fp_cases"), 0))
        if case.gold.get("skip"):
            t["skipped"] += 1
            continue
        results = case.gold.get("results") or []
        claims = claim_dicts(case.claims)
        t["cases"] += 1
        t["gold"] += len(results)
        t["claims"] += len(claims)
        spans = [gold_span(r) for r in results]
        t["matched"] += sum(any(overlaps(span(c), s) for s in spans) for c in claims)
        if not results:
            t["empty"] += 1
            if claims:
                t["fp_cases"] += 1
                score.miss(f"{name} (false positive)", case.key, [],
                           [c.get("evidence", {}).get("exact") for c in claims],
                           excerpt(case.text, width=200))
        for result, gspan in zip(results, spans, strict=True):
            near = [c for c in claims if overlaps(span(c), gspan)]
            t["found"] += bool(near)
            valued = recognizer_value_readable(result)
            t["valued"] += valued
            ok = any(recognizer_value_ok(result, c) for c in near)
            t["value_ok"] += valued and ok
            if valued and not ok:
                predicted = [claim_summary(c) for c in near] or None
                score.miss(name, case.key, f"{result.get('Text')!r} = "
                           f"{_resolution_summary(result)}", predicted,
                           excerpt(case.text, gspan[0], width=200))
    for name, t in files.items():
        precision = ratio(t["matched"], t["claims"])
        recall = ratio(t["found"], t["gold"])
        score.rows.append({
            "field": name, "subset": "prose", "n": t["cases"], "skipped": t["skipped"],
            "gold": t["gold"], "correct": t["value_ok"], "span_recall": recall,
            "value_accuracy": ratio(t["value_ok"], t["valued"]), "claims": t["claims"],
            "precision": precision, "empty_cases": t["empty"], "fp_cases": t["fp_cases"]})
    return score


def _resolution_summary(result: dict[str, Any]) -> str:
    resolution = result.get("Resolution") or {}
    unit = resolution.get("isoCurrency") or resolution.get("unit")
    return f"{resolution.get('value')}" + (f" {unit}" if unit else "")

