"""A figure counted between two dates, a total over the period (``aggregate``):
:mod:`claimex.pipeline.claims.scope_date_ranges`."""

import pytest

from tests.conftest import needs_model

RANGES = [
    # "between" two months or dated days: the period's total
    ("Measles infected 900 children and killed 52 of them between April and June, the "
     "agency said.",
     "52", "aggregate"),
    ("Between May 3 and May 17, some 400 cases were logged in nine provinces, while 27 "
     "patients died in six of them.", "27", "aggregate"),
    # the day's toll; a range of hours; a range of places
    ("The fever killed 14 villagers on Monday, the agency said.", "14", "reported"),
    ("Six patients died in the past 24 hours, the ministry said.", "Six", "reported"),
    ("Gunmen killed nine people between 2 a.m. and 5 a.m. on Sunday, police said.", "nine",
     "reported"),
    ("A bus crash killed 11 people on the road between the two towns.", "11", "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "scope"), RANGES)
def test_scope_between_dates(default_pipeline, text, figure, scope):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert {c["value"]["text"]: c["scope"] for c in claims}[figure] == scope
