"""Open intervals: a point date after "since", "after", "before", "until" becomes
"X/.." or "../X" (see the package docstring, "Open intervals").
"""

from __future__ import annotations

import re

from claimex.rules.dates.calendar import _shift_period
from claimex.rules.dates.model import DateMention

# words before a date that open an interval: "since August" is 2016-08/.., "before 2010"
# is ../2009; "days before", "shortly after" and the like are not dates of their own
_OPEN_RE = re.compile(
    r"(?:(?P<from>since|starting(?:\s+(?:on|in|from))?|beginning(?:\s+(?:on|in))?|"
    r"as\s+early\s+as|effective|from\s+(?=\S+\s+(?:on(?:wards?)?|forward)\b))|"
    r"(?P<after>after|later\s+than)|(?P<before>before|earlier\s+than|prior\s+to)|"
    r"(?P<until>until|till|up\s+to|up\s+until|no\s+later\s+than|as\s+late\s+as|through|"
    r"(?P<by>by)))"
    r"\s+(?:(?:around|about|circa|this)\s+)?\Z",
    re.IGNORECASE,
)
_OPEN_NOT_RE = re.compile(
    r"\b(?:days?|weeks?|months?|years?|hours?|minutes?|shortly|just|soon|long|right|"
    r"immediately|moments?|the\s+day|the\s+night|the\s+week)\s+\Z",
    re.IGNORECASE,
)


def _open_intervals(text: str, found: list[DateMention]) -> list[DateMention]:
    """A point date after "since", "after", "before", "until" ... as an open interval.

    since X: "X/.." (from X's first day on); after X: the period after X on ("after 2016"
    is "2017/.."); before X: up to the period before X ("before 2010" is "../2009"); until
    X: "../X" (X included). The cue joins the span. Interval values (a quarter, "2014/2016")
    use their first or last part; "after"/"before" need a resolved value, and a value with
    an unknown part stays a point for them.
    """
    out = []
    prev_end = 0
    for mention in found:
        cue = None
        if mention.kind != "range" or ("/" in mention.value and ".." not in mention.value):
            cue = _OPEN_RE.search(text, max(prev_end, mention.start - 30), mention.start)
        if cue is not None and _OPEN_NOT_RE.search(text, max(0, cue.start() - 20),
                                                   cue.start()):
            cue = None
        if cue is not None and cue.group("by") and not re.match(
                r"(?:the\s+)?end\b", mention.text, re.IGNORECASE):
            cue = None  # "by 2015" is a deadline or a point; "by the end of 2015" is open
        if cue is not None and mention.kind == "range" and not cue.group("from") \
                and not cue.group("until"):
            cue = None
        value = None
        if cue is not None:
            first, _, last = mention.value.partition("/")
            last = last or first
            if cue.group("from"):
                value = f"{first}/.."
            elif cue.group("until"):
                value = f"../{last}"
            elif cue.group("after") and re.match(r"(?:the\s+)?(?:beginning|start|early)",
                                                  mention.text, re.IGNORECASE):
                value = f"{first}/.."  # "after the beginning of March": from its start
            elif cue.group("after"):
                shifted = _shift_period(last, 1)
                value = None if shifted is None else f"{shifted}/.."
            elif re.match(r"(?:the\s+)?(?:end|late)", mention.text, re.IGNORECASE):
                value = f"../{last}"  # "before the end of the year": by its end
            else:
                shifted = _shift_period(first, -1)
                value = None if shifted is None else f"../{shifted}"
            if cue.group("until") and cue.group().lower().startswith("through") \
                    and mention.kind == "range":
                value = None
        if value is None or cue is None:
            out.append(mention)
        else:
            start = cue.start()
            out.append(DateMention(start, mention.end, text[start:mention.end], value, "range",
                                   mention.resolved, mention.timex_value, mention.timex_type,
                                   mention.timex_mod))
        prev_end = mention.end
    return out
