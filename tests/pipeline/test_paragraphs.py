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
]


@pytest.mark.parametrize(("text", "starts"), BREAKS)
def test_a_blank_line_starts_a_sentence(text, starts):
    nlp = spacy.blank("en")
    nlp.add_pipe("claimex_paragraphs")
    doc = nlp(text)
    assert [t.text for t in doc if t.is_sent_start and not t.is_space] == starts


@needs_model
def test_a_headline_figure_stays_out_of_the_next_paragraph(default_pipeline):
    # parsed as one sentence, the headline and the paragraph under it lose the paragraph's
    # own count ("Seven traders")
    text = ("7 dead and 30 hurt in the market blast\n\n"
            "Seven traders of the old market were killed on Sunday, police said.")
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert {(c["value"]["text"], c["category"]) for c in claims} >= {
        ("7", "killed"), ("30", "injured"), ("Seven", "killed")}
