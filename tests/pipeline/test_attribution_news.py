"""Who says so in real news copy (issue 14), one phenomenon a row: headings or photo
credits over a paragraph that are no part of its speaker, reporting frames of wire copy, and
who a document, a description or a pronoun stands for. The texts are made up (the names
pronouns stand for are in ``test_attribution_phenomena.py``'s CANONICAL table)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_of, needs_model

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
    # a speech verb with a preposition of a non-speech frame says nothing ("add to", "slam
    # into"): the speaker is the one who does speak
    ("'adding to' is no speech", "Police detained three lawyers, adding to hundreds of "
     "prisoners in the city, a rights group said on Monday.", "three", "a rights group"),
    # words of time after the closing verb leave it closing
    ("', X said Friday.' closes the sentence", "A drone strike on a market in the north "
     "of the province, which was crowded for the holiday, killed 14 people, a militia and "
     "state media said Tuesday.", "14", "a militia and state media"),
    # "with X saying ...": the object of "with" says it
    ("'with X saying'", "The army gave a higher toll, with its spokesman, Major Ivo Tanner, "
     "saying 11 bodies were found.", "11", "its spokesman, Major Ivo Tanner"),
    # a passive participle on a noun: its "by" agent counts
    ("'the toll documented by X'", "This adds to the toll documented by the Red Crescent "
     "in May, when 210 deaths were recorded in its clinics.", "210", "the Red Crescent"),
    # an infinitive speech verb shares the subject of the verb it completes
    ("'went on to say'", "The spokesman went on to say that the strikes are killing "
     "dozens of fighters every month.", "dozens", "The spokesman"),
    ("'blames X for N deaths'", "The bishop says the militia has killed about 900 people "
     "since 2019, while a monitor, the Lake Watch group, blames it for more than 300 deaths "
     "this year.", "more than 300", "a monitor, the Lake Watch group"),
    # "cite X as" a noun names a cause, no quoted speaker
    ("'cites X as' quotes nobody", "Officials cited heavy rain as the cause of 23 deaths.",
     "23", "Officials"),
    # "in a statement" after the speaker is how it spoke, no part of its name
    ("'X in a statement said'", "The coalition in a statement said that three of its "
     "soldiers were killed by a roadside bomb.", "three", "The coalition"),
    # a hard-wrapped line runs the sentence on
    ("a hard-wrapped line", "Nine soldiers have been killed in an ambush in the\nnorth of "
     "the country, army sources told reporters.", "Nine", "army sources"),
    # a date on the speaker's head noun tells when it spoke, not who it is
    ("'X on <date> said'", "In a second raid, the garrison on March 3 said nine guards were "
     "shot at the gate.", "nine", "the garrison"),
    ("'X on <weekday> said'", "Rescuers on Sunday said 14 hikers were still missing.", "14",
     "Rescuers"),
    # the possessor of a figure noun whose "of" holds the figure
    ("'X's estimates of N'", "Given Ruritania's estimates of over 90,000 enemy casualties, "
     "the war is far from over.", "over 90,000", "Ruritania"),
]

# who a speaker that names nobody stands for
CANONICAL = [
    ("a document's own issuer", "Two men were killed, according to the health office. A "
     "ministry statement said that four others were injured.", "four", "ministry"),
    ("the issuer of the report named before", "The toll rose to 310, according to a report "
     "issued by the Flood Authority on Sunday.\nThe report confirmed that five more deaths "
     "were recorded.", "five", "the Flood Authority"),
    ("'X said in a statement', then 'the statement'", "Troops held the base, the army said "
     "in a statement. “Three soldiers were killed in the fighting,” the statement "
     "continued.", "Three", "the army"),
    ("a definite description", "The rebels took the town, the Northern News Agency (NNA) "
     "reported. According to the state-run news agency, soldiers killed 12 fighters.", "12",
     "the Northern News Agency (NNA)"),
    ("a description of a name with modifiers", "Rights monitors came as the human rights "
     "organisation Lakewatch said police had killed 50 people.\nThe organisation, founded "
     "by a lawyer, said police have arrested 300 activists.", "300",
     "the human rights organisation Lakewatch"),
    ("he: a quote's speaker, with no claim of his own", "“More troops will come,” said "
     "Okafor.\nThe gang took two hostages last year.\nHe further said the gang holds "
     "about 20 hostages.", "about 20", "Okafor"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "canonical"), [row[1:] for row in CANONICAL],
                         ids=[row[0] for row in CANONICAL])
def test_canonical(default_pipeline, text, figure, canonical):
    doc = default_pipeline.nlp(text)
    [claim] = [c for c in doc._.claimex_claims if text[c["start"]:c["end"]] == figure]
    assert claim["speaker"]["canonical"] == canonical


@needs_model
@pytest.mark.parametrize(("text", "figure", "speaker"), [row[1:] for row in SPEAKERS],
                         ids=[row[0] for row in SPEAKERS])
def test_speaker(default_pipeline, text, figure, speaker):
    attribution = claim_of(default_pipeline, text, figure)["attribution"]
    assert (attribution["speaker"], attribution["kind"]) == (speaker, "reported")
    assert text[attribution["start"]:attribution["end"]] == speaker
