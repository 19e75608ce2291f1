"""Dates in the pipeline: publication date from datelines, DATE entities, claims' time."""

from __future__ import annotations

import pytest

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


CLAUSE_TIMES = [
    # the date of the cue's clause beats the reporting clause's, whichever is nearer
    ("Coalition officials confirmed today that a Taliban leader was arrested during a "
     "security operation in Shah Joy district, Zabul province, Friday.",
     "captured", "Friday", "2012-12-21"),
    ("Afghan and coalition forces confirmed today that one of the insurgents killed in a "
     "precision airstrike in Watahpur district, Kunar province, Friday was the leader Yasir.",
     "killed", "Friday", "2012-12-21"),
    # a date before a noun dates the event the noun names, not the claim
    ("Coalition forces killed a commander behind the Aug. 7 attack in Logar province Monday.",
     "killed", "Monday", "2012-12-17"),
    # a date next to a reporting verb dates the report: another date of the sentence,
    # even one the parser hangs elsewhere, dates the event
    ("Police today confirmed the death of a smuggler, a former guard, during a raid near "
     "the border, Saturday.", "killed", "Saturday", "2012-12-22"),
    ("The army today announced the arrest of a smuggler detained near the border Monday.",
     "captured", "Monday", "2012-12-17"),
    ("Police said on Sunday the capture of three smugglers near the border Thursday ended "
     "the raids.", "captured", "Thursday", "2012-12-20"),
    # with no date in the cue's clause, the reporting clause's date stands
    ("Officials said yesterday that two insurgents were killed in the strike.",
     "killed", "yesterday", "2012-12-22"),
]


@pytest.mark.parametrize(("text", "category", "span", "value"), CLAUSE_TIMES)
def test_claim_time_is_the_date_of_the_cue_clause(default_pipeline, text, category, span,
                                                    value):
    result = _run(default_pipeline, text, "2012-12-23")
    claim = next(to_json_dict(c) for c in result.claims if c.category == category)
    assert (claim["time"]["text"], claim["time"]["value"], claim["time"]["inferred"]) == (
        span, value, False)


ANOTHER_EVENT_TIMES = [
    # the only date of the sentence names another event: the claim takes the publication
    # date, not that event's
    ("Police arrested a smuggler behind the Dec. 12 ambush on a convoy near the border.",
     "captured", None, "2012-12-23", True),
    ("Police arrested a smuggler yesterday. Officers detained a driver suspected in "
     "Sunday's ambush.", "captured", "yesterday", "2012-12-22", True),
    # the event the cue takes through "in", or the one it stands in, is the claim's own
    ("Police arrested a smuggler yesterday. Two guards were wounded in the Dec. 12 ambush "
     "on the convoy.", "injured", "Dec. 12", "2012-12-12", False),
    ("The Dec. 12 ambush that killed two guards was planned abroad.",
     "killed", "Dec. 12", "2012-12-12", False),
]


@pytest.mark.parametrize(("text", "category", "span", "value", "inferred"),
                         ANOTHER_EVENT_TIMES)
def test_a_date_of_another_event_is_not_the_claim_time(default_pipeline, text, category,
                                                         span, value, inferred):
    result = _run(default_pipeline, text, "2012-12-23")
    claims = [to_json_dict(c) for c in result.claims if c.category == category]
    time = claims[-1]["time"]
    assert (time["text"], time["value"], time["inferred"]) == (span, value, inferred)


@pytest.mark.parametrize(("text", "published"), [
    # a dateline below a dated headline: the publication date comes from the headline
    ("ISAF Joint Command Evening Operational Update March 12, 2011\n"
     "KABUL, Afghanistan (March 12, 2011) - Coalition forces killed two insurgents.",
     "2011-03-12"),
    # a dateline's year after a stray full stop is no date of its own
    ("2012-07-S-023\nKABUL, Afghanistan (July 13. 2012)\nA security force killed two "
     "insurgents in Logar province.", "2012-07-13"),
])
def test_a_dateline_is_never_the_claim_time(rules_pipeline, text, published):
    result = _run(rules_pipeline, text)
    assert result.document.published == published
    [claim] = [to_json_dict(c) for c in result.claims if c.category == "killed"]
    assert claim["time"] == {"text": None, "value": published, "start": None, "end": None,
                             "inferred": True}


