"""The publication date from a document's dateline: :func:`find_publication_date` and,
when the dateline has no year, :func:`find_dateline_day`.
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex.rules.dates.calendar import _valid
from claimex.rules.dates.find import find_dates
from claimex.rules.dates.model import DateMention
from claimex.rules.guard import never_raises


def _yearless_datelines(head: str, mentions: list[DateMention]) -> list[DateMention]:
    """Month-days of the head shaped as a dateline: "(Sept. 1)", "June 14 –", or a
    headline led by its date: "Jun. 9: Joint Operations Across the North"."""
    out = []
    for mt in mentions:
        if mt.kind != "partial" or len(mt.value) != 10:
            continue
        before = head[max(0, mt.start - 2):mt.start]
        if "(" in before or _DATELINE_AFTER_RE.match(head, mt.end) or _dated_headline(head, mt):
            out.append(mt)
    return out


def _dated_headline(head: str, mention: DateMention) -> bool:
    """Whether a month-day leads a line and a colon follows it: the date of a release's
    headline, "Jun. 9: Joint Operations Across the North"."""
    line_start = max(head.rfind(sep, 0, mention.start) for sep in _LINE_BREAKS) + 1
    return not head[line_start:mention.start].strip() and \
        head.startswith(":", mention.end)


@never_raises(fallback=lambda *_, **__: None)
def find_dateline_day(text: str, max_chars: int = 400) -> tuple[str, int, int] | None:
    """A dateline whose year the document does not give, as ``("XXXX-MM-DD", start, end)``:
    "KABUL, Afghanistan (June 14) —". Used only where :func:`find_publication_date` finds
    nothing, so that relative dates still get their month and day. None otherwise."""
    if not isinstance(text, str) or not text:
        return None
    head = text[: max(0, int(max_chars))]
    for mt in _yearless_datelines(head, find_dates(head)):
        return mt.value, mt.start, mt.end
    return None


def _year_from_body(text: str, after: int, m: int, d: int) -> _dt.date | None:
    """The dateline (month ``m``, day ``d``) in the year a full date of the body gives: the
    dateline must fall 0 to 60 days after that date; None when no full date says so."""
    for mt in find_dates(text[after:after + 5000]):
        if mt.kind != "absolute" or len(mt.value) != 10 or "X" in mt.value:
            continue
        body = _dt.date.fromisoformat(mt.value)
        for y in (body.year, body.year + 1):
            if _valid(y, m, d) and 0 <= (_dt.date(y, m, d) - body).days <= 60:
                return _dt.date(y, m, d)
    return None


_REFNUM_RE = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-[A-Z]{1,3}-\d+")
_LINE_BREAKS = ("\n", "\u2028")
# What follows a dateline's date: a bracket, a dash, a clock time ("at 0914", never
# "On February 3, at least 12 ..."), the end of the line.
_DATELINE_AFTER_RE = re.compile(r"\s*(?:\)|[-–—]|,?\s*at\s+\d|\n|\u2028)")


@never_raises(fallback=lambda *_, **__: None)
def find_publication_date(
    text: str, max_chars: int = 400
) -> tuple[_dt.date, int, int] | None:
    """The dateline date near the top of a document, with the span of the date text.

    The first full date (day, month and year) in the first ``max_chars`` characters wins:
    "KABUL, Afghanistan (Jan. 25, 2013)", "Fri 07 Apr 2017 at 0914", "September 16, 2020 —".
    A month-day without a year ("(Sept. 1)") is a publication date only when the document
    carries evidence of its year: a release number with a year and month ("2010-09-CA-005",
    at the top or anywhere in the text; the year is then the one that puts the dateline
    closest to that month), else a full date elsewhere in the text at most 60 days before
    the dateline read in some year (a release reports what happened on or before its date).
    Otherwise None: a year is never guessed.
    """
    if not isinstance(text, str) or not text:
        return None
    head = text[: max(0, int(max_chars))]
    mentions = find_dates(head)
    for mt in mentions:
        if mt.kind == "absolute" and len(mt.value) == 10 and "X" not in mt.value:
            return _dt.date.fromisoformat(mt.value), mt.start, mt.end
    ref = _REFNUM_RE.search(head) or _REFNUM_RE.search(text)
    for mt in _yearless_datelines(head, mentions):
        m, d = int(mt.value[5:7]), int(mt.value[8:10])
        if ref is None:
            day = _year_from_body(text, mt.end, m, d)
            if day is not None:
                return day, mt.start, mt.end
            continue
        ry, rm = int(ref.group(1)), int(ref.group(2))
        best = None
        for y in (ry - 1, ry, ry + 1):
            if not _valid(y, m, d):
                continue
            dist = abs((y * 12 + m) - (ry * 12 + rm))
            if best is None or dist < best[0]:
                best = (dist, y)
        if best is not None and best[0] <= 1:
            return _dt.date(best[1], m, d), mt.start, mt.end
    return None
