"""A separate incident told in a later paragraph without an opener (issue 14, session 15):
a new paragraph, a new source and a new victim group (and no place of the figures before)
tell another incident, whose figure adds to the document's toll; the same event retold (its
victims, its source, its place, or its toll named again) adds nothing
(:mod:`claimex.rules.incident_paragraphs`, :mod:`claimex.assemble.toll_paragraphs`)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from claimex.rules.incident_paragraphs import (
    Telling,
    names_the_toll,
    paragraph_of,
    paragraph_starts,
    same_source,
    same_victims,
    source_key,
    tells_another_incident,
    victim_group,
)
from tests.conftest import needs_model

LEAD = Telling(1, "provincial spokesman", "security", "ghor", count=4)


@pytest.mark.parametrize(("telling", "sentence", "expected"), [
    # a new paragraph, source and victim group, at another place or none named
    (Telling(3, "district governor", "civilian", "herat"), "", True),
    (Telling(4, "coalition", "marine", "musa qala"), "", True),
    # no place of its own
    (Telling(4, "coalition", "marine", None), "", False),
    # the lead's number told again by another source of another name for its victims
    (Telling(3, "district governor", "civilian", "herat", count=4), "", False),
    # the lead's paragraph: its own parts, however told
    (Telling(1, "district governor", "civilian", "herat"), "", False),
    # the same victims retold by another source (a restated or revised figure)
    (Telling(3, "district governor", "security", "herat"), "", False),
    # the same source, or none of its own (the outlet's voice, a pronoun)
    (Telling(3, "provincial spokesman", "civilian", "herat"), "", False),
    (Telling(3, None, "civilian", "herat"), "", False),
    # the same place
    (Telling(3, "district governor", "civilian", "ghor"), "", False),
    # victims that name no group ("people", "others")
    (Telling(3, "district governor", None, "herat"), "", False),
    # a sentence that names the event's toll retells it
    (Telling(3, "district governor", "civilian", "herat"),
     "The governor gave a toll of nine civilians.", False),
])
def test_tells_another_incident(telling, sentence, expected):
    assert tells_another_incident(telling, [LEAD], (), sentence) is expected


def test_an_incident_found_before_is_not_found_again():
    found = [Telling(3, "district governor", "civilian", "herat")]
    assert not tells_another_incident(Telling(5, "a hospital doctor", "civilian", "obe"), [LEAD],
                                      found)


@pytest.mark.parametrize(("lead", "expected"), [
    # a lead that names its victims ("killing four policemen")
    ([Telling(1, None, "security", None)], True),
    # a lead that names none ("12 dead", "killing 20 people"): any later group may be its part
    ([Telling(1, None, None, None)], False),
    ([Telling(0, None, None, None), Telling(1, "officials", None, None)], False),
])
def test_the_lead_names_its_victims(lead, expected):
    assert tells_another_incident(Telling(3, "district governor", "civilian", "herat"), lead) \
        is expected


@pytest.mark.parametrize(("one", "other", "expected"), [
    ("spokesman", "spokesman ali khan", True),
    ("provincial police chief", "police chief", True),
    ("coalition", "provincial governor", False),
])
def test_same_source(one, other, expected):
    assert same_source(one, other) is expected


@pytest.mark.parametrize(("one", "other", "expected"), [
    (Telling(0, None, "security", None), Telling(0, None, "security", None), True),
    (Telling(0, None, "kurd", None),
     Telling(0, None, "combatant", None, frozenset({"kurd", "fighters"})), True),
    (Telling(0, None, "civilian", None), Telling(0, None, "security", None), False),
])
def test_same_victims(one, other, expected):
    assert same_victims(one, other) is expected


@pytest.mark.parametrize(("text", "offsets", "paragraphs"), [
    ("Four died.\n\nA nurse was hurt.", [0, 12], [0, 1]),
    # a line that ends a sentence ends its paragraph; a wrapped line does not
    ("Four died in the\nvalley. Two were hurt.\nA nurse was hurt.", [0, 25, 41], [0, 0, 1]),
    ("Gunmen shot a guard.\n\n\n  Police said the guard lived.", [0, 25], [0, 1]),
])
def test_paragraphs(text, offsets, paragraphs):
    starts = paragraph_starts(text)
    assert [paragraph_of(starts, offset) for offset in offsets] == paragraphs


@pytest.mark.parametrize(("speaker", "kind", "key"), [
    ("The district governor", "reported", "district governor"),
    ("a coalition statement", "reported", "coalition statement"),
    ("she", "reported", None),
    ("It", "reported", None),
    ("t1", "article", None),
])
def test_source_key(speaker, kind, key):
    assert source_key(speaker, kind) == key


@pytest.mark.parametrize(("subject", "classes", "group"), [
    ("two farm workers", None, "worker"),
    ("Guards", None, "guard"),
    ("shepherds", ["civilian"], "civilian"),
    ("people", None, None),
    ("others", None, None),
    (None, None, None),
])
def test_victim_group(subject, classes, group):
    assert victim_group(subject, classes) == group


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Officials later raised the toll to twelve.", True),
    ("A tally by the agency put the dead at 30.", True),
    ("Twelve guards were killed.", False),
])
def test_names_the_toll(sentence, expected):
    assert names_the_toll(sentence) is expected


@needs_model
@pytest.mark.parametrize(("text", "killed"), [
    # a second incident in a paragraph of its own: a new source, new victims, a new place
    ("A roadside bomb struck a police pickup in Ghor province on Monday, killing four "
     "policemen, a provincial spokesman said.\n\n"
     "The pickup was on its way to a district office.\n\n"
     "In Herat province, gunmen shot dead two shepherds at a well, the district governor "
     "said.", 6),
    # the same event told again in a later paragraph: nothing adds
    ("A roadside bomb struck a police pickup in Ghor province on Monday, killing four "
     "policemen, a provincial spokesman said.\n\n"
     "The four officers had just left their post, a police commander said.", 4),
    # a round-up lead holds the incidents told after it
    ("Attacks across the west killed six people on Monday, officials said.\n\n"
     "In Herat province, gunmen shot dead two shepherds at a well, the district governor "
     "said.", 6),
    # a victim named without a number: local news tells its one incident's victims so
    ("A man was shot dead outside a bar on Elm Street late Friday, police said.\n\n"
     "A woman was killed by a stray bullet in the parking lot of Lakeview Mall, a "
     "witness said.", 1),
])
def test_killed_toll_with_a_later_paragraph(default_pipeline, text, killed):
    [result] = list(extract([InputDocument("t", text, None, published="2022-09-29")],
                            default_pipeline))
    [toll] = [to_json_dict(t) for t in result.tolls if t.category == "killed"]
    assert toll["low"] == killed
