"""Line classifiers for scraped news pages: residue, thread markers, author lines, titles.

Scraped pages carry the site's furniture along with the text: comment-widget headings
("Notify of", "Newest Most Voted", "12 Comments"), per-comment buttons ("Reply", "Share ›"),
time stamps ("3 years ago", "March 3, 2019 at 4:12 pm") and profile residue ("Joined: Mar 2015",
"1,204 comments"). None of it is text anybody wrote about the news, so the segmenter drops it.
Author lines are short name lines that head a comment; they are recognised here by their
shape and in :mod:`claimex.io.segmenter` by what follows them.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qs, urlsplit

from claimex import lexicon

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
_UNIT = r"(?:second|sec|minute|min|hour|hr|day|week|month|year|yr)s?"

# Lines that open a comment thread. They are residue too.
_THREAD_MARKERS = [
    r"notify of",
    r"(?:oldest\s+)?newest\s+(?:oldest\s+)?most\s+voted",
    r"inline feedbacks?",
    r"view all comments",
    r"\d[\d,.]*k?\s+(?:comments?|responses?|replies|thoughts\s+on\b.*)",
    r"(?:reader\s+|user\s+)?comments?(?:\s*\(\d+\))?",
    r"(?:leave|post|add|write)\s+a\s+(?:reply|comment|response)",
    r"join the (?:discussion|conversation).*",
    r"discussion",
    r"sort by\b.*",
    r"(?:show|load|view)\s+(?:more|all|older|newer)\s+(?:comments|replies).*",
]

_RESIDUE = [
    *_THREAD_MARKERS,
    r"repl(?:y|ies)(?:\s*[↓→›»])?",
    r"\d+\s+repl(?:y|ies)",
    r"(?:share|report|flag|like|edit|edited|delete|quote|permalink|link)(?:\s*[›»])?",
    r"(?:report|flag)\s+(?:abuse|comment|as inappropriate)",
    r"\d+\s+(?:likes?|points?|votes?|upvotes?|recommends?)",
    r"(?:best|newest|oldest|top|popular|most\s+(?:voted|recent|liked))",
    r"(?:log\s?in|sign\s?(?:in|up)|register|subscribe|logout|log\s?out)(?:\s+to\s+\w+)?",
    r"[+\-−]?\d+",
    r"[\s△▽▲▼↑↓•·|+\-−0-9]+",
    r"[•·]?\s*(?:\d+|an?|one)\s+" + _UNIT + r"\s+ago(?:\s*[•·].*)?",
    # an archive page's age stamp: "This story was published 12 years ago"
    r"(?:this\s+(?:article\s+|story\s+|page\s+)?was\s+)?(?:first\s+)?(?:published|posted|"
    r"updated)\s+(?:\d+|an?|one|over\s+an?)\s+" + _UNIT + r"\s+ago",
    r"(?:just now|edited|moments? ago|yesterday|today)",
    r"(?:joined|member since|registered|last seen|location)\b:?.*",
    r"(?:posts|comments|messages|reputation|karma|rep|likes received|points)\s*:\s*[\d,.]+k?",
    r"[\d,.]+k?\s+(?:posts|messages|reputation|karma|likes received|followers)",
    r"(?:click to expand|show more|read more|see more|continue reading)\.*",
    r"(?:advertisement|sponsored|share this:?|share on \w+|facebook|twitter|email|print|whatsapp)",
    r"(?:on\s+)?" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"(?:,?\s+(?:at|@)\s+" + _CLOCK + r")?",
    r"(?:" + _WEEKDAY + r",?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}"
    r"(?:,?\s+(?:at|@)?\s*" + _CLOCK + r")?",
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:,?\s+(?:at\s+)?" + _CLOCK + r")?",
    r"\d{4}-\d{2}-\d{2}(?:[ t]\d{2}:\d{2}(?::\d{2})?)?",
    _MONTH + r",?\s+\d{4}",
    _CLOCK,
]

_RESIDUE_RE = re.compile(r"^\s*(?:" + "|".join(_RESIDUE) + r")\s*$", re.IGNORECASE)
_BYLINE_RE = re.compile(r"^\s*(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&)){0,5}\s*$")
_MARKER_RE = re.compile(r"^\s*(?:" + "|".join(_THREAD_MARKERS) + r")\s*$", re.IGNORECASE)
# "John Smith says:", "Guest wrote:", and Blogger's "Jane Roe said..." (an ellipsis for the
# colon), which an older template prefixes with the comment's time ("At 9:05 AM, ").
_SAYS_RE = re.compile(
    r"^\s*(?:at\s+" + _CLOCK + r",\s*)?(?P<name>\S.{0,58}?)\s+(?:says|said|wrote|writes)"
    r"\s*(?::|\.\.\.|…)\s*$", re.I)
_PROFILE_WORDS = lexicon.words("comment_profile_words")
_LETTERS_HEADINGS = tuple(sorted(" ".join(entry) for entry in
                                 lexicon.entries("letters_page_headings")))
_DATELINE_RE = re.compile(
    r"^\s*[A-Z][A-Za-z .'-]{1,40},(?:\s*[A-Z][A-Za-z .'-]{1,40},?)?\s*"
    r"(?:\(|—|–|-)\s*[^)]{0,40}\d{4}"
)

_INITIAL_END_RE = re.compile(r"(?:^|\s)[A-Z]\.$")
_NAME_FORBIDDEN = set(",;!?:\"“”«»…")
_NAME_BAD_START = ("@", "http", "www.", "—", "–", "-", "“", '"', "'", "‘", ">", "*", "#")
_NAME_BAD_END = (".", ",", ";", ":", "!", "?", "…", "-", "—", "–")


def is_residue_line(line: str) -> bool:
    """True for site furniture: widget headings, buttons, time stamps, profile lines."""
    return bool(_RESIDUE_RE.match(line) or _BYLINE_RE.match(line))


def is_thread_marker(line: str) -> bool:
    """True for a line that announces the comment thread ("Notify of", "12 Comments", ...)."""
    return bool(_MARKER_RE.match(line))


def says_author(line: str) -> str | None:
    """The name in a WordPress-style author line ("John Smith says:") or a Blogger one, whose
    colon is an ellipsis and whose name may follow the comment's time and a profile word
    (resources/words/comment_profile_words.txt), else None.

    >>> says_author("Jane Roe says:"), says_author("At 9:05 AM, Blogger Jane Roe said...")
    ('Jane Roe', 'Jane Roe')
    >>> says_author("Anonymous said..."), says_author("He said... and left")
    ('Anonymous', None)
    """
    match = _SAYS_RE.match(line)
    if not match:
        return None
    words = match.group("name").split()
    if len(words) > 1 and words[0].lower() in _PROFILE_WORDS:
        words = words[1:]
    return " ".join(words)


def opens_letters_page(line: str) -> bool:
    """Whether a line is the heading of readers' letters
    (resources/words/letters_page_headings.txt): standing in a page's first lines, it says
    that the page holds letters, not an article (:mod:`claimex.io.segmenter`).

    >>> opens_letters_page("Letters to the Editor"), opens_letters_page("To the editor:")
    (True, True)
    >>> opens_letters_page("Readers’ letters: the bridge closure"), opens_letters_page(
    ...     "Editor's note: two were hurt in the fire")
    (True, False)
    """
    words = re.sub(r"[’`]", "'", line).lower().replace(":", " ").replace(",", " ").split()
    text = " ".join(words)
    return any(text == heading or text.startswith(heading + " ") for heading in
               _LETTERS_HEADINGS)


def letter_signature(line: str) -> str | None:
    """The writer's name in the signature line under a reader's letter: a name, alone or
    before a comma and the writer's town ("Dana Ruiz", "— Dana Ruiz, Eastfield"), else None.

    >>> letter_signature("— Dana Ruiz, Eastfield"), letter_signature("Ole Brandt")
    ('Dana Ruiz', 'Ole Brandt')
    >>> letter_signature("Nobody was hurt, police said."), letter_signature("A cost too high")
    (None, None)
    """
    name = line.strip().lstrip("—–-").split(",", 1)[0].strip()
    if len(name.split()) < 2 or len(name.split()) > 5 or not looks_like_name(name):
        return None
    return name


def looks_like_author_line(line: str) -> bool:
    """Whether a line has the shape of a commenter's name or handle.

    Short (at most six words and 60 characters), no sentence punctuation, not a quote, a
    reply or a link, at least one letter. Handles such as "klove and light" or
    "Assad must stay (gr8rambino)" pass; "Waste of time." does not. Whether a passing line
    really is an author line depends on what follows it: see :mod:`claimex.io.segmenter`.
    """
    text = line.strip()
    if not 2 <= len(text) <= 60 or len(text.split()) > 6:
        return False
    if text.lower().startswith(_NAME_BAD_START):
        return False
    if text.endswith(_NAME_BAD_END) and not _INITIAL_END_RE.search(text):
        return False
    if any(ch in _NAME_FORBIDDEN for ch in text):
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    return not is_residue_line(text)


def looks_like_name(line: str) -> bool:
    """A stricter test than :func:`looks_like_author_line`: the line reads as a name, not a phrase.

    Used where the page layout alone cannot tell an author line from a one-line comment:
    every word capitalised ("Tudor Miron"), a handle in parentheses ("Assad must stay
    (gr8rambino)"), a single token ("gr8rambino"), digits or underscores inside a word, or a
    script without letter case (Arabic, Chinese, ...).
    """
    text = line.strip()
    if not looks_like_author_line(text):
        return False
    words = text.split()
    if "(" in text or len(words) == 1:
        return True
    if any(any(ch.isdigit() or ch == "_" for ch in word) for word in words):
        return True
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(not (ch.isupper() or ch.islower()) for ch in letters):
        return True
    return all(word[0].isupper() or not word[0].isalpha() for word in words)


def looks_like_title(line: str) -> bool:
    """Whether a page's first line reads as a headline rather than prose or a dateline."""
    text = line.strip()
    if not 8 <= len(text) <= 250 or len(text.split()) < 2:
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return False
    if _DATELINE_RE.match(text) or is_residue_line(text):
        return False
    return any(unicodedata.category(ch).startswith("L") for ch in text)


# A page's address that names it a page of reader comments: a "comments" path segment
# (reddit and its front ends, saidit, The Economist's comment pages), WordPress's
# "comment-page-2", or a forum thread's second page or later ("page-15", "/page/3",
# "?page=2", phpBB's "start=40").
_COMMENT_PAGE_SEGMENT_RE = re.compile(r"comments|comment-page-\d+|page-(?P<n>\d+)")


def is_comment_page_url(url: str | None) -> bool:
    """Whether ``url`` names a page of comments only: a thread's later page or a comment page.

    Such a page holds replies, not an article: the segmenter reads it as a thread from its
    first paragraph.

    >>> is_comment_page_url("https://forum.example.org/threads/quake-in-the-north.4421/page-3")
    True
    >>> is_comment_page_url("https://forum.example.org/threads/quake-in-the-north.4421/")
    False
    >>> is_comment_page_url("https://news.example.com/story/7?tab=comments")
    False
    """
    if not url:
        return False
    parts = urlsplit(url)
    segments = [segment for segment in parts.path.lower().split("/") if segment]
    for i, segment in enumerate(segments):
        match = _COMMENT_PAGE_SEGMENT_RE.fullmatch(segment)
        if match and (match.group("n") is None or int(match.group("n")) >= 2):
            return True
        if segment == "page" and i + 1 < len(segments) and segments[i + 1].isdigit() and \
                int(segments[i + 1]) >= 2:
            return True
    query = parse_qs(parts.query)
    page, start = query.get("page", [""])[0], query.get("start", [""])[0]
    return (page.isdigit() and int(page) >= 2) or (start.isdigit() and int(start) > 0)
