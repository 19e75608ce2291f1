"""narrative._SEQUENCER_RE opens with a look-ahead of its words' first letters; it still
matches them in any case, and only as whole words."""

from claimex.pipeline.claims.narrative import _SEQUENCER_RE


def test_sequencer_words_any_case_whole_words():
    text = "Later, THEN Subsequently afterwards; thereafter. athen lately then."
    assert [m.group() for m in _SEQUENCER_RE.finditer(text)] == [
        "Later", "THEN", "Subsequently", "afterwards", "thereafter", "then"]
