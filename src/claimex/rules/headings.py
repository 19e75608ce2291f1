"""Headings, stamps and caption labels: words that title what follows them and say nobody.

A line that stands alone as a title, or a label that opens a line or a sentence and ends in
a colon ("Earlier Reports:", "UPDATE (4:14 p.m.):", "Eye Witness Account :", "Photo:"), tells
the reader what kind of text comes next, not who says it. The parser often hangs such a label
on the next verb as its subject ("Earlier Reports: Police confirmed that 13 people ..." gives
"confirmed" two subjects), and the attribution component would take it for the speaker.
:func:`heading_label` tests the shape; whether the words name a person or an organisation (a
"Senator: 12 bridges need repair" line is that senator's) is the caller's test
(:mod:`claimex.pipeline.attribution.headings`).

>>> text = "Earlier Reports: Police confirmed that 13 people were killed."
>>> heading_label(text, 0, 15), heading_label(text, 17, 23)
(True, False)
"""

from __future__ import annotations

import re

from claimex.rules.guard import never_raises

__all__ = ["heading_label"]

# a colon after the label, a bracketed stamp at most between them ("UPDATE (4:14 p.m.):")
_COLON_AFTER_RE = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?:(?!\d)")
# what may stand before a label on its line: bullets, list marks, quote marks of a thread
_LINE_LEAD = " \t•*–—->#|"
_SENTENCE_ENDS = (".", "!", "?", ".)", "!)", "?)", ".”", ".\"")


@never_raises(fallback=lambda *args, **kwargs: False)
def heading_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a heading, stamp or caption label by its place: it
    opens a line or a sentence and a colon ends it (inside the span or right after it,
    a bracketed stamp allowed between), or it is a whole line with no closing stop.

    >>> heading_label("Most say two. UPDATE (4:14 p.m.): Five were killed.", 14, 20)
    True
    >>> heading_label("Eye Witness Account :\\n\\nTwo men died.", 0, 21)
    True
    >>> heading_label("Later Reports\\nPolice said two men died.", 0, 13)
    True
    >>> heading_label("The army said: five soldiers died.", 0, 8)   # a colon after "said"
    False
    >>> heading_label("Asked about it, officials: no comment.", 16, 25)  # mid-sentence
    False
    """
    words = text[start:end].rstrip()
    if not words.strip():
        return False
    if not words.endswith(":") and _COLON_AFTER_RE.match(text, end) is None:
        return _title_line(text, start, end)
    return _opens(text, start)


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` opens a line (after bullets or list marks) or a sentence."""
    before = text[:start].rstrip(_LINE_LEAD)
    return not before or before.endswith("\n") or before.endswith(_SENTENCE_ENDS)


def _title_line(text: str, start: int, end: int) -> bool:
    """A whole line, stops and all, with no closing stop: a title standing alone."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end >= len(text) or end < line_end:
        return False  # the span runs on, or nothing follows the line
    line = text[line_start:line_end].strip(_LINE_LEAD)
    return bool(line) and text[line_start:start].strip(_LINE_LEAD) == "" and \
        not line.endswith((".", "!", "?", ",", ";", "\"", "”"))
