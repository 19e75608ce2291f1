"""``claimex_dates``: every date in a text, normalised against the document's publication date.

Dates come from :func:`claimex.rules.dates.find_dates`. The reference date is the
document's publication date, which the caller puts in ``doc._.claimex_published`` (an ISO
``YYYY-MM-DD`` string, from the input or the dateline) before the doc enters the pipeline;
without one, month-days keep an unknown year ("XXXX-04-02") and relative dates stay
unresolved: a year is never invented. Results go to ``doc.spans[spans_key]`` (label DATE)
and, in the same order, to ``doc._.claimex_dates`` as plain dicts.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimex.pipeline.extensions import register_extensions
from claimex.rules.dates import find_dates


class DateFinder:
    """Finds and resolves dates; see the module docstring."""

    def __init__(self, name: str, spans_key: str, dayfirst: bool):
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.dayfirst = dayfirst

    def __call__(self, doc: Doc) -> Doc:
        reference = _date(doc._.claimex_published)
        spans, dates = [], []
        for mention in find_dates(doc.text, reference, dayfirst=self.dayfirst):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            spans.append(Span(doc, span.start, span.end, label="DATE"))
            dates.append({"start": mention.start, "end": mention.end, "text": mention.text,
                          "value": mention.value, "kind": mention.kind,
                          "resolved": mention.resolved})
        doc.spans[self.spans_key] = spans
        doc._.claimex_dates = dates
        return doc


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
