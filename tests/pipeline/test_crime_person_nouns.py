"""People named by a crime or by what they did (resources/words/person_nouns.txt: "thief",
"poacher", "bandit", "fugitive"): an implicit singular ("A cattle thief was arrested") counts
one person only when its head noun is a person noun; numbered figures counted them before."""

from __future__ import annotations

import pytest

from tests.conftest import casualty_rows, needs_model


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # implicit singulars: the noun alone says the figure counts a person
    ("A cattle thief was arrested in Moyo on Tuesday.", [("captured", "A", 1, "asserted")]),
    ("Rangers shot dead a poacher near the river camp.", [("killed", "a", 1, "asserted")]),
    ("A fugitive was shot dead by officers.", [("killed", "A", 1, "asserted")]),
    ("A mugger was stabbed by his victim.", [("injured", "A", 1, "asserted")]),
    # numbered figures of such people stay as they were
    ("Soldiers killed four bandits who had raided a farm.", [("killed", "four", 4, "asserted")]),
    ("Two cattle rustlers were arrested at a checkpoint.", [("captured", "Two", 2, "asserted")]),
    ("The navy captured seven pirates off the coast.", [("captured", "seven", 7, "asserted")]),
    ("Commandos killed both hijackers on the runway.", [("killed", "both", 2, "asserted")]),
    # people freed are no casualty figure, whatever their noun
    ("Five abductees were freed by troops.", []),
])
def test_crime_person_nouns(default_pipeline, text, expected):
    assert casualty_rows(default_pipeline, text) == expected
