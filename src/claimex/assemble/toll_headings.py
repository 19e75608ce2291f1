"""Headings inside a page in a document's toll (see :mod:`claimex.assemble.tolls`): a
subheading, a deck, a related-story link or a title printed again below the first line
restates the body's figures in a telegraphic line ("1 killed 1 hurt in Southfield
shooting" under "A woman was killed and her boyfriend was injured ..."); its figure of a
category the body states too is a restatement of the body's figure, never one to add to
it nor to beat it (frame: a heading restates the body, :func:`restated_headings`).

>>> is_heading_line("1 killed 1 hurt in Southfield shooting")
True
>>> is_heading_line("Her boyfriend is in critical condition, but is stable.")
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from claimex import lexicon

# The most words a heading line holds ("Chicago shootings: At least 6 shot, 2 fatally, in
# weekend gun violence across city, police say": 16).
HEADING_WORDS = 16
# What ends a sentence, once closing quotes and brackets are set aside.
_FINAL_PUNCTUATION = (".", "!", "?", "…", ":", ";", ",")
_CLOSERS = "\"'”’)]»"
# a sentence ending inside the line: the line is prose
_SENTENCE_INSIDE = re.compile(r"[.!?][\"'”’)]*\s+[A-Z“\"]")
_WORD = re.compile(r"\S+")
# past narration: a scraped paragraph cut before its full stop, not a heading
_PROSE_AUXILIARIES = lexicon.words("prose_auxiliaries")


def is_heading_line(line: str) -> bool:
    """Whether a line reads as a heading, not prose: two to :data:`HEADING_WORDS` words, no
    final punctuation, no sentence ending inside it, and no auxiliary of past narration
    (``resources/words/prose_auxiliaries.txt``: "was", "were", "had"): "1 dead, another
    injured in Maili pedestrian crash", "One dead, 6 rescued and 12 still missing"; not "Two
    people were injured." nor "Both victims were rushed to hospital for treatment" (a
    paragraph cut before its full stop)."""
    text = line.strip()
    words = _WORD.findall(text)
    if not 2 <= len(words) <= HEADING_WORDS:
        return False
    if text.rstrip(_CLOSERS).endswith(_FINAL_PUNCTUATION) or _SENTENCE_INSIDE.search(text):
        return False
    return not any(word.lower().strip(_CLOSERS + "“‘(") in _PROSE_AUXILIARIES
                   for word in words)


def line_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line (between line breaks) that holds ``text[start:end]``.

    >>> line_at("Title\\n1 killed 1 hurt\\nBody.", 6, 7)
    (6, 21)
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def title_end(text: str) -> int:
    """Where the page's title ends: its first line of two words or more (a one-word line
    above it, "News" or "Menu", is the site's furniture); 0 in a text without one.

    >>> title_end("News\\n\\nOne terrorist killed in Balochistan\\nA terrorist was killed.")
    42
    """
    at = 0
    for line in text.splitlines(keepends=True):
        at += len(line)
        if len(_WORD.findall(line)) >= 2:
            return at
    return 0


def on_heading_line(text: str, start: int, end: int, title: int | None = None) -> bool:
    """Whether a figure (``text[start:end]``) stands on a heading line
    (:func:`is_heading_line`) below the page's title (:func:`title_end`, or ``title``
    where known): a subheading, a deck, a link to a related story. The title itself is
    where a page opens, no heading inside it.

    >>> page = "Woman killed at hotel\\nA woman was killed.\\n1 killed 1 hurt in shooting\\n"
    >>> on_heading_line(page, 42, 43), on_heading_line(page, 22, 23)
    (True, False)
    >>> on_heading_line(page, 0, 5)  # the title
    False
    """
    line_start, line_end = line_at(text, start, end)
    if line_start < (title_end(text) if title is None else title):
        return False
    return is_heading_line(text[line_start:line_end])


def mark_heading_lines(text: str, rows: Sequence[dict[str, Any]]) -> None:
    """Mark ``heading`` the claim rows (:func:`claimex.assemble.tallies.tally_rows`) whose
    figure stands on a heading line inside the page (:func:`on_heading_line`)."""
    title = title_end(text)
    for row in rows:
        row["heading"] = on_heading_line(text, row["start"], row["end"], title)


def restated_headings(claims: Sequence[dict[str, Any]], counted: Sequence[int]) -> list[int]:
    """The figures of one category that stand in a toll (indexes into ``claims``, among
    ``counted``) once the headings inside the page are set aside where the body states a
    figure of the category too (frame: a heading restates the body): "A woman was killed
    and her boyfriend was injured ... 1 killed 1 hurt in Southfield shooting" is one hurt,
    not two; "leaving two confirmed dead and another 10 missing ... One dead, 6 rescued and
    12 still missing" (a link to another story's video) is 10 missing, not 12. Where only
    headings state the category, they stand.

    >>> rows = [{"heading": False}, {"heading": True}, {"heading": True}]
    >>> restated_headings(rows, [0, 1]), restated_headings(rows, [1, 2])
    ([0], [1, 2])
    """
    body = [i for i in counted if not claims[i].get("heading")]
    return body if body else list(counted)
