"""Which words mark a figure as given first: :mod:`claimex.rules.revisions`."""

from __future__ import annotations

import pytest

from claimex.rules.revisions import earlier_as_a_time


@pytest.mark.parametrize(("next_word", "a_time"), [
    ("in", True),  # "Earlier in the day, two rebels were killed"
    ("on", True),  # "Earlier on Monday, ..."
    ("Tuesday", True),  # "Earlier Tuesday, ..."
    ("wed", True),
    ("said", False),  # "officials earlier said 14 people died"
    ("put", False),  # "the toll was earlier put at nine"
    ("reported", False),
])
def test_earlier_as_a_time(next_word, a_time):
    assert earlier_as_a_time(next_word) is a_time
