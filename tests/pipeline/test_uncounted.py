"""Casualties told without a number (frame: an uncounted plural of a casualty noun, 2 and
up, vague): :mod:`claimex.pipeline.claims.uncounted`."""

import pytest

from tests.conftest import needs_model

UNCOUNTED = [
    # a quantity phrase without a number, a bare plural a side bore: 2 and up
    ("Witnesses at the market said there were a lot of casualties.", "a lot of casualties"),
    ("The rebels have taken a number of casualties, the colonel said.",
     "a number of casualties"),
    ("The raiders also suffered casualties, the police chief said.", "casualties"),
    ("The shelling of the depot left lots of casualties, a medic said.",
     "lots of casualties"),
    # counted elsewhere or not counted at all: no claim of this rule
    ("The number of casualties is not yet known.", None),
    ("The clinic took in the casualties overnight.", None),
    ("There were no casualties.", None),
    ("The blast caused 14 casualties.", None),
    # harm on a body is counted by the people who bear it
    ("Two guards sustained injuries in the blast.", None),
]


@needs_model
@pytest.mark.parametrize(("text", "words"), UNCOUNTED)
def test_uncounted_casualties(default_pipeline, text, words):
    found = [c for c in default_pipeline.nlp(text)._.claimex_claims
             if c["type"] == "casualty" and c["rule"] == "implicit_uncounted"]
    if words is None:
        assert found == []
    else:
        [claim] = found
        assert claim["value"]["text"] == words
        assert (claim["category"], claim["value"]["low"]) == ("killed_or_injured", 2.0)
