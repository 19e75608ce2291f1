"""A piece of writing or an outcome as the subject of a verb that reports nothing is no
speaker; with a reporting verb it still is (issue 14). The texts are made up."""

from __future__ import annotations

import pytest

from tests.conftest import claim_of, credited_speaker, needs_model

DOCUMENT_SUBJECTS = [
    # (name, text, figure, speaker or None for the article)
    ("a report that was wrong", "The early report was luckily wrong, so there were only 3 "
     "injured guards.", "3", None),
    ("an article about something else", "My article had to do with the old siege, where 900 "
     "townspeople were killed.", "900", None),
    ("reports that come after", "The reports come two days after 30 miners were killed in "
     "the flooded shaft.", "30", None),
    ("a report that says a count", "The report says 5 hikers died in the rockfall.", "5",
     "The report"),
    ("a poll with any verb still states its figure", "The latest poll has the mayor at 41 "
     "percent.", "41 percent", "The latest poll"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "speaker"), [r[1:] for r in DOCUMENT_SUBJECTS],
                         ids=[r[0] for r in DOCUMENT_SUBJECTS])
def test_document_subjects(default_pipeline, text, figure, speaker):
    attribution = claim_of(default_pipeline, text, figure)["attribution"]
    assert credited_speaker(attribution) == speaker, attribution
