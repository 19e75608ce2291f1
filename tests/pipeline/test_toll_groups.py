"""A hurt group that holds its dead (:mod:`claimex.assemble.toll_groups`, session 12): the
injured toll counts those who lived, the group less the killed toll."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_groups import (
    groups_with_their_dead,
    partitive_death,
    sums_of_a_group,
    takes_up_a_group,
)
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@pytest.mark.parametrize(("exact", "suffix", "expected"), [
    ("one", " of them succumbed to his wounds", True),
    ("One", " of two women shot on Friday has died", True),
    ("two", " of the victims were pronounced dead", True),
    ("one", " man died at the scene", False),  # a death of its own, no group
    ("One", ", a woman, died", False),
])
def test_partitive_death(exact, suffix, expected):
    claim = {"category": "killed", "evidence": {"exact": exact, "suffix": suffix}}
    assert partitive_death(claim) is expected


@pytest.mark.parametrize(("exact", "suffix", "expected"), [
    ("One", " of the injured died in hospital on Monday", True),
    ("one", " of them died two days later", False),  # "them" may be the dead
    ("Four", " of the dead were guards", False),  # a part of the dead
    ("Two", " of those hurt have since died", True),
    ("One", " of three men stabbed outside the bar has died", False),  # its own group
    ("one", " man died at the scene", False),
])
def test_takes_up_a_group(exact, suffix, expected):
    claim = {"category": "killed", "evidence": {"exact": exact, "suffix": suffix}}
    assert takes_up_a_group(claim) is expected


def _figure(category, low, exact, sentence, at, suffix="", subject=None):
    return {"category": category, "value": {"low": low, "high": low}, "start": at,
            "end": at + len(exact), "subject": {"text": subject},
            "evidence": {"exact": exact, "suffix": suffix, "sentence_start": sentence}}


@pytest.mark.parametrize(("claims", "expected"), [
    # "Two men were driven to a clinic, where one of them later died": the two hold the dead
    ([_figure("killed", 1, "one", 0, 40, " of them died"), _figure("injured", 2, "Two", 0, 0)],
     [1]),
    # "One of two women hurt ... has died": the group is the partitive's object
    ([_figure("killed", 1, "One", 0, 0, " of two women hurt"),
      _figure("injured", 2, "two", 0, 7)], [1]),
    # ... and a later "the two men" is the same group told again
    ([_figure("killed", 1, "one", 0, 40, " of them died"), _figure("injured", 2, "Two", 0, 0),
      _figure("injured", 2, "two", 90, 95)], [1, 2]),
    # "two others" are set apart, not the group again
    ([_figure("killed", 1, "one", 0, 40, " of them died"), _figure("injured", 2, "Two", 0, 0),
      _figure("injured", 2, "two", 90, 95, subject="others")], [1]),
    # "killing nine of them and hurting 40 others": the hurt are told after, apart
    ([_figure("killed", 9, "nine", 0, 60, " of them and hurting"),
      _figure("injured", 40, "40", 0, 85)], []),
    # the death is told in a later sentence that takes the hurt group up ("of the wounded",
    # "of the injured", session 13): the group holds its dead
    ([_figure("killed", 1, "one", 200, 210, " of the wounded died"),
      _figure("injured", 2, "Two", 0, 0)], [1]),
    ([_figure("killed", 1, "One", 120, 120, " of the injured passengers died"),
      _figure("injured", 5, "Five", 0, 0)], [1]),
    # ... only the nearest group before it, not an earlier one of another place
    ([_figure("killed", 1, "One", 300, 300, " of the wounded later died"),
      _figure("injured", 4, "four", 0, 10), _figure("injured", 3, "Three", 150, 150)], [2]),
    # a bare noun read as a plural ("the victims") is no group to take up
    ([_figure("killed", 1, "one", 200, 200, " of the wounded died"),
      _figure("injured", 2, "two", 0, 0), dict(_figure("injured", 3, "the", 100, 100),
                                               provenance={"rule": "implicit_plural"})], [1]),
    # a numeral partitive in a later sentence names its own group, not the one before
    ([_figure("killed", 1, "One", 200, 200, " of two men hurt on Elm Street"),
      _figure("injured", 3, "Three", 0, 0)], []),
    # no larger than the dead: nothing to take in
    ([_figure("killed", 2, "two", 0, 40, " of them died"), _figure("injured", 2, "Two", 0, 0)],
     []),
])
def test_groups_with_their_dead(claims, expected):
    killed = float(claims[0]["value"]["low"])
    counted = list(range(1, len(claims)))
    assert sorted(groups_with_their_dead(claims, counted, [0], killed, lambda c: False)) == \
        expected


def test_sums_of_a_group_lose_their_dead():
    sums = [(4.0, 4.0, "sum", [2, 3], 3), (3.0, 3.0, "sum", [4, 5], 5)]
    assert [c[:2] for c in sums_of_a_group(sums, {4.0}, 1.0)] == [(3.0, 3.0), (3.0, 3.0)]


@needs_model
@pytest.mark.parametrize(("text", "killed", "injured"), [
    # the group, then which of them died in its own sentence
    ("Two men were taken to a hospital on Elm Street, where one of them died of his wounds, "
     "police said.", 1.0, 1.0),
    # the group's parts add up to it: less the dead
    ("Four people were shot and one later died on Oak Avenue on Sunday. A 30-year-old woman "
     "was hit in the leg and taken to a hospital in fair condition. The three other victims were "
     "taken to the same hospital in critical condition.", 1.0, 3.0),
    # the group, then in a later sentence one of it who died (session 13)
    ("Three people were wounded when a car hit a bus stop on Cedar Lane. One of the injured "
     "died in hospital on Tuesday.", 1.0, 2.0),
    # a death apart from the hurt: both stand
    ("Three people were wounded and one man was killed in a shooting on Pine Road, police "
     "said.", 1.0, 3.0),
])
def test_injured_toll_of_a_group_with_its_dead(default_pipeline, text, killed, injured):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-05")],
                            default_pipeline))
    tolls = {t["category"]: t["low"] for t in map(to_json_dict, result.tolls)}
    assert (tolls.get("killed"), tolls.get("injured")) == (killed, injured)


@needs_model
@pytest.mark.parametrize(("text", "category"), [
    # the group's modifier tells what it was, the partitive's own verb what befell the part
    ("Two of the wounded climbers died on the way down, rescuers said.", "killed"),
    ("One of the injured riders died in hospital on Thursday.", "killed"),
    # no cue verb of its own: the modifier stands
    ("Two of the injured hikers were flown to a trauma centre.", "injured"),
    # a quantity of people, no definite group told before: the modifier stands
    ("Dozens of wounded villagers were carried to a field clinic on Monday.", "injured"),
])
def test_partitive_with_a_cue_modifier_takes_its_own_verb(default_pipeline, text, category):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-05")],
                            default_pipeline))
    claims = [c for c in map(to_json_dict, result.claims) if c["type"] == "casualty"]
    assert [c["category"] for c in claims] == [category]
