"""Pure scoring of claims against gold data: no pipeline, no files, just dicts.

Every scorer takes :class:`~claimex.evaluate.cases.Case` tuples (a document's key, its gold
dict, its claims and its text) and returns a :class:`~claimex.evaluate.cases.Score`: table
rows (plain dicts, one per field and subset), the misses per field, and notes. Claims are
read only as ``claimex.claim/1`` dicts (:func:`~claimex.evaluate.cases.claim_dict`), so an
``OUTDIR/claims.jsonl`` written by ``claimex extract`` scores exactly like claims produced in
memory. The rules follow ``../shared/corpora/README.md`` (what the held-out measurement does).

The rules live one module per gold set (:mod:`~claimex.evaluate.isaf`,
:mod:`~claimex.evaluate.idetect`, :mod:`~claimex.evaluate.recognizers`,
:mod:`~claimex.evaluate.recognizer_dates`, :mod:`~claimex.evaluate.quantulum3`,
:mod:`~claimex.evaluate.news`), over the shared comparisons of
:mod:`~claimex.evaluate.compare`; this module names them all in one place
(:data:`SCORERS`) and keeps the import path the tests and notebooks use.
"""

from __future__ import annotations

from claimex.evaluate.cases import (
    COUNTED_MODALITIES,
    Case,
    Score,
    claim_dict,
    claim_dicts,
)
from claimex.evaluate.compare import (
    EXCERPT_CHARS,
    REL_TOL,
    bounds,
    excerpt,
    f1,
    locate_surfaces,
    overlaps,
    plain,
    ratio,
    same_number,
    span,
)
from claimex.evaluate.idetect import (
    displacement_hit,
    score_idetect,
)
from claimex.evaluate.isaf import (
    ISAF_FIELDS,
    article_toll,
    first_casualty,
    isaf_count,
    isaf_event_date,
    isaf_from_tolls,
    isaf_predict,
    score_isaf,
)
from claimex.evaluate.news import (
    NOT_FIGURE_RULES,
    is_figure_claim,
    match_news,
    news_value_ok,
    score_news,
)
from claimex.evaluate.quantulum3 import (
    quantulum_value_ok,
    score_quantulum3,
)
from claimex.evaluate.recognizer_dates import (
    DATE_RESULT_TYPES,
    date_interval,
    date_result_values,
    date_value_ok,
    period_bounds,
    score_recognizer_dates,
)
from claimex.evaluate.recognizers import (
    CURRENCY_UNITS,
    DIMENSION_UNITS,
    SUBUNITS,
    gold_span,
    parse_interval,
    parse_resolution_number,
    recognizer_value_ok,
    recognizer_value_readable,
    score_recognizers,
    unit_matches,
)

SCORERS = {"isaf": score_isaf, "idetect": score_idetect,
           "recognizers": score_recognizers,
           "recognizers-dates": score_recognizer_dates, "quantulum3": score_quantulum3,
           "news": score_news}

__all__ = [
    "COUNTED_MODALITIES",
    "CURRENCY_UNITS",
    "DATE_RESULT_TYPES",
    "DIMENSION_UNITS",
    "EXCERPT_CHARS",
    "ISAF_FIELDS",
    "NOT_FIGURE_RULES",
    "REL_TOL",
    "SCORERS",
    "SUBUNITS",
    "Case",
    "Score",
    "article_toll",
    "bounds",
    "claim_dict",
    "claim_dicts",
    "date_interval",
    "date_result_values",
    "date_value_ok",
    "displacement_hit",
    "excerpt",
    "f1",
    "first_casualty",
    "gold_span",
    "is_figure_claim",
    "isaf_count",
    "isaf_event_date",
    "isaf_from_tolls",
    "isaf_predict",
    "locate_surfaces",
    "match_news",
    "news_value_ok",
    "overlaps",
    "parse_interval",
    "parse_resolution_number",
    "period_bounds",
    "plain",
    "quantulum_value_ok",
    "ratio",
    "recognizer_value_ok",
    "recognizer_value_readable",
    "same_number",
    "score_idetect",
    "score_isaf",
    "score_news",
    "score_quantulum3",
    "score_recognizer_dates",
    "score_recognizers",
    "span",
    "unit_matches",
]
