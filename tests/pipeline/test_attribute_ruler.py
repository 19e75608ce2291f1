"""The attribute ruler's look-up matches are the ``Matcher``'s, pattern kind by kind."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from claimex.pipeline.attribute_ruler import LookupMatch, match_by_lookup
from tests.conftest import needs_model

WORDS = ["There", "'s", "gon", "na", "be", "nothin'", "y'", "all", "  ", "it", "is", "n't",
         "but", "I", "said", "that", "they", "ai", "n't", "here"]
TAGS = ["EX", "VBZ", "VBG", "TO", "VB", "NN", "PRP", "DT", "_SP", "PRP", "VBZ", "RB",
        "CC", "PRP", "VBD", "IN", "PRP", "VBP", "RB", "RB"]
DEPS = ["expl", "ROOT", "aux", "aux", "xcomp", "attr", "nsubj", "appos", "dep", "nsubj",
        "ccomp", "neg", "advmod", "nsubj", "conj", "mark", "nsubj", "ccomp", "neg", "advmod"]
HEADS = [1, 1, 4, 4, 1, 4, 1, 6, 7, 10, 1, 10, 14, 14, 10, 17, 17, 14, 17, 17]


# (what the pattern is, the patterns of one ruler entry, its index)
PATTERN_CASES = [
    ("a tag", [[{"TAG": "VBZ"}]], 0),
    ("a tag and a word", [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], 0),
    ("a word and a dependency", [[{"LOWER": "i", "DEP": "nsubj"}]], 0),
    ("a tag not in a list", [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]], 0),
    ("only NOT_IN: tried at every token", [[{"DEP": {"NOT_IN": ["det", ""]}}]], 0),
    ("a flag", [[{"IS_SPACE": True}]], 0),
    ("a flag that must be false", [[{"TAG": "RB", "IS_SPACE": False}]], 0),
    ("a regex", [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], 0),
    ("two tokens", [[{"LOWER": "gon"}, {"LOWER": "na"}]], 1),
    ("two tokens, a regex second", [[{"TAG": {"IN": ["VBP", "VBZ"]}, "LOWER": "ai"},
                                     {"LOWER": {"REGEX": "^n'?t$"}}]], 0),
    ("two tokens, a regex first", [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], 0),
    ("a dependency, then a word", [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "'s"]}}]], 1),
    ("past the end of the doc: no match", [[{"LOWER": "here"}, {}]], 0),
    ("any token, then a word", [[{}, {"LOWER": "here"}]], 0),
    ("two alternatives", [[{"TAG": "VBZ", "LOWER": "is"}], [{"TAG": "VBD", "LOWER": "said"}]],
     0),
    ("an operator: left to the Matcher", [[{"LOWER": "is"}, {"LOWER": "n't", "OP": "?"}]], 0),
    ("an attribute not looked up: left to the Matcher", [[{"NORM": "said"}]], 0),
]


def _doc(nlp):
    return Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


@pytest.mark.parametrize(("kind", "patterns", "index"), PATTERN_CASES,
                         ids=[case[0] for case in PATTERN_CASES])
def test_lookup_matches_are_the_matchers(kind, patterns, index):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "PRP"}]], {"POS": "PRON"})
    ruler.add(patterns, {"LEMMA": "x"}, index=index)
    doc = _doc(nlp)
    expected = ruler.match(doc)
    # each case but the one past the end matches somewhere
    assert any(attr_id == 1 for attr_id, *_ in expected) == ("no match" not in kind)
    assert LookupMatch(ruler)(doc) == expected


def test_patterns_added_later_are_looked_up():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "PRP"}]], {"POS": "PRON"})
    assert match_by_lookup(nlp) == ["attribute_ruler"]
    ruler.add([[{"LOWER": "said"}]], {"LEMMA": "say"})
    doc = nlp(_doc(nlp))
    assert [t.lemma_ for t in doc if t.text == "said"] == ["say"]
    assert [t.pos_ for t in doc if t.tag_ == "PRP"] == ["PRON"] * 4


def test_an_empty_doc_has_no_matches():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "PRP"}]], {"POS": "PRON"})
    assert LookupMatch(ruler)(Doc(nlp.vocab, words=[])) == []


@needs_model
def test_the_models_ruler_gives_the_same_matches(default_pipeline):
    nlp = default_pipeline.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, LookupMatch)
    text = ("There's gonna be nothin' left, y'all: it isn't over but I said that they "
            "ain't here. Three soldiers were killed and 12 wounded, officials said.")
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        doc = nlp(text)
    assert ruler.match(doc) == type(ruler).match(ruler, doc)


@needs_model
def test_the_setting_off_keeps_spacys_matcher():
    from claimex.loading import load_pipeline

    nlp = load_pipeline("default", {"claimex.attribute_ruler_lookup": False}).nlp
    assert not isinstance(nlp.get_pipe("attribute_ruler").match, LookupMatch)
