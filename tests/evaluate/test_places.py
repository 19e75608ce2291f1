"""Place accuracy of casualty claims in the realpages scoring (evaluate/places.py)."""

import pytest

from claimex.evaluate.places import normalised_place, place_match
from claimex.evaluate.realpages import score_realpages
from claimex.evaluate.scoring import Case


@pytest.mark.parametrize(("gold", "location", "answer"), [
    ("Fernhill", {"text": "Fernhill"}, "exact"),
    ("the Upper Vale", {"text": "Upper Vale"}, "exact"),
    ("Port Arlow.", {"text": "port arlow"}, "exact"),
    ("Dorran district", {"text": "Dorran"}, "contained"),
    ("Kessel", {"text": "Kessel County"}, "contained"),
    ("Mill Road, Fernhill", {"text": "Fernhill"}, "contained"),
    ("Fern", {"text": "Fernhill"}, "wrong"),
    ("Fernhill", {"text": "Dorran district"}, "wrong"),
    ("Fernhill", {"text": ""}, "none"),
    ("Fernhill", None, "none"),
])
def test_place_match(gold, location, answer):
    assert place_match(gold, location) == answer


def test_normalised_place_drops_case_punctuation_and_the():
    assert normalised_place("THE  Mill-Road, ") == "mill road"


def _claim(start, end, place):
    return {"type": "casualty", "category": "killed", "modality": "asserted",
            "value": {"text": "x", "low": 2, "high": 2}, "evidence": {"start": start, "end": end},
            "attribution": {"kind": "article"}, "provenance": {"rule": "test"},
            "location": None if place is None else {"text": place, "start": 0, "end": 1}}


def _row(start, end, location, core=True):
    row = {"span": (start, end), "anchor": "x", "category": "killed", "core": core,
           "low": 2, "high": 2, "modality": "asserted", "speaker": None}
    if location is not None:
        row["location"] = location
    return row


def _places(rows, claims):
    gold = {"rows": rows, "nonclaims": [], "tolls": None}
    score = score_realpages([Case("d1", gold, claims, "x" * 200)])
    return {r["subset"]: (r["n"], r["correct"]) for r in score.rows if r["field"] == "place"}, \
        score.misses.get("place", [])


def test_place_rows_count_found_core_rows_with_a_gold_place():
    rows = [_row(0, 5, "Fernhill"), _row(10, 15, "Dorran district"), _row(20, 25, "Kessel"),
            _row(30, 35, "Port Arlow"), _row(40, 45, "Fernhill", core=False), _row(50, 55, None)]
    claims = [_claim(0, 3, "Fernhill"), _claim(10, 12, "Dorran"), _claim(20, 22, None),
              _claim(40, 42, "Mill Road"), _claim(50, 52, "Kessel")]
    places, misses = _places(rows, claims)
    # Port Arlow is not found, the not-core row and the row without a place are not scored
    assert places == {"exact": (3, 1), "contained": (3, 2)}
    assert [(m["gold"], m["predicted"]) for m in misses] == [("Kessel", None)]


def test_no_place_rows_where_the_gold_gives_no_place():
    places, misses = _places([_row(0, 5, None)], [_claim(0, 3, "Fernhill")])
    assert places == {} and misses == []
