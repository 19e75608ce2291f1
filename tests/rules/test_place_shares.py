"""The words around a share of a total told by place (claimex.rules.place_shares), on
sentences of our own."""

import pytest

from claimex.rules.place_shares import closes_with_place, opens_place_share

# the words right before a figure (nearest last), whether they open a share of a list
OPENS = [
    (["people", "in", "Norland", ","], True),
    (["in", "Norland", "and"], True),
    (["Norland", ",", "and", "another"], True),
    (["Tarvia", "and", "a", "further"], True),
    (["this", "year", "—"], True),
    (["with"], True),
    (["a", "man", "aged"], False),
    (["killed"], False),
    ([], False),
]

# the words right after a figure, whether they name its place
CLOSES = [
    (["in", "Westmark", ","], True),
    (["in", "the", "Hollow", "Coast"], True),
    (["from", "Oskel", "and"], True),
    (["in", "March", "."], False),
    (["in", "five", "houses"], False),
    (["in", "hospital", "were"], False),
    (["in", "the", "district"], False),
    (["on", "Sunday"], False),
    (["in"], False),
]


@pytest.mark.parametrize(("before", "expected"), OPENS)
def test_opens_place_share(before, expected):
    assert opens_place_share(before) is expected


@pytest.mark.parametrize(("after", "expected"), CLOSES)
def test_closes_with_place(after, expected):
    assert closes_with_place(after) is expected
