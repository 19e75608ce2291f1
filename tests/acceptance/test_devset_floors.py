"""Accuracy floors on the project's own real development sets (``devsets/``), whole sets.

Each devset holds real pages with gold written blind (see its README). A floor sits just
under the figure measured when it was set (docs/evaluation.md, "Current figures"), so a
change that loses claims, tolls or dates on real text fails here before it lands. Raise a
floor when the figure goes up; lowering one needs a reason in the commit message. The sets
live in the repository, so these run wherever the English model is installed; realpages-dev
and TimeBank come from ../shared and skip without it.
"""

from __future__ import annotations

import pytest

from claimex.evaluate import runner
from tests.conftest import ROOT, SHARED, needs_model, needs_shared

pytestmark = [needs_model, pytest.mark.acceptance]

DEVSETS = ROOT / "devsets"


def _rows(report) -> dict[tuple[str, str], dict]:
    return {(row["field"], row["subset"]): row for row in report.rows}


# (set, claims precision, claims recall, tolls right per category), whole set; measured
# when set (session 8, after the last pages were added blind: shootings 179 pages,
# comments 81): wire 0.958 / 0.840 / 0.831, shootings 0.935 / 0.809 / 0.883, notes 0.963 /
# 0.823 / 0.900, comments 0.922 / 0.779 / 0.788 (comments10: 93 pages, 0.926 / 0.768 /
# 0.811, its 12 new pages blind at recall 0.652); shootings again in session 9 (205 pages,
# after its rules): 0.940 / 0.814 / 0.891; the four tune-only shootings rules reverted on
# main (9752f6d, 57c971d, 413fd3a, 56be1f0) took its 205 pages to 0.940 / 0.808 / 0.890,
# and its sixth blind batch (session 9, 225 pages; the 20 new pages blind at 0.963 /
# 0.814 / 0.917) leaves it at 0.942 / 0.808 / 0.892: recall floor 0.81 -> 0.80. Comments
# grew blind in session 10 (105 pages; its 12 new pages blind at 0.949 / 0.556, tolls 0.750)
# and stands at 0.929 / 0.742 / 0.833 after that session's rules: recall floor 0.76 -> 0.74.
# A set that grows blind may move a floor down once, with its new pages' blind figures as
# the reason. Wire grew blind in session 11 (228 pages; its 20 new pages, chosen for
# background and running totals beside the day's figure, blind at 0.990 / 0.789, tolls
# 0.721) and stands at tolls 0.823 after that session's two rules (0.815 before them): tolls
# floor 0.82 -> 0.81. Wire grew blind again in session 12 (248 pages; its 20 new pages,
# round-ups that tell several incidents of one day, blind at 0.962 / 0.874, tolls 0.587) and
# stands at 0.958 / 0.864 / 0.808 after that session's kept rule (0.805 before it): tolls
# floor 0.81 -> 0.80. Wire grew blind in session 22 (370 pages; its 28 new pages, shares of
# a total by place and round-ups under a headline toll, blind at tolls 23 of 30, 28 of 37 and
# 7 of 12) and stands at tolls 931 of 1164 (0.7998) with that session's rules, which move no
# wire toll but the hurt of a round-up's incidents (+5): tolls floor 0.80 -> 0.79.
REALPAGES_FLOORS = [
    ("wire", 0.95, 0.83, 0.79),
    ("shootings", 0.93, 0.80, 0.88),
    ("notes", 0.95, 0.81, 0.89),
    ("comments", 0.91, 0.74, 0.80),
    # the probe set (session 10: 18 pages found by the phrasing of rules that waited for a
    # check, gold written blind; 0.975 / 0.755 / 0.754 when set). Session 11: 40 pages (22
    # new, blind at 0.969 / 0.907 / 0.712), 0.972 / 0.849 / 0.732: tolls floor 0.74 -> 0.72.
    # Session 12: 69 documents (pr060-pr069 new, blind at 0.955 / 0.902 / 0.767), 0.9596 /
    # 0.860 / 0.750 (0.9607 before them, no code change): precision floor 0.96 -> 0.95.
    # Session 16: the set grew blind by 43 documents in seven batches (pr207-pr212 running
    # tolls over a period, pr213-pr218 missing and wounded frames, pr219-pr224 incidents in two
    # places, pr227-pr232 raised tolls, pr233-pr238 wounds told with "with"), each batch's
    # blind figure in devsets/probes/README.md; precision on main's code fell to 0.946 with the
    # first batches (0.9517 before them, no code change): precision floor 0.95 -> 0.94.
    # Session 18: pr259-pr264 (a headline's toll told again in the body; blind at 0.812 /
    # 0.929, tolls 0.722) take precision on main's code (710279c) from 0.9404 to 0.9370, no
    # code change (the rules of the session leave it there): precision floor 0.94 -> 0.93
    # Session 22: pr339-pr346 (a target with a modifier and the others held with him; blind at
    # 0.800 / 0.654, tolls 0.750) take precision on main's code (8273886) from 0.9311 to
    # 0.9278, no code change (the session's rules were all reverted): floor 0.93 -> 0.92
    ("probes", 0.92, 0.74, 0.72),
]


