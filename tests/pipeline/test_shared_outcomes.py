"""One person, two outcomes: coordinated harm and custody predicates sharing one subject
("The suspect was shot and arrested") give one claim per category for that person
(:func:`claimex.pipeline.claims.shared_outcomes.other_outcomes`)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _claims(pipeline, text):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")],
                            pipeline))
    return sorted((c["category"], c["value"]["low"]) for c in map(to_json_dict, result.claims)
                  if c["type"] == "casualty" and c["modality"] == "asserted")


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # the frame: one subject, a hurt and a capture
    ("A teenager was shot and arrested behind the pharmacy.",
     [("captured", 1.0), ("injured", 1.0)]),
    ("Police said the gunman was wounded and captured near the river.",
     [("captured", 1.0), ("injured", 1.0)]),
    ("A robber was shot by deputies and taken into custody on Tuesday.",
     [("captured", 1.0), ("injured", 1.0)]),
    ("Two men were shot and arrested at the depot.",
     [("captured", 2.0), ("injured", 2.0)]),
    # death is no second outcome
    ("The clerk was shot and killed at the counter.", [("killed", 1.0)]),
    # each conjunct with a subject of its own tells its own group
    ("Three diners were hurt and one man is in custody.",
     [("captured", 1.0), ("injured", 3.0)]),
    # a disjunction counts nothing twice
    ("The fugitive was shot or arrested, the statement did not say.",
     []),
])
def test_shared_outcomes(default_pipeline, text, expected):
    assert _claims(default_pipeline, text) == expected
