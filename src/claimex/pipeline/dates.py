"""``claimex_dates``: every date in a text, normalised against the document's publication date.

Dates come from :func:`claimex.rules.dates.find_dates`. The reference date is the
document's publication date, which the caller puts in ``doc._.claimex_published`` (an ISO
``YYYY-MM-DD`` string, from the input or the dateline) before the doc enters the pipeline;
without one, month-days keep an unknown year ("XXXX-04-02") and relative dates stay
unresolved: a year is never invented. A dateline without a year ("(June 14)") is passed as
"XXXX-06-14": relative dates then get a month and day but no year ("XXXX-06-13").
Results go to ``doc.spans[spans_key]`` (label DATE) and, in the same order, to
``doc._.claimex_dates`` as plain dicts.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimex.pipeline.extensions import doc_text, register_extensions
from claimex.rules.dates import find_dates, find_dates_in_unknown_year


class DateFinder:
    """Finds and resolves dates; see the module docstring."""

    def __init__(self, name: str, spans_key: str, dayfirst: bool):
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.dayfirst = dayfirst

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.claimex_published
        if published and published.startswith("XXXX-"):
            mentions = find_dates_in_unknown_year(doc_text(doc), published, dayfirst=self.dayfirst)
        else:
            mentions = find_dates(doc_text(doc), _date(published), dayfirst=self.dayfirst)
        spans, dates = [], []
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            timex = {"type": mention.timex_type, "mod": mention.timex_mod,
                     "value": mention.timex_value}
            span = Span(doc, span.start, span.end, label="DATE")
            span._.claimex_timex = timex
            spans.append(span)
            dates.append({"start": mention.start, "end": mention.end, "text": mention.text,
                          "value": mention.value, "kind": mention.kind,
                          "resolved": mention.resolved, "timex": timex})
        doc.spans[self.spans_key] = spans
        doc._.claimex_dates = dates
        return doc


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
)
def make_dates(nlp: Language, name: str, spans_key: str, dayfirst: bool) -> DateFinder:
    """The ``claimex_dates`` factory (``spacy_factories`` entry point). ``dayfirst`` reads
    "03/04/2017" as 3 April (set false for US sources)."""
    return DateFinder(name, spans_key, dayfirst)