FILLER = "The security force protected the women and children during the search. " * 9


@pytest.mark.parametrize("dateline", ["HERAT, Afghanistan (March 14)",
                                      "KANDAHAR AIRFIELD, Afghanistan (March 14, 2011)"])
def test_a_later_release_dateline_is_not_the_claim_time(default_pipeline, dateline):
    """An update joined below a release: its dateline dates the update, not the capture
    its headline reports."""
    text = ("KABUL, Afghanistan (March 12, 2011) - Coalition forces killed two insurgents "
            f"yesterday. {FILLER}\n---\nUPDATE: Forces Confirm Capture of Smuggler\n"
            f"{dateline} - Officials confirmed three smugglers were detained.")
    result = _run(default_pipeline, text)
    assert any(e.text == dateline[dateline.index("(") + 1:-1] for e in result.entities)
    times = [to_json_dict(c)["time"] for c in result.claims if c.category == "captured"]
    assert times and all(t["text"] == "yesterday" and t["value"] == "2011-03-11"
                         for t in times)


def test_a_release_number_is_neither_a_date_nor_the_claim_time(rules_pipeline):
    text = ("ISAF Joint Command - Afghanistan 2010-12-S-001 For Immediate Release\n"
            "KABUL, Afghanistan (Dec. 1, 2010) - Coalition forces killed two insurgents.")
    result = _run(rules_pipeline, text)
    assert [e.text for e in result.entities if e.label == "DATE"] == ["Dec. 1, 2010"]
    [claim] = [to_json_dict(c) for c in result.claims if c.category == "killed"]
    assert claim["time"] == {"text": None, "value": "2010-12-01", "start": None, "end": None,
                             "inferred": True}


def test_a_dateline_without_its_year_gives_month_and_day_only(rules_pipeline):
    text = ("KABUL, Afghanistan (June 14) - Coalition forces killed two insurgents yesterday. "
            "They detained three others.")
    result = _run(rules_pipeline, text)
    assert (result.document.published, result.document.published_source) == (None, None)
    assert [(e.text, e.value) for e in result.entities if e.label == "DATE"] == [
        ("June 14", "XXXX-06-14"), ("yesterday", "XXXX-06-13")]
    times = {c.category: to_json_dict(c)["time"] for c in result.claims}
    assert times["killed"]["value"] == times["captured"]["value"] == "XXXX-06-13"
    assert (times["killed"]["inferred"], times["captured"]["inferred"]) == (False, True)
    # with no date at all, the dateline's day stands in
    result = _run(rules_pipeline, "KABUL, Afghanistan (June 14) - A force killed two men.")
    [claim] = [to_json_dict(c) for c in result.claims]
    assert claim["time"] == {"text": None, "value": "XXXX-06-14", "start": None, "end": None,
                             "inferred": True}


def _date_dicts(pipeline, text, published):
    doc = pipeline.nlp.make_doc(text)
    doc._.claimex_published = published
    for _, proc in pipeline.nlp.pipeline:
        doc = proc(doc)
    return {d["text"]: d for d in doc._.claimex_dates}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The ministers will meet on April 7, officials said.", "April 7", "2013-04-07"),
    ("The ministers met on April 7, officials said.", "April 7", "2012-04-07"),
    ("Officials said the hearing is scheduled for Feb. 10.", "Feb. 10", "2014-02-10"),
    ("He said talks will resume on Monday.", "Monday", "2013-03-25"),
    ("He said talks resumed on Monday.", "Monday", "2013-03-18"),
    ("Talks on April 7", "April 7", "2013-04-07"),  # no verb: the nearest
    ("Directors declared a dividend payable Dec. 7.", "Dec. 7", "2013-12-07"),
    ("He asked the court to lift the injunction issued Monday.", "Monday", "2013-03-18"),
    ("Trading is to resume in Paris on Tuesday.", "Tuesday", "2013-03-26"),
])
def test_direction_from_the_governing_verb(default_pipeline, text, span, value):
    assert _date_dicts(default_pipeline, text, "2013-03-21")[span]["value"] == value


