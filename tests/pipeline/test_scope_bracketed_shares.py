"""A bracketed share takes the scope of the total it breaks down
(:mod:`claimex.pipeline.claims.scope_bracketed_shares`)."""

import pytest

from claimex.pipeline.claims.scope_bracketed_shares import breaks_down, compatible_categories
from tests.conftest import needs_model

SHARES = [
    # a season's total in the sentence before, the list of its deaths by place
    ("The fever has killed 210 people since January, health officials said. The deaths "
     "were recorded in Alba (96), Brenn (44) and Corvo (21).", "44", "killed", "aggregate"),
    ("Over the past three months the outbreak has killed 120 people. Deaths by state: "
     "Alba (50), Brenn (31), Corvo (12).", "50", "killed", "aggregate"),
    # a list of casualties after a count of the dead
    ("The fever outbreak has killed 180 people this year, the ministry said. The worst-hit "
     "districts reported casualties as follows: Alba (40), Brenn (22) and Corvo (9).", "22",
     "killed_or_injured", "aggregate"),
    # a list after the day's toll stays reported
    ("Floods killed 30 people in the north on Monday. The dead were counted in Alba (12), "
     "Brenn (10) and Corvo (8).", "12", "killed", "reported"),
    # a list larger than the figure before it is not its parts
    ("Three more people died in the floods on Monday. The season's deaths by district stand "
     "at Alba (140), Brenn (95) and Corvo (60).", "95", "killed", "reported"),
    # a total of another category is not the one the list breaks down
    ("Some 900 people have been injured since the fighting began in March. The number of "
     "deaths is highest in Alba (40), followed by Brenn (12).", "40", "killed", "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "category", "scope"), SHARES)
def test_scope_of_a_bracketed_share(default_pipeline, text, figure, category, scope):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims
              if c["type"] == "casualty" and c["category"] == category]
    assert {c["value"]["text"]: c["scope"] for c in claims}[figure] == scope


@pytest.mark.parametrize(("share", "total", "compatible"), [
    ("killed", "killed", True),
    ("killed_or_injured", "killed", True),
    ("killed_or_injured", "injured", True),
    ("killed", "injured", False),
    ("killed", "killed_or_injured", False),
    ("captured", "killed", False),
])
def test_compatible_categories(share, total, compatible):
    assert compatible_categories(share, total) is compatible


@pytest.mark.parametrize(("part", "total", "expected"), [
    (40, (300, 300), True),
    (300, (300, 350), True),
    (400, (300, 300), False),
    (None, (300, 300), False),
    (40, (None, 300), False),
])
def test_breaks_down(part, total, expected):
    assert breaks_down(part, total) is expected
