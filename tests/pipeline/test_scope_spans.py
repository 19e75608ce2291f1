"""An earlier event set apart by a span of days or more (frame: "N days after"), a figure
of ``background`` scope: :mod:`claimex.pipeline.claims.scope_spans`."""

import pytest

from tests.conftest import needs_model

SPANS = [
    # a clause opened by "after" that a span of days or more measures: an earlier event
    ("The barge sank on Monday, only four weeks after an earlier sinking killed nearly 300 "
     "traders.", "nearly 300", "background"),
    ("The raid comes just two days after gunmen killed 11 farmers in the same district.",
     "11", "background"),
    ("The blast came less than a month after a bus bomb killed nine pilgrims.", "nine",
     "background"),
    ("The raft capsized barely a couple of weeks after a barge sank on a northern lake "
     "that took five lives and left 30 others missing.", "30", "background"),
    # a span of hours is the same day's news; "after" without a span; the event itself
    ("The attack came just hours after militants stormed a post, killing three guards.",
     "three", "reported"),
    ("Rescuers found 12 bodies after the river burst its banks.", "12", "reported"),
    ("Four soldiers were killed two days after the election, officials said.", "Four",
     "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "scope"), SPANS)
def test_scope_after_a_span(default_pipeline, text, figure, scope):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert {c["value"]["text"]: c["scope"] for c in claims}[figure] == scope
