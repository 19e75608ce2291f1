"""A round-up's own total (frame: a numeral bound over the day's separate attacks), a figure
of ``reported`` scope: :mod:`claimex.pipeline.claims.scope_round_ups`."""

import pytest

from claimex.pipeline.claims.scope_round_ups import round_up_total
from tests.conftest import needs_model

ROUND_UPS = [
    # a numeral bound over separate operations, no period: the day's own total
    ("At least 14 guards have died in separate ambushes across the province.", "At least 14",
     "reported"),
    ("More than 30 people were killed in multiple bombings on Friday, police said.",
     "More than 30", "reported"),
    # a vague word over separate operations sums up parts; a period decides
    ("Numerous rebels were killed during separate operations.", "Numerous", "aggregate"),
    ("More than 40 gunmen were killed in separate raids over the past three days.",
     "More than 40", "aggregate"),
    # operations a force counts: a sum over them
    ("Troops detained at least 25 suspects during six operations.", "at least 25",
     "aggregate"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "scope"), ROUND_UPS)
def test_scope_round_up_total(default_pipeline, text, figure, scope):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert {c["value"]["text"]: c["scope"] for c in claims}[figure] == scope


@pytest.mark.parametrize(("qualifier", "expected"), [
    ("at_least", True), ("more_than", True), ("exact", False), ("vague", False),
    ("approx", False), ("at_most", False),
])
def test_round_up_total_qualifiers(qualifier, expected):
    assert round_up_total({"value": {"qualifier": qualifier}}) is expected
