"""``custody_taken`` reads a doc's tokens only when its lower-cased text has "custody": the
pre-check never hides a "custody" written in capitals (``pipeline/claims/custody.py``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from claimex.pipeline.claims.custody import custody_taken

_HEADS = [1, 1, 1, 2, 5, 3]
_DEPS = ["nsubj", "ROOT", "dobj", "prep", "nummod", "pobj"]


@pytest.mark.parametrize(("noun", "found"), [
    ("custody", {2: ("captured", "noun")}),
    ("CUSTODY", {2: ("captured", "noun")}),
    ("Custody", {2: ("captured", "noun")}),
    ("care", {}),
])
def test_custody_in_any_case_is_read(noun, found):
    words = ["Rangers", "took", noun, "of", "three", "poachers"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=_HEADS, deps=_DEPS,
              lemmas=["ranger", "take", noun.lower(), "of", "three", "poacher"])
    assert custody_taken(doc, {}) == found
