"""Scope of casualty claims (reported / background / aggregate) and the marks a toll reads
to skip a figure (``revised``, ``repeat_of``): :mod:`claimex.pipeline.claims.scope`."""

import pytest

from tests.conftest import needs_model


def _casualties(pipeline, text):
    return [c for c in pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]


def _scopes(pipeline, text):
    return {c["value"]["text"]: c["scope"] for c in _casualties(pipeline, text)}


SCOPES = [
    # another, earlier event named for context
    ("Police arrested the facilitator behind a bombing that killed six police officers "
     "last spring.", "six", "background"),
    ("A quake hit the region on Tuesday. In 2003, an earthquake in the city of Bam left more "
     "than 25,000 people dead.", "more than 25,000", "background"),
    ("The storm made landfall on Monday. When Cyclone Sidr hit in 2007, about 3,000 were "
     "reported killed.", "about 3,000", "background"),
    ("The war began when militants stormed into the town on October 7, killing some 1,200 "
     "people.", "some 1,200", "background"),
    ("Rebels attacked a village on March 3. In August, the group hacked to death at least 19 "
     "civilians in Beni.", "at least 19", "background"),
    # a subjectless conjunct shares the earlier time of the verb it is joined to
    ("Fighting resumed yesterday. In June, the militia looted and burned to death at least 14 "
     "villagers in Kisa.", "at least 14", "background"),
    ("It reminded me of the massacre of 20 villagers we saw in Kivu two years ago.", "20",
     "background"),
    # a span of days back from the report's day dates the reported event itself
    ("Two days ago, raiders set fire to the depot, killing three guards.", "three",
     "reported"),
    ("Rangers arrested five poachers a few hours ago near the lodge.", "five", "reported"),
    ("Raiders set fire to the depot three weeks ago, killing three guards.", "three",
     "background"),
    ("The massacre of 30 villagers that took place in 2019 was never punished, he said on "
     "Friday.", "30", "background"),
    # a text that dates nothing by the day (an entry of a chronology) tells its own event
    # by the year or the month: the figure is the event's, reported
    ("In 2011, nine guests were killed at a wedding in the hills.", "nine", "reported"),
    ("In May of 2009, at least 14 miners were killed when rebels raided the camp.",
     "at least 14", "reported"),
    ("In 2008, gunmen killed five people at a bar. Today, such attacks are common.", "five",
     "background"),
    # a total over a period or several operations
    ("More than 7,700 people are estimated to have been killed by security forces since "
     "then.", "More than 7,700", "aggregate"),
    ("Security forces have detained 240 people since March.", "240", "aggregate"),
    ("More than 20 militants were killed in separate raids over the past two days, the "
     "army said.", "More than 20", "aggregate"),
    ("Numerous fighters were killed during separate clearing operations across the "
     "district.", "Numerous", "aggregate"),
    ("Nine herders have also been killed in separate raids during the same period.",
     "Nine", "aggregate"),
    ("The war has killed 500,000 people.", "500,000", "aggregate"),
    ("The country is mired in a conflict that has killed more than 100,000 people.",
     "more than 100,000", "aggregate"),
    ("The ADF has killed about 6,000 civilians since 2013.", "about 6,000", "aggregate"),
    ("More than 300 people were killed by militants last year in and around Beni.",
     "More than 300", "aggregate"),
    ("The authorities have arrested thousands of sympathisers since the demonstrations "
     "erupted.", "thousands", "aggregate"),
    ("Gangs have grown bolder in the past three years, kidnapping thousands of people, "
     "killing hundreds and making roads unsafe.", "hundreds", "aggregate"),
    # operations counted, two or more (a figure in their clause, a participle on them)
    ("The army detained more than 30 suspects during five security operations on "
     "Tuesday.", "more than 30", "aggregate"),
    ("Police carried out three operations in the capital, arresting 25 people.", "25",
     "aggregate"),
    ("Troops mounted two operations targeting smugglers detaining 14 suspects overnight.",
     "14", "aggregate"),
    # the event the text reports
    ("Soldiers detained four suspects during an operation in the town.", "four",
     "reported"),
    ("Three bombings killed 30 people in the capital on Friday.", "30", "reported"),
    ("Soldiers detained four suspects during one of two operations in the district.",
     "four", "reported"),
    ("Gunmen carried out two attacks on the village, killing 12 people.", "12",
     "reported"),
    ("Twenty-four people have been confirmed dead, the greatest loss of life from a single "
     "wildfire since 1991.", "Twenty-four", "reported"),
    ("Twelve soldiers were killed in the ambush on Sunday.", "Twelve", "reported"),
    # an exact total of the operations the text reports is their toll
    ("Six soldiers have been killed in a series of roadside bombings in the north.", "Six",
     "reported"),
    ("The death toll has risen to 30 since the blast.", "30", "reported"),
    ("Three more fatalities were recorded in the past 24 hours.", "Three", "reported"),
    ("Israeli strikes have killed at least 18 people in Gaza, health officials said.",
     "at least 18", "reported"),
    # a superlative's "since" is the span the attack is compared over, not the figure's
    ("A truck bomb destroyed a market on Sunday, killing at least 90 people in one of the "
     "bloodiest attacks in the city since the invasion in 2003.", "at least 90", "reported"),
    ("A car bomb killed 25 people on Monday in the worst attack since the war began in "
     "2011.", "25", "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "scope"), SCOPES)
def test_scope(default_pipeline, text, figure, scope):
    assert _scopes(default_pipeline, text)[figure] == scope


def test_scope_without_a_parse(rules_pipeline):
    claims = _casualties(rules_pipeline, "Twelve soldiers were killed in the ambush.")
    assert [c["scope"] for c in claims] == ["reported"]
    quantities = [c for c in rules_pipeline.nlp("The market sold 12 cars.")._.claimex_claims]
    assert all(c["scope"] is None for c in quantities)


REVISED = [
    ("The health ministry initially said 14 people died, but later raised the toll to 30.",
     {"14"}),
    ("The number of missing rose from 51 to 1,079.", {"51"}),
    ("Officials raised the death toll to 13 from nine.", {"nine"}),
    ("The toll, first put at nine, was later raised to 13.", {"nine"}),
    # nothing replaces a figure no later one contradicts
    ("The ministry initially said 14 people died.", set()),
    ("Four people were killed and 12 were wounded.", set()),
]


@needs_model
@pytest.mark.parametrize(("text", "revised"), REVISED)
def test_revised_tolls(default_pipeline, text, revised):
    claims = _casualties(default_pipeline, text)
    assert {c["value"]["text"] for c in claims if c.get("revised")} == revised
    assert claims and any(not c.get("revised") for c in claims)


@needs_model
@pytest.mark.parametrize("text", [
    "Gunmen kill 13 villagers in Nigeria\n\nGunmen kill 13 villagers in Nigeria\n\nAt least "
    "13 villagers have been killed by armed attackers, an official said.",
    "Gunmen killed eight people in Kuchi. Gunmen killed eight people in Kuchi. The police "
    "said.",
])
def test_a_repeated_headline_or_paragraph_is_one_figure(default_pipeline, text):
    claims = [c for c in _casualties(default_pipeline, text) if c["category"] == "killed"]
    repeats = [c for c in claims if c.get("repeat_of") is not None]
    assert len(repeats) == 1
    assert repeats[0]["repeat_of"] == claims[0]["start"] < repeats[0]["start"]


@needs_model
def test_a_list_of_other_stories_is_background(default_pipeline):
    text = ("Seventeen people were killed today in a suicide attack on a market.\n"
            "Related news\n- \"Suicide bombing kills 12 in Kandahar\" - CBC, August 2006\n")
    scopes = _scopes(default_pipeline, text)
    assert scopes["Seventeen"] == "reported"
    assert scopes["12"] == "background"
