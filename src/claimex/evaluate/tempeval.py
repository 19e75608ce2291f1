"""TempEval-3 scoring of temporal expressions: span, type and value of TIMEX3.

Gold: each case's ``gold["timexes"]`` (dicts from :mod:`claimex.evaluate.timeml`).
Predicted: the case's DATE entities, with their TIMEX3 type in ``timex["type"]`` (when an
entity has no ``timex`` its type is read off the value: ``P..`` is a DURATION, a value
with a time of day a TIME, anything else a DATE).

As TempEval-3's official scorer: a prediction matches a gold TIMEX3 when the spans
overlap (relaxed) or are equal (strict); pairs are made one to one, left to right, the
largest overlap first. Precision is the share of predictions that match, recall the share
of gold expressions that are matched. Value accuracy is the share of relaxed matches whose
value is the gold value (exact string); value F1 is the relaxed F1 times value accuracy
(value precision and recall are the relaxed ones times the accuracy).

Per type: recall and value accuracy count the gold expressions of that type, precision
the predictions of that type; a prediction of the wrong type may still match (type
accuracy, in the ``all`` row, says how often the types agree).

>>> gold = {"timexes": [{"start": 0, "end": 9, "text": "yesterday", "type": "DATE",
...                       "value": "1998-01-07"}]}
>>> case = Case("a.tml", gold, [], "yesterday", entities=(
...     {"start": 0, "end": 9, "text": "yesterday", "value": "1998-01-07"},))
>>> row = score_tempeval([case]).rows[0]
>>> row["subset"], row["strict_f1"], row["value_f1"]
('all', 1.0, 1.0)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from claimex.evaluate.cases import Case, Score
from claimex.evaluate.compare import excerpt, f1, ratio
from claimex.evaluate.timeml import TIMEX_TYPES

_TIME_RE = re.compile(r"T(?:\d|MO|AF|EV|NI|DT)")
_DURATION_RE = re.compile(r"P(?:\d|T\d|X|T?X)")


def timex_type(entity: dict[str, Any]) -> str:
    """The TIMEX3 type of a predicted entity: its ``timex["type"]``, else read off the value.

    >>> timex_type({"value": "P5Y"}), timex_type({"value": "2013-03-21TMO"})
    ('DURATION', 'TIME')
    """
    timex = entity.get("timex") or {}
    if timex.get("type") in TIMEX_TYPES:
        return timex["type"]
    value = str(entity.get("value") or "")
    if _DURATION_RE.match(value):
        return "DURATION"
    return "TIME" if _TIME_RE.search(value) else "DATE"


def _pairs(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
           ) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, each gold
    expression taking the free prediction that overlaps it most."""
    used: set[int] = set()
    out = []
    for gi, g in enumerate(gold):
        best, best_overlap = None, 0
        for pi, p in enumerate(predicted):
            if pi in used:
                continue
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > best_overlap:
                best, best_overlap = pi, overlap
        if best is not None:
            used.add(best)
            out.append((gi, best))
    return out


_COUNTS = ("gold", "predicted", "strict_gold", "strict_predicted", "relaxed_gold",
           "relaxed_predicted", "value_ok", "type_ok")


def score_tempeval(cases: Iterable[Case]) -> Score:
    """Strict and relaxed span P/R/F1, value accuracy and value F1, per TIMEX3 type and
    over all types (see the module docstring)."""
    score = Score()
    totals = {name: dict.fromkeys(_COUNTS, 0) for name in ("all", *TIMEX_TYPES)}
    for case in cases:
        gold = [dict(g) for g in case.gold.get("timexes") or []]
        predicted = [dict(e, type=timex_type(e)) for e in case.entities or ()
                     if e.get("label", "DATE") == "DATE"]
        pairs = _pairs(gold, predicted)
        matched_gold = {gi: pi for gi, pi in pairs}
        matched_pred = {pi for _, pi in pairs}
        for g in gold:
            for name in ("all", g["type"]):
                totals[name]["gold"] += 1
                totals[name]["strict_gold"] += any(
                    (p["start"], p["end"]) == (g["start"], g["end"]) for p in predicted)
        for pi, p in enumerate(predicted):
            for name in ("all", p["type"]):
                totals[name]["predicted"] += 1
                totals[name]["strict_predicted"] += any(
                    (p["start"], p["end"]) == (g["start"], g["end"]) for g in gold)
                totals[name]["relaxed_predicted"] += pi in matched_pred
        for gi, g in enumerate(gold):
            pi = matched_gold.get(gi)
            where = excerpt(case.text, g["start"], width=160)
            label = f"{g['text']!r} = {g['value']}" + (f" ({g['mod']})" if g.get("mod") else "")
            if pi is None:
                score.miss(f"{g['type']} missed", case.key, label, None, where)
                continue
            p = predicted[pi]
            ok = p.get("value") == g["value"]
            for name in ("all", g["type"]):
                totals[name]["relaxed_gold"] += 1
                totals[name]["value_ok"] += ok
                totals[name]["type_ok"] += p["type"] == g["type"]
            if not ok:
                mod = (p.get("timex") or {}).get("mod")
                score.miss(f"{g['type']} value", case.key, label,
                           f"{p.get('text')!r} = {p.get('value')} ({p['type']}"
                           f"{', ' + mod if mod else ''})", where)
        for pi, p in enumerate(predicted):
            if pi not in matched_pred:
                score.miss(f"{p['type']} extra", case.key, None,
                           f"{p.get('text')!r} = {p.get('value')}",
                           excerpt(case.text, p["start"], width=160))
    for name, t in totals.items():
        if not t["gold"] and not t["predicted"]:
            continue
        strict_p, strict_r = ratio(t["strict_predicted"], t["predicted"]), ratio(
            t["strict_gold"], t["gold"])
        relaxed_p, relaxed_r = ratio(t["relaxed_predicted"], t["predicted"]), ratio(
            t["relaxed_gold"], t["gold"])
        if not t["predicted"]:  # nothing predicted: no precision to speak of, F1 0
            strict_p = relaxed_p = 0.0
        relaxed_f1 = f1(relaxed_p, relaxed_r)
        accuracy = ratio(t["value_ok"], t["relaxed_gold"])
        row = {"field": "timex", "subset": name, "gold": t["gold"], "predicted": t["predicted"],
               "strict_p": strict_p, "strict_r": strict_r, "strict_f1": f1(strict_p, strict_r),
               "relaxed_p": relaxed_p, "relaxed_r": relaxed_r, "relaxed_f1": relaxed_f1,
               "value_accuracy": accuracy,
               "value_f1": None if relaxed_f1 is None or accuracy is None
               else relaxed_f1 * accuracy}
        if name == "all":
            row["type_accuracy"] = ratio(t["type_ok"], t["relaxed_gold"])
        score.rows.append(row)
    return score
