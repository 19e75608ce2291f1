"""The parts of an aggregate total are aggregate too
(:mod:`claimex.pipeline.claims.scope_breakdowns`)."""

import pytest

from claimex.pipeline.claims.scope_breakdowns import (
    hung_on_the_total,
    is_a_part,
    names_its_own_time,
    told_as_a_share,
)
from tests.conftest import needs_model

PARTS = [
    # a later sentence tells the season's total by region
    ("Since the rains began in May, 640 people have died across the country, the agency "
     "said. The eastern hills were the worst-hit area with 280 deaths, followed by the "
     "delta with 150 deaths.", "280", "aggregate"),
    ("Since the rains began in May, 640 people have died across the country, the agency "
     "said. The eastern hills were the worst-hit area with 280 deaths, followed by the "
     "delta with 150 deaths.", "150", "aggregate"),
    # "respectively" after a war's total
    ("The conflict has killed 9,200 people since 2019. The two northern provinces counted "
     "4,100 and 2,300 deaths, respectively.", "4,100", "aggregate"),
    # a breakdown sentence, then the sentence right after it in the same paragraph
    ("Floods have killed 870 people this year, officials said. A breakdown by cause puts "
     "drowning first, with 300 dead. Landslides buried 120 more villagers, it added.",
     "300", "aggregate"),
    # parts hung on the total in its own sentence
    ("Some 3,900 people have been wounded since the offensive began, with 2,700 hurt in "
     "the capital and 1,200 in the border towns.", "2,700", "injured-aggregate"),
    # the day's own figure beside the total stays reported, and so do its parts
    ("Since the rains began in May, 640 people have died across the country. Four more "
     "people died on Tuesday, with three in the worst-hit eastern hills.", "Four",
     "reported"),
    ("Since the rains began in May, 640 people have died across the country. In the past "
     "24 hours the storms killed five people in the hills, followed by two in the delta.",
     "five", "reported"),
    # a breakdown of a reported total stays reported
    ("The earthquake killed 210 people, officials said. The worst-hit town was Karsa, "
     "where 90 people died.", "90", "reported"),
    # a share word with no aggregate total before it
    ("In the worst-hit village 14 people were killed when the river burst its banks.", "14",
     "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "scope"), PARTS)
def test_scope_of_the_parts_of_a_total(default_pipeline, text, figure, scope):
    category = "killed"
    if scope.startswith("injured-"):
        category, scope = "injured", scope.split("-", 1)[1]
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims
              if c["type"] == "casualty" and c["category"] == category]
    assert {c["value"]["text"]: c["scope"] for c in claims}[figure] == scope


@pytest.mark.parametrize(("sentence", "share"), [
    ("A regional breakdown shows the coast with 40 deaths.", True),
    ("The hardest-hit district counted 60 dead.", True),
    ("The south recorded 12, 9 and 4 deaths, respectively.", True),
    ("Casualties by province were as follows: north 20, south 14.", True),
    ("Police followed the suspects to a farm.", False),
    ("The worst storm in a decade killed 12 people.", False),
])
def test_told_as_a_share(sentence, share):
    assert told_as_a_share(sentence) is share


@pytest.mark.parametrize(("sentence", "own_time"), [
    ("Two more people died in the delta.", True),
    ("Another child was found dead.", True),
    ("Nine died in the past 24 hours.", True),
    ("Nine died on Friday in the delta.", True),
    ("More than 300 have died in the delta.", False),
    ("The delta lost 300 people, followed by the hills.", False),
])
def test_names_its_own_time(sentence, own_time):
    assert names_its_own_time(sentence) is own_time


@pytest.mark.parametrize(("part", "total", "expected"), [
    (300, (910, 910), True),
    (910, (910, 910), False),
    (None, (910, 910), False),
    (12, (None, None), False),
])
def test_is_a_part(part, total, expected):
    assert is_a_part(part, total) is expected


@pytest.mark.parametrize(("between", "hung"), [
    ([",", "including"], True),
    ([",", "of", "whom"], True),
    ([",", "with"], True),
    (["people", "died", "and"], False),
])
def test_hung_on_the_total(between, hung):
    assert hung_on_the_total(between) is hung
