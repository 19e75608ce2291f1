"""Who says so, and how sure: quotes, their speakers, hedges, questions and hypotheticals.

Pure functions over a ``str``; the ``claimex_attribution`` component applies them to the
claims of a doc and adds what the dependency parse knows (reported speech). None of them
raises, whatever the text: unbalanced or doubled quote marks are common in scraped
comments.

Quotes
    Opening marks “ „ « ‹ and a straight " (or two apostrophes '') at the start of a
    word; closing marks ” » › and a straight " ('') at the end of one. A quote's content
    ends where its closing mark does, however many sentences later. A quote left open at
    the end of a paragraph continues when the next paragraph opens with a quote mark (how
    multi-paragraph quotes are printed), and otherwise ends with its paragraph.

Speakers of a quote
    “…,” said X  /  “…,” X said  /  X said: “…”  /  “…” — X  /  the Outlet quoted X as
    saying “…” (speaker X, the outlet kept as ``via``); X may be a pronoun ("he said").
    A quote naming nobody takes the speaker of the quote before it in its paragraph
    ("“…,” she said. “…”"), or of the next one there, or, when it fills a paragraph, of
    the quote in the paragraph before (:func:`chain_quote_speakers`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claimex import lexicon
from claimex.rules.guard import never_raises

OPENING = "“„«‹"
CLOSING = "”»›"
_STRAIGHT = '"'
_DOUBLED = "''"  # two apostrophes: how some archives (the NYT's) print a straight quote mark

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|stressed|stresses|revealed|confirmed|claimed|"
    "claims|admitted|denied|denies|announced|reported|stated|insisted|noted|wrote|writes|"
    "tweeted|explained|declared|warned|asserted|alleged|argued|acknowledged"
)
_NAME_BODY = (r"(?:the\s+|The\s+)?[A-Z][\w.'’\-]*"
              r"(?:\s+(?:[A-Z][\w.'’\-]*|of|the|for|al|bin|de|van|von|and"
              r"|[a-z][a-z\-]+(?=\s+[A-Z]))){0,8}")  # "Judicial Watch president Tom Fitton"
_DESCRIBED_BODY = (r"(?:(?:the|a|an|(?!(?:and|but|then|so|or|as|when|while)\s)[a-z][a-z\-]+)"
                   r"\s+){0,4}[A-Z][\w.'’\-]*"
                   r"(?:\s+(?:[A-Z][\w.'’\-]*|of|the|for|al|bin|de|van|von|and"
                   r"|[a-z][a-z\-]+(?=\s+[A-Z]))){0,8}")
# A pronoun is a speaker too: the reader sees "he"; who "he" is goes to ``canonical``.
_PRONOUN_BODY = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?![\w'’])"
_NAME = f"(?P<speaker>{_NAME_BODY})"
# "the commander", "a senior official": a described speaker after the quote
_COMMON_BODY = r"(?:[Tt]he|[Aa]n?)\s+(?:[\w’'\-]+\s+){0,3}?[a-z][\w\-]*"
_ANY_NAME = f"(?P<speaker>{_PRONOUN_BODY}|{_NAME_BODY})"
_AFTER_NAME = (f"(?P<speaker>{_PRONOUN_BODY}|{_DESCRIBED_BODY}|{_COMMON_BODY})"
               r"(?:,\s+[^,“”\"\n]{1,80},)?")  # "Jeff Weaver, the campaign manager, said"
_ANY_DESCRIBED = f"(?P<speaker>{_PRONOUN_BODY}|{_DESCRIBED_BODY})"
_AFTER_QUOTED = re.compile(
    r"^\s*[,.!?]?\s*(?P<via>(?:the\s+|The\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})"
    r"\s+quoted\s+" + _NAME + r"\s+as\s+saying"
)
_AFTER_DASH = re.compile(r"^\s*[—–]\s*" + _NAME)
_BEFORE_QUOTED = re.compile(
    r"(?P<via>(?:the\s+|The\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})\s+quoted\s+"
    + _NAME + r"\s+as\s+saying\s*[,:]?\s*$"
)
_HEADLINE_RE = re.compile(r"^(?P<speaker>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}):\s+\S")


@functools.lru_cache(maxsize=8)
def _speech_patterns(verbs: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The after-quote and before-quote patterns for a ``|``-joined verb alternation."""
    after_said_x = re.compile(r"^\s*[,.!?]?\s*(?P<cue>" + verbs + r")\s+" + _ANY_DESCRIBED)
    after_x_said = re.compile(r"^\s*[,.!?]?\s*" + _AFTER_NAME +
                              r"\s+(?:also\s+|then\s+|later\s+)?(?P<cue>" + verbs + r")\b")
    # "X said:", "X told reporters,", "X reveals a few relevant facts:"
    before_x_said = re.compile(_ANY_NAME + r"\s+(?:also\s+|then\s+|later\s+)?(?P<cue>" +
                               verbs + r")(?:(?:\s+[\w’']+){0,3}?\s*,?|(?:\s+[\w’']+){0,6}?"
                               r"\s*:)\s*$")
    return after_said_x, after_x_said, before_x_said


