"""An earlier event told by its own day (a weekday two to five days before the text's own,
a day of a month before its dateline, "a day earlier", "last week", "earlier this month"), a
figure of ``background`` scope: :mod:`claimex.pipeline.claims.scope_earlier_days`."""

import pytest
import spacy

from claimex.pipeline.claims.scope_earlier_days import report_days, told_on_an_earlier_day
from tests.conftest import needs_model

EARLIER_DAYS = [
    # another weekday, two to five days before the text's own: an earlier event
    ("Gunmen killed nine herders in a raid on Thursday, police said. On Monday, a bomb at a "
     "bus depot killed 14 commuters.", "14", "background"),
    ("Rebels shelled the town on Saturday, killing six. A car bomb there on Tuesday wounded 20 "
     "shoppers.", "20", "background"),
    # counted back from the day of the report where a source spoke on one: a later update
    # of the text's own event is not last week's
    ("A flood swept the valley on Friday, killing 30, officials said on Monday. Rescuers "
     "recovered 12 more bodies on Sunday.", "12", "reported"),
    # the day before is the same news in a round-up; the text's own day
    ("A car bomb killed six soldiers on Wednesday, officials said. On Tuesday, gunmen shot "
     "dead four policemen in a nearby town.", "four", "reported"),
    ("Three guards were killed on Friday and two more died on Friday night.", "two",
     "reported"),
    # the bound of a stretch is no day of an event
    ("A bomb killed 5 on Saturday, bringing to 40 the number of people killed since "
     "Wednesday.", "40", "aggregate"),
    # a day of a month before the dateline's
    ("KANDALA, May 9 (Agencies) - Floods killed 12 villagers. The storm ripped through the "
     "coast on April 20, killing more than 300 people.", "more than 300", "background"),
    # a day counted back, last week, earlier this month
    ("Militants stormed a checkpoint on Saturday, killing seven guards. Two days earlier, "
     "troops shot dead three smugglers at a roadblock.", "three", "background"),
    ("A blast killed eight people on Friday. Last week, a similar blast in the same market "
     "killed 11 shoppers.", "11", "background"),
    ("Bandits killed 20 villagers on Sunday. Earlier this month, they abducted 30 students "
     "from a school.", "30", "background"),
    ("A blast killed eight people on Friday.", "eight", "reported"),
    # a text that names no weekday for an event of its own may tell its own event so
    ("Raiders killed at least 35 villagers in the hills last week, elders said.", "at least 35",
     "reported"),
    ("The toll from a bus bombing earlier this week rose to 40, officials said on Friday.", "40",
     "reported"),
    # a dateline's day may come days after the event; a date that names another event's noun
    ("ORAN, June 20 - Soldiers killed four smugglers in a desert raid on June 17, the army "
     "said.", "four", "reported"),
    ("Troops on Friday shot dead two militants linked to the March 2 ambush in the valley.",
     "two", "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "scope"), EARLIER_DAYS)
def test_scope_earlier_day(default_pipeline, text, figure, scope):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert {c["value"]["text"]: c["scope"] for c in claims}[figure] == scope


DAYS = [
    ("Gunmen killed nine herders on Thursday. On Monday, a bomb killed 14.", (3, None, None)),
    ("BEIRA, April 2 - A storm hit on Sunday.", (6, None, (4, 2))),
    ("No day is named here.", (None, None, None)),
]


@pytest.mark.parametrize(("text", "days"), DAYS)
def test_report_days_without_a_parse(text, days):
    assert report_days(spacy.blank("en")(text)) == days


def test_an_earlier_weekday_without_a_parse():
    doc = spacy.blank("en")("Gunmen killed nine herders on Thursday. On Monday, a bomb killed 14.")
    assert told_on_an_earlier_day(doc[8]) and not told_on_an_earlier_day(doc[5])
