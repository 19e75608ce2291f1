"""A page's furniture, whose words are never victims: datelines ("ISLAMABAD —",
"Abidjan\\n–", "KABUL, Afghanistan (AP) —"), tag lists ("Insurgency, law enforcement,
soldiers killed in action, soldiers killed in battle, ..."), and the words of Title Case
headlines read one by one ("New Surge Of Raids Hits Hama" has no victim "Surge").

Figures without a number of their own (implicit counts, :mod:`.implicit`) are the ones
furniture misleads: a name or a bare plural found there is no claim
(:func:`drop_furniture`).

>>> dateline_span("ISLAMABAD — A top commander was killed.")
(0, 12)
>>> in_related_list('Text.\\nRelated news\\n- "Five killed in Kabul" - AP', 30)
True
>>> is_tag_list("Evacuation, Extremism, Insurgency, Military operations, rebellion, "
...             "soldiers killed in action, soldiers wounded in action")
True
"""

from __future__ import annotations

import functools
import re
from typing import Any

from spacy.tokens import Doc, Span

from claimex.rules.casualties import is_person_noun

# A dateline: a place in capitals or a capitalised name or two, a country or state, an
# agency in brackets, a date, then a dash, at the start of the text or of a line.
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Z][A-Za-z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})"
    r"(?:\s*\([^)\n]{1,40}\))?\s*[–—-]{1,2}[ \t]")
_DATELINE_CHARS = 60
_TAG_ITEMS = 6
_TAG_WORDS = 4
# A word of four letters or more, which a Title Case test reads ("Gunmen Kidnap Seven");
# also read by linking/windows.py.
LONG_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_HEADLINE_CHARS = 120


@functools.lru_cache(maxsize=8)
def dateline_span(text: str) -> tuple[int, int] | None:
    """The characters of a text's dateline (to its dash), None without one. Only a
    dateline in the first 400 characters counts (a story has one, at its start)."""
    for match in _DATELINE.finditer(text, 0, 400):
        if len(match.group().strip()) <= _DATELINE_CHARS:
            return match.start(), match.end()
    return None


def is_tag_list(line: str) -> bool:
    """Whether a line is a list of tags or keywords: six or more short items between
    commas and no sentence."""
    items = [item.strip() for item in line.split(",")]
    return len(items) >= _TAG_ITEMS and all(
        0 < len(item.split()) <= _TAG_WORDS for item in items[1:-1])


def is_title_case_line(line: str) -> bool:
    """Whether a line is a short Title Case headline (at least three words of four letters
    or more, all capitalised)."""
    words = LONG_WORD_RE.findall(line)
    return len(line) <= _HEADLINE_CHARS and len(words) >= 3 and all(
        w[0].isupper() for w in words)


_RELATED = re.compile(
    r"^[ \t]*(?:related(?: news| stories| articles| coverage)?|read more|more stories|"
    r"see also|also read|sources|more on this story|you may also like|recommended)"
    r"[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_RELATED_LINES = 12
_RELATED_LINE_CHARS = 240


@functools.lru_cache(maxsize=8)
def _related_headings(text: str) -> tuple[int, ...]:
    """Where each "Related news"-type heading of a text ends."""
    return tuple(m.end() for m in _RELATED.finditer(text))


def in_related_list(text: str, start: int) -> bool:
    """Whether a character stands in a page's list of other stories: the short lines
    under a "Related news", "Read more" or "See also" heading ("Related news\n- \"Ministry
    of Defence names dead British soldier\" — Wikinews")."""
    ends = [end for end in _related_headings(text) if end <= start]
    if not ends:
        return False
    lines = text[ends[-1]:start].split("\n")
    return len(lines) <= _RELATED_LINES + 1 and all(
        len(line) <= _RELATED_LINE_CHARS for line in lines) and \
        len(_line(text, start)) <= _RELATED_LINE_CHARS


def _line(text: str, start: int) -> str:
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin:end if end >= 0 else len(text)]


def in_furniture(doc: Doc, span: Span, text: str) -> bool:
    """Whether a figure without a number (``span``, its words) stands in a page's
    furniture: a dateline, a tag list, or a Title Case headline where it is a capitalised
    word that names no person ("Surge", "Update")."""
    start = span.start_char
    dateline = dateline_span(text)
    if dateline is not None and dateline[0] <= start < dateline[1]:
        return True
    line = _line(text, start)
    if is_tag_list(line):
        return True
    return is_title_case_line(line) and len(span) == 1 and span[0].is_title and \
        not is_person_noun(span[0].lemma_.lower() or span[0].lower_) and \
        not is_person_noun(span[0].lower_)


def drop_furniture(doc: Doc, text: str, claims: list[tuple[Span, dict[str, Any]]]
                   ) -> list[tuple[Span, dict[str, Any]]]:
    """The claims less the implicit counts that stand in a page's furniture."""
    return [(span, claim) for span, claim in claims
            if not (claim["type"] == "casualty" and claim["rule"].startswith("implicit")
                    and in_furniture(doc, span, text))]