@functools.lru_cache(maxsize=8)
def verb_alternation(verbs: frozenset[str] | None) -> str:
    """A regex alternation of speech verbs (single words), longest first; the built-in
    list when ``verbs`` is None or empty.

    >>> verb_alternation(frozenset({"said", "told"}))
    'said|told'
    """
    words = sorted((v for v in verbs or () if re.fullmatch(r"[a-z]+", v)),
                   key=lambda v: (-len(v), v))
    return "|".join(words) if words else SPEECH_VERBS


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker found in the text: name and offsets, the cue word, an outlet it came via."""

    text: str
    start: int
    end: int
    cue: str | None
    via: str | None = None


@never_raises(fallback=lambda *_: [])
def find_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages, quote marks included; see the module docstring.

    >>> text = "“We won 12,” he said. “And 3 more.”"
    >>> [text[s:e] for s, e in find_quotes(text)]
    ['“We won 12,”', '“And 3 more.”']
    """
    return _find_quotes(text)


def _is_straight(text: str, i: int) -> int:
    """The length of a straight quote mark at ``i`` (``"`` or ``''``), 0 for none."""
    if text[i] == _STRAIGHT:
        return 1
    if text.startswith(_DOUBLED, i):
        return 2
    return 0


# every mark; each apostrophe followed by another (a three-apostrophe close is found)
_MARKS_RE = re.compile("[" + OPENING + CLOSING + '"' + "\n]|'(?=')")


def _find_quotes(text: str) -> list[tuple[int, int]]:
    quotes: list[tuple[int, int]] = []
    start: int | None = None
    n = len(text)
    skip_to = 0
    for mark in _MARKS_RE.finditer(text):
        i = mark.start()
        if i < skip_to:
            continue
        ch = text[i]
        straight = _is_straight(text, i) if ch in "\"'" else 0
        if start is None:
            if ch in OPENING or (straight and _word_starts(text, i, straight)):
                start = i
                skip_to = i + (straight or 1)
        elif ch in CLOSING or (straight and _word_ends(text, i, straight)):
            quotes.append((start, i + (straight or 1)))
            start = None
            skip_to = i + (straight or 1)
        elif ch == "\n" and text.startswith("\n", i + 1):
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and (text[j] in OPENING or _is_straight(text, j)):
                skip_to = j + (_is_straight(text, j) or 1)
                continue
            quotes.append((start, i))
            start = None
    if start is not None:
        quotes.append((start, n))
    return quotes


def _word_starts(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _word_ends(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)—–-")


@never_raises(fallback=lambda *_, **__: None)
def quote_speaker(text: str, quote: tuple[int, int], window: int = 120,
                  verbs: frozenset[str] | None = None) -> Speaker | None:
    """The speaker named right after or right before a quote, None when none is; a pronoun
    ("he said") is a speaker. ``verbs``: the speech verbs (default: the built-in list).

    >>> quote_speaker("“Forty died,” he said.", (0, 13)).text
    'he'
    """
    after_said_x, after_x_said, before_x_said = _speech_patterns(verb_alternation(verbs))
    start, end = quote
    after = text[end:end + window].split("\n", 1)[0]
    match = _AFTER_QUOTED.match(after)
    if match:
        return _speaker(match, end, "quoted", via=match.group("via"))
    for pattern, cue in ((after_said_x, None), (after_x_said, None), (_AFTER_DASH, "—")):
        match = pattern.match(after)
        if match:
            return _speaker(match, end, cue or match.group("cue"))
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - window):start]
    offset = start - len(before)
    match = _BEFORE_QUOTED.search(before)
    if match:
        return _speaker(match, offset, "quoted", via=match.group("via"))
    match = before_x_said.search(before)
    if match:
        return _speaker(match, offset, match.group("cue"))
    return None


