"""The doc-level pre-check of "along with" phrases (companions.text_has_companions): a doc
whose text has no such phrase anywhere has none in any sentence, so coordinated() may skip
the per-sentence look-up without changing the group."""

import pytest
import spacy

from claimex.pipeline.claims.companions import text_has_companions


@pytest.mark.parametrize("text, found", [
    ("He was detained along with three aides.", True),
    ("Two guards died TOGETHER\nWITH the driver.", True),
    ("They went Along with it", True),
    ("He walked along the road with three aides.", False),
    ("Together, the two sides agreed.", False),
])
def test_text_has_companions(text, found):
    assert text_has_companions(spacy.blank("en")(text)) is found


def test_coordinated_without_phrase_is_unchanged(default_pipeline):
    from claimex.pipeline.claims.victim_nouns import coordinated

    doc = default_pipeline.nlp("The force detained the leader, a facilitator, and two suspects.")
    cue = next(t for t in doc if t.lower_ == "detained")
    victim = next(t for t in doc if t.lower_ == "leader")
    assert not text_has_companions(doc)
    assert coordinated(victim, cue, False) == coordinated(victim, cue)
    doc = default_pipeline.nlp("The force detained the leader along with two suspects.")
    cue, victim = doc[2], doc[4]
    assert text_has_companions(doc)
    assert [t.text for t in coordinated(victim, cue, True)] == ["leader", "suspects"]
