"""Split a page into its title, its article and its reader comments (with their authors).

The unit of work is the *paragraph*: a run of non-blank lines. Scraped comment threads put
one blank line between the paragraphs of a comment and between an author line and the
comment it heads, and two or more blank lines before a comment that has no author line.
Site furniture (see :mod:`claimex.rules.sections`) is dropped line by line and never
reaches a section's text pieces.

The thread starts at the first thread marker ("Notify of", "12 Comments", ...). Without one
it starts at the first double blank line, moved back to the first author line before it,
or, on pages without any double blank line, at the first of at least two author lines that
each head a paragraph of text. A page with none of these is a plain article, and so is a
page without a marker whose paragraphs no author line heads: blank lines alone (a press
release's spaced-out header) do not make a thread. The first
paragraph after the title is always article: bylines and the like cannot start a thread.
(An article with a name-shaped subheading before its comment thread is split there: a
known limit of layout-only segmentation.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimex.records import Section
from claimex.rules.posts import headed_posts, reaction_posts
from claimex.rules.sections import (
    is_comment_page_url,
    is_residue_line,
    is_thread_marker,
    letter_signature,
    looks_like_author_line,
    looks_like_name,
    looks_like_title,
    opens_letters_page,
    says_author,
)
from claimex.rules.threads import is_unrolled_thread, thread_author


@dataclass(slots=True)
class Paragraph:
    """A run of kept lines: ``gap`` blank lines (or dropped residue lines) stood before it."""

    start: int
    end: int
    lines: list[tuple[int, int]]
    gap: int


@dataclass(slots=True)
class Page:
    """A segmented page: sections in text order, and the text pieces of each section.

    ``pieces[i]`` lists the ``(start, end)`` spans of section ``i`` that hold text to
    analyse (residue lines inside a section are left out).
    """

    sections: list[Section]
    pieces: list[list[tuple[int, int]]] = field(default_factory=list)


@dataclass(slots=True)
class _Comment:
    author: str | None
    anchor: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    expects_body: bool = False


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str) -> tuple[list[Paragraph], list[int]]:
    """Paragraphs of ``text`` without residue lines, and the indexes of thread markers.

    A marker index ``i`` means a thread marker stood just before paragraph ``i``.
    """
    paras: list[Paragraph] = []
    markers: list[int] = []
    current: list[tuple[int, int]] = []
    gap = 0

    def close() -> None:
        nonlocal current, gap
        if current:
            paras.append(Paragraph(current[0][0], current[-1][1], current, gap))
            current, gap = [], 0

    for start, end in _lines(text):
        s, e = _strip_span(text, start, end)
        if s == e:
            close()
            gap += 1
            continue
        line = text[s:e]
        if is_residue_line(line):
            close()
            if is_thread_marker(line):
                markers.append(len(paras))
            gap = max(gap, 1)
            continue
        current.append((s, e))
    close()
    return paras, markers


def _line_text(text: str, para: Paragraph, i: int = 0) -> str:
    start, end = para.lines[i]
    return text[start:end]


def _is_author_para(text: str, para: Paragraph) -> bool:
    return len(para.lines) == 1 and (
        looks_like_author_line(_line_text(text, para)) or says_author(_line_text(text, para))
        is not None
    )


def _heads_text(text: str, paras: list[Paragraph], i: int) -> bool:
    """Paragraph ``i`` is an author-shaped line followed by a paragraph of text."""
    if not _is_author_para(text, paras[i]) or i + 1 >= len(paras):
        return False
    nxt = paras[i + 1]
    return not _is_author_para(text, nxt) and nxt.gap <= 1


def _split_author_heads(text: str, paras: list[Paragraph]) -> list[Paragraph]:
    """In a thread, a paragraph whose first line is a name heads the lines below it."""
    out: list[Paragraph] = []
    for para in paras:
        first = _line_text(text, para)
        if len(para.lines) > 1 and (says_author(first) or looks_like_name(first)):
            out.append(Paragraph(para.lines[0][0], para.lines[0][1], para.lines[:1], para.gap))
            rest = para.lines[1:]
            out.append(Paragraph(rest[0][0], rest[-1][1], rest, 0))
        else:
            out.append(para)
    return out


def _thread_start(text: str, paras: list[Paragraph], markers: list[int], first: int) -> int:
    """Index of the first paragraph of the comment thread, ``len(paras)`` when there is none."""
    for marker in markers:
        if marker > first:
            return marker
    heads = [i for i in range(first + 1, len(paras)) if _heads_text(text, paras, i)]
    if not heads:
        return len(paras)
    for i in range(first + 1, len(paras)):
        if paras[i].gap >= 2:
            return heads[0] if heads[0] < i else i
    return heads[0] if len(heads) >= 2 else len(paras)


def _comments(text: str, paras: list[Paragraph]) -> list[_Comment]:
    comments: list[_Comment] = []
    current: _Comment | None = None

    def open_comment(author: str | None, anchor: int, expects_body: bool) -> _Comment:
        comment = _Comment(author, anchor, expects_body=expects_body)
        comments.append(comment)
        return comment

    for i, para in enumerate(paras):
        line = _line_text(text, para)
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        if current is not None and current.expects_body and (
                not _is_author_para(text, para) or not looks_like_name(line)):
            current.paragraphs.append(para)
            current.expects_body = False
            continue
        named = says_author(line) if len(para.lines) == 1 else None
        if named:
            current = open_comment(named, para.end, True)
            continue
        if _is_author_para(text, para):
            name = line.strip()
            if nxt is not None and _is_author_para(text, nxt) and nxt.gap <= 1 and \
                    looks_like_name(name) and not looks_like_name(_line_text(text, nxt)) and \
                    (i + 2 >= len(paras) or paras[i + 2].gap >= 2 or
                     _is_author_para(text, paras[i + 2])):
                current = open_comment(name, para.end, True)
                continue
            if nxt is not None and not _is_author_para(text, nxt):
                if nxt.gap <= 1 or looks_like_name(name):
                    current = open_comment(name, para.end, True)
                    continue
            elif (nxt is None or nxt.gap >= 2) and looks_like_name(name):
                current = open_comment(name, para.end, False)
                current = None
                continue
        if current is None or para.gap >= 2 or current.expects_body:
            current = open_comment(None, para.start, False)
        current.paragraphs.append(para)
    return comments


def _letters(text: str, paras: list[Paragraph]) -> list[_Comment]:
    """Readers' letters, each signed below: a name line (alone or before the writer's town)
    under a letter's text closes it and names its writer; a short line right after the name
    (the town: "Eastfield, Ont.") belongs to the signature."""
    letters: list[_Comment] = []
    current: _Comment | None = None
    signed = False
    for para in paras:
        line = _line_text(text, para)
        name = letter_signature(line) if len(para.lines) <= 2 else None
        if name and current is not None and current.paragraphs:
            current.author, current, signed = name, None, True
            continue
        if signed and len(para.lines) == 1 and len(line.split()) <= 4 and \
                not line.rstrip().endswith((".", "!", "?")):
            signed = False  # the writer's town under the name
            continue
        signed = False
        if current is None:
            current = _Comment(None, para.start)
            letters.append(current)
        current.paragraphs.append(para)
    return letters


def segment(text: str, title: str | None = None, url: str | None = None) -> Page:
    """Sections of a page: an optional title, the article, then one section per comment.

    ``title`` is the document's title when the input gives one: a title section is made
    only if the text starts with it. Without it, a headline-shaped first line is the title.
    A page whose ``url`` names it a page of comments (a thread's second page, a
    ``/comments/`` page: :func:`~claimex.rules.sections.is_comment_page_url`) has no
    article: its thread starts after the title; so has a page of readers' letters, one of
    whose first three lines is their heading
    (:func:`~claimex.rules.sections.opens_letters_page`). A roundup of reactions, three or
    more posts signed "— Name (@handle) Month D, YYYY" after a line that says what they are
    (:func:`~claimex.rules.posts.reaction_posts`), is an article up to its first post and
    one comment per post, its author the name of the post's sign-off. A page of three or
    more posts headed by their authors ("Name @handle: text", a "By @handle" line:
    :func:`~claimex.rules.posts.headed_posts`) is likewise one comment per post, the
    writer's lines above and between the posts its article. A page an unroll site made of
    one account's thread (:func:`~claimex.rules.threads.is_unrolled_thread`) is one
    comment after its title, by the thread's author
    (:func:`~claimex.rules.threads.thread_author`).
    """
    paras, markers = paragraphs(text)
    sections: list[Section] = []
    pieces: list[list[tuple[int, int]]] = []

    def add(kind: str, start: int, end: int, parts: list[tuple[int, int]], author=None) -> None:
        sections.append(Section(len(sections), kind, start, end, author))  # type: ignore[arg-type]
        pieces.append(parts)

    if not paras:
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        if start < end:  # nothing but furniture-shaped lines ("2/29/2020"): keep the text
            add("article", start, end, [(start, end)])
        return Page(sections, pieces)

    first = 0
    head = _line_text(text, paras[0])
    if title is not None:
        has_title = text[paras[0].start :].startswith(title.strip()) and bool(title.strip())
    else:
        has_title = len(paras) > 1 and len(paras[0].lines) == 1 and looks_like_title(head)
    if has_title:
        end = paras[0].start + len(title.strip()) if title is not None else paras[0].end
        add("title", paras[0].start, end, [(paras[0].start, end)])
        if title is not None and end < paras[0].end:
            rest = Paragraph(end, paras[0].end, [(end, paras[0].end)], 0)
            paras = [paras[0], rest, *paras[1:]]
            markers = [m + 1 for m in markers]
        first = 1

    if first < len(paras) and is_unrolled_thread(text, url):
        # one account's unrolled thread: one comment by the thread's author
        rest = paras[first:]
        parts = [(s, e) for p in rest for s, e in _strip_lines(text, p)]
        author = thread_author(text)
        add("comment", rest[0].start, rest[-1].end, parts,
            text[author[0]:author[1]] if author else None)
        return Page(sections, pieces)
    posts = reaction_posts(text)
    if posts:  # a roundup of signed posts: each post is a comment by its signer
        cut = posts[0][0]
        ends = [(p.start, max((e for _, e in p.lines if e <= cut), default=-1))
                for p in paras[first:] if p.start < cut]
        parts = [(start, end) for start, end in ends if end > start]
        if parts:
            add("article", parts[0][0], parts[-1][1], parts)
        for start, end, author in posts:
            add("comment", start, end, [(start, end)],
                text[author[0]:author[1]] if author else None)
        return Page(sections, pieces)
    headed = headed_posts(text)
    if headed:  # posts headed by their authors ("Name @handle: ...", "By @handle")
        _add_headed_posts(text, paras[first:], headed, add)
        return Page(sections, pieces)
    thread = _thread_start(text, paras, markers, first) if first < len(paras) else len(paras)
    top = [text[s:e] for para in paras[:3] for s, e in para.lines][:3]
    letters = any(opens_letters_page(line) for line in top)
    if is_comment_page_url(url) or letters:
        thread = first  # replies only, or readers' letters: "Letters to the Editor"
    article = paras[first:thread]
    if article:
        parts = [(s, e) for p in article for s, e in _strip_lines(text, p)]
        add("article", article[0].start, article[-1].end, parts)
    thread_paras = paras[thread:]
    comments = _letters(text, thread_paras) if letters else \
        _comments(text, _split_author_heads(text, thread_paras))
    for comment in comments:
        if comment.paragraphs:
            parts = [(s, e) for p in comment.paragraphs for s, e in _strip_lines(text, p)]
            add("comment", comment.paragraphs[0].start, comment.paragraphs[-1].end, parts,
                comment.author)
        else:
            add("comment", comment.anchor, comment.anchor, [], comment.author)
    return Page(sections, pieces)


def _add_headed_posts(text: str, paras: list[Paragraph],
                      posts: list[tuple[int, int, tuple[int, int]]], add) -> None:
    """Sections of a page of headed posts: the paragraphs above the first post's head are the
    article, each post a comment by its head's author, and the writer's text between two
    posts (outside both) one more article section."""
    cut = text.rfind("\n", 0, posts[0][2][0]) + 1
    ends = [(p.start, max((e for _, e in p.lines if e <= cut), default=-1))
            for p in paras if p.start < cut]
    parts = [(start, end) for start, end in ends if end > start]
    if parts:
        add("article", parts[0][0], parts[-1][1], parts)
    for k, (start, end, author) in enumerate(posts):
        add("comment", start, end, [(start, end)], text[author[0]:author[1]])
        if k + 1 < len(posts):
            gap_start, gap_end = end, text.rfind("\n", 0, posts[k + 1][2][0]) + 1
            between = text[gap_start:gap_end]
            if between.strip():
                s = gap_start + len(between) - len(between.lstrip())
                e = gap_start + len(between.rstrip())
                add("article", s, e, [(s, e)])


def _strip_lines(text: str, para: Paragraph) -> list[tuple[int, int]]:
    """A paragraph as one piece: its lines are contiguous once residue lines are gone."""
    return [(para.start, para.end)]
