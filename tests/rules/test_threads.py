"""Pages made of one account's unrolled thread (rules/threads.py)."""

import pytest

from claimex.rules.threads import is_unrolled_thread, thread_author


@pytest.mark.parametrize(("text", "url", "expected"), [
    ("1/ The dam broke at night.", "https://threadreaderapp.com/thread/99.html", True),
    ("1/ The dam broke at night.", "https://www.threadreaderapp.com/thread/99.html", True),
    (", 14 tweets, 4 min read\n1/ The dam broke at night.", None, True),
    ("The dam broke at night.\nMissing some Tweet in this thread? Refresh.", None, True),
    ("The dam broke at night.\nRead all threads", None, True),
    # a news page about a thread, a post with a handle, a reply count: no unroll site's lines
    ("The mayor posted a thread about the dam at night.", "https://news.example.com/dam", False),
    ("Dam Watch @damwatch: the dam broke at night", None, False),
    ("14 replies, 3 likes\nThe dam broke at night.", None, False),
])
def test_is_unrolled_thread(text, url, expected):
    assert is_unrolled_thread(text, url) is expected


@pytest.mark.parametrize(("text", "author"), [
    ("Dam Watch @damwatch\n1/ The dam broke at night.", "Dam Watch"),
    (", 3 tweets, 1 min read\nRiver Desk Team @riverdesk\n1/ The dam broke.", "River Desk Team"),
    ("1/ The dam broke at night.\nKeep current with Dam Watch\n", "Dam Watch"),
    ("1/ The dam broke at night.\nKeep Current with Dam Watch!\n", "Dam Watch"),
    # a post that ends in a handle, a handle alone: no name
    ("1/ The dam broke at night.\n2/ More from @damwatch", None),
    ("@damwatch\n1/ The dam broke at night.", None),
])
def test_thread_author(text, author):
    span = thread_author(text)
    assert (text[span[0]:span[1]] if span else None) == author
