"""The scoring rules of ``claimex evaluate`` on hand-made claim dicts (no pipeline)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import pytest

from claimex.evaluate import datasets
from claimex.evaluate.scoring import (
    Case,
    date_interval,
    date_value_ok,
    displacement_hit,
    gold_span,
    isaf_count,
    isaf_event_date,
    isaf_predict,
    locate_surfaces,
    parse_interval,
    parse_resolution_number,
    quantulum_value_ok,
    recognizer_value_ok,
    score_idetect,
    score_isaf,
    score_quantulum3,
    score_recognizer_dates,
    score_recognizers,
)


def claim(category="killed", low=1.0, high=None, *, modality="asserted", kind=None, start=0,
          end=None, time=None, unit=None, exact=None):
    """A claimex.claim/1 dict with only what scoring reads."""
    high = low if high is None else high
    return {
        "type": kind or ("casualty" if category in ("killed", "injured", "captured",
                                                   "displaced", "missing") else "quantity"),
        "category": category,
        "value": {"text": exact or str(low), "low": low, "high": high, "qualifier": "exact",
                  "unit": unit},
        "modality": modality,
        "time": None if time is None else {"text": None, "value": time, "start": None,
                                           "end": None, "inferred": False},
        "evidence": {"start": start, "end": start + 1 if end is None else end,
                     "exact": exact or str(low)},
    }


def rows_by(score):
    return {(r["field"], r["subset"]): r for r in score.rows}


# ----------------------------------------------------------------------------- ISAF


@pytest.mark.parametrize(("claims", "expected"), [
    ([], 0),
    ([claim("killed", 3)], 3),
    ([claim("killed", 2), claim("killed", 5, modality="hedged"), claim("killed", 4)], 5),
    ([claim("killed", 2), claim("killed", 9, modality="negated")], 2),
    ([claim("killed", 7, modality="question"), claim("killed", 8, modality="hypothetical")], 0),
    ([claim("injured", 6), claim("killed_or_injured", 4)], 0),
    ([claim("killed", 31, math.inf)], 31),
    ([claim("killed", 31, None) | {"value": {"low": 31, "high": None}}], 31),
    ([claim("killed", 0, modality="asserted")], 0),
])
def test_isaf_killed_count_is_the_largest_counted_low(claims, expected):
    assert isaf_count(claims, "killed")[0] == expected


def test_isaf_captured_count_reads_captured_claims_only():
    claims = [claim("killed", 4), claim("captured", 2), claim("captured", 3)]
    assert isaf_predict(claims)["captured"] == 3
    assert isaf_predict(claims)["killed"] == 4


def test_isaf_event_date_is_the_time_of_the_first_casualty_claim_by_offset():
    claims = [claim("killed", 2, start=50, time="2013-01-25"),
              claim("count", 40, start=5, time="2013-01-01"),
              claim("captured", 1, start=20, time="2013-01-24")]
    assert isaf_event_date(claims)[0] == "2013-01-24"
    assert isaf_event_date([claim("killed", 2, start=3)])[0] is None
    assert isaf_event_date([claim("count", 2, time="2013-01-24")]) == (None, None)


@dataclass
class _OtherClaimClass:
    """Whatever dataclass the claim layer ends up with: scoring reads it as a dict."""

    category: str
    modality: str
    value: dict = field(default_factory=dict)
    type: str = "casualty"


def test_isaf_scoring_accepts_claim_dataclasses():
    record = _OtherClaimClass("killed", "asserted", {"low": 6.0, "high": 6.0})
    assert isaf_predict([record])["killed"] == 6


def test_score_isaf_reports_all_nonzero_and_zero_documents_apart():
    cases = [
        Case("isaf:1", {"min_killed": 2, "min_captured": 0, "start_date": "2013-01-24"},
             [claim("killed", 2, time="2013-01-24")], "x"),
        Case("isaf:2", {"min_killed": 0, "min_captured": 3, "start_date": "2011-02-19"},
             [claim("killed", 4, modality="negated", time="2011-02-18")], "y"),
        Case("isaf:3", {"min_killed": 1, "min_captured": 0, "start_date": "2010-01-01"},
             None, "z"),
    ]
    score = score_isaf(cases)
    rows = rows_by(score)
    assert (rows[("killed", "all")]["n"], rows[("killed", "all")]["correct"]) == (3, 2)
    assert rows[("killed", "gold > 0")]["accuracy"] == pytest.approx(0.5)
    assert rows[("killed", "gold = 0")]["accuracy"] == 1.0
    assert rows[("captured", "gold > 0")]["correct"] == 0
    assert rows[("captured", "gold = 0")]["correct"] == 2
    assert rows[("start_date", "all")]["correct"] == 1
    assert rows[("start_date", "with casualty claim")]["n"] == 2
    assert rows[("start_date", "no casualty claim")]["n"] == 1
    assert [m["key"] for m in score.misses["killed"]] == ["isaf:3"]
    assert score.misses["start_date"][0]["predicted"] == "2011-02-18"
    assert any("missing from OUTDIR" in note for note in score.notes)


# ----------------------------------------------------------------------------- IDETECT


@pytest.mark.parametrize(("item", "quantity", "hit"), [
    (claim("displaced", 172000), 172000, True),
    (claim("displaced", 150, 250), 250, True),
    (claim("displaced", 150, 250), 200, False),
    (claim("displaced", 55001, math.inf), 55000, False),
    (claim("killed", 172000), 172000, False),
])
def test_displacement_hit_needs_a_displaced_claim_with_the_figure_as_a_bound(item, quantity,
                                                                             hit):
    assert displacement_hit(item, quantity) is hit


def test_score_idetect_recall_precision_and_gold_errors_apart():
    def gold(quantity, file="idetect_test", error=False):
        return {"quantity": quantity, "file": file, "gold_error": error}

    cases = [
        Case("a", gold(100), [claim("displaced", 100), claim("displaced", 7)], "100 fled"),
        Case("b", gold(200), [claim("displaced", 300)], "300 fled"),
        Case("c", gold(50, "idmc"), [claim("displaced", 50), claim("count", 9)], "50"),
        Case("d", gold(26000, error=True), [claim("displaced", 260000)], "260,000"),
    ]
    score = score_idetect(cases)
    rows = rows_by(score)
    overall = rows[("displaced", "all")]
    assert (overall["n"], overall["correct"], overall["claims"], overall["claims_correct"]) == (
        3, 2, 4, 2)
    assert overall["recall"] == pytest.approx(2 / 3)
    assert overall["precision"] == pytest.approx(0.5)
    assert overall["f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert rows[("displaced", "file idmc")]["recall"] == 1.0
    assert rows[("displaced", "gold errors (apart)")]["n"] == 1
    assert [m["key"] for m in score.misses["displaced"]] == ["b"]


# ----------------------------------------------------------------------------- recognizers


@pytest.mark.parametrize(("text", "expected"), [
    ("(150,250)", (150, 250)),
    ("[5,6)", (5, 6)),
    ("[-10,15)", (-10, 15)),
    ("(0.25,0.5)", (0.25, 0.5)),
    ("(,12]", (None, 12)),
    ("(30,)", (30, None)),
    ("[170,170]", (170, 170)),
])
def test_parse_interval(text, expected):
    assert parse_interval(text) == expected


def test_parse_interval_rejects_other_text():
    with pytest.raises(ValueError):
        parse_interval("20-30")


@pytest.mark.parametrize(("raw", "expected"), [
    ("192", 192), ("1E-12", 1e-12), ("-1.2732E+15", -1.2732e15), ("100%", 100),
    ("null", None), (None, None), (0.5, 0.5),
])
def test_parse_resolution_number(raw, expected):
    assert parse_resolution_number(raw) == expected


def test_gold_span_end_is_inclusive_in_the_spec():
    assert gold_span({"Start": 29, "End": 40}) == (29, 41)


def _result(kind, value, unit=None, iso=None):
    resolution = {"value": value}
    if unit:
        resolution["unit"] = unit
    if iso:
        resolution["isoCurrency"] = iso
    return {"TypeName": kind, "Resolution": resolution, "Start": 0, "End": 0}


@pytest.mark.parametrize(("result", "item", "ok"), [
    (_result("number", "192"), claim("count", 192.0), True),
    (_result("number", "0.25"), claim("count", 0.2500000001), True),
    (_result("number", "20"), claim("count", 20, 30), False),
    (_result("numberrange", "[20,30)"), claim("count", 20, 30), True),
    (_result("numberrange", "(30,)"), claim("count", 30, math.inf), True),
    (_result("numberrange", "(30,)"), claim("count", 30, 30), False),
    (_result("numberrange", "(,12]"), claim("count", 0, 12), True),
    (_result("percentage", "20%"), claim("percent", 20, unit="%"), True),
    (_result("percentage", "20%"), claim("count", 20), False),
    (_result("currency", "75000000", "Dollar"), claim("money", 75e6, unit="USD"), True),
    (_result("currency", "16400000", "Canadian dollar", "CAD"),
     claim("money", 16399999.999999998, unit="CAD"), True),
    (_result("currency", "16400000", "Canadian dollar", "CAD"),
     claim("money", 16.4e6, unit="USD"), False),
    (_result("currency", "50", "Cent"), claim("money", 0.5, unit="USD"), True),
    (_result("currency", "420000000", "Finnish markka"), claim("count", 420e6), False),
    (_result("dimension", "10", "Mile"), claim("distance", 10, unit="miles"), True),
    (_result("dimension", "200", "Pound"), claim("other", 200, unit="lb"), True),
    (_result("dimension", "3", "Inch"), claim("count", 3), False),
    (_result("temperature", "40", "C"), claim("other", 40, unit="°C"), True),
    (_result("age", "5", "Year"), claim("duration", 5, unit="years"), True),
])
def test_recognizer_value_ok(result, item, ok):
    assert recognizer_value_ok(result, item) is ok


def test_score_recognizers_span_recall_value_accuracy_precision_false_positives():
    gold_a = [{"Text": "$94,000", "TypeName": "currency", "Start": 10, "End": 16,
               "Resolution": {"value": "94000", "unit": "Dollar"}},
              {"Text": "five dollars", "TypeName": "currency", "Start": 30, "End": 41,
               "Resolution": {"value": "5", "unit": "Dollar"}}]
    cases = [
        Case("r:1", {"file": "Cur", "results": gold_a},
             [claim("money", 94000, unit="USD", start=10, end=17),
              claim("count", 5, start=30, end=34), claim("count", 1989, start=50, end=54)],
             "x" * 60),
        Case("r:2", {"file": "Cur", "results": []}, [claim("count", 70, start=4, end=6)],
             "All 70 of us."),
        Case("r:3", {"file": "Cur", "results": []}, [], "nothing here"),
        Case("r:4", {"file": "Cur", "results": [], "skip": "not prose"}, None, "100%"),
        Case("r:5", {"file": "Cur", "results": gold_a}, [], "y" * 60),
    ]
    row = score_recognizers(cases).rows[0]
    assert row["n"] == 4 and row["skipped"] == 1 and row["gold"] == 4
    assert row["span_recall"] == pytest.approx(2 / 4)
    assert row["value_accuracy"] == pytest.approx(1 / 4)
    assert row["claims"] == 4 and row["precision"] == pytest.approx(2 / 4)
    assert (row["empty_cases"], row["fp_cases"]) == (2, 1)


@pytest.mark.parametrize(("case", "flag", "reason"), [
    ({"Input": "100%", "Results": [{"Start": 0, "End": 3}]}, False, "not prose"),
    ({"Input": "one hundred and six", "Results": [{"Start": 0, "End": 18}]}, False,
     "not prose"),
    ({"Input": "192.168.1.2", "Results": []}, False, "not prose"),
    ({"Input": "the 180ml liquid", "Results": []}, False, None),
    ({"Input": "between 20 and 30 people", "Results": [{"Start": 0, "End": 16}],
      "NotSupported": "javascript, python"}, False, None),
    ({"Input": "between 20 and 30 people", "Results": [{"Start": 0, "End": 16}],
      "NotSupported": "javascript, python"}, True, "not supported (python)"),
    ({"Input": "I have 5 apples", "Results": [],
      "NotSupportedByDesign": "javascript,python,java"}, False, "not supported by design"),
    ({"Input": "I have 5 apples", "Results": [], "NotSupportedByDesign": "java"}, False, None),
])
def test_recognizer_cases_are_english_prose(case, flag, reason):
    assert datasets.recognizer_skip(case, skip_unsupported=flag) == reason


# ----------------------------------------------------------------------------- quantulum3


def test_locate_surfaces_walks_left_to_right():
    text = "2 in thick and 2 in wide, 5 m"
    spans = locate_surfaces(text, [{"surface": "2 in"}, {"surface": "2 in"},
                                   {"surface": "nowhere"}])
    assert spans == [(0, 4), (15, 19), None]


@pytest.mark.parametrize(("result", "item", "ok"), [
    ({"value": 2.5, "surface": "2 1/2 in"}, claim("distance", 2.5), True),
    ({"value": 12, "uncertainty": 4, "surface": "8- to 16-meter"}, claim("distance", 8, 16),
     True),
    ({"value": 12, "surface": "8- to 16-meter"}, claim("distance", 8, 16), False),
    ({"value": 0.0055, "surface": "x"}, claim("other", 0.0055000001), True),
])
def test_quantulum_value_ok(result, item, ok):
    assert quantulum_value_ok(result, item) is ok


def test_score_quantulum3_recall_by_surface_then_by_value_and_crashes():
    req = "I want two meters of cotton for £2,000 and 2 kg"
    results = [{"value": 2, "unit": "metre", "surface": "two meters"},
               {"value": 2000, "unit": "pound sterling", "surface": "£2,000"},
               {"value": 2, "unit": "kilogram", "surface": "2 kilograms"}]
    claims = [claim("money", 2000, unit="GBP", start=32, end=38),
              claim("count", 2, start=43, end=47)]
    cases = [Case("q:1", {"file": "quantities", "results": results}, claims, req),
             Case("e:1", {"file": "errors", "crash_test": True}, [], "$99("),
             Case("e:2", {"file": "errors", "crash_test": True}, [], "($99", ("boom",))]
    score = score_quantulum3(cases)
    rows = rows_by(score)
    values = rows[("quantities", "values")]
    assert (values["n"], values["correct"]) == (3, 2)
    assert score.misses["quantities"][0]["gold"].startswith("'two meters'")
    assert (rows[("errors.json", "no crash")]["n"],
            rows[("errors.json", "no crash")]["correct"]) == (2, 1)


# ----------------------------------------------------------------------------- recognizers dates


def _date_result(kind, values, start=0, end=3, text="x"):
    return {"Text": text, "TypeName": f"datetimeV2.{kind}", "Start": start, "End": end,
            "Resolution": {"values": values}}


def _day(value):
    return {"type": "date", "value": value}


def _range(start=None, end=None):
    item = {"type": "daterange"}
    if start:
        item["start"] = start
    if end:
        item["end"] = end
    return item


def entity(value, start=0, end=4, text="x"):
    return {"label": "DATE", "start": start, "end": end, "text": text, "value": value}


@pytest.mark.parametrize(("value", "expected"), [
    ("2016-11-07", (dt.date(2016, 11, 7), {dt.date(2016, 11, 7), dt.date(2016, 11, 8)})),
    ("2016-11", (dt.date(2016, 11, 1), {dt.date(2016, 11, 1), dt.date(2016, 12, 1)})),
    ("2016-W45", (dt.date(2016, 11, 7), {dt.date(2016, 11, 7), dt.date(2016, 11, 14)})),
    ("199X", (dt.date(1990, 1, 1), {dt.date(1990, 1, 1), dt.date(2000, 1, 1)})),
    ("2016-08/..", (dt.date(2016, 8, 1), {None})),
    ("../2009", (None, {dt.date(2009, 1, 1), dt.date(2010, 1, 1)})),
    ("XXXX-04-02", None),
    ("", None),
])
def test_date_interval(value, expected):
    assert date_interval(value) == expected


@pytest.mark.parametrize(("result", "value", "ok"), [
    # a day: either of the past/future pair
    (_date_result("date", [_day("2016-11-04"), _day("2016-11-11")]), "2016-11-04", True),
    (_date_result("date", [_day("2016-11-04"), _day("2016-11-11")]), "2016-11-11", True),
    (_date_result("date", [_day("2016-11-04")]), "2016-11-05", False),
    (_date_result("date", [_day("2016-11-04")]), "2016-W44", False),
    # a period: the gold end is exclusive (the day after the last day)
    (_date_result("daterange", [_range("2016-11-01", "2016-12-01")]), "2016-11", True),
    (_date_result("daterange", [_range("2016-01-01", "2017-01-01")]), "2016", True),
    (_date_result("daterange", [_range("2018-05-14", "2018-05-21")]), "2018-W20", True),
    (_date_result("daterange", [_range("2019-07-01", "2019-10-01")]), "2019-07/2019-09", True),
    (_date_result("daterange", [_range("2016-11-01", "2016-12-01")]), "2016-10", False),
    # an interval: its second value's first day (as Recognizers writes "jan-feb") also
    (_date_result("daterange", [_range("2017-01-01", "2017-02-01")]), "2017-01/2017-02", True),
    (_date_result("daterange", [_range("2018-10-01", "2018-10-07")]),
     "2018-10-01/2018-10-07", True),
    (_date_result("daterange", [_range("2018-10-01", "2018-10-07")]),
     "2018-10-01/2018-10-09", False),
    # open intervals
    (_date_result("daterange", [_range(start="2016-08-01")]), "2016-08/..", True),
    (_date_result("daterange", [_range(end="2010-01-01")]), "../2009", True),
    (_date_result("daterange", [_range(end="2010-01-01")]), "2009", False),
    (_date_result("daterange", [_range(start="2016-08-01")]), "2016-08", False),
    # unresolvable gold ("feb 30", seasons) never matches
    (_date_result("date", [{"type": "date", "value": "not resolved"}]), "XXXX-02-30", False),
])
def test_date_value_ok(result, value, ok):
    assert date_value_ok(result, value) is ok


def test_score_recognizer_dates_recall_accuracy_extra_and_skips():
    friday = _date_result("date", [_day("2016-11-04"), _day("2016-11-11")], 10, 15, "friday")
    month = _date_result("daterange", [_range("2016-11-01", "2016-12-01")], 20, 27)
    season = _date_result("daterange", [{"type": "daterange", "value": "not resolved"}],
                          30, 35)
    clock = {"Text": "5pm", "TypeName": "datetimeV2.time", "Start": 40, "End": 42}
    sup = {"subset": "supported (python)", "reference": "2016-11-07"}
    cases = [
        Case("d:1", {**sup, "results": [friday, month, season, clock]}, [], "x" * 50, (),
             (entity("2016-11-04", 10, 16), entity("2016-10", 20, 28),
              entity("2016", 40, 43), entity("2016", 45, 48))),
        Case("d:2", {**sup, "results": []}, [], "nothing here", (),
             (entity("2016-11-07", 0, 7),)),
        Case("d:3", {**sup, "results": [month]}, [], "y" * 30, (), ()),
        Case("d:4", {"subset": "NotSupported (python)", "results": [month]}, [], "z" * 30, (),
             (entity("2016-11", 20, 27),)),
        Case("d:5", {"skip": "not supported by design (python)", "results": [month]}, None,
             "w" * 30),
    ]
    score = score_recognizer_dates(cases)
    rows = {row["subset"]: row for row in score.rows}
    row = rows["supported (python)"]
    # the season is found by no entity and has no value to score
    assert (row["n"], row["gold"], row["valued"], row["correct"]) == (3, 4, 3, 1)
    assert row["span_recall"] == pytest.approx(2 / 4)
    assert row["value_accuracy"] == pytest.approx(1 / 3)
    # the entity over the time result is neutral, the one at 45 is extra, and so is d:2's
    assert (row["entities"], row["extra"]) == (5, 2)
    assert (row["empty_cases"], row["fp_cases"]) == (1, 1)
    assert rows["NotSupported (python)"]["value_accuracy"] == 1.0
    assert any("1 not supported by design" in note for note in score.notes)
    assert [m["key"] for m in score.misses["supported (python)"]] == ["d:1", "d:3"]


@pytest.mark.parametrize(("case", "reason", "subset"), [
    ({"Input": "since august", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
      "Results": []}, None, "supported (python)"),
    ({"Input": "since august", "Results": []}, "without a reference date", "supported (python)"),
    ({"Input": "x", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"}, "Results": [],
      "NotSupportedByDesign": "javascript, python"}, "not supported by design (python)",
     "supported (python)"),
    ({"Input": "x", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"}, "Results": [],
      "NotSupported": "java, python"}, None, "NotSupported (python)"),
])
def test_recognizer_date_cases(case, reason, subset):
    assert datasets.recognizer_date_skip(case) == reason
    assert datasets.date_subset(case) == subset
