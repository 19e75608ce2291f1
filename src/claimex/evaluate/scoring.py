"""Pure scoring of claims against gold data: no pipeline, no files, just dicts.

Every scorer takes :class:`Case` tuples (a document's key, its gold dict, its claims and its
text) and returns a :class:`Score`: table rows (plain dicts, one per field and subset), the
misses per field, and notes. Claims are read only as ``claimex.claim/1`` dicts
(:func:`claim_dict`), so the scoring does not depend on the claim layer's dataclass, and an
``OUTDIR/claims.jsonl`` written by ``claimex extract`` scores exactly like claims produced in
memory. The rules follow ``../shared/corpora/README.md`` (what the held-out measurement does).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from claimex.records import to_json_dict

REL_TOL = 1e-6
COUNTED_MODALITIES = ("asserted", "hedged")
EXCERPT_CHARS = 120


class Case(NamedTuple):
    """One gold document with what the pipeline claimed about it.

    ``claims`` is None when the document is missing from a scored OUTDIR; it then counts
    as a document without claims and is listed in the notes. ``errors`` holds the reasons
    of the error records extraction produced for it (a crash, a failed chunk).
    ``entities`` holds its DATE entities as dicts (``label``, ``start``, ``end``, ``text``,
    ``value``), which only the date scoring reads; ``tolls`` its ``claimex.toll/1``
    dicts (None where an OUTDIR has no tolls.jsonl).
    """

    key: str
    gold: dict[str, Any]
    claims: list[Any] | None
    text: str
    errors: tuple[str, ...] = ()
    entities: tuple[dict[str, Any], ...] = ()
    tolls: list[dict[str, Any]] | None = None


@dataclass(slots=True)
class Score:
    """Table rows, misses per field (key, gold, predicted, excerpt) and notes."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    misses: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def miss(self, name: str, key: str, gold: Any, predicted: Any, excerpt: str) -> None:
        self.misses.setdefault(name, []).append(
            {"key": key, "gold": gold, "predicted": predicted, "excerpt": excerpt})


# ----------------------------------------------------------------------------- helpers


def claim_dict(claim: Any) -> dict[str, Any]:
    """A claim as its docs/schema.md dict, whatever record class produced it."""
    return claim if isinstance(claim, dict) else to_json_dict(claim)


def claim_dicts(claims: Iterable[Any] | None) -> list[dict[str, Any]]:
    return [claim_dict(c) for c in claims or ()]


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


def _first_match(pattern: str, text: str) -> int | None:
    found = re.search(pattern, text, re.I)
    return found.start() if found else None


def _keys(keys: list[str]) -> str:
    return ", ".join(keys[:5]) + (", …" if len(keys) > 5 else "")


def _missing_note(cases: list[Case]) -> list[str]:
    """Notes on documents missing from OUTDIR and documents extraction had errors on."""
    notes = []
    missing = [c.key for c in cases if c.claims is None]
    if missing:
        notes.append(f"{len(missing)} documents are missing from OUTDIR and count as having "
                     f"no claims: {_keys(missing)}")
    failed = [c.key for c in cases if c.errors]
    if failed:
        notes.append(f"{len(failed)} documents had extraction errors: {_keys(failed)}")
    return notes


# ----------------------------------------------------------------------------- ISAF

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
    score = Score(notes=_missing_note(cases))
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
                at = span(claim)[0] if claim and span(claim) else _first_match(keyword, case.text)
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


# ----------------------------------------------------------------------------- IDETECT


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
    score = Score(notes=_missing_note(cases))
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


# ----------------------------------------------------------------------------- recognizers

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
    score = Score(notes=_missing_note(cases))
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
                predicted = [_claim_summary(c) for c in near] or None
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


def _claim_summary(claim: dict[str, Any]) -> str:
    low, high = bounds(claim)
    unit = (claim.get("value") or {}).get("unit")
    figure = f"{plain(low)}" if same_number(low, high) else f"{plain(low)}..{plain(high)}"
    return f"{(claim.get('evidence') or {}).get('exact')!r} = {figure}" + (
        f" {unit}" if unit else "")


# ----------------------------------------------------------------------------- quantulum3


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
    score = Score(notes=_missing_note([c for c in cases if not c.gold.get("crash_test")]))
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
                           [_claim_summary(c) for c in pool] or None, excerpt(case.text))
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



