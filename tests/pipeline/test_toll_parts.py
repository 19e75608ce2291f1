"""Killed tolls of telegraphic event notes (session 15): a second object the parse hangs on
the cue verb itself counts (:func:`claimex.pipeline.claims.linking.coordination.
cue_verb_conjoined_object`)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    # the bomber and a second object the parse hangs on the verb
    ("A bomber set off his vest, killing himself and 19 others near the gate.", 20),
    ("A suicide bomber sets off a truck bomb, killing himself and 31 others outside the "
     "town hall.", 32),
    ("A bomber set off his vest, killing himself and 19 others.", 20),
])
def test_killed_toll_of_a_note(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
