"""A result participle hung on the last of a resultative verb's coordinated objects holds
for all of them (:func:`claimex.pipeline.claims.linking.coordination.shared_result_objects`,
session 12): each figure is counted, and the coordination adds up."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    ("A fight outside the club left two guards and a woman wounded, police said.",
     [("two", 2.0), ("two guards and a", 3.0)]),
    ("A brawl outside the bar left three bouncers and a man injured, police said.",
     [("three", 3.0), ("three bouncers and a", 4.0)]),
    # an earlier object with a result of its own keeps it: no shared result, no sum
    ("The crash left a deputy injured and a suspect dead.", [("a", 1.0)]),
])
def test_shared_result_of_coordinated_objects(default_pipeline, text, expected):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-05")],
                            default_pipeline))
    found = [(c["evidence"]["exact"], c["value"]["low"]) for c in map(to_json_dict, result.claims)
             if c["type"] == "casualty"]
    assert found == expected
