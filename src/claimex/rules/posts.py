"""Embedded social-media posts: the sign-off line under a post names who wrote it.

A story or a blog that embeds a post prints the post's text and then, on the next line or
glued to its last word, a sign-off: "— Name (@handle) Month D, YYYY". The figures of the
post's last line are the author's claim, not the page's. The date must name a month of
``resources/words/months.txt`` and end in a year, so a dash before a bracketed handle alone
("— see @desk") signs nothing off.

    >>> text = "Four hurt near the depot.\\n— Harbour Desk (@harbourdesk) May 3, 2021"
    >>> span = post_author(text, 0); text[span[0]:span[1]]
    'Harbour Desk'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from claimex import lexicon

# The shared month list as a set of words (names and abbreviations), as scope.py and
# casualties.py read it; rules/dates/lexicon maps the same entries to their numbers.
_MONTHS = lexicon.words("months")
# "— Name (@handle) May 3, 2021" at a line's end; the name may be missing ("— (@desk) ...").
_SIGN_OFF_RE = re.compile(
    r"[—–]\s*(?P<name>[^\n—–()@]{0,60}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>[^\n()]{3,30}?\b\d{4})\s*$")
_WORD_RE = re.compile(r"[A-Za-z]+")


def sign_off(line: str) -> tuple[int, int, int] | None:
    """Where a post's sign-off starts in ``line`` and the span of the author's name in it
    (the handle where the line gives no name), else None.

    >>> line = "Roads shut after the blast.— Lena Park (@lenapark) June 9, 2016"
    >>> start, a, b = sign_off(line); line[start:start + 2], line[a:b]
    ('— ', 'Lena Park')
    >>> sign_off("— (@citydesk) Oct. 2, 2019")[1:]
    (4, 12)
    >>> sign_off("He left — see (@desk) for more"), sign_off("— Ann (@ann) 2019-05-02")
    (None, None)
    """
    match = _SIGN_OFF_RE.search(line)
    if match is None:
        return None
    if not {word.lower() for word in _WORD_RE.findall(match.group("date"))} & _MONTHS:
        return None
    group = "name" if match.group("name").strip() else "handle"
    return match.start(), match.start(group), match.end(group)


def post_author(text: str, offset: int) -> tuple[int, int] | None:
    """The span (in ``text``) of the author's name of the embedded post whose last line
    holds ``offset``: the line ends in a sign-off after the post's words, or the next line
    that is not blank is one. None elsewhere.

    >>> text = "Two were killed at the gate\\n\\n— Sam Ortiz (@sortiz) July 1, 2015\\nMore soon."
    >>> span = post_author(text, 4); text[span[0]:span[1]]
    'Sam Ortiz'
    >>> post_author(text, text.index("More"))
    """
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    own = sign_off(text[line_start:line_end])
    if own is not None:
        if line_start + own[0] <= offset:
            return None  # the figure is in the sign-off itself (its date)
        return line_start + own[1], line_start + own[2]
    rest = text[line_end:]
    stripped = rest.lstrip()
    if not stripped:
        return None
    next_start = line_end + len(rest) - len(stripped)
    next_end = text.find("\n", next_start)
    next_end = len(text) if next_end < 0 else next_end
    found = sign_off(text[next_start:next_end])
    if found is None or found[0] != 0:
        return None
    return next_start + found[1], next_start + found[2]


# A roundup prints at least this many signed posts; a story that embeds one or two posts
# as news keeps them in its article (``post_author`` credits their authors there).
REACTION_POSTS_MIN = 3
_REACTION_CUES = lexicon.words("reaction_cues")
T = TypeVar("T")


# Not io/segmenter._lines: only "\n" breaks a line here (a sign-off's line), and a text
# ending in "\n" has a last, empty line; the segmenter breaks at every Unicode line end.
def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _marked_lines(text: str, mark: Callable[[str], T | None]
                  ) -> tuple[list[tuple[int, int]], list[tuple[int, T]]]:
    """The text's line spans, and the lines ``mark`` finds something on (its index and what
    it found), or no marked lines where fewer than :data:`REACTION_POSTS_MIN` are: a page of
    posts has at least that many.

        >>> _marked_lines("a\\nB:\\nc\\nD:\\nE:", lambda line: line[:1] if ":" in line else None)[1]
        [(1, 'B'), (3, 'D'), (4, 'E')]
    """
    lines = _line_spans(text)
    marked = [(i, found) for i, (s, e) in enumerate(lines)
              if (found := mark(text[s:e])) is not None]
    return lines, marked if len(marked) >= REACTION_POSTS_MIN else []


def _first_post_start(text: str, lines: list[tuple[int, int]], last: int, glued: bool) -> int:
    """Where the first post starts: the lines above its sign-off (line ``last``), back to a
    blank line above them or to a line that ends in a colon (the roundup's "what people wrote:")."""
    i = last if glued else last - 1
    while i >= 0 and not text[lines[i][0]:lines[i][1]].strip():
        i -= 1  # blank lines between a post and its sign-off
    start = lines[max(i, 0)][0]
    while i >= 0:
        line = text[lines[i][0]:lines[i][1]].strip()
        if not line or line.endswith(":"):
            break
        start = lines[i][0]
        i -= 1
    return start


def reaction_posts(text: str) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The posts of a reactions roundup, as ``(start, end, author span)`` in text order;
    an empty list unless the page is one. A roundup prints ``REACTION_POSTS_MIN`` or more
    posts each closed by a "— Name (@handle) Month D, YYYY" sign-off (:func:`sign_off`),
    and before the first post says what they are (``resources/words/reaction_cues.txt``:
    "react", "reactions", "tweets"). A post runs from the line after the previous sign-off
    (the first, from the lines right above its own) to its sign-off; text after the last
    sign-off is a post without a name (the roundup goes on).

    >>> text = ("Quarry blast: how the town reacted\\nThree died, police said.\\n"
    ...         "Some of the posts:\\nSad day for us\\n— Ana Ruiz (@anar) May 2, 2021\\n"
    ...         "RIP to the three\\n— Tom Lee (@tlee) May 2, 2021\\n"
    ...         "Praying\\n— Kit (@kit) May 3, 2021\\nFive more hurt")
    >>> posts = reaction_posts(text)
    >>> [(text[s:e], text[a[0]:a[1]] if a else None) for s, e, a in posts]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Sad day for us', 'Ana Ruiz'), ('RIP to the three', 'Tom Lee'), ('Praying', 'Kit'),
     ('Five more hurt', None)]
    >>> tagged = text.replace("for us", "for us #quarry pic.twitter.com/x1")
    >>> posts = reaction_posts(tagged); tagged[posts[0][0]:posts[0][1]]
    'Sad day for us'
    >>> reaction_posts("Two hurt\\n— Ana Ruiz (@anar) May 2, 2021\\nMore soon.")
    []
    """
    lines, signed = _marked_lines(text, sign_off)
    if not signed:
        return []
    first_line, first = signed[0]
    glued = bool(text[lines[first_line][0]:lines[first_line][0] + first[0]].strip())
    start = _first_post_start(text, lines, first_line, glued)
    if not {w.lower() for w in _WORD_RE.findall(text[:start])} & _REACTION_CUES:
        return []
    posts: list[tuple[int, int, tuple[int, int] | None]] = []
    for i, found in signed:
        line_start = lines[i][0]
        end = line_start + found[0]
        if text[start:end].strip():
            posts.append((*_strip(text, start, end),
                          (line_start + found[1], line_start + found[2])))
        start = lines[i][1]
    if text[start:].strip():
        posts.append((*_strip(text, start, len(text)), None))
    return posts


_TRAILING_MEDIA_RE = re.compile(
    r"(?:\s*(?:pic\.twitter\.com/\S+|https?://t\.co/\S+|#\w+))+\s*$")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without its outer spaces and without the hashtags and media links a post
    ends in ("... today. #Pulwama pic.twitter.com/Ab12"), which are no text of the post."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    media = _TRAILING_MEDIA_RE.search(text, start, end)
    if media is not None and media.start() > start:
        end = media.start()
    return start, end


# A post headed by its author: "Name @handle: text", "@handle (Place): text" at a line's
# start; or a line "By @handle" above the post (a gallery of threads).
_HEADED_RE = re.compile(
    r"(?:(?P<name>[^\n@:#<>]{1,40}?)\s+)?@(?P<handle>\w{1,30})"
    r"(?:\s*\([^()\n]{1,40}\))?\s*:[ \t]+(?=\S)")
_BY_HANDLE_RE = re.compile(r"[Bb]y\s+@(?P<handle>\w{1,30})[ \t]*$")


def _post_head(line: str) -> tuple[int, int, int, bool] | None:
    """``(text start, author start, author end, by_line)`` for a line that opens a post
    with its author, else None. The author is the name before the handle, or the handle
    where no name stands before it; ``by_line`` is True for a "By @handle" line, whose
    post starts on the next line.

    >>> line = "Mira Sol @mirasol: Two dead near the bridge"
    >>> start, a, b, by = _post_head(line); line[start:], line[a:b], by
    ('Two dead near the bridge', 'Mira Sol', False)
    >>> line = "@quaywatch (Port Hale): Smoke over the docks"
    >>> start, a, b, by = _post_head(line); line[a:b]
    'quaywatch'
    >>> _post_head("By @harbourdesk")[1:]
    (4, 15, True)
    >>> _post_head("Email me at desk@paper.org: any time"), _post_head("Note: see @desk")
    (None, None)
    """
    match = _BY_HANDLE_RE.match(line)
    if match is not None:
        return len(line), match.start("handle"), match.end("handle"), True
    match = _HEADED_RE.match(line)
    if match is None:
        return None
    name = (match.group("name") or "").strip()
    if name and not _looks_like_a_name(name):
        return None
    group = "name" if name else "handle"
    start = match.start(group) + (len(match.group(group)) - len(match.group(group).lstrip()))
    return match.end(), start, match.end(group), False


def _looks_like_a_name(words: str) -> bool:
    """A display name before a handle: at most four words, none of them ending a sentence."""
    parts = words.split()
    return len(parts) <= 4 and not any(p.endswith((".", "!", "?", ",")) and len(p) > 3
                                       for p in parts)


def headed_posts(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """The posts of a page that prints ``REACTION_POSTS_MIN`` or more posts headed by their
    authors ("Name @handle: text", "@handle: text", or a "By @handle" line above the post),
    as ``(start, end, author span)`` in text order; an empty list on any other page. A post
    headed on its own line runs to the end of its paragraph; one under a "By @handle" line
    runs to the next post's head. The author is the name before the handle, else the handle.

    >>> text = ("Dam break: what people posted\\n\\n"
    ...         "Ana Ruiz @anar: Four missing in the valley\\n\\n"
    ...         "@tlee (Lowtown): Water in the streets\\nstill rising\\n\\n"
    ...         "A reader wrote in too.\\n\\nKit Moss @kitm: Stay safe")
    >>> [(text[s:e], text[a[0]:a[1]]) for s, e, a in headed_posts(text)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Four missing in the valley', 'Ana Ruiz'), ('Water in the streets\\nstill rising', 'tlee'),
     ('Stay safe', 'Kit Moss')]
    >>> headed_posts("Ana Ruiz @anar: Four missing\\n\\nKit Moss @kitm: Stay safe")
    []
    """
    lines, heads = _marked_lines(text, _post_head)
    if not heads:
        return []
    posts: list[tuple[int, int, tuple[int, int]]] = []
    for k, (i, (offset, a, b, by_line)) in enumerate(heads):
        line_start = lines[i][0]
        next_head = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        last = i
        if by_line:
            last = next_head - 1
        else:
            while last + 1 < next_head and text[lines[last + 1][0]:lines[last + 1][1]].strip():
                last += 1
        start = lines[i + 1][0] if by_line and i + 1 < len(lines) else line_start + offset
        end = lines[last][1]
        if by_line and start > end:
            continue
        span = _strip(text, start, end)
        if span[1] > span[0]:
            posts.append((*span, (line_start + a, line_start + b)))
    return posts
