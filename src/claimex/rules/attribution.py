"""Who says so, and how sure: quotes, their speakers, hedges, questions and hypotheticals.

Pure functions over a ``str``; the ``claimex_attribution`` component applies them to the
claims of a doc and adds what the dependency parse knows (reported speech). None of them
raises, whatever the text: unbalanced or doubled quote marks are common in scraped
comments.

Quotes
    Opening marks “ „ « ‹ and a straight " at the start of a word; closing marks ” » ›
    and a straight " at the end of one. A quote left open at the end of a paragraph
    continues when the next paragraph opens with a quote mark (how multi-paragraph quotes
    are printed), and otherwise ends with its paragraph.

Speakers of a quote
    “…,” said X  /  “…,” X said  /  X said: “…”  /  “…” — X  /  the Outlet quoted X as
    saying “…” (speaker X, the outlet kept as ``via``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

OPENING = "“„«‹"
CLOSING = "”»›"
_STRAIGHT = '"'

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|stressed|stresses|revealed|confirmed|claimed|"
    "claims|admitted|denied|denies|announced|reported|stated|insisted|noted|wrote|writes|"
    "tweeted|explained|declared|warned|asserted|alleged|argued|acknowledged"
)
_NAME = (
    r"(?P<speaker>(?:the\s+|The\s+)?[A-Z][\w.'’\-]*"
    r"(?:\s+(?:[A-Z][\w.'’\-]*|of|the|for|al|bin|de|van|von|and)){0,8})"
)
_DESCRIBED_NAME = (
    r"(?P<speaker>(?:(?:the|a|an|[a-z][a-z\-]+)\s+){0,4}[A-Z][\w.'’\-]*"
    r"(?:\s+(?:[A-Z][\w.'’\-]*|of|the|for|al|bin|de|van|von|and)){0,8})"
)
_AFTER_SAID_X = re.compile(r"^\s*[,.!?]?\s*(?P<cue>" + SPEECH_VERBS + r")\s+" + _DESCRIBED_NAME)
_AFTER_QUOTED = re.compile(
    r"^\s*[,.!?]?\s*(?P<via>(?:the\s+|The\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})"
    r"\s+quoted\s+" + _NAME + r"\s+as\s+saying"
)
_AFTER_X_SAID = re.compile(r"^\s*[,.!?]?\s*" + _NAME + r"\s+(?P<cue>" + SPEECH_VERBS + r")\b")
_AFTER_DASH = re.compile(r"^\s*[—–]\s*" + _NAME)
_BEFORE_X_SAID = re.compile(_NAME + r"\s+(?P<cue>" + SPEECH_VERBS + r")\s*(?:,|:)?\s*$")
_BEFORE_QUOTED = re.compile(
    r"(?P<via>(?:the\s+|The\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})\s+quoted\s+"
    + _NAME + r"\s+as\s+saying\s*[,:]?\s*$"
)
_PRONOUN_RE = re.compile(r"^(?:he|she|they|it|we|i)$", re.I)


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker found in the text: name and offsets, the cue word, an outlet it came via."""

    text: str
    start: int
    end: int
    cue: str | None
    via: str | None = None


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages, quote marks included; see the module docstring."""
    try:
        return _find_quotes(text)
    except Exception:  # a pure rule must never break a pipeline
        return []


def _find_quotes(text: str) -> list[tuple[int, int]]:
    quotes: list[tuple[int, int]] = []
    start: int | None = None
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if start is None:
            if ch in OPENING or (ch == _STRAIGHT and _word_starts(text, i)):
                start = i
        elif ch in CLOSING or (ch == _STRAIGHT and _word_ends(text, i)):
            quotes.append((start, i + 1))
            start = None
        elif ch == "\n" and text.startswith("\n", i + 1):
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and (text[j] in OPENING or text[j] == _STRAIGHT):
                i = j
            else:
                quotes.append((start, i))
                start = None
        i += 1
    if start is not None:
        quotes.append((start, n))
    return quotes


def _word_starts(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _word_ends(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)—–-")


def quote_speaker(text: str, quote: tuple[int, int], window: int = 120) -> Speaker | None:
    """The speaker named right after or right before a quote, None when none is."""
    try:
        start, end = quote
        after = text[end:end + window].split("\n", 1)[0]
        match = _AFTER_QUOTED.match(after)
        if match:
            return _speaker(match, end, "quoted", via=match.group("via"))
        for pattern, cue in ((_AFTER_SAID_X, None), (_AFTER_X_SAID, None), (_AFTER_DASH, "—")):
            match = pattern.match(after)
            if match and not _PRONOUN_RE.match(match.group("speaker")):
                return _speaker(match, end, cue or match.group("cue"))
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - window):start]
        offset = start - len(before)
        match = _BEFORE_QUOTED.search(before)
        if match:
            return _speaker(match, offset, "quoted", via=match.group("via"))
        match = _BEFORE_X_SAID.search(before)
        if match and not _PRONOUN_RE.match(match.group("speaker")):
            return _speaker(match, offset, match.group("cue"))
    except Exception:
        return None
    return None


def _speaker(match: re.Match[str], offset: int, cue: str | None,
             via: str | None = None) -> Speaker:
    name = match.group("speaker").rstrip(" .,'’")
    start = offset + match.start("speaker")
    return Speaker(name, start, start + len(name), cue, via)


@functools.lru_cache(maxsize=64)
def _cue_patterns(cues: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each cue with its whole-word pattern, longest first."""
    return tuple((cue, re.compile(r"(?<![\w'])" + re.escape(cue) + r"(?![\w'])"))
                 for cue in sorted(cues, key=lambda c: (-len(c), c)))


def matched_cues(text: str, cues: frozenset[str]) -> list[str]:
    """The cue words and phrases of ``cues`` in ``text`` (lower case, whole words), in order;
    a cue inside a longer one found first does not count."""
    lower = text.lower()
    found: list[tuple[int, int, str]] = []
    for cue, pattern in _cue_patterns(cues):
        if cue not in lower:
            continue
        for match in pattern.finditer(lower):
            if not any(s <= match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), cue))
    return [cue for _, _, cue in sorted(found)]


def is_question(sentence: str) -> bool:
    """A sentence that asks rather than asserts: it ends with a question mark."""
    return sentence.rstrip(" \n\"”’')").endswith("?")
