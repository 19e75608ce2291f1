"""The level a toll has reached ("the toll is up to 58"): rules/toll_levels.py."""

from __future__ import annotations

import pytest

from claimex.rules.toll_levels import has_modal, is_toll_level


@pytest.mark.parametrize(("words", "qualifier", "rule", "kind", "modal", "expected"), [
    ("up to 58", "at_most", "cue_toll_copular", "noun", False, True),
    ("Up to 140", "at_most", "cue_toll_verbless", "noun", False, True),
    ("up  to 9", "at_most", "cue_toll_revision", "noun", False, True),
    # a guess at a ceiling: "the toll could be up to 300"
    ("up to 300", "at_most", "cue_toll_copular", "noun", True, False),
    # a ceiling on people, no toll: "up to 40 people were killed"
    ("up to 40", "at_most", "cue_passive_subject", "verb", False, False),
    # another ceiling word: "the toll is as many as 9" stays a ceiling
    ("as many as 9", "at_most", "cue_toll_copular", "noun", False, False),
    ("over 60", "more_than", "cue_toll_verbless", "noun", False, False),
])
def test_toll_levels(words, qualifier, rule, kind, modal, expected):
    assert is_toll_level(words, qualifier, rule, kind, modal) is expected


@pytest.mark.parametrize(("words", "expected"), [
    (["could", "be"], True), (["may"], True), (["has"], False), ([], False),
])
def test_modals(words, expected):
    assert has_modal(words) is expected
