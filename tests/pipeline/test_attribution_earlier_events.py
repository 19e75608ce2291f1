"""A figure told in a relative clause on an earlier event has no speaker, even inside a
sentence that credits a source; the page's own event and other clauses keep theirs
(issue 14). The texts are made up for the phenomenon."""

from __future__ import annotations

import pytest

from tests.conftest import claim_of, credited_speaker, needs_model

EARLIER_EVENTS = [
    # (name, text, figure, speaker or None for the article)
    ("a place's earlier event", "The agency said its crews worked in the valley where a "
     "landslide buried 14 hikers last month.", "14", None),
    ("a strike dated in its phrase", "The rebels claimed the ambush, saying it avenged an air "
     "raid on the market last year in which 9 traders died.", "9", None),
    ("an attack dated by a possessive", "Washington blamed the group for last week's deadly "
     "attack on a clinic in the capital that killed 20 people.", "20", None),
    # negative rows, shaped on tune sentences the frame must not change
    ("the page's own event in a relative clause", "Officials said the ambush that killed "
     "six guards began at dawn.", "six", "Officials"),
    ("a second clause inside the relative one", "Gunmen struck a hotel that was bombed two "
     "years ago, killing four guards, police said.", "four", "police"),
    ("a report dated earlier, its figure not in a relative clause", "The agency said in a "
     "report published last week that 40 villagers were killed in the floods.", "40",
     "The agency"),
    ("the figure is the earlier time itself", "The mayor said the town must rebuild the way "
     "it did three years ago.", "three years", "The mayor"),
    ("a weekday is the page's own day", "Police said the blast hit the square where 3 "
     "vendors were hurt on Monday.", "3", "Police"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "speaker"), [r[1:] for r in EARLIER_EVENTS],
                         ids=[r[0] for r in EARLIER_EVENTS])
def test_earlier_events(default_pipeline, text, figure, speaker):
    attribution = claim_of(default_pipeline, text, figure)["attribution"]
    assert credited_speaker(attribution) == speaker, attribution