@never_raises(fallback=lambda text, quotes, speakers: list(speakers))
def chain_quote_speakers(text: str, quotes: list[tuple[int, int]],
                         speakers: list[Speaker | None]) -> list[Speaker | None]:
    """Speakers for the quotes that name none, from the quotes around them: a quote goes on
    with the speaker of the quote before it in its paragraph ("“…,” she said. “…”"), else of
    the next quote in its paragraph ("“…” “…,” she said"), else, when it fills its paragraph,
    of a quote in the paragraph before (an unattributed quoted paragraph goes on).

    >>> text = "“We won 12,” she said. “And 3 more.”"
    >>> quotes = find_quotes(text)
    >>> named = [quote_speaker(text, q) for q in quotes]
    >>> [s.text if s else None for s in chain_quote_speakers(text, quotes, named)]
    ['she', 'she']
    """
    found = list(speakers)
    for i, (start, end) in enumerate(quotes):
        if found[i] is not None:
            continue
        if i > 0 and found[i - 1] is not None and "\n" not in text[quotes[i - 1][1]:start]:
            found[i] = found[i - 1]
        elif i + 1 < len(quotes) and speakers[i + 1] is not None and \
                "\n" not in text[end:quotes[i + 1][0]]:
            found[i] = speakers[i + 1]
        elif i > 0 and found[i - 1] is not None and fills_paragraph(text, start, end) and \
                next_paragraph(text[quotes[i - 1][1]:start]):
            found[i] = found[i - 1]
    return found


def next_paragraph(between: str, tail: int = 300) -> bool:
    """The text between two quotes is the rest of one paragraph (a short tail such as
    ", she said.") and one paragraph break."""
    first, sep, rest = between.partition("\n")
    return bool(sep) and len(first) <= tail and not rest.strip() and not any(
        mark in first for mark in OPENING + CLOSING + _STRAIGHT)


def fills_paragraph(text: str, start: int, end: int) -> bool:
    """The quote ``text[start:end]`` is its paragraph, a closing full stop aside.

    >>> fills_paragraph("Ward stated:\\n“Twelve.”\\n", 13, 22), fills_paragraph("a “b” c", 2, 5)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip(" .")


def headline_speaker(line: str, stop: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The speaker of a "Name: what they say" line (headlines, transcripts): the span of the
    name before the colon, None when the line is not one or the name is in ``stop``.

    >>> headline_speaker("Senator: 12 bridges need repair")
    (0, 7)
    >>> headline_speaker("Update: 12 dead", frozenset({"update"})) is None
    True
    """
    match = _HEADLINE_RE.match(line)
    if not match or match.group("speaker").lower() in stop:
        return None
    return match.start("speaker"), match.end("speaker")


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


# A hedge that governs a rise still to come, "it may still rise", "the toll could climb
# further", "is likely to increase" (resources/words/rise_to_come_verbs.txt), unless the
# rise has a figure of its own ("could rise to 100").
_RISE_TO_COME_RE = re.compile(
    r"\b(?P<hedge>may|might|could|likely)\s+(?:to\s+)?(?:still\s+|further\s+|well\s+|even\s+)?"
    r"(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(
        lexicon.words("rise_to_come_verbs"), key=len, reverse=True)) + r")\b"
    r"(?!\s+(?:to|above|beyond|past|over)\b)", re.I)


def rise_to_come_hedges(text: str, figure_end: int) -> set[str]:
    """The hedge words of ``text`` that only hedge a rise still to come after the figure
    (which ends at ``figure_end``): the figure itself stays asserted.

    >>> sorted(rise_to_come_hedges("At least 31 died, and the toll may still rise.", 11))
    ['may']
    >>> sorted(rise_to_come_hedges("At least 31 died; the toll could rise to 40.", 11))
    []
    """
    rises = [m for m in _RISE_TO_COME_RE.finditer(text) if m.start() >= figure_end]
    rise_starts = {m.start("hedge") for m in rises}
    # a hedge word counts only if each of its uses in the sentence hedges such a rise
    return {hedge for hedge in {m.group("hedge").lower() for m in rises}
            if all(use.start() in rise_starts
                   for use in re.finditer(r"\b" + hedge + r"\b", text, re.I))}
