"""The words around a share of a total told by place (claimex.rules.place_shares), on
sentences of our own."""

import pytest

from claimex.rules.place_shares import closes_with_place, opens_place_share, places_sharing_each

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


# the words right after a figure, and how many places the figure stands for ("each")
EACH = [
    ("each in Oskel and Brill .", 2),
    ("each in Oskel , Lund , and Upper Varn districts , the council said", 3),
    ("each in Kessa-Nord , Lund and the Brenn valley", 3),
    ("people each died in Oster and Brill", 2),
    ("deaths each were reported from Kessa and Lund , while", 2),
    ("each in Tarvia and Oskel , five in Lund", 2),
    # near misses: one place, no place list, things shared out, "each of"
    ("each in Oskel .", 0),
    ("members each .", 0),
    ("lakh each in compensation from Tarvia", 0),
    ("each of the families in Oskel and Brill", 0),
    ("each in March and April", 0),
    ("in Oskel and Brill", 0),
]


@pytest.mark.parametrize(("after", "expected"), EACH)
def test_places_sharing_each(after, expected):
    assert places_sharing_each(after.split()) == expected
