"""``claimex_dates``: every date in a text, normalised against the document's publication date.

Dates come from :func:`claimex.rules.dates.find_dates`. The reference date is the
document's publication date, which the caller puts in ``doc._.claimex_published`` (an ISO
``YYYY-MM-DD`` string, from the input or the dateline) before the doc enters the pipeline;
without one, month-days keep an unknown year ("XXXX-04-02") and relative dates stay
unresolved: a year is never invented. A dateline without a year ("(June 14)") is passed as
"XXXX-06-14": relative dates then get a month and day but no year ("XXXX-06-13").
Results go to ``doc.spans[spans_key]`` (label DATE) and, in the same order, to
``doc._.claimex_dates`` as plain dicts, each with its TIMEX3 ``timex`` ({"type", "mod",
"value"}, also on ``Span._.claimex_timex``). Durations, sets, "now"/"recently"/"the
future", clock times and year-less quarters (:mod:`claimex.rules.dates.extra`) go to
``doc.spans[spans_key + "_timexes"]`` and ``doc._.claimex_timexes``, apart, because a
claim must not take them as its time.

A year-less month-day or weekday points the way its clause's tense says
(:mod:`claimex.rules.dates.tense`): with a parse, the governing verb
(:func:`clause_tense`); without one, the words around it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimex.pipeline.extensions import doc_text, register_extensions
from claimex.rules.dates import find_dates, find_dates_in_unknown_year
from claimex.rules.dates.attributive_overnight import without_attributive_overnight
from claimex.rules.dates.clock import clock_days, clock_times_on_narrative_day
from claimex.rules.dates.clock_ranges import clock_range_gaps
from claimex.rules.dates.day_parts import day_parts
from claimex.rules.dates.extra import find_timexes
from claimex.rules.dates.future_periods import future_periods
from claimex.rules.dates.period_ends import period_ends
from claimex.rules.dates.quarters import reporting_periods, year_quarters
from claimex.rules.dates.ranges import range_ends
from claimex.rules.dates.recurrences import recurring_sets
from claimex.rules.dates.seasons import season_years
from claimex.rules.dates.tense import text_tense
from claimex.rules.dates.weekly_hours import weekly_schedule_clocks


class DateFinder:
    """Finds and resolves dates; see the module docstring."""

    def __init__(self, name: str, spans_key: str, dayfirst: bool):
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.dayfirst = dayfirst

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.claimex_published
        text = doc_text(doc)
        tense = parse_tense(doc, text) if doc.has_annotation("DEP") else None
        if published and published.startswith("XXXX-"):
            mentions = find_dates_in_unknown_year(text, published, dayfirst=self.dayfirst,
                                                  tense=tense)
        else:
            mentions = find_dates(text, _date(published), dayfirst=self.dayfirst, tense=tense)
        mentions = without_attributive_overnight(text, mentions)
        timexes = find_timexes(clock_range_gaps(text), _date(published), mentions)
        timexes = future_periods(text, timexes, mentions)
        mentions, timexes = recurring_sets(text, mentions, timexes)
        mentions, timexes = year_quarters(text, mentions, timexes)
        mentions, timexes = season_years(text, mentions, timexes)
        mentions, timexes = reporting_periods(text, mentions, timexes, _date(published))
        mentions, timexes = clock_days(text, mentions, timexes)
        timexes = clock_times_on_narrative_day(text, mentions, timexes)
        timexes = weekly_schedule_clocks(text, timexes, mentions)
        timexes = day_parts(text, mentions, timexes, _date(published))
        timexes = period_ends(text, mentions, timexes, _date(published))
        mentions, ends = range_ends(text, mentions)
        if ends:
            timexes = sorted([*timexes, *ends], key=lambda m: (m.start, m.end))
        doc.spans[self.spans_key], dates = _spans_and_dicts(doc, mentions)
        doc._.claimex_dates = dates
        doc.spans[self.spans_key + "_timexes"], extra = _spans_and_dicts(doc, timexes)
        doc._.claimex_timexes = extra
        if published and len(published) in (4, 7):
            for found in (*dates, *extra):
                _take_year(found, published[:4])
        return doc


def _spans_and_dicts(doc: Doc, mentions: list) -> tuple[list[Span], list[dict]]:
    """DATE spans over the mentions (each with ``Span._.claimex_timex``) and the plain dicts
    of ``doc._.claimex_dates``; a mention no tokens align with is left out."""
    spans, dicts = [], []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        timex = {"type": mention.timex_type, "mod": mention.timex_mod,
                 "value": mention.timex_value}
        span = Span(doc, span.start, span.end, label="DATE")
        span._.claimex_timex = timex
        spans.append(span)
        dicts.append({"start": mention.start, "end": mention.end, "text": mention.text,
                      "value": mention.value, "kind": mention.kind,
                      "resolved": mention.resolved, "timex": timex})
    return spans, dicts


def _take_year(date: dict, year: str) -> None:
    """A date without its year takes the year of a publication date known only to the
    year or month ("2013-05"): "March 3" is "2013-03-03", not "XXXX-03-03".

    >>> d = {"value": "XXXX-03-03", "timex": {"type": "DATE", "mod": None, "value": "XXXX-03-03"}}
    >>> _take_year(d, "2013"); d["value"], d["timex"]["value"]
    ('2013-03-03', '2013-03-03')
    """
    if date["value"] and date["value"].startswith("XXXX"):
        date["value"] = date["value"].replace("XXXX", year)
    timex = date.get("timex")
    if timex and timex.get("value") and timex["value"].startswith("XXXX"):
        timex["value"] = timex["value"].replace("XXXX", year)


_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ll"})
# a verb of these lemmas makes the clause under it a plan: "is due to", "is scheduled
# for", "plans to", "is expected to", "is set to", "is going to"
_PLAN_LEMMAS = frozenset({"due", "schedule", "plan", "expect", "set", "intend", "go"})
# words between a date and its verb that make it a plan: "a split payable Dec. 7"
_PLAN_WORDS = frozenset({"payable", "effective", "due", "expiring", "scheduled"})
_PERFECT_AUX = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def clause_tense(token: Token) -> str | bool | None:
    """Which way the clause that governs ``token`` points: "future" (a future auxiliary,
    or a plan: "is due to", "is scheduled for"), "past" (a past tense or a perfect), None
    (a present: the nearest date), or False when no verb governs it (a fragment).

    With the parse of "The ministers will meet on April 7", the token "April" is governed
    by "meet", whose auxiliary "will" makes it "future". The precedence, first match wins:
    a plan word between the date and its verb; a future auxiliary or a plan verb on the
    verb or the verbs its infinitive hangs from; the verb's own past tense or perfect; a
    participle with no tense of its own (:func:`_tenseless_participle`) takes the tense of
    the verb it hangs from ("has moved sharply, climbing in March" is past, the verb
    "moved"); otherwise None, the nearest date.
    """
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        if verb.lower_ in _PLAN_WORDS:
            return "future"  # "payable Dec. 7", "effective June 1"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for _ in range(_MAX_PARTICIPLE_CLIMB):
        found = _verb_tense(verb)
        if found is not None or not _tenseless_participle(verb):
            return found
        verb = verb.head
    return _verb_tense(verb)


# how many participles up a date may look for the tense of the finite verb above them
_MAX_PARTICIPLE_CLIMB = 3
# a participle hanging from a verb this way takes that verb's tense
_PARTICIPLE_DEPS = frozenset({"advcl", "conj", "xcomp"})


def _tenseless_participle(verb: Token) -> bool:
    """A present participle, or a past one with no auxiliary, hanging from another verb as
    an adverbial clause, a conjunct or a complement ("rising to a peak in June", "..., and
    closing in March"): it has no tense of its own, its clause takes its head's.

    With the parse of "Shares have moved, climbing in March", "climbing" (VBG, advcl of
    "moved") is one.
    """
    if verb.dep_ not in _PARTICIPLE_DEPS or verb.head.i == verb.i \
            or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBG", "VBN") and not auxes


def _verb_tense(verb: Token) -> str | None:
    """:func:`clause_tense` of the clause of ``verb`` itself: "future", "past" or None."""
    chain, head = [verb], verb
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
        chain.append(head)
    for v in chain:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _FUTURE_AUX for a in auxes) or v.lower_ in _FUTURE_AUX:
            return "future"
        if v.lemma_.lower() in _PLAN_LEMMAS and (v.i != verb.i or v.tag_ in ("VBN", "JJ")) \
                and not any(a.tag_ == "VBD" for a in auxes) and v.tag_ != "VBD":
            return "future"
        if v.tag_ == "VB" and any(a.lower_ == "to" for a in auxes) and \
                v.head.lemma_ == "be" and v.dep_ == "xcomp":
            return "future"  # "is to resume trading Tuesday"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(a.lower_ in _PERFECT_AUX for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxes:
        return "past"  # a reduced relative: "the injunction issued Thursday"
    return None


def parse_tense(doc: Doc, text: str) -> Callable[[int, int], str | None]:
    """The direction of the date at (start, end) of ``doc`` from its governing verb
    (:func:`clause_tense`); from the words around it where no verb governs it."""
    def tense(start: int, end: int) -> str | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        found = clause_tense(span.root) if span is not None and len(span) else False
        return text_tense(text, start, end) if found is False else found
    return tense


# TODO(lead, api.py `_finish`): build the DATE entity records with
#     EntityRecord(..., label="DATE", canonical=None, kb_id=None, **date_entity_fields(d),
#                  origin="rule")
#     for d in [*(doc._.claimex_dates or []), *(doc._.claimex_timexes or [])]
# so that entities carry the TIMEX3 value and `timex` (DESIGN.md); keep claim times on
# `doc._.claimex_dates` and its dicts' own "value" (the interval bounds), as now.
def date_entity_fields(date: dict) -> dict:
    """The ``value`` and ``timex`` of the DATE entity record for one of the dicts in
    ``doc._.claimex_dates``: the TIMEX3 value at the expression's granularity and
    ``{"type", "mod"}`` (DESIGN.md). The dict's own ``value`` keeps the interval bounds
    that claim times use ("late 2016": "2016-07/2016-12"; the entity says "2016", END).

    >>> date_entity_fields({"value": "2016-07/2016-12",
    ...                     "timex": {"type": "DATE", "mod": "END", "value": "2016"}})
    {'value': '2016', 'timex': {'type': 'DATE', 'mod': 'END'}}
    """
    timex = date.get("timex") or {}
    return {"value": timex.get("value") or date["value"],
            "timex": {"type": timex.get("type", "DATE"), "mod": timex.get("mod")}}


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@Language.factory(
    "claimex_dates", default_config={"spans_key": "claimex_dates", "dayfirst": True},
    assigns=["doc.spans", "doc._.claimex_dates"],
)
def make_dates(nlp: Language, name: str, spans_key: str, dayfirst: bool) -> DateFinder:
    """The ``claimex_dates`` factory (``spacy_factories`` entry point). ``dayfirst`` reads
    "03/04/2017" as 3 April (set false for US sources)."""
    return DateFinder(name, spans_key, dayfirst)
