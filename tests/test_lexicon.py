"""The shared word layer: lists in resources/words/, plurals and inflections generated."""

import importlib
from importlib import resources

import pytest

from claimex import lexicon
from claimex.rules.casualties import NON_PERSON_NOUNS, PERSON_NOUNS


@pytest.mark.parametrize(("word", "listed"), [
    ("soldier", True), ("soldiers", True), ("men", True), ("children", True),
    ("police", True), ("polices", False), ("mujahideen", True), ("emplacers", True),
    ("rifle", False), ("wife", True), ("wives", True), ("boyfriend", True), ("nephews", True),
    ("kids", True), ("tourists", True), ("martyrs", True), ("offenders", True),
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


WORD_FILES = sorted((resources.files("claimex.resources") / "words").iterdir(),
                    key=lambda path: path.name)


@pytest.mark.parametrize("path", WORD_FILES, ids=lambda path: path.name)
def test_every_word_file_parses(path):
    """Every list in resources/words/ opens with a comment saying what it is for, and has
    entries; a table of groups ("GROUP: item, item") has items in each group."""
    assert path.name.endswith(".txt"), path.name
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), f"{path.name}: no header comment"
    name = path.name.removesuffix(".txt")
    assert lexicon.entries(name), name
    assert lexicon.words(name), name
    if all(":" in line for line in text.splitlines() if line.strip() and line[0] != "#"):
        assert all(lexicon.groups(name).values()), name


@pytest.mark.parametrize(("name", "group", "items"), [
    ("displacement_units", "families", ("families", "family")),
    ("person_classes", "security", ("soldier", "troop", "serviceman")),
    ("number_qualifiers", "at_most", ("up to", "at most", "as many as")),
])
def test_groups_keep_the_file_order(name, group, items):
    assert lexicon.groups(name)[group][:len(items)] == items


def test_groups_join_spaces_and_refuse_a_line_without_a_group(tmp_path, monkeypatch):
    words = tmp_path / "words"
    words.mkdir()
    (words / "odd.txt").write_text("# a header\nless_than: fewer  than , < =\nno group here\n")
    (words / "even.txt").write_text("# a header\nless_than: fewer  than , < =\n")
    monkeypatch.setattr(lexicon.resources, "files", lambda package: tmp_path)
    assert lexicon.groups.__wrapped__("even") == {"less_than": ("fewer than", "< =")}
    with pytest.raises(ValueError, match="no group here"):
        lexicon.groups.__wrapped__("odd")


@pytest.mark.parametrize(("constant", "word"), [
    ("claimex.pipeline.claims.roles._PLACE_HEADS", "district"),
    ("claimex.pipeline.claims.roles._LOCATIVE_PREPS", "near"),
    ("claimex.pipeline.claims.linking.windows._PASSIVE_FILLERS", "reportedly"),
    ("claimex.pipeline.claims.linking.windows._CLAUSE_STOPS", "but"),
    ("claimex.rules.people.TITLE_WORDS", "gen."),
    ("claimex.reconcile.nouns._PREPOSITIONS", "whose"),
    ("claimex.reconcile.nouns._NOT_PROPER", "regime"),
    ("claimex.rules.casualties.NOT_PERSON_SUFFIXED", "checklists"),
    ("claimex.rules.casualties._NOT_LABEL_WORDS", "because"),
    ("claimex.rules.casualties._ARMED_WORDS", "conscript"),
    ("claimex.rules.casualties.QUANTIFYING_MODIFIERS", "several"),
    ("claimex.rules.casualties.GENERIC_VICTIM_NOUNS", "associates"),
    ("claimex.rules.casualties.ROLE_NOUNS", "sub-commander"),
    ("claimex.rules.casualties.DISPLACING_ACTIONS", "flee"),
    ("claimex.rules.casualties.PLACING_VERBS", "resettle"),
    ("claimex.rules.casualties.POPULATION_NOUNS", "households"),
    ("claimex.rules.casualties.SETTLEMENT_NOUNS", "hamlet"),
    ("claimex.rules.casualties.REFUGE_PLACES", "open"),
    ("claimex.rules.casualties.GENERIC_PERSON_WORDS", "female"),
    ("claimex.rules.casualties.DISPLACEMENT_UNITS", "idps"),
    ("claimex.rules.numbers.qualifiers._QUALIFIER_OF", "< ="),
])
def test_module_names_read_their_word_files(constant, word):
    """The names modules import stay where they were, filled from resources/words/."""
    module, _, name = constant.rpartition(".")
    assert word in getattr(importlib.import_module(module), name)
