"""Who says so in real news copy (issue 14), one phenomenon a row: headings or photo
credits over a paragraph that are no part of its speaker, reporting frames of wire copy, a
report that goes on past its sentence, embedded posts, and who a document, a description or
a pronoun stands for. The texts are made up (the names
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
    # a speech verb with a preposition of a non-speech frame says nothing ("add to", "slam
    # into"): the speaker is the one who does speak
    ("'adding to' is no speech", "Police detained three lawyers, adding to hundreds of "
     "prisoners in the city, a rights group said on Monday.", "three", "a rights group"),
    # words of time after the closing verb leave it closing
    ("', X said Friday.' closes the sentence", "A drone strike on a market in the north "
     "of the province, which was crowded for the holiday, killed 14 people, a rebel group "
     "and local media said Friday.", "14", "a rebel group and local media"),
    # "with X saying ...": the object of "with" says it
    ("'with X saying'", "The army gave a higher toll, with its spokesman, Major Ivo Tanner, "
     "saying 11 bodies were found.", "11", "its spokesman, Major Ivo Tanner"),
    # a passive participle on a noun: its "by" agent counts
    ("'the toll documented by X'", "This adds to the toll documented by the Red Crescent "
     "in May, when 210 deaths were recorded in its clinics.", "210", "the Red Crescent"),
    # an infinitive speech verb shares the subject of the verb it completes
    ("'went on to say'", "The local source went on to say that the raids are killing "
     "dozens of fighters every week.", "dozens", "The local source"),
    ("'blames X for N deaths'", "The bishop says the militia has killed about 900 people "
     "since 2019, while a monitor, the Lake Watch group, blames it for more than 300 deaths "
     "this year.", "more than 300", "a monitor, the Lake Watch group"),
    # "in a statement" after the speaker is how it spoke, no part of its name
    ("'X in a statement said'", "The coalition in a statement said that three of its "
     "soldiers were killed by a roadside bomb.", "three", "The coalition"),
    # a hard-wrapped line runs the sentence on
    ("a hard-wrapped line", "Nine soldiers have been killed in an ambush in the\nnorth of "
     "the country, army sources told reporters.", "Nine", "army sources"),
    # the possessor of a figure noun whose "of" holds the figure
    ("'X's estimates of N'", "Given Ruritania's estimates of over 90,000 enemy casualties, "
     "the war is far from over.", "over 90,000", "Ruritania"),
    # the next sentence of the same paragraph goes on with a report
    ("a report goes on past its sentence", "The patrol was hit near the bridge late on "
     "Sunday, the army said. Another soldier was wounded in the attack.", "Another",
     "the army"),
    ("'according to X' goes on", "According to the Lake Watch group, 14 rangers were killed "
     "in the raid. More than 20 others were injured.", "More than 20",
     "the Lake Watch group"),
]

# no report goes on into a reader's own words, nor over a paragraph break
NOT_CONTINUED = [
    ("first person", "The strike hit the depot, the army said. Our town lost 40 people that "
     "week.", "40"),
    ("a new paragraph", "The strike hit the depot, the army said.\n\nIn all, 40 died "
     "that week.", "40"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure"), [row[1:] for row in NOT_CONTINUED],
                         ids=[row[0] for row in NOT_CONTINUED])
def test_report_not_continued(default_pipeline, text, figure):
    assert _attribution(default_pipeline, text, figure)["kind"] == "article"


# the text's own writer speaking ("I", "we") is the article, as if nobody were quoted
WRITER = [
    ("'we reported'", "Weeks ago, we reported that two men had been shot outside the bar.",
     "two"),
    ("'I have to report'", "Once again I have to report that three more soldiers were "
     "killed in the valley.", "three"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure"), [row[1:] for row in WRITER],
                         ids=[row[0] for row in WRITER])
def test_writer_is_the_article(default_pipeline, text, figure):
    assert _attribution(default_pipeline, text, figure)["kind"] == "article"


# the quoted author of an embedded post: the signature line after it
POSTED = [
    ("a tweet's signature", "Troops mourned\n\nThe army held a funeral on Friday.\n\nSo "
     "many soldiers lost. Three days ago the rebels killed over "
     "a hundred of our troops pic.twitter.com/abc123\n\n— Ann Reyes (@annreyes) May 2, "
     "2019\nNo awards for them.", "over a hundred", "Ann Reyes"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "speaker"), [row[1:] for row in POSTED],
                         ids=[row[0] for row in POSTED])
def test_embedded_post(default_pipeline, text, figure, speaker):
    attribution = _attribution(default_pipeline, text, figure)
    assert (attribution["speaker"], attribution["kind"]) == (speaker, "quoted")


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
    attribution = _attribution(default_pipeline, text, figure)
    assert (attribution["speaker"], attribution["kind"]) == (speaker, "reported")
    assert text[attribution["start"]:attribution["end"]] == speaker
