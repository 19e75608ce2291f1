"""Tokenizer additions: claimex.pipeline.tokenization (on blank English)."""

from __future__ import annotations

import pytest
import spacy

from claimex.pipeline.tokenization import make_tokenizer_infixes


@pytest.fixture(scope="module")
def nlp():
    return make_tokenizer_infixes()(spacy.blank("en"))


@pytest.mark.parametrize(("text", "tokens", "norms"), [
    # apostrophes mangled by a wrong decoding: split off as the possessive, read as one
    ("the provinceŠ—Ès 12 districts", ["the", "province", "Š—Ès", "12", "districts"],
     {"Š—Ès": "'s"}),
    ("4,000 householdsŠ—È homes", ["4,000", "households", "Š—È", "homes"], {"Š—È": "'"}),
    ("the townâ€™s clinic", ["the", "town", "â€™s", "clinic"], {"â€™s": "'s"}),
    # an agency's acronym glued to a reporting word
    ("UNHCRestimates that", ["UNHCR", "estimates", "that"], {}),
])
def test_tokens(nlp, text, tokens, norms):
    doc = nlp(text)
    assert [t.text for t in doc] == tokens
    for token in doc:
        if token.text in norms:
            assert token.norm_ == norms[token.text]
