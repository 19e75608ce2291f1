"""A cue noun with "a"/"an" that a light verb carries counts one person
(claims.light_verbs, session 11). One row per phenomenon."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from tests.conftest import casualty_rows, needs_model

_casualties = casualty_rows


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # the light verb active or passive: one person arrested
    ("Deputies made an arrest late Sunday.", [("captured", "an arrest", 1, "asserted")]),
    ("An arrest was made on Sunday, the sheriff said.",
     [("captured", "An arrest", 1, "asserted")]),
    # negated: none
    ("Police have not made an arrest.", [("captured", "an arrest", 0, "negated")]),
    # nothing that happened: an infinitive, or no light verb
    ("Anyone with information that could help police make an arrest should call.", []),
    ("Information leading to an arrest may earn a reward.", []),
    # one more arrest, "another" or "an additional" one: one person, added to those before
    ("Officers made another arrest at the depot.", [("captured", "another arrest", 1, "asserted")]),
    # a figure is the figure rules' ("two arrests"), not counted twice
    ("Two arrests were made on Friday.", [("captured", "Two", 2, "asserted")]),
])
def test_light_verb_counts(default_pipeline, text, expected):
    assert _casualties(default_pipeline, text) == expected


@needs_model
@pytest.mark.parametrize(("text", "total"), [
    ("The sweep ended with 40 arrests. Troopers also made an additional arrest at a toll booth.",
     41),
    ("Agents detained three couriers. They made another arrest a day later.", 4),
])
def test_a_further_arrest_adds_to_the_toll(default_pipeline, text, total):
    [result] = list(extract([InputDocument("t", text, None)], default_pipeline))
    assert [(t.category, t.low) for t in result.tolls] == [("captured", total)]
