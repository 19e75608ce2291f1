"""A military or police statement's captured toll and the day of its operation (issues 14
and 15): the frames such releases tell detentions in, each dated against the release's own
date line ("yesterday", "Monday", "on Jan. 5", "overnight"), as the ISAF measurement reads
them (the article's captured toll, its ``time.value``). Sentences written for the frames."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model

LINE = "PORT HARCOURT, Nigeria (March 3, 2015) - "


@needs_model
@pytest.mark.parametrize(("body", "captured", "day"), [
    # a count of suspects detained, dated by a day word against the date line
    ("Soldiers detained four suspected pirates near the jetty yesterday.", 4, "2015-03-02"),
    ("Marines detained two suspected pirates in the creeks Monday.", 2, "2015-03-02"),
    ("Police arrested six suspected cultists in the old town on Feb. 27.", 6, "2015-02-27"),
    ("Two suspected pirates were detained during an overnight raid.", 2, "2015-03-02"),
    ("Officers detained three suspects in the market today.", 3, "2015-03-03"),
    # people taken into custody
    ("Five individuals were taken into custody in the raid on Sunday.", 5, "2015-03-01"),
    ("The patrol took the two occupants of the boat into custody yesterday.", 2, "2015-03-02"),
    # a leader and the men with him: one and the others
    ("The unit detained the gang leader and three associates on Sunday.", 4, "2015-03-01"),
    ("Troops detained the gang leader along with two of his aides yesterday.", 3,
     "2015-03-02"),
    ("The raid led to the arrest of a gang leader and two suspected couriers on Sunday.", 3,
     "2015-03-01"),
    ("The gang leader was arrested along with his two nephews in a raid on Sunday.", 3,
     "2015-03-01"),
    ("Police arrested a notorious smuggling kingpin and three other suspects on Sunday.", 4,
     "2015-03-01"),
    # a day list is dated by its first day
    ("Marines detained five suspected pirates during patrols Feb. 26 and 27.", 5,
     "2015-02-26"),
    # vague counts read as the measurement's minimum
    ("The force detained several suspected pirates near the jetty yesterday.", 3, "2015-03-02"),
    ("The force detained multiple suspected pirates near the jetty yesterday.", 3,
     "2015-03-02"),
    # a capture verb of headlines and releases
    ("Police nabbed three suspected kidnappers at a checkpoint on Sunday.", 3, "2015-03-01"),
    # custody taken of people (frame: custody taken, pipeline/claims/custody.py)
    ("The patrol took custody of a smuggler and two other suspects on Sunday.", 3,
     "2015-03-01"),
    ("Border guards took custody of four stranded fishermen yesterday.", 4, "2015-03-02"),
    ("The sheriff's office assumed custody of the five inmates on Sunday.", 5, "2015-03-01"),
    # arrests told step by step add up
    ("Soldiers detained a gang leader yesterday. The soldiers also detained two other "
     "suspects at the scene.", 3, "2015-03-02"),
])
def test_captured_toll_and_day_of_a_release(default_pipeline, body, captured, day):
    [result] = list(extract([InputDocument("r", LINE + body, None)], default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "captured"]
    assert (toll["low"], toll["time"]["value"]) == (captured, day)


@needs_model
@pytest.mark.parametrize("body", [
    "The mother won custody of her two children after the hearing on Sunday.",
    "A judge granted custody of the three boys to their grandmother yesterday.",
    "Their aunt has custody of the two girls.",
])
def test_custody_held_or_won_is_no_capture(default_pipeline, body):
    """"Custody" captures only as the object of a taking verb (frame: custody taken)."""
    [result] = list(extract([InputDocument("r", LINE + body, None)], default_pipeline))
    assert [t for t in result.tolls if t.category == "captured"] == []
