"""Victims told as "another" in the document tolls (:mod:`claimex.assemble.tolls`): one set
against a victim of the other outcome in its own sentence ("One driver died and another was
hurt") is another than that victim, not one more than the hurt told before it; where the
lead gives that split, the body's victims retell it."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_victims import enumerated_victims, set_against_another_outcome
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _figure(category, exact, start, sentence_start=0, low=1):
    return {"category": category, "start": start, "value": {"low": low, "high": low},
            "evidence": {"exact": exact, "sentence_start": sentence_start},
            "subject": {"text": None}}


@pytest.mark.parametrize(("claims", "expected"), [
    # "One driver died and another was hurt": the hurt one is set against the dead one
    ([_figure("killed", "One", 0), _figure("injured", "another", 20)], True),
    # the dead one told in an earlier sentence: "another" counts on from the victims before
    ([_figure("killed", "A", 0, 0), _figure("injured", "another", 40, 30)], False),
    # the same outcome: "One man was hit in the arm and another in the leg"
    ([_figure("injured", "One", 0), _figure("injured", "another", 20)], False),
    # a group of the other outcome: "Two guards died and another was hurt"
    ([_figure("killed", "Two", 0, low=2), _figure("injured", "another", 20)], False),
    # no "another": "One driver died and a passenger was hurt"
    ([_figure("killed", "One", 0), _figure("injured", "a", 20)], False),
])
def test_set_against_another_outcome(claims, expected):
    assert set_against_another_outcome(claims[-1], claims) is expected


@pytest.mark.parametrize(("contrasted", "expected"), [
    ((), [0, 1]),
    ((1,), [0]),
])
def test_a_contrasted_victim_counts_no_one_more(contrasted, expected):
    victims = [_figure("injured", "another", 20), _figure("injured", "another", 90, 80)]
    assert enumerated_victims(victims, contrasted) == expected


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # the lead's split stands; the body's "another ... also" retells the hurt one
    ("A gas explosion at the plant left one worker dead and another seriously injured on "
     "Friday. Officials said another worker had also been wounded and was taken to a clinic.",
     (1.0, 1.0)),
    # no split in the lead: the victims told one by one add up
    ("A worker was wounded at the plant on Friday. Officials said another worker was also "
     "wounded and was taken to a clinic.", (2.0, 2.0)),
])
def test_injured_toll_of_a_lead_split(default_pipeline, text, expected):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "injured"]
    assert (toll["low"], toll["high"]) == expected


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # "another" set against the agent: the one victim, told again below
    ("A customer is accused of stabbing another customer with a cleaver behind a diner on "
     "Tuesday night. The injured customer was driven to a clinic, officers said.",
     (1.0, 1.0)),
    ("Officers are hunting the cyclist who punched and knifed another cyclist near the "
     "canal on Monday. The victim was treated for a cut to his arm.", (1.0, 1.0)),
    # a further step of the same agent: one more victim
    ("A man knifed a cashier at a kiosk on Monday. Minutes later he stabbed another man "
     "at a bus stop, officers said.", (2.0, 2.0)),
])
def test_injured_toll_of_another_than_the_agent(default_pipeline, text, expected):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "injured"]
    assert (toll["low"], toll["high"]) == expected
