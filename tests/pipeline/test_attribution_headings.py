"""A heading label of two or more words is no speaker (issue 14): the label's shape
(:func:`claimex.rules.headings.heading_label`) and the attribution of the figures under it.
The texts are made up."""

from __future__ import annotations

import pytest

from claimex.pipeline.attribution.headings import names_nobody
from claimex.rules.headings import heading_label
from tests.conftest import claim_of, credited_speaker, needs_model

LABELS = [
    # (text, the span's words, is a heading label)
    ("Older Dispatches: The town council said nine homes burned.", "Older Dispatches", True),
    ("Ten boats sank. UPDATE 2: A coast guard officer said six sailors drowned.", "UPDATE 2", True),
    ("UPDATE 2 (9:05 a.m.): Six sailors drowned, the coast guard said.", "UPDATE 2", True),
    ("Bystander Report :\n\nThree cyclists were hurt near the bridge.", "Bystander Report :", True),
    ("Editor's Note: An earlier version gave the wrong pier.", "Editor's Note", True),
    ("UPDATE (9:05 a.m.): Six sailors drowned, the coast guard said.", "UPDATE", False),
    ("Senator: 12 bridges need repair", "Senator", False),
    ("Later Bulletins\nThe coast guard said six sailors drowned.", "Later Bulletins", False),
    ("The coast guard said: six sailors drowned.", "The coast guard", False),
    ("Six sailors drowned, the coast guard said at 9:05.", "the coast guard", False),
    ("Asked twice, the captain: no comment on the six sailors.", "the captain", False),
    ("Later Bulletins of the coast guard said six sailors drowned.", "Later Bulletins", False),
]


@pytest.mark.parametrize(("text", "words", "expected"), LABELS, ids=[r[1] for r in LABELS])
def test_heading_label(text, words, expected):
    start = text.index(words)
    assert heading_label(text, start, start + len(words)) is expected



UNDER_HEADINGS = [
    # (name, text, figure, speaker or None for the article)
    ("a label the parser makes a second subject", "Ferries sank twice this week. Older "
     "Dispatches: Harbour officials confirmed that 11 passengers drowned near the pier.",
     "11", "Harbour officials"),
    ("a label on its own line over a colon", "Storm on the coast\n\nBystander Report :\n\n"
     "It is sad that the storm drowned 7 fishermen off the cape.", "7", None),
    ("a numbered stamp before an uncredited figure", "Ferry sinks near the pier\n\nUPDATE 2: "
     "Eleven passengers drowned near the pier.", "Eleven", None),
    ("a label that names a speaker still speaks", "Coast Guard Commander: six sailors drowned "
     "off the cape.", "six", "Coast Guard Commander"),
    ("one word before a colon still speaks", "Senator: 12 bridges need repair", "12",
     "Senator"),
    ("a lone document noun is a headline's source", "Study: 40 percent of drivers speed on "
     "the ring road", "40 percent", "Study"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "speaker"), [r[1:] for r in UNDER_HEADINGS],
                         ids=[r[0] for r in UNDER_HEADINGS])
def test_figures_under_a_heading(default_pipeline, text, figure, speaker):
    attribution = claim_of(default_pipeline, text, figure)["attribution"]
    assert credited_speaker(attribution) == speaker, attribution


class _Lexicon:
    quote_verbs = frozenset({"continued", "added"})


NAMES = [
    # (words, tags, names nobody)
    (["Earlier", "Bulletins"], ["JJR", "NNS"], True),
    (["Bystander", "Report"], ["NN", "NN"], True),
    (["Editor", "'s", "Note"], ["NN", "POS", "NN"], True),
    (["Continued", "Okafor"], ["VBN", "NNP"], False),  # a speaker introduced
    (["Harbour", "Police"], ["NNP", "NNS"], False),
    (["Coast", "Guard", "Commander"], ["NNP", "NNP", "NNP"], False),
]


@pytest.mark.parametrize(("words", "tags", "expected"), NAMES, ids=[" ".join(r[0]) for r in NAMES])
def test_names_nobody(words, tags, expected):
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags)
    assert names_nobody(doc, 0, len(doc.text), _Lexicon()) is expected
