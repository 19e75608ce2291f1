"""People told missing by "go missing" or left missing by an adverbial clause
(``linking/missing_states.py``), and what the two frames must leave alone."""

import pytest

from tests.conftest import needs_model

_FRAMES = {"cue_gone_missing", "cue_left_missing"}


def _casualties(pipeline, text):
    return [c for c in pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]


# What the frames read: (category, the figure's words, low).
@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    ("Six climbers died on the slope and two others went missing near the pass.",
     [("missing", "two", 2)]),
    ("Twelve miners have gone missing since the shaft flooded on Tuesday.",
     [("missing", "Twelve", 12)]),
    ("The agency says 14 sailors have gone missing after the patrol boat sank.",
     [("missing", "14", 14)]),
    ("Three children were killed and five went missing when the raft overturned.",
     [("missing", "five", 5)]),
    ("Officials said that 40 people from 12 homes went missing in the mudslide.",
     [("missing", "40", 40)]),
    ("Mudslides killed nine residents and left numerous others missing across the delta.",
     [("missing", "numerous", 4)]),
    ("Storms drowned at least 14 fishermen and left dozens of their crewmates missing off a "
     "remote island, officials said.", [("missing", "dozens", 24)]),
    ("No one went missing during the evacuation, the mayor said.", [("missing", "No one", 0)]),
    # a relative clause on a noun tells who the people are, not what befell them
    ("Crews searched for two divers who went missing near the reef.", []),
    ("Rescuers found the bodies of three of the five hikers who went missing on Sunday.", []),
    # no figure, or no missing person
    ("Two critics said the minister was missing the point about the budget.", []),
    ("Three families are missing out on the grant this year.", []),
    ("Researchers called the fossil the missing link between the two species.", []),
    ("Police opened a missing person case after the student failed to return home.", []),
    ("The storm killed 12 people in the valley, and 20 are dead or missing across the region.",
     []),
    ("Seven sailors are missing, presumed dead, after the trawler capsized.", []),
    ("A gunman shot two guards and then went missing.", []),
])
def test_missing_frames_read(default_pipeline, text, expected):
    claims = [c for c in _casualties(default_pipeline, text) if c["rule"] in _FRAMES]
    assert sorted((c["category"], c["value"]["text"], c["value"]["low"]) for c in claims) == \
        expected


# The frames come after every other parsed frame and give missing alone: a figure another
# frame reads keeps its category, so no dead or wounded figure changes ("found dead",
# "the bodies of", "dead or missing" as one figure of the dead, "missing, presumed dead").
@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    ("Two fishermen who went missing last week were found dead on Monday.", ["Two"]),
    ("Rescuers found the bodies of three of the five hikers who went missing on Sunday.",
     ["three"]),
    ("Six climbers died on the slope and two others went missing near the pass.", ["Six"]),
    ("The storm killed 12 people in the valley, and 20 are dead or missing across the region.",
     ["12", "20"]),
    ("The flood killed eleven people and left 30 others missing.", ["eleven"]),
])
def test_missing_frames_leave_the_dead_alone(default_pipeline, text, killed):
    claims = _casualties(default_pipeline, text)
    assert sorted(c["value"]["text"] for c in claims if c["category"] == "killed") == \
        sorted(killed)
