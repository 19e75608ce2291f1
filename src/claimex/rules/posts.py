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

from claimex import lexicon

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
