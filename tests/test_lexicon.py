"""The shared word layer: lists in resources/words/, plurals and inflections generated."""

import pytest

from claimex import lexicon
from claimex.rules.casualties import NON_PERSON_NOUNS, PERSON_NOUNS


@pytest.mark.parametrize(("word", "listed"), [
    ("soldier", True), ("soldiers", True), ("men", True), ("children", True),
    ("police", True), ("polices", False), ("mujahideen", True), ("emplacers", True),
    ("rifle", False),
])
def test_person_nouns(word, listed):
    assert (word in lexicon.nouns("person_nouns")) is listed
    assert (word in PERSON_NOUNS) is listed


@pytest.mark.parametrize("word", ["january", "jan", "sept", "may", "rifles", "checkpoints"])
def test_non_person_nouns_include_months(word):
    assert word in NON_PERSON_NOUNS


@pytest.mark.parametrize(("lemma", "pos", "forms"), [
    ("tell", "VERB", {"tell", "tells", "told", "telling"}),
    ("child", "NOUN", {"child", "children"}),
    ("emplacer", "NOUN", {"emplacer", "emplacers"}),
])
def test_inflections(lemma, pos, forms):
    assert lexicon.inflections(lemma, pos) == forms


def test_reporting_verbs_are_lemmas():
    assert {"say", "tell", "report"} <= lexicon.lemmas("reporting_verbs")
    assert lexicon.lemmas_of("tweeted") == {"tweet"}


@pytest.mark.parametrize(("word", "number"), [
    ("monday", 0), ("mon", 0), ("tues", 1), ("wed", 2), ("thurs", 3), ("fri", 4), ("sat", 5),
    ("sunday", 6),
])
def test_weekdays_one_list_for_dates_and_ages(word, number):
    """resources/words/weekdays.txt: the date finder's weekday numbers and the capitalised
    names an age in commas never follows ("On Monday, 12, were held")."""
    from claimex.rules.dates.lexicon import _WEEKDAYS
    from claimex.rules.numbers.attach import _NOT_PEOPLE

    assert _WEEKDAYS[word] == number
    assert (word.capitalize() in _NOT_PEOPLE) is word.endswith("day")


def test_every_list_loads():
    for name in ("person_nouns", "non_person_nouns", "months", "weekdays", "reporting_verbs"):
        assert lexicon.entries(name), name
