"""The speaker rules of real news copy (:mod:`claimex.rules.speakers`), one phenomenon a
row. The texts are made up."""

from __future__ import annotations

import pytest

from claimex.rules.speakers import embedded_post_author, named_part, writer_speaks

NAMED_PARTS = [
    ("name, then an appositive", "Karim Sadeq, a district official in Zabul province",
     "Karim Sadeq"),
    ("description, then the name", "a police spokesman, Omar Farid", "Omar Farid"),
    ("name, then a dashed appositive", "The Red Crescent – volunteers who run the ambulances",
     "The Red Crescent"),
    ("name, then a relative clause", "Tom Hale, who runs the county's bus company", "Tom Hale"),
    ("name, then a possessive title", "Ann Reyes, Zabul's governor", "Ann Reyes"),
    ("name, then brackets", "the Afghan Red Crescent (ARCS)", "the Afghan Red Crescent"),
    ("no appositive", "the local health office", "the local health office"),
    ("a number's comma is no apposition", "1,200 residents", "1,200 residents"),
]


@pytest.mark.parametrize(("phrase", "name"), [row[1:] for row in NAMED_PARTS],
                         ids=[row[0] for row in NAMED_PARTS])
def test_named_part(phrase, name):
    assert named_part(phrase) == name


WRITERS = [
    ("the writer: I", "I", True),
    ("the outlet: we", "We", True),
    ("a named speaker", "the army", False),
    ("a pronoun for someone named", "he", False),
]


@pytest.mark.parametrize(("speaker", "writer"), [row[1:] for row in WRITERS],
                         ids=[row[0] for row in WRITERS])
def test_writer_speaks(speaker, writer):
    assert writer_speaks(speaker) is writer


POSTS = [
    ("a tweet's signature after a blank line",
     "Rebels killed 40 soldiers pic.twitter.com/x1\n\n— Ann Reyes (@annreyes) May 2, 2019",
     8, "Ann Reyes"),
    ("the next post's signature, not the one before",
     "— Bo Lind (@bolind) May 1, 2019\nRebels killed 40 soldiers.\n— Ann Reyes (@areyes) "
     "May 2, 2019", 45, "Ann Reyes"),
    ("no signature", "Rebels killed 40 soldiers, the army said.", 8, None),
    ("a signature too far after", "Rebels killed 40 soldiers." + " More text." * 50 +
     "\n— Ann Reyes (@areyes) May 2, 2019", 8, None),
    ("a dash line without a handle is no signature",
     "Rebels killed 40 soldiers.\n— Ann Reyes, May 2, 2019", 8, None),
]


@pytest.mark.parametrize(("text", "at", "author"), [row[1:] for row in POSTS],
                         ids=[row[0] for row in POSTS])
def test_embedded_post_author(text, at, author):
    found = embedded_post_author(text, at)
    assert (text[found[0]:found[1]] if found else None) == author
