"""Pages made of one account's unrolled thread: every post is that account's.

An unroll site prints a thread of posts as one page: the posts one after another, no
author line above each, and the site's own lines around them ("12 tweets, 3 min read",
"Read all threads"). Such a page has no article: it is one comment, all of it written by
the thread's author, whom the site names on a profile line above the thread ("Lena Park
@lenapark") or on one of its own lines ("Keep current with Lena Park"). The sites, their
lines and the words before the author are ``resources/words/thread_unroll_marks.txt``.

    >>> text = "Lena Park @lenapark\\n1/ Two guards died at the depot.\\nRead all threads"
    >>> is_unrolled_thread(text, None)
    True
    >>> span = thread_author(text); text[span[0]:span[1]]
    'Lena Park'
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from claimex import lexicon

_MARKS = lexicon.groups("thread_unroll_marks")
# the count line an unroll site prints above a thread: "12 tweets, 3 min read"
_LENGTH_LINE_RE = re.compile(r"\b\d+\s+(?:tweets?|posts?),\s*\d+\s+min\s+read\b", re.IGNORECASE)
# a profile line: a name (one to five capitalised words) and a handle, nothing else
# ("Lena Park @lenapark")
_PROFILE_LINE_RE = re.compile(
    r"^(?P<name>[A-Z][\w'.&-]*(?:\s+[A-Z&][\w'.&-]*){0,4})\s+@\w{1,30}\s*$")
# the profile line stands among the page's first lines
_PROFILE_LINES = 4


def is_unrolled_thread(text: str, url: str | None) -> bool:
    """Whether ``text`` (at ``url``) is a page an unroll site made of one account's thread:
    the url's host is such a site, or a line of the text is one of the site's lines.

    >>> is_unrolled_thread("Two died.", "https://threadreaderapp.com/thread/12.html")
    True
    >>> is_unrolled_thread(", 9 tweets, 2 min read\\n1/ Two died at the depot.", None)
    True
    >>> is_unrolled_thread("Two died at the depot. Read the thread on our site.", None)
    False
    """
    if url:
        host = urlsplit(url).netloc.lower().removeprefix("www.")
        if host in _MARKS.get("hosts", ()):
            return True
    if _LENGTH_LINE_RE.search(text):
        return True
    lowered = text.lower()
    return any(mark in lowered for mark in _MARKS.get("marks", ()))


def thread_author(text: str) -> tuple[int, int] | None:
    """The span of the thread's author in an unrolled thread's ``text``: the name of a
    profile line among its first lines ("Lena Park @lenapark"), else the name after one
    of the site's author leads ("Keep current with Lena Park"); None where neither is.

    >>> text = "Read all threads\\nKeep current with Harbour Watch\\n"
    >>> span = thread_author(text); text[span[0]:span[1]]
    'Harbour Watch'
    >>> thread_author("1/ Two died at the depot.\\n2/ More soon @desk")
    """
    pos = 0
    lines = []
    for line in text.splitlines(keepends=True):
        lines.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    for start, line in lines[:_PROFILE_LINES]:
        match = _PROFILE_LINE_RE.match(line.strip())
        if match:
            offset = start + len(line) - len(line.lstrip())
            return offset + match.start("name"), offset + match.end("name")
    for start, line in lines:
        stripped = line.strip()
        for lead in _MARKS.get("author_leads", ()):
            if stripped.lower().startswith(lead + " ") and len(stripped) > len(lead) + 1:
                offset = start + len(line) - len(line.lstrip())
                name = stripped[len(lead):].strip().rstrip("!.")
                name_start = offset + stripped.index(name, len(lead))
                return name_start, name_start + len(name)
    return None
