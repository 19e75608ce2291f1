"""Dates in the pipeline: publication date from datelines, DATE entities, claims' time."""

from __future__ import annotations

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict


def _run(pipeline, text, published=None):
    [result] = list(extract([InputDocument("d", text, None, published=published)], pipeline))
    return result


def test_dateline_gives_the_publication_date_and_resolves_relative_dates(rules_pipeline):
    text = ("KABUL, Afghanistan (Jan. 25, 2013)\nDuring an operation in Ghazni province "
            "yesterday, a coalition force killed 12 insurgents.")
    result = _run(rules_pipeline, text)
    assert (result.document.published, result.document.published_source) == (
        "2013-01-25", "dateline")
    dates = {e.text: e.value for e in result.entities if e.label == "DATE"}
    assert dates["yesterday"] == "2013-01-24"
    [claim] = [to_json_dict(c) for c in result.claims if c.category == "killed"]
    assert claim["time"] == {"text": "yesterday", "value": "2013-01-24",
                             "start": text.index("yesterday"),
                             "end": text.index("yesterday") + len("yesterday"),
                             "inferred": False}


def test_input_date_wins_and_a_claim_without_date_gets_it_inferred(rules_pipeline):
    result = _run(rules_pipeline, "Rebels killed 12 soldiers near the town.", "2020-09-16")
    assert result.document.published_source == "input"
    [claim] = [to_json_dict(c) for c in result.claims]
    assert claim["time"] == {"text": None, "value": "2020-09-16", "start": None, "end": None,
                             "inferred": True}


def test_without_any_date_time_is_null_and_years_are_not_invented(rules_pipeline):
    result = _run(rules_pipeline, "On April 2, rebels killed 12 soldiers. It was 60% worse.")
    assert result.document.published is None
    [claim] = [to_json_dict(c) for c in result.claims if c.category == "killed"]
    assert claim["time"]["value"] == "XXXX-04-02"


def test_a_comment_profile_date_is_not_the_publication_date(rules_pipeline):
    text = ("A Headline About Idlib Today\n\nThe article has no date at all.\n\nNotify of\n\n"
            "Tudor Miron\n\nJoined March 3, 2016. I disagree with the article.")
    assert _run(rules_pipeline, text).document.published is None
