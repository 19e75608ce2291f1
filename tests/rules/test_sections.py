"""Line classifiers of scraped pages, as tables."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("line", [
    "Notify of", "Newest Most Voted", "Inline Feedbacks", "View all comments", "12 Comments",
    "1,204 comments", "Reply", "Share ›", "△ ▽", "• 3 years ago", "3 years ago", "an hour ago",
    "Joined: Mar 2015", "Posts: 1,234", "Member since 2016", "March 3, 2019 at 4:12 pm",
    "JULY 2022", "Sort by Best", "Leave a Reply", "Load more comments", "12", "+3",
    "By John Smith", "3 thoughts on “Strike in Sagaing”", "Comments (5)",
    # an archive page's age stamp
    "This story was published 12 years ago", "This article was first posted 3 years ago",
])
def test_residue_lines(line):
    assert is_residue_line(line)


@pytest.mark.parametrize("line", [
    "Tudor Miron", "Waste of time.", "Russia is slowly becoming a problem to the SAA.",
    "by all means", "Zionism = EVIL", "The last 2 weeks of airstrikes",
    "This was published after the attack",
])
def test_text_lines_are_not_residue(line):
    assert not is_residue_line(line)


@pytest.mark.parametrize(("line", "marker"), [
    ("Notify of", True), ("12 Comments", True), ("View all comments", True), ("Reply", False),
    ("• 3 years ago", False),
])
def test_thread_markers(line, marker):
    assert is_thread_marker(line) is marker


@pytest.mark.parametrize(("line", "author", "name"), [
    ("Tudor Miron", True, True),
    ("klove and light", True, False),
    ("Assad must stay (gr8rambino)", True, True),
    ("Willing Conscience (The Truths", True, True),
    ("Zionism = EVIL", True, True),
    ("Иван Петров", True, True),
    ("أبو محمد", True, True),
    ("Pierre L.", True, True),
    ("frontline_mapper", True, True),
    ("Finally a voice of reason", True, False),
    ("Waste of time.", False, False),
    ("I support fully.", False, False),
    ("@Tudor Miron you are wrong", False, False),
    ("one can make his own concllusion About certain FACTS", False, False),
    ("Doesnt help the Syrians though does it?", False, False),
    ("“A quote line”", False, False),
    ("2", False, False),
])
def test_author_and_name_shapes(line, author, name):
    assert looks_like_author_line(line) is author
    assert looks_like_name(line) is name


@pytest.mark.parametrize(("line", "name"), [
    ("John Smith says:", "John Smith"), ("Guest wrote:", "Guest"), ("John Smith", None),
    ("He says: no", None),
    # Blogger: an ellipsis for the colon, the comment's time and a profile word before the name
    ("Anonymous said...", "Anonymous"), ("Seneca the Younger said…", "Seneca the Younger"),
    ("Blogger Hal Brennan said...", "Hal Brennan"), ("Anonymous tuvok77 said...", "tuvok77"),
    ("At 4:41 PM, Blogger Marta K. said...", "Marta K."), ("He said... and then left", None),
    ("The spokesman said: seven were hurt", None),
])
def test_says_author(line, name):
    assert says_author(line) == name


@pytest.mark.parametrize(("line", "title"), [
    ("Turkey Is Negotiating With Russia To Reach Ceasefire In Idlib, Defense Minister Says",
     True),
    ("KABUL, Afghanistan (Jan. 25, 2013)", False),
    ("During a security operation in Andar district, a force killed two insurgents.", False),
    ("JULY 2022", False),
    ("Syria", False),
])
def test_titles(line, title):
    assert looks_like_title(line) is title


@pytest.mark.parametrize(("url", "comments_only"), [
    # a forum thread's second page or later: replies only
    ("https://forum.example.org/threads/flood-in-the-valley.4421/page-3", True),
    ("https://boards.example.com/t/train-fire-in-the-town/6628?page=2", True),
    ("https://board.example.net/viewtopic.php?t=93&start=40", True),
    ("https://blog.example.com/category/news/page/2/", True),
    # a page of comments: reddit-style and newspaper comment pages, WordPress comment pages
    ("https://www.reddit.com/r/worldnews/comments/abc123/strike_on_the_port/", True),
    ("https://www.example-weekly.com/node/1364/comments?page=2", True),
    ("https://someblog.wordpress.com/2018/09/03/the-siege/comment-page-1/", True),
    # a thread's first page, an article, a comments tab of the article's own page
    ("https://forum.example.org/threads/flood-in-the-valley.4421/", False),
    ("https://forum.example.org/threads/flood-in-the-valley.4421/page-1", False),
    ("https://board.example.net/viewtopic.php?t=93&start=0", False),
    ("https://news.example.com/story/77?tab=comments", False),
    ("https://news.example.com/2019/05/blast-kills-12.html", False),
    (None, False),
])
def test_comment_page_urls(url, comments_only):
    assert is_comment_page_url(url) is comments_only


@pytest.mark.parametrize(("line", "letters"), [
    ("Letters to the Editor", True),
    ("LETTERS TO THE EDITOR", True),
    ("Letter to the editor", True),
    ("To the editor:", True),
    ("Dear Editor,", True),
    ("Readers’ letters: the ferry strike", True),
    ("Readers respond to the dam inquiry", True),
    # a headline about a letter, an editor's note, a letter bomb: no letters heading
    ("Editor's note: the count was corrected", False),
    ("Letter bomb injures two clerks", False),
    ("Mayor reads letters to the families", False),
])
def test_letters_page_headings(line, letters):
    assert opens_letters_page(line) is letters


@pytest.mark.parametrize(("line", "name"), [
    ("Dana Ruiz", "Dana Ruiz"),
    ("— Dana Ruiz, Eastfield", "Dana Ruiz"),
    ("Ole K. Brandt, Port Hale, Ont.", "Ole K. Brandt"),
    # one word, a sentence, a letter's own headline: no signature
    ("Dana", None),
    ("Four were hurt, the council said.", None),
    ("A price too high to pay", None),
])
def test_letter_signatures(line, name):
    assert letter_signature(line) == name
