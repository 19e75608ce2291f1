"""The conjuncts of a coordinated subject or object add up to one count where the parse
breaks the phrase up (:mod:`claimex.pipeline.claims.coordinated_victims`); an apposition
that breaks a total down, or a phrase "among" the dead, adds nothing."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.pipeline.claims.coordinated_victims import item_value
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _injured(pipeline, text):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")],
                            pipeline))
    claims = [to_json_dict(c) for c in result.claims if c.type == "casualty"]
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "injured"]
    return claims, (toll["low"], toll["high"])


@needs_model
@pytest.mark.parametrize(("text", "conjunct", "expected"), [
    # two subjects of one verb, the "and" left on the first (a date line before them)
    (" date 2021-02-02 One suspect and three officers suffered injuries in the struggle.",
     "One suspect", (4.0, 4.0)),
    # a date line parsed as the subject, the first conjunct its apposition
    (" date 2019-05-11 A 12-year-old girl and two women were wounded in a shooting late"
     " Sunday.", "A 12-year-old girl", (3.0, 3.0)),
    # a result participle hung on the last conjunct
    ("A crash on the highway left three teens and a woman injured.", "three teens",
     (4.0, 4.0)),
])
def test_coordinated_victims_add_up(default_pipeline, text, conjunct, expected):
    claims, toll = _injured(default_pipeline, text)
    told = [c for c in claims if c["provenance"]["rule"] == "coordinated_victims"]
    assert [c["value"]["text"] for c in told] == [conjunct]
    assert toll == expected


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # the parse already coordinates the phrase: the implicit sum stands, nothing added
    ("One guard and three deputies suffered minor injuries during the struggle.", (4.0, 4.0)),
    ("A ranger and his two sons were hurt in the storm.", (3.0, 3.0)),
    # an apposition that breaks a stated total down: the total, not total plus parts
    ("Four people, a nurse and three pupils, were hurt in the fire.", (4.0, 4.0)),
    ("Three people, a man and two women, were hurt in the blast.", (3.0, 3.0)),
    # a part of the dead: "among"
    ("Two girls and a nurse were among the injured, officials said.", None),
    # two clauses, each with people of its own: not one phrase
    ("Two hikers were hurt and a ranger was grazed.", (3.0, 3.0)),
])
def test_no_second_count(default_pipeline, text, expected):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")],
                            default_pipeline))
    claims = [to_json_dict(c) for c in result.claims if c.type == "casualty"]
    assert not [c for c in claims if c["provenance"]["rule"] == "coordinated_victims"]
    if expected is not None:
        [toll] = [to_json_dict(t) for t in result.tolls if t.category == "injured"]
        assert (toll["low"], toll["high"]) == expected


@pytest.mark.parametrize(("determiner", "noun", "plural", "expected"), [
    ("a", "boy", False, 1),
    ("an", "officer", False, 1),
    ("the", "son", False, 1),
    ("the", "driver", False, 1),
    ("the", "children", True, None),
    (None, "men", True, None),
])
def test_item_value(determiner, noun, plural, expected):
    assert item_value(determiner, noun, plural) == expected