# ----------------------------------------------------------------------------- news quantities

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
    score = Score(notes=_missing_note(cases))
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
                           _claim_summary(chosen) if chosen else None, excerpt(case.text))
            elif not _news_unit_ok(item, chosen):
                score.miss("units", case.key, _news_gold_summary(item), _claim_summary(chosen),
                           excerpt(case.text))
        for claim in claims:
            if id(claim) not in used:
                score.miss("extra claims", case.key, None, _claim_summary(claim),
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




# ----------------------------------------------------------------------------- recognizers dates

DATE_RESULT_TYPES = ("datetimeV2.date", "datetimeV2.daterange")
_DAY_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_MONTH_RE = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR_RE = re.compile(r"^(\d{4})$")
_WEEK_RE = re.compile(r"^(\d{4})-W(\d\d)$")
_DECADE_RE = re.compile(r"^(\d{3})X$")


def period_bounds(value: str) -> tuple[_dt.date, _dt.date] | None:
    """First and last day of one ISO 8601 period claimex writes: a day ("2016-11-07"),
    month ("2016-11"), year ("2016"), ISO week ("2016-W45") or decade ("199X"); None for
    anything else (placeholders with X, "..", text)."""
    try:
        if found := _DAY_RE.match(value):
            day = _dt.date(*map(int, found.groups()))
            return day, day
        if found := _MONTH_RE.match(value):
            y, m = map(int, found.groups())
            first = _dt.date(y, m, 1)
            following = _dt.date(y + m // 12, m % 12 + 1, 1)
            return first, following - _dt.timedelta(days=1)
        if found := _YEAR_RE.match(value):
            y = int(found.group(1))
            return _dt.date(y, 1, 1), _dt.date(y, 12, 31)
        if found := _WEEK_RE.match(value):
            y, w = map(int, found.groups())
            monday = _dt.date.fromisocalendar(y, w, 1)
            return monday, monday + _dt.timedelta(days=6)
        if found := _DECADE_RE.match(value):
            y = int(found.group(1)) * 10
            return _dt.date(y, 1, 1), _dt.date(y + 9, 12, 31)
    except ValueError:
        return None
    return None


def date_interval(value: Any) -> tuple[_dt.date | None, set[_dt.date | None]] | None:
    """A DATE entity value as (first day, accepted gold ends); None when unreadable.

    A single period P reads as P/P. For "A/B" the first day is A's first day, and the gold
    end may be B's first day (Recognizers-Text writes "jan-feb 2017" as 2017-01-01 ..
    2017-02-01 and "10/1 - 10/7" as .. 2018-10-07) or the day after B's last day (its
    exclusive end of a single period: "2016-11" is 2016-11-01 .. 2016-12-01). An open side
    ("2016-08/..", "../2009") is None and matches a gold range without that side.
    """
    text = str(value or "").strip()
    if not text:
        return None
    first_text, sep, last_text = text.partition("/")
    if not sep:
        last_text = first_text
    if first_text in ("..", ""):
        start = None
    else:
        bounds_a = period_bounds(first_text)
        if bounds_a is None:
            return None
        start = bounds_a[0]
    if last_text in ("..", ""):
        return (None, {None}) if start is None else (start, {None})
    bounds_b = period_bounds(last_text)
    if bounds_b is None:
        return None
    return start, {bounds_b[0], bounds_b[1] + _dt.timedelta(days=1)}


def _iso_day(value: Any) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def date_result_values(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The resolution values of a gold date/daterange result that can be scored: a
    ``date`` with a day ``value``, or a ``daterange`` with a ``start`` and/or ``end``
    ("not resolved" values, e.g. "feb 30" or seasons, are left out)."""
    out = []
    for item in (result.get("Resolution") or {}).get("values") or []:
        kind = item.get("type")
        day = _iso_day(item.get("value")) if kind == "date" else None
        bounds_ = kind == "daterange" and (_iso_day(item.get("start")) or _iso_day(item.get("end")))
        if day or bounds_:
            out.append(item)
    return out


def date_value_ok(result: dict[str, Any], value: Any) -> bool:
    """Whether a DATE entity ``value`` resolves a gold date/daterange result.

    Any of the result's values counts (Recognizers-Text gives a past and a future reading
    of "friday" or "may 9"; claimex picks the past one for news). A ``date`` needs the same
    day; a ``daterange`` needs the same first day (or both open) and an accepted end
    (:func:`date_interval`), so "2016-11", "2016-11/2016-11" and "2016-11-01/2016-11-30"
    all match 2016-11-01 .. 2016-12-01.
    """
    interval = date_interval(value)
    if interval is None:
        return False
    start, ends = interval
    for item in date_result_values(result):
        if item.get("type") == "date":
            day = _iso_day(item.get("value"))
            if start == day and day in ends:
                return True
            continue
        gold_start, gold_end = _iso_day(item.get("start")), _iso_day(item.get("end"))
        if start == gold_start and gold_end in ends:
            return True
    return False


def _entity_span(entity: dict[str, Any]) -> tuple[int, int] | None:
    start, end = entity.get("start"), entity.get("end")
    return None if start is None or end is None else (int(start), int(end))


def score_recognizer_dates(cases: Iterable[Case]) -> Score:
    """Span recall and value accuracy of DATE entities on the date and date-range results
    of Recognizers-Text's DateTime spec, per subset (``gold["subset"]``).

    A gold result is found when a DATE entity (``Case.entities``) overlaps it, and right
    when one of those entities has a matching value (:func:`date_value_ok`); results
    without a scorable value (seasons, "feb 30") are left out of value accuracy. Results of
    other types (times, datetimes, durations, sets) are not scored, and an entity over one
    of them is neither right nor wrong; an entity that overlaps no gold result at all is
    extra (reported as a count and, in cases with no gold result, as a false positive).
    Cases marked ``gold["skip"]`` are counted, not scored.
    """
    cases = list(cases)
    subsets: dict[str, dict[str, int]] = {}
    skipped: dict[str, int] = {}
    score = Score(notes=_missing_note(cases))
    for case in cases:
        if case.gold.get("skip"):
            skipped[case.gold["skip"]] = skipped.get(case.gold["skip"], 0) + 1
            continue
        name = case.gold.get("subset") or "all"
        t = subsets.setdefault(name, dict.fromkeys(
            ("cases", "gold", "found", "valued", "value_ok", "entities", "extra", "empty",
             "fp_cases"), 0))
        results = case.gold.get("results") or []
        dated = [r for r in results if (r.get("TypeName") or "") in DATE_RESULT_TYPES]
        entities = [e for e in case.entities or () if e.get("label", "DATE") == "DATE"]
        t["cases"] += 1
        t["gold"] += len(dated)
        t["entities"] += len(entities)
        spans = [gold_span(r) for r in results]
        extra = [e for e in entities if not any(overlaps(_entity_span(e), s) for s in spans)]
        t["extra"] += len(extra)
        if not results:
            t["empty"] += 1
            if entities:
                t["fp_cases"] += 1
                score.miss(f"{name} (false positive)", case.key, [],
                           [f"{e.get('text')!r} = {e.get('value')}" for e in entities],
                           excerpt(case.text, width=200))
        for result in dated:
            gspan = gold_span(result)
            near = [e for e in entities if overlaps(_entity_span(e), gspan)]
            t["found"] += bool(near)
            valued = bool(date_result_values(result))
            t["valued"] += valued
            ok = valued and any(date_value_ok(result, e.get("interval") or e.get("value"))
                                for e in near)
            t["value_ok"] += ok
            if valued and not ok:
                gold = " | ".join(_date_gold_summary(v) for v in date_result_values(result))
                score.miss(name, case.key, f"{result.get('Text')!r} = {gold} (ref "
                           f"{case.gold.get('reference')})",
                           [f"{e.get('text')!r} = {e.get('value')}" for e in near] or None,
                           excerpt(case.text, gspan[0], width=200))
    for name, t in subsets.items():
        score.rows.append({
            "field": "dates", "subset": name, "n": t["cases"], "gold": t["gold"],
            "valued": t["valued"], "correct": t["value_ok"],
            "span_recall": ratio(t["found"], t["gold"]),
            "value_accuracy": ratio(t["value_ok"], t["valued"]), "entities": t["entities"],
            "extra": t["extra"], "empty_cases": t["empty"], "fp_cases": t["fp_cases"]})
    if skipped:
        score.notes.append("skipped cases: " + ", ".join(
            f"{n} {why}" for why, n in sorted(skipped.items())))
    return score


def _date_gold_summary(item: dict[str, Any]) -> str:
    if item.get("type") == "date":
        return str(item.get("value"))
    mod = f" ({item['Mod']})" if item.get("Mod") else ""
    return f"{item.get('start') or '..'}/{item.get('end') or '..'}{mod}"


SCORERS = {"isaf": score_isaf, "idetect": score_idetect,
           "recognizers": score_recognizers,
           "recognizers-dates": score_recognizer_dates, "quantulum3": score_quantulum3,
           "news": score_news}
