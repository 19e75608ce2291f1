"""A figure a toll comes to as the object of a verb of amount ("casualties totaled 16,000",
"the death toll hits 9,000"): linking/tolls.py cue_toll_amount and the verbs of
resources/words/toll_amount_verbs.txt, through the default pipeline."""

from __future__ import annotations

import pytest

from tests.conftest import casualty_rows, needs_model


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    ("The army's casualties totaled 1,200 by March.",
     [("killed_or_injured", "1,200", 1200.0, "asserted")]),
    ("The death toll reached 410 by evening.", [("killed", "410", 410.0, "asserted")]),
    ("The wounded numbered 45 at the field hospital.",
     [("injured", "45", 45.0, "asserted")]),
    ("Avalanche death toll hits 57", [("killed", "57", 57.0, "asserted")]),
    ("The cyclone's death toll hit 2,300 on Sunday.",
     [("killed", "2,300", 2300.0, "asserted")]),
    # negative rows: "hit" with no toll noun for a subject strikes, it does not amount
    ("The mortar round hit 20 tents.", []),
    ("Shelling hit two clinics in the north.", []),
])
def test_verbs_of_amount(default_pipeline, text, expected):
    assert casualty_rows(default_pipeline, text) == expected
