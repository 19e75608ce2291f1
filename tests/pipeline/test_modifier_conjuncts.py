"""The others held with a target whose phrase carries a modifier (session 22, issue 14): the
parse hangs "and an accomplice" inside the target's modifier ("a suspect in the bank robbery
and an accomplice") or on the cue verb after a phrase on its object; they are counted with the
target (:mod:`claimex.pipeline.claims.modifier_conjuncts`). Sentences written for the frame;
the rows marked "unchanged" keep what main gave."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _tolls(pipeline, text: str) -> dict[str, tuple[float, float | None]]:
    [result] = list(extract([InputDocument("t", text, None, published="2019-05-06")], pipeline))
    return {t.category: (to_json_dict(t)["low"], to_json_dict(t)["high"]) for t in result.tolls}


@needs_model
@pytest.mark.parametrize(("text", "tolls"), [
    # the frame: the others hang on a word of the target's modifier
    ("Deputies arrested a suspect in the pharmacy robbery and an accomplice on Monday.",
     {"captured": (2, 2)}),
    ("Deputies arrested a suspect in the stabbing and his two accomplices.",
     {"captured": (3, 3)}),
    ("Rangers detained a courier responsible for the supply of fuel and two drivers.",
     {"captured": (3, 3)}),
    ("Soldiers detained a gang leader who ran raids on the farms and two associates.",
     {"captured": (3, 3)}),
    ("Officers arrested one Sam Obi, 41, of Ojo in Lagos State and Ken Ayo, 29.",
     {"captured": (2, 2)}),
    # ... or on the cue verb after a phrase that follows its object
    ("Marines detained a smuggler in the port and three accomplices on Sunday.",
     {"captured": (4, 4)}),
    # unchanged: the conjunct is a person of the modifier, or no one, or of another cue
    ("Deputies arrested a suspect in the killing of a guard and a cashier.",
     {"captured": (1, 1), "killed": (2, 2)}),
    ("Deputies arrested a man from Lagos and Abuja on Friday.",
     {"captured": (1, 1)}),
    ("Deputies arrested a suspect in the attack on a bank and a pharmacy.",
     {"captured": (1, 1)}),
    ("Soldiers detained a man who shot a guard at the market and two traders.",
     {"captured": (1, 1)}),
    ("Deputies arrested a suspect in the robbery and the other gunmen.",
     {"captured": (1, 1)}),
])
def test_modifier_conjuncts(default_pipeline, text, tolls):
    found = _tolls(default_pipeline, text)
    assert {k: found.get(k) for k in tolls} == tolls
