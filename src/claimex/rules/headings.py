"""Heading labels: words of two or more that title what follows them and say nobody.

A label of two or more words that opens a line or a sentence and ends in a colon ("Older
Dispatches:", "Bystander Report :", "Desk Memo:", "UPDATE 2:") tells the reader what kind
of text comes next, not who says it. The parser often hangs such a label on the next verb as
its subject ("Older Dispatches: Harbour officials confirmed that 11 ..." gives "confirmed"
two subjects), and the attribution component would take it for the speaker. A single word before
a colon is left alone: it is a headline's or a transcript's speaker far more often than a
heading ("Senator:", "Study:", "Q:", "MODERATOR:"), and so is a line without a colon.
:func:`heading_label` tests the shape; whether the words name a person or an organisation
(a "Coast Guard Commander: six drowned" line is the commander's) is the caller's test
(:mod:`claimex.pipeline.attribution.headings`).

>>> text = "Older Dispatches: Harbour officials confirmed that 11 passengers drowned."
>>> heading_label(text, 0, 16), heading_label(text, 18, 35)
(True, False)
"""

from __future__ import annotations

import re

from claimex.rules.guard import never_raises

__all__ = ["heading_label"]

# a colon after the label, a bracketed stamp at most between them ("UPDATE 2 (4:14 p.m.):")
_COLON_AFTER_RE = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?:(?!\d)")
# what may stand before a label on its line: bullets, list marks, quote marks of a thread
_LINE_LEAD = " \t•*–—->#|"
_SENTENCE_ENDS = (".", "!", "?", ".)", "!)", "?)", ".”", ".\"")
_WORD_RE = re.compile(r"\w+(?:['’]\w+)?")


@never_raises(fallback=lambda *args, **kwargs: False)
def heading_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a heading label by its shape: two or more words that
    open a line or a sentence, and a colon that ends them (inside the span or right after
    it, a bracketed stamp allowed between).

    >>> heading_label("Most say two. UPDATE 2 (4:14 p.m.): Five were killed.", 14, 22)
    True
    >>> heading_label("Bystander Report :\\n\\nTwo men died.", 0, 18)
    True
    >>> heading_label("Senator: 12 bridges need repair", 0, 7)   # one word: a speaker
    False
    >>> heading_label("Later Reports\\nPolice said two men died.", 0, 13)  # no colon
    False
    >>> heading_label("The army said: five soldiers died.", 0, 8)   # a colon after "said"
    False
    >>> heading_label("Asked about it, the officials: no comment.", 16, 29)  # mid-sentence
    False
    """
    label = text[start:end].rstrip()
    if not label.endswith(":") and _COLON_AFTER_RE.match(text, end) is None:
        return False
    return len(_WORD_RE.findall(label)) >= 2 and _opens(text, start)


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` opens a line (after bullets or list marks) or a sentence."""
    before = text[:start].rstrip(_LINE_LEAD)
    return not before or before.endswith("\n") or before.endswith(_SENTENCE_ENDS)
