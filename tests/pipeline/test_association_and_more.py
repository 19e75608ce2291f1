"""A participle of association after a counted noun (frame: association participle,
:mod:`claimex.pipeline.claims.linking.associations`) and "N more" with "more" on the number
(frame: more on the number, :mod:`claimex.pipeline.claims.more_on_number`); session 19."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _toll(pipeline, text, category):
    [result] = list(extract([InputDocument("t", text, None, published="2022-03-14")], pipeline))
    tolls = [to_json_dict(t) for t in result.tolls if t.category == category]
    return tolls[0]["low"] if tolls else None


@needs_model
@pytest.mark.parametrize(("text", "category", "expected"), [
    # the participle says who they are, the clause's verb what befell them
    ("Two more men tied to the theft of the payroll van have been arrested, the sheriff said.",
     "captured", 2),
    ("Four people linked to the smuggling ring were detained at the port, customs officials "
     "said.", "captured", 4),
    ("Six fighters connected to the rebel commander were killed in the raid, the army said.",
     "killed", 6),
    ("Police said five men affiliated with the gang were arrested in the capital on Friday.",
     "captured", 5),
    # no cue in the clause: the participle's people are no casualties
    ("Three firms linked to the minister were fined by the regulator on Monday.", "captured",
     None),
])
def test_association_participle(default_pipeline, text, category, expected):
    assert _toll(default_pipeline, text, category) == expected
