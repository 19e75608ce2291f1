"""A partitive's group (:mod:`claimex.rules.partitive_groups`): the figure after a part and
"of" or "out of" is the size of the group the part was taken from."""

from __future__ import annotations

import pytest

from claimex.rules.partitive_groups import is_partitive_group


@pytest.mark.parametrize(("words_before", "expected"), [
    (["twelve", "of", "the"], True),
    (["a", "witness", "said", "9", "of", "the"], True),
    (["two", "out", "of"], True),
    (["most", "of", "the"], True),
    (["twenty-one", "of", "those"], True),
    (["killed", "11", "of", "its"], True),
    (["1,200", "of"], True),
    # no part before "of": a total, a noun, the whole group
    (["a", "total", "of"], False),
    (["the", "deaths", "of"], False),
    (["all", "of", "the"], False),
    (["each", "of", "the"], False),
    (["none", "of", "the"], False),
    (["of", "the"], False),
    (["twelve", "the"], False),
    ([], False),
])
def test_is_partitive_group(words_before, expected):
    assert is_partitive_group(words_before) is expected
