"""A toll told as the result of a campaign (frame: "resulting in the deaths of N"), a figure
of ``aggregate`` scope: :mod:`claimex.pipeline.claims.scope_results` (session 11)."""

import pytest

from tests.conftest import needs_model

RESULTS = [
    # a clause in the perfect whose doer is a war or operations in the plural: a total
    ("The valley has been pounded by air raids, resulting in the deaths of some 9,000 "
     "people.", "some 9,000", "aggregate"),
    ("The war has ravaged the region, leading to the deaths of about 9,000 people.",
     "about 9,000", "aggregate"),
    # the day's event, or counted operations: the reported toll
    ("A bomb tore through the square on Monday, resulting in the deaths of 12 shoppers.",
     "12", "reported"),
    ("Gunmen stormed two hotels, which caused the death of 20 guests.", "20", "reported"),
    ("Two strikes have hit the town, resulting in the deaths of 14 people.", "14",
     "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "scope"), RESULTS)
def test_scope_result_of_a_campaign(default_pipeline, text, figure, scope):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert {c["value"]["text"]: c["scope"] for c in claims}[figure] == scope
