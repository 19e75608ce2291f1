"""Recognizers-Text's DateTime spec: span recall and value accuracy of DATE entities on
its date and date-range results."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from typing import Any

from claimex.evaluate.cases import Case, Score, missing_note
from claimex.evaluate.compare import excerpt, overlaps, ratio
from claimex.evaluate.recognizers import gold_span

DATE_RESULT_TYPES = ("datetimeV2.date", "datetimeV2.daterange")
# Whole period values only (reconcile/timeline reads a claim's time, a day with a clock as
# its day, and keeps its own patterns: reconcile reads the output without the rule modules).
_DAY_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_MONTH_RE = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR_RE = re.compile(r"^(\d{4})$")
_WEEK_RE = re.compile(r"^(\d{4})-W(\d\d)$")
_DECADE_RE = re.compile(r"^(\d{3})X$")
_QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")


def period_bounds(value: str) -> tuple[_dt.date, _dt.date] | None:
    """First and last day of one ISO 8601 period claimex writes: a day ("2016-11-07"),
    month ("2016-11"), year ("2016"), ISO week ("2016-W45"), quarter ("2016-Q4") or decade
    ("199X"); None for anything else (placeholders with X, "..", text).

    >>> period_bounds("2016-Q4")
    (datetime.date(2016, 10, 1), datetime.date(2016, 12, 31))
    """
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
        if found := _QUARTER_RE.match(value):
            y, q = map(int, found.groups())
            first = _dt.date(y, 3 * q - 2, 1)
            following = _dt.date(y + q // 4, 3 * q % 12 + 1, 1)
            return first, following - _dt.timedelta(days=1)
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
    score = Score(notes=missing_note(cases))
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
