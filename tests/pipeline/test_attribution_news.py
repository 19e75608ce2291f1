"""Who says so in real news copy (issue 14), one phenomenon a row: headings or photo
credits over a paragraph that are no part of its speaker. The texts are made up (the names
pronouns stand for are in ``test_attribution_phenomena.py``'s CANONICAL table)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _attribution(pipeline, text, figure):
    [result] = list(extract([InputDocument("p", text, None)], pipeline))
    found = [to_json_dict(c) for c in result.claims if c.value["text"] == figure]
    assert found, [c.value["text"] for c in result.claims]
    return found[0]["attribution"]


SPEAKERS = [
    # a heading or photo credit over a paragraph is no part of its speaker (a blank line
    # ends a sentence: the claimex_paragraphs component)
    ("a heading is no second subject", "In May, the rebels killed at least 12 farmers, "
     "according to local officials.\n\n‘State of siege’\n\nThe Catholic Church in the "
     "country says the rebels have killed about 6,000 civilians since 2015.", "about 6,000",
     "The Catholic Church in the country"),
    ("a photo credit is no part of the speaker", "7 Shot At Party\n\nPhoto by Jo Doe on "
     "Unsplash\n\nAntioch police say a woman was killed and six others were wounded.", "six",
     "Antioch police"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "speaker"), [row[1:] for row in SPEAKERS],
                         ids=[row[0] for row in SPEAKERS])
def test_speaker(default_pipeline, text, figure, speaker):
    attribution = _attribution(default_pipeline, text, figure)
    assert (attribution["speaker"], attribution["kind"]) == (speaker, "reported")
    assert text[attribution["start"]:attribution["end"]] == speaker