@pytest.mark.parametrize(("name", "precision", "recall", "tolls"), REALPAGES_FLOORS,
                         ids=[row[0] for row in REALPAGES_FLOORS])
def test_devset_casualty_claims_and_tolls(default_pipeline, name, precision, recall, tolls):
    rows = _rows(runner.evaluate("realpages", data=DEVSETS / name, pipeline=default_pipeline))
    claims = rows[("casualty claims", "all")]
    assert claims["precision"] >= precision
    assert claims["recall"] >= recall
    assert rows[("tolls", "per category")]["accuracy"] >= tolls


@needs_shared
def test_realpages_dev_casualty_claims(default_pipeline):
    rows = _rows(runner.evaluate("realpages", data=SHARED / "realpages-dev",
                                 pipeline=default_pipeline))
    claims = rows[("casualty claims", "all")]
    assert claims["precision"] >= 0.97  # 0.977 when set
    assert claims["recall"] >= 0.88  # 0.892


# (TimeML set, DATE / TIME / DURATION value F1 floors), whole set; measured when set
# (session 9, dates-real at 65 articles): dates-real 0.854 / 0.754 / 0.920, TimeBank
# 0.824 / 0.536 / 0.786 (session 8, at 52 articles: 0.831 / 0.718 / 0.934; the 13 blind
# articles added in session 9 brought DURATION down, 0.934 -> 0.920, with no code change;
# session 9, later, at 78 articles: 0.864 / 0.776 / 0.901, the 13 blind articles dr066-dr078
# brought DURATION down again, 0.920 -> 0.901, with no code change; session 10, at 88
# articles: 0.860 / 0.721 / 0.899, the 10 blind articles dr079-dr088 (47 TIME, blind TIME
# value F1 0.547) brought TIME down, 0.776 -> 0.721, with no code change; session 11, at 103
# articles: 0.865 / 0.700 / 0.910 before its rules (the 15 blind articles dr089-dr103, 83 TIME,
# blind TIME value F1 0.654), 0.865 / 0.716 / 0.910 after the midnight rule)
TIMEX_FLOORS = [
    pytest.param(DEVSETS / "dates-real", (0.85, 0.71, 0.89), id="dates-real"),
    pytest.param(SHARED / "timebank", (0.81, 0.52, 0.77), id="timebank", marks=needs_shared),
]


@pytest.mark.parametrize(("data", "floors"), TIMEX_FLOORS)
def test_timex_values(default_pipeline, data, floors):
    rows = _rows(runner.evaluate("tempeval", data=data, pipeline=default_pipeline))
    for timex_type, floor in zip(("DATE", "TIME", "DURATION"), floors, strict=True):
        assert rows[("timex", timex_type)]["value_f1"] >= floor, timex_type
