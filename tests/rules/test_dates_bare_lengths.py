"""Bare plural units of time as vague DURATIONs in their two frames
(claimex.rules.dates.bare_lengths)."""

from __future__ import annotations

import pytest

from claimex.rules.dates.bare_lengths import bare_lengths
from claimex.rules.dates.extra import find_timexes


def _found(text):
    return [(m.text, m.timex_value) for m in bare_lengths(text, [], find_timexes(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # the object of a verb of spending time
    ("Lawyers spent hours arguing over the exhibits.", [("hours", "PTXH")]),
    ("The repairs took weeks.", [("weeks", "PXW")]),
    # the length before "after" / "before"
    ("The crash came minutes after the alarm sounded.", [("minutes", "PTXM")]),
    ("It could be months before the road reopens.", [("months", "PXM")]),
    ("Hours after the vote, the minister resigned.", [("Hours", "PTXH")]),
    # a word of a noun phrase before it, or a count: not a bare length
    ("He was seen in the weeks before the attack.", []),
    ("In the first days after the storm, roads were shut.", []),
    ("Two hours after the quake, sirens sounded.", [("Two hours", "PT2H")]),
    # neither frame: no length
    ("Opening hours vary.", []),
    ("She counted the days.", []),
])
def test_bare_lengths(text, expected):
    assert _found(text) == expected
