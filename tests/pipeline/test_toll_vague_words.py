"""A headline's count word gives way to the body's number: see
:mod:`claimex.assemble.toll_vague_words` (issue 14, session 19)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.assemble.toll_vague_words import headline_words_given_way, in_a_title_line
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _figure(low, high, qualifier, sentence, at=0, start=0, rule="cue_object"):
    return {"value": {"low": low, "high": high, "qualifier": qualifier},
            "provenance": {"rule": rule},
            "evidence": {"sentence": sentence, "sentence_start": start, "start": start + at}}


_TITLE = "Scores hurt as a ferry hits a pier\n\nThe ferry struck the pier in fog."
_BODY_WORD = "The ferry struck a pier in fog, hurting scores of people."


@pytest.mark.parametrize(("sentence", "at", "expected"), [
    ("Scores hurt as a ferry hits a pier\n\nThe ferry struck the pier in fog.", 0, True),
    # a date line above the title
    ("June 2, 2019\n\nDozens hurt as a ferry hits a pier\n\nIt struck in fog.", 14, True),
    # the body's own sentence: no title line
    ("The ferry struck a pier in fog, hurting scores of people.", 41, False),
    # a standfirst that ends as a sentence does
    ("Ferry hits pier\n\nScores of people were hurt in the fog.", 17, False),
    ("", 0, False),
])
def test_in_a_title_line(sentence, at, expected):
    claim = {"evidence": {"sentence": sentence, "sentence_start": 100, "start": 100 + at}}
    assert in_a_title_line(claim) is expected


@pytest.mark.parametrize(("figures", "expected"), [
    # "Scores hurt ..." then "At least 61 passengers were hurt": the number stands
    ([_figure(40, 99, "vague", _TITLE), _figure(61, None, "at_least", "At least 61.", 0, 80)],
     ({0}, 1)),
    # a number below the word's range still stands: "Dozens hurt" over "at least 23"
    ([_figure(24, 99, "vague", _TITLE), _figure(23, None, "at_least", "At least 23.", 0, 80)],
     ({0}, 1)),
    # the body's own first sentence states the count word: the lead's word stands
    ([_figure(40, 99, "vague", _TITLE), _figure(40, 99, "vague", _BODY_WORD, 49, 80),
      _figure(61, 61, "exact", "A clinic said 61.", 14, 200)], (set(), None)),
    # a number first: nothing to give way
    ([_figure(9, 9, "exact", "9 hurt as a ferry hits a pier\n\nIt struck."),
      _figure(40, 99, "vague", _BODY_WORD, 49, 80)], (set(), None)),
    # no number after the word: it stands
    ([_figure(40, 99, "vague", _TITLE)], (set(), None)),
    # a ceiling alone is no number: "up to 70"
    ([_figure(40, 99, "vague", _TITLE), _figure(0, 70, "at_most", "Up to 70.", 0, 80)],
     (set(), None)),
    ([], (set(), None)),
])
def test_headline_words_given_way(figures, expected):
    assert headline_words_given_way(figures, list(range(len(figures)))) == expected


@needs_model
@pytest.mark.parametrize(("text", "category", "low", "high"), [
    # the title line's count word and the body's number: one toll, the number's
    ("Dozens hurt as bus overturns on mountain road\n\nA bus overturned on a mountain road "
     "on Sunday, officials said.\n\nAt least 31 passengers were injured, a district official "
     "told reporters.", "injured", 31, None),
    ("Scores killed as cyclone batters coastal towns\n\nThe storm flattened fishing villages "
     "overnight.\n\nThe disaster agency said 57 people had died.", "killed", 57, 57),
    # the body's first sentence gives the count word: it stands as the lead's figure
    ("Ferry accident in the delta\n\nA ferry struck a pier in fog on Sunday, hurting dozens "
     "of passengers, officials said. A clinic later said it had treated 35 people.",
     "injured", 24, 99),
])
def test_toll_of_a_headline_word_and_a_number(default_pipeline, text, category, low, high):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == category]
    assert (toll["low"], toll["high"]) == (low, high)