# The direction of a year-less date, by the clause that governs it (clause_tense's
# precedence): future / plan / past / none (the nearest), for a month-day, a bare month and
# a weekday, in stories dated near a year's end; a participle with no tense of its own
# ("sinking", "laying off", "starting") takes the tense of the verb it hangs from.
DIRECTION_BY_CLAUSE = [
    ("2013-12-28", "The council will vote on Jan. 6, a clerk said.", "Jan. 6", "2014-01-06"),
    ("2013-12-28", "The council voted on Jan. 6, a clerk said.", "Jan. 6", "2013-01-06"),
    ("2013-12-28", "The council vote is scheduled for Jan. 6.", "Jan. 6", "2014-01-06"),
    ("2013-12-28", "Council vote on Jan. 6", "Jan. 6", "2014-01-06"),
    ("2013-12-28", "Retail sales fell sharply in January.", "January", "2013-01"),
    ("2013-12-28", "Retail sales will recover in January.", "January", "2014-01"),
    ("2013-12-28", "Retail sales in January", "January", "2014-01"),
    ("2013-12-28", "The mayor spoke to reporters on Tuesday.", "Tuesday", "2013-12-24"),
    ("2013-12-28", "The mayor will speak to reporters on Tuesday.", "Tuesday", "2013-12-31"),
    ("2013-12-28", "The mayor is due to speak to reporters on Tuesday.", "Tuesday",
     "2013-12-31"),
    ("2013-12-28", "Mayor to reporters on Tuesday", "Tuesday", "2013-12-31"),
    ("2014-01-03", "The council voted on Dec. 30, a clerk said.", "Dec. 30", "2013-12-30"),
    ("2014-01-03", "The council will vote on Dec. 30, a clerk said.", "Dec. 30", "2014-12-30"),
    ("2014-01-03", "Retail sales fell sharply in December.", "December", "2013-12"),
    ("2013-10-30", "Its shares have swung widely, sinking to a low of $9 in March.", "March",
     "2013-03"),
    ("2013-10-30", "Its shares swung widely, sinking to a low of $9 in March.", "March",
     "2013-03"),
    ("2013-12-28", "The bank will cut its rates, starting in February.",
     "starting in February", "2014-02/.."),
    ("2013-12-28", "The plant shut down, laying off its workers on Monday.", "Monday",
     "2013-12-23"),
]


@pytest.mark.parametrize(("published", "text", "span", "value"), DIRECTION_BY_CLAUSE)
def test_direction_by_the_clause_that_governs_the_date(default_pipeline, published, text,
                                                       span, value):
    assert _date_dicts(default_pipeline, text, published)[span]["value"] == value


def test_dates_carry_their_timex_on_dicts_and_spans(rules_pipeline):
    dates = _date_dicts(rules_pipeline, "Prices rose in late 2016 and this morning.",
                        "2017-03-21")
    assert dates["late 2016"]["value"] == "2016-07/2016-12"  # claim times keep the bounds
    assert dates["late 2016"]["timex"] == {"type": "DATE", "mod": "END", "value": "2016"}
    assert dates["this morning"]["timex"]["value"] == "2017-03-21TMO"


@pytest.mark.parametrize(("published", "march", "claim_time"), [
    ("2013-05", "2013-03-03", "2013-03-03"),
    ("2013", "2013-03-03", "2013-03-03"),
    ("2013-05-20", "2013-03-03", "2013-03-03"),
])
def test_a_partial_publication_date_gives_its_year(rules_pipeline, published, march,
                                                   claim_time):
    """A publication date known to the month or year keeps its granularity on the document
    and lends its year to dates without one."""
    from claimex.api import extract
    from claimex.io.readers import InputDocument

    text = "Gunmen killed 12 people on March 3 in the town."
    [result] = list(extract([InputDocument("p", text, None, published=published)],
                            rules_pipeline))
    assert result.document.published == published
    [date] = [e for e in result.entities if e.label == "DATE"]
    assert (date.value, date.timex) == (march, {"type": "DATE", "mod": None})
    [claim] = [c for c in result.claims if c.type == "casualty"]
    assert claim.time["value"] == claim_time
