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


def test_every_list_loads():
    for name in ("person_nouns", "non_person_nouns", "months", "reporting_verbs"):
        assert lexicon.entries(name), name
