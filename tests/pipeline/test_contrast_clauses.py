"""A contrast clause's people add to the main clause's (frame: "while" or "whereas" sets
another group harmed the same way beside the first,
:func:`claimex.pipeline.claims.narrative.in_a_contrast_clause`)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    # a second group at another place, told in a "while" clause: it adds
    ("On May 2, 2019, 12 people were killed in Kessa district, while one farmer, Ali Musa, "
     "was killed in Dorn village.", 13),
    ("On May 2, 2019, gunmen killed 12 people in Kessa, while two traders were killed in a "
     "separate raid on Dorn.", 14),
    # a part of the first group, a total over an area, a clause of time
    ("Twelve people were killed in the attack, while two of them were killed by stray "
     "bullets.", 12),
    ("Twelve people were killed in Kessa, while some 20 people were killed across the "
     "province.", 20),
    ("A bomb killed nine people at a bus station while they waited for a bus.", 9),
])
def test_killed_toll_with_a_contrast_clause(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
