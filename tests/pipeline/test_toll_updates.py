"""A toll revised update by update on one page (:mod:`claimex.rules.update_stamps`,
:mod:`claimex.assemble.toll_updates`): the latest update's figure is the toll, not the
largest; the stamps' numbers or clock times tell which is the latest, whichever way the
page prints them."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_updates import UpdateSegment, latest_update_figures
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from claimex.rules.update_stamps import UpdateStamp, latest_first, update_stamps
from tests.conftest import needs_model


@pytest.mark.parametrize(("text", "expected"), [
    # numbered, with a colon, a hash or a glued word; a bare colon; "by NAME" and a time
    ("UPDATE 4: The mayor spoke.", [(4, None)]),
    ("Update #2 - More trains stopped.", [(2, None)]),
    ("UPDATE 3more photos below.", [(3, None)]),
    ("UPDATE: Roads reopened.", [(None, None)]),
    ("UPDATE by the night desk 9:15 pm: Ferries resumed.", [(None, 21 * 60 + 15)]),
    ("Update (6:40 a.m. PST) - The fire is out.", [(None, 6 * 60 + 40)]),
    ("UPDATE 4:20 pm: Ferries resumed.", [(None, 16 * 60 + 20)]),
    # clock-led entries of a live page: two or more of them
    ("10:05. Sirens near the port.\n9:50. First calls came in.\n", [(None, 605), (None, 590)]),
    ("11:55 p.m.. Crews arrive.\n0:10. The road is shut.\n", [(None, 1435), (None, 10)]),
    # one clock-led line alone, prose about updates, a figure that is no clock: no stamp
    ("10:05. Sirens near the port.\n", []),
    ("Updated figures came in at noon.", []),
    ("Updates were slow to arrive.", []),
    ("12.5 per cent of homes lost power.\n3.75 per cent were flooded.\n", []),
])
def test_update_stamps(text, expected):
    assert [(s.number, s.minutes) for s in update_stamps(text, 0, len(text))] == expected


def _stamp(start, number=None, minutes=None):
    return UpdateStamp(start, number, minutes)


@pytest.mark.parametrize(("stamps", "expected"), [
    # one stamp is the latest wherever it stands
    ([_stamp(300)], [300]),
    # clock times running forward: oldest first
    ([_stamp(0, minutes=480), _stamp(90, minutes=600), _stamp(200, minutes=1300)],
     [200, 90, 0]),
    # clock times running back past midnight: newest first
    ([_stamp(0, minutes=20), _stamp(50, minutes=10), _stamp(90, minutes=1430),
      _stamp(120, minutes=1400)], [0, 50, 90, 120]),
    # numbers running back, an unnumbered stamp among them: newest first
    ([_stamp(0, 5), _stamp(40, 4), _stamp(80), _stamp(120, 2)], [0, 40, 80, 120]),
    ([_stamp(0, 1), _stamp(40, 2)], [40, 0]),
    # stamps that give no order: none is the latest
    ([_stamp(0), _stamp(40)], []),
    ([_stamp(0, minutes=60), _stamp(40, minutes=60)], []),
])
def test_latest_first(stamps, expected):
    assert [s.start for s in latest_first(stamps)] == expected


def _figure(start, low, exact, rule="cue_object", section=0, subject=None):
    return {"start": start, "section": section, "value": {"low": low},
            "evidence": {"exact": exact}, "provenance": {"rule": rule},
            "subject": {"text": subject}}


EARLY, LATE = UpdateSegment(0, 100, 200, 1), UpdateSegment(0, 200, 300, 0)


@pytest.mark.parametrize(("claims", "segments", "expected"), [
    # the latest update's figure, not an earlier, larger one nor the text before the stamps
    ([_figure(10, 80, "80"), _figure(120, 60, "60"), _figure(220, 45, "45")], [EARLY, LATE],
     [2]),
    # the latest update tells no figure of the category: the one before it does
    ([_figure(10, 80, "80"), _figure(120, 60, "60")], [EARLY, LATE], [1]),
    # "two more" in the latest update is no toll: the update before it stands
    ([_figure(120, 60, "60"), _figure(220, 2, "two more")], [EARLY, LATE], [0]),
    # a victim named without a figure is no figure of the update's own
    ([_figure(120, 60, "60"), _figure(220, 1, "Ms Ortiz", "implicit_person")], [EARLY, LATE],
     [0]),
    # no update tells one, or updates in two sections: every figure stands
    ([_figure(10, 80, "80")], [EARLY, LATE], [0]),
    ([_figure(120, 60, "60"), _figure(220, 45, "45")],
     [EARLY, UpdateSegment(1, 400, 500, 0)], [0, 1]),
])
def test_latest_update_figures(claims, segments, expected):
    assert latest_update_figures(claims, list(range(len(claims))), segments) == expected


@needs_model
@pytest.mark.parametrize(("text", "category", "expected"), [
    # oldest first, clock-stamped updates: the last one's figure, not the largest
    ("Ferry capsizes near the harbour\n\nA ferry overturned near the harbour on Sunday. "
     "Early reports said 60 people were hurt.\n\nUPDATE 4:20 pm: Officials now say 35 "
     "people were injured and nine died.\n\nUPDATE 7:45 pm: The coast guard said 28 people "
     "were injured.\n", "injured", (28.0, 28.0)),
    # newest first, numbered updates: the top one is the latest
    ("Mine blast\n\nUPDATE 3: Rescuers said 14 miners were killed.\n\nUPDATE 2: A union "
     "official said 20 miners were killed.\n\nUPDATE 1: At least six miners were killed "
     "in the blast.\n", "killed", (14.0, 14.0)),
])
def test_toll_of_a_page_revised_update_by_update(default_pipeline, text, category, expected):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == category]
    assert (toll["low"], toll["high"]) == expected
