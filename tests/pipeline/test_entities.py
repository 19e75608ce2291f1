"""The entity merger on spacy.blank("en") with hand-set model entities."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import claimex.pipeline  # noqa: F401
from claimex.rules.mentions import harmonise_labels

ENTRIES = [
    {"id": "saa", "canonical": "Syrian Arab Army", "label": "FACTION",
     "aliases": ["Syrian Arab Army"], "acronyms": ["SAA"]},
    {"id": "country_syr", "canonical": "Syrian Arab Republic", "label": "COUNTRY",
     "kb_id": "ISO3166:SYR", "aliases": ["Syria"]},
]


@pytest.fixture()
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimex_gazetteer")
    nlp.add_pipe("claimex_entities")
    nlp.get_pipe("claimex_gazetteer").initialize(entries=ENTRIES)
    return nlp


def _run(nlp, text, ents):
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(s.text, s.label_, s._.claimex_origin, s._.claimex_canonical)
            for s in doc.spans["claimex_entities"]]


def test_gazetteer_wins_overlaps_and_model_labels_are_mapped(nlp):
    text = "The Syrian Arab Army entered Aleppo in Syria with Hulusi Akar ."
    ents = [(0, 4, "ORG"), (5, 6, "GPE"), (7, 8, "GPE"), (9, 11, "PERSON")]
    assert _run(nlp, text, ents) == [
        ("Syrian Arab Army", "FACTION", "gazetteer", "Syrian Arab Army"),
        ("Aleppo", "PLACE", "model", None),
        ("Syria", "COUNTRY", "gazetteer", "Syrian Arab Republic"),
        ("Hulusi Akar", "PERSON", "model", None),
    ]


def test_unmapped_labels_are_left_out(nlp):
    assert _run(nlp, "He paid 5 dollars on Monday .", [(2, 4, "MONEY"), (5, 6, "DATE")]) == []


def test_possessive_and_shouted_words_are_trimmed(nlp):
    text = "LIARS Assad 's men"
    assert _run(nlp, text, [(0, 3, "PERSON")]) == [("Assad", "PERSON", "model", None)]


def test_digits_are_no_person_or_place(nlp):
    assert _run(nlp, "the S-400 battery", [(1, 2, "GPE")]) == []


@pytest.mark.parametrize(("mentions", "labels"), [
    ([("Erdogan", "PERSON"), ("Erdogan", "GPE"), ("erdogan", "PERSON")],
     ["PERSON", "PERSON", "PERSON"]),
    ([("Idlib", "GPE"), ("Idlib", "ORG")], ["GPE", "ORG"]),
    ([], []),
])
def test_harmonise_labels(mentions, labels):
    assert harmonise_labels(mentions) == labels


@pytest.mark.parametrize(("text", "tokens"), [
    ("IRAN.Turkey is", ["IRAN", ".", "Turkey", "is"]),
    ("U.S.-backed forces", ["U.S.", "-", "backed", "forces"]),
    ("see example.com now", ["see", "example.com", "now"]),
    ("floods displacedabout 4,400 people", ["floods", "displaced", "about", "4,400", "people"]),
    ("with14,593 households", ["with", "14,593", "households"]),
    ("already fledShirqat", ["already", "fled", "Shirqat"]),
    ("reinforced townspeople", ["reinforced", "townspeople"]),
])
def test_tokenizer_infixes(text, tokens):
    from claimex.api import load_pipeline

    nlp = _rules_nlp_cache.setdefault("nlp", load_pipeline("rules").nlp)
    assert [t.text for t in nlp.make_doc(text)] == tokens


_rules_nlp_cache: dict = {}
