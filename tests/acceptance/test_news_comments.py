"""The shared real news page, end to end on the English model (skipped without ../shared)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import read_inputs
from tests.conftest import SHARED, needs_model, needs_shared

PAGE = SHARED / "news-comments" / "004_40d6d6e3744d1d80.txt"

pytestmark = [needs_shared, needs_model, pytest.mark.acceptance]


@pytest.fixture(scope="module")
def result(default_pipeline):
    [result] = list(extract(read_inputs([str(PAGE)]), default_pipeline))
    return result


def test_factions_countries_and_people_of_the_page(result):
    canon = {(e.label, e.canonical) for e in result.entities}
    texts = {(e.label, e.text) for e in result.entities}
    factions = {c for label, c in canon if label == "FACTION"}
    assert {"Hay'at Tahrir al-Sham", "Syrian Arab Army", "Syrian Arab Air Force",
            "Russian Aerospace Forces", "al-Qaeda", "Hezbollah", "al-Nusra Front",
            "Popular Mobilization Forces", "Mossad"} <= factions
    countries = {c for label, c in canon if label == "COUNTRY"}
    assert {"Türkiye", "Russian Federation", "Syrian Arab Republic", "Iran, Islamic Republic of",
            "Israel", "United States", "China", "France", "Libya", "Iraq",
            "United Kingdom", "United Arab Emirates", "Saudi Arabia", "Palestine, State of",
            "Germany"} <= countries
    people = {c for label, c in canon if label == "PERSON"}
    assert {"Hulusi Akar", "Putin", "Erdogan", "Assad"} <= people
    assert ("PLACE", "Idlib") in texts and ("PLACE", "Damascus") in texts


def test_surname_is_linked_to_the_full_name(result):
    akar = [e for e in result.entities if e.text == "Akar"]
    assert akar and all(e.canonical == "Hulusi Akar" for e in akar)


def test_comment_author_lines_are_never_entities(result):
    text = PAGE.read_text(encoding="utf-8")
    sections = result.document.sections
    for entity in result.entities:
        section = sections[entity.section]
        assert section.start <= entity.start < entity.end <= section.end
        assert text[entity.start:entity.end] == entity.text
    assert not [e for e in result.entities if e.text == "Saddam Hussein"]
    assert not [e for e in result.entities if e.text in ("Tudor Miron", "Xoli Xoli")]


def test_no_entity_crosses_a_line(result):
    assert all("\n" not in e.text for e in result.entities)
