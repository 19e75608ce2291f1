"""Who says so in real news copy (issue 14), one phenomenon a row: the name a pronoun
stands for when its antecedent carries an appositive, outlets that are no "he", and
headings or photo credits over a paragraph that are no part of its speaker. The texts are
made up."""

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


CANONICAL = [
    # a pronoun stands for the name of an appositive antecedent, not for the whole phrase
    ("he: the name before the appositive", "Karim Sadeq, a district official in Zabul "
     "province, said the strike killed six women. He said nine fighters were killed.", "nine",
     "Karim Sadeq"),
    ("it: the name before a dashed appositive", "The Red Crescent – volunteers who run "
     "the ambulances – said two medics were killed. It said four people were missing.", "four",
     "The Red Crescent"),
    ("quoted he: the name before a relative clause", "Tom Hale, who runs the bus company, "
     "told reporters three drivers were wounded. “They killed two guards,” he said.", "two",
     "Tom Hale"),
    # "he" or "she" is one person: not an outlet named with "the", not a plural
    ("he is no outlet", "Omar Farid commands the unit. The troops killed a commander, the "
     "Daily Courier reported. He said 20 hostages were freed.", "20", "Omar Farid"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "canonical"), [row[1:] for row in CANONICAL],
                         ids=[row[0] for row in CANONICAL])
def test_pronoun_canonical(default_pipeline, text, figure, canonical):
    assert _attribution(default_pipeline, text, figure)["canonical"] == canonical


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
