"""Killed tolls of telegraphic event notes (session 15): a second object the parse hangs on
the cue verb itself counts (:func:`claimex.pipeline.claims.linking.coordination.
cue_verb_conjoined_object`); a count whose aside names a part of it before a cue is that
cue's (session 22, :mod:`claimex.rules.parenthetical_parts` in
:func:`claimex.pipeline.claims.linking.windows.window_passive`)."""

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
    # an aside naming a part of the count, then a bare cue or an auxiliary and a cue
    ("Oct 2 - 18 miners, including two foremen, dead after a blast at the pit.", 18),
    ("Oct 2 - 40 travellers, mostly traders, killed in an ambush on the highway.", 40),
    ("Oct 2 - 40 people, among them six soldiers, killed as a bomb hit their bus.", 40),
    ("Oct 2 - Nine herders - six of them boys - are killed in a raid on a camp.", 9),
    # the members of the group listed between commas are not a part that this frame
    # reads: the rule leaves the sentence as it was (its count is found by the parse)
    ("Oct 2 - Two guards, both of them veterans, were shot dead at the gate.", 2),
])
def test_killed_toll_of_a_note(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
