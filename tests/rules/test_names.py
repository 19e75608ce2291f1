"""Name keys: spellings that must meet, and offsets that must stay exact."""

from __future__ import annotations

import pytest

from claimex.rules.names import is_acronym, key_pieces, piece_spans
from claimex.rules.people import link_people, person_name


@pytest.mark.parametrize(("a", "b"), [
    ("Hay’at Tahrir al-Sham", "Hay'at Tahrir al-Sham"),
    ("Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham"),
    ("Hayat Tahrir  al -Sham", "Hayat Tahrir al-Sham"),
    ("Türkiye", "Turkiye"),
    ("Da'esh", "Daesh"),
    ("al-Qa`ida", "al-Qaida"),
])
def test_spellings_share_a_key(a, b):
    assert key_pieces(a) == key_pieces(b)


@pytest.mark.parametrize("text", ["Hay’at Tahrir  al-Sham", "U.S.-backed", "Иван Петров",
                                  "'quoted'", "", "...", "a’’b"])
def test_piece_offsets_point_back_into_the_text(text):
    for start, end, piece in piece_spans(text):
        assert text[start:end].replace("’", "").replace("'", "") == piece


@pytest.mark.parametrize(("alias", "acronym"), [
    ("HTS", True), ("U.S.", True), ("SyAAF", True), ("ISIS-K", True), ("Hamas", False),
    ("Isis", False), ("Free Syrian Army", False),
])
def test_acronyms(alias, acronym):
    assert is_acronym(alias) is acronym


@pytest.mark.parametrize(("mention", "name"), [
    ("President Assad", "Assad"), ("Erdogan’s", "Erdogan"), ("Hulusi Akar", "Hulusi Akar"),
])
def test_person_name(mention, name):
    assert person_name(mention) == name


def test_link_people_to_the_full_name_in_the_document():
    mentions = ["Akar", "Hulusi Akar", "Putin", "Akar’s", "Bashar al-Assad", "Asma al-Assad",
                "al-Assad"]
    assert link_people(mentions) == ["Hulusi Akar", "Hulusi Akar", "Putin", "Hulusi Akar",
                                     "Bashar al-Assad", "Asma al-Assad", "al-Assad"]
