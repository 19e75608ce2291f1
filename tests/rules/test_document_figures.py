"""The verbs through which a piece of writing states a figure without a verb of saying
(``rules/document_figures.states_a_figure``; issue 14). The rows are made up."""

from __future__ import annotations

import pytest

from claimex.rules.document_figures import states_a_figure

FRAMES = [
    # (name, verb lemma, object lemma, an "at" with a number, a number on the object, states)
    ("has the toll at a number", "have", "toll", True, False, True),
    ("had the number at a number", "have", "number", True, False, True),
    ("puts the figure at a number", "put", "figure", True, False, True),
    ("places the total at a number", "place", "total", True, False, True),
    ("has the toll, no number", "have", "toll", False, False, False),
    ("has pages, a number on them", "have", "page", False, True, False),
    ("has a meeting at a number", "have", "meeting", True, False, False),
    ("shows a count of dead", "show", "dead", False, True, True),
    ("shows nothing counted", "show", "picture", False, False, False),
    ("is wrong", "be", None, False, False, False),
]


@pytest.mark.parametrize(("verb", "obj", "at_number", "object_number", "states"),
                         [r[1:] for r in FRAMES], ids=[r[0] for r in FRAMES])
def test_states_a_figure(verb, obj, at_number, object_number, states):
    assert states_a_figure(verb, obj, at_number, object_number) is states
