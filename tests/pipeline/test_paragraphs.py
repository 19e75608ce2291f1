"""A blank line ends a sentence (:mod:`claimex.pipeline.paragraphs`)."""

import pytest
import spacy

from tests.conftest import needs_model

BREAKS = [
    # (text, the words that start a sentence)
    ("3 dead, 5 hurt\n\nThe blast hit a market.", ["3", "The"]),
    ("Posted by a reader\n\n\nGood riddance.", ["Posted", "Good"]),
    ("Title line\n \nBody text.", ["Title", "Body"]),
    # a single line break is a wrapped line, not a paragraph
    ("With\nkey players failing to agree, the talks broke down.", ["With"]),
    ("No blank line at all.", ["No"]),
    # a headline line over its lead: the lead's opener starts a sentence
    ("Woman hurt in market fight\nA 40 year old is in hospital.", ["Woman", "A"]),
    ("Two shot at park, police say\nPolice were called at 9pm.", ["Two", "Police"]),
    # ... but not a wrapped line ("city of\nBasra"), a dateline, or a lowercase word
    ("A bomb hit the city of\nBasra, killing 20 people.", ["A"]),
    ("Man shot in Chicago\nCHICAGO - A boy was shot.", ["Man"]),
    ("Five people\nthe police said", ["Five"]),
    # ... nor the third line of a wrapped paragraph: a headline opens its paragraph
    ("I read that the men who fired\nat the convoy were\nThe militia's own guards.",
     ["I"]),
    ("Intro.\n\nMan hurt in crash\nA driver is in hospital.", ["Intro", "Man", "A"]),
]

FIGURE_OPENINGS = [
    # (text, the words after a paragraph-opening figure that may not start a sentence)
    ("660 $\n\n12 Syrian Fighters Killed By ISIS", ["Syrian"]),
    ("Menu\n\n3 dead, 5 hurt", ["dead"]),
    # a numbered list item keeps its punctuation free; a figure alone on its line is left
    ("Steps\n\n1. Go home\n\n2) Stay", []),
    ("Total\n\n12\nnext line", []),
    ("No figure\n\nThe end", []),
]


@pytest.mark.parametrize(("text", "starts"), BREAKS)
def test_a_blank_line_starts_a_sentence(text, starts):
    nlp = spacy.blank("en")
    nlp.add_pipe("claimex_paragraphs")
    doc = nlp(text)
    assert [t.text for t in doc if t.is_sent_start and not t.is_space] == starts


@pytest.mark.parametrize(("text", "kept"), FIGURE_OPENINGS)
def test_a_paragraph_opening_figure_keeps_its_line(text, kept):
    nlp = spacy.blank("en")
    nlp.add_pipe("claimex_paragraphs")
    doc = nlp(text)
    assert [t.text for t in doc if t.is_sent_start is False and t.i > 0
            and doc[t.i - 2].is_space and doc[t.i - 1].like_num] == kept


@needs_model
def test_a_headline_figure_after_a_price_list_keeps_its_victims(default_pipeline):
    # the parser cut the "12" off as a list number: the headline's fighters had no count
    text = "0 $\n2,500 $\n660 $\n\n12 Syrian Fighters Killed By ISIS On The Road\n\nMore text."
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert [(c["value"]["text"], c["category"]) for c in claims] == [("12", "killed")]


@needs_model
def test_a_headline_figure_stays_out_of_the_next_paragraph(default_pipeline):
    # parsed as one sentence, the headline and the paragraph under it lose the paragraph's
    # own count ("Seven traders")
    text = ("7 dead and 30 hurt in the market blast\n\n"
            "Seven traders of the old market were killed on Sunday, police said.")
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert {(c["value"]["text"], c["category"]) for c in claims} >= {
        ("7", "killed"), ("30", "injured"), ("Seven", "killed")}
