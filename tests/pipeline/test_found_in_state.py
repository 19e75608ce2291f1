"""A person a verb of finding finds in a state: "Police found a man dead inside a car" is
one dead man, as a result verb's object is ("left a man dead";
:func:`claimex.pipeline.claims.resultatives.found_in_state`); a definite noun that names
neither a sex nor a victim so found is a death of its own, not a victim hurt before it
(``victims._found_dead``)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _tolls(pipeline, text):
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")],
                            pipeline))
    return {t["category"]: t["low"] for t in map(to_json_dict, result.tolls)
            if t["category"] in ("killed", "injured")}


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # the parse hangs "dead" on the object
    ("Police found a man dead inside a parked van on Cedar Road.", {"killed": 1.0}),
    # "the suspect" found dead is no retelling of the woman he shot
    ("A man shot a woman at a motel on Friday. Deputies later found the suspect dead in a "
     "field.", {"killed": 1.0, "injured": 1.0}),
    # a pronoun found dead takes up the victim told before: she died
    ("A woman was stabbed on Friday. Officers found her dead later.", {"killed": 1.0}),
    # a counted object was read before; it is not counted twice
    ("Officers found two men dead in an apartment.", {"killed": 2.0}),
    # a state word before its noun is no finding of a person
    ("Investigators found a dead deer on the road.", {}),
])
def test_found_in_state_tolls(default_pipeline, text, expected):
    assert _tolls(default_pipeline, text) == expected
