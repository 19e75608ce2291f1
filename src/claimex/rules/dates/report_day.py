"""A date right after a past reporting verb is the day of the report: it lies in the past.

News writes the day something was said right after the verb: "The mayor said Tuesday the
library will reopen next month". The day modifies "said", so it is the last Tuesday, however
the clause that was said points (the parser often hangs the day on that clause's verb,
"reopen", whose "will" would send it ahead). TimeML resolves a date by the event it
anchors, here the saying. The verbs are the past forms of
``resources/words/past_reporting_verbs.txt``; "on" may stand between ("announced on
Monday"). A possessive after the day names another event ("said Tuesday's vote will be
close" is a vote ahead), and a modal or "is" after it makes the day the subject of what was
said ("said Friday would be the last day"); both are left to the clause.

>>> text = "The mayor said Tuesday the library will reopen next month."
>>> report_day(text, text.index("Tuesday"), text.index("Tuesday") + 7)
True
>>> text = "The mayor said Tuesday's vote will be close."
>>> report_day(text, text.index("Tuesday"), text.index("Tuesday") + 7)
False
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.guard import never_raises

_VERBS = "|".join(sorted(lexicon.words("past_reporting_verbs"), key=len, reverse=True))
_VERB_BEFORE_RE = re.compile(rf"(?<![\w'-])(?:{_VERBS})\s+(?:on\s+)?\Z", re.IGNORECASE)
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s?(?!\w)")
# a modal or a present "be" right after the day makes it the subject of what was said
# ("said Friday would be the last day"), not the day of the saying
_SUBJECT_AFTER_RE = re.compile(r"\s+(?:would|will|is|are|could|should|might|may|must|can)\b",
                               re.IGNORECASE)


@never_raises(fallback=lambda *args, **kwargs: False)
def report_day(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``..``end`` of ``text`` dates a past report (module
    docstring): a past reporting verb right before it, and no possessive, modal or present
    "be" after it."""
    if _POSSESSIVE_AFTER_RE.match(text, end) or _SUBJECT_AFTER_RE.match(text, end):
        return False
    return _VERB_BEFORE_RE.search(text, max(0, start - 30), start) is not None
