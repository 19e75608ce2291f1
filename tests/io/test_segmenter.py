"""Page sections on sample pages of different sites, and on the shared real page."""

from __future__ import annotations

import json

import pytest

from claimex.io.segmenter import segment
from tests.conftest import PAGES, SHARED, needs_shared

PAGE_NAMES = sorted(p.stem for p in PAGES.glob("*.txt"))


def _section_texts(text, page):
    return [(s.kind, s.author, text[s.start:s.end]) for s in page.sections]


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_sample_page_sections(name):
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    page = segment(text)
    sections = _section_texts(text, page)

    titles = [t for kind, _, t in sections if kind == "title"]
    assert titles == ([expected["title"]] if expected["title"] else [])
    articles = [t for kind, _, t in sections if kind == "article"]
    assert len(articles) == 1
    assert articles[0].startswith(expected["article_starts_with"])
    assert articles[0].rstrip().endswith(expected["article_ends_with"])

    comments = [(author, t) for kind, author, t in sections if kind == "comment"]
    assert [a for a, _ in comments] == [c["author"] for c in expected["comments"]]
    for (_, got), want in zip(comments, expected["comments"], strict=True):
        assert got.startswith(want["starts_with"])
        assert got.rstrip().endswith(want["ends_with"])

    for piece_list in page.pieces:
        for start, end in piece_list:
            for residue in expected["residue_lines"]:
                assert residue not in text[start:end].splitlines()


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_author_lines_are_outside_every_section(name):
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    page = segment(text)
    for section in page.sections:
        if section.author:
            body = text[section.start:section.end]
            assert section.author not in body.splitlines()[:1]


def test_sections_are_ordered_and_disjoint():
    text = (PAGES / "bare_aleppo_front.txt").read_text(encoding="utf-8")
    page = segment(text)
    assert [s.index for s in page.sections] == list(range(len(page.sections)))
    for before, after in zip(page.sections, page.sections[1:], strict=False):
        assert before.end <= after.start


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Just one paragraph with no title at all.", ["article"]),
        ("A Short Headline Here\n\nThe article body follows. It has two sentences.",
         ["title", "article"]),
        ("KABUL, Afghanistan (Jan. 25, 2013)\nDuring an operation, a force killed two.",
         ["article"]),
        ("", []),
        ("\n\n   \n", []),
        # a text that is only a furniture-shaped line is still a document
        ("2/29/2020", ["article"]),
        # a press release's spaced-out header: blank lines without any author line are not
        # a comment thread
        ("ISAF Joint Command - Afghanistan\u20282011-02-S-129\u2028For Immediate Release "
         "\u2028\u2028\u2028KABUL, Afghanistan (Feb. 18) – A coalition air weapons team "
         "killed more than 30 insurgents overnight.\u2028\u2028While on patrol, the team "
         "saw them.", ["article"]),
        ("First paragraph of the story.\n\n\nSecond paragraph after two blank lines.",
         ["article"]),
    ],
)
def test_plain_documents(text, kinds):
    assert [s.kind for s in segment(text).sections] == kinds


def test_title_given_by_input_is_used_only_when_the_text_starts_with_it():
    text = "Strike on Marib\n\nAt least 12 people were killed."
    assert [s.kind for s in segment(text, title="Strike on Marib").sections] == [
        "title", "article"]
    assert [s.kind for s in segment(text, title="Another headline").sections] == [
        "article"]


def test_a_comment_page_url_has_no_article():
    """A thread's later page holds replies only: no article, whatever its layout."""
    text = "The toll stands at 21 tonight.\n\n\nI hope the families get some help soon."
    url = "https://boards.example.com/t/train-fire-in-the-town/6628?page=2"
    assert [s.kind for s in segment(text).sections] == ["article"]
    assert [s.kind for s in segment(text, url=url).sections] == ["comment", "comment"]


SHARED_AUTHORS = [
    "Rafik Chauhan", None, "Zionism = EVIL", "Oscar Silva Martinez", "Xoli Xoli", None, None,
    None, "Concrete Mike", "Assad must stay (gr8rambino)", None, None, "Zionism = EVIL",
    "Brother Ma", "Zionism = EVIL", None, None, "Concrete Mike", "Brother Ma", None, None,
    None, "klove and light", None, None, "Brother Ma", None, None, "Saddam Hussein",
    "Tudor Miron", "Saddam Hussein", "Tudor Miron", "Willing Conscience (The Truths",
    "Tudor Miron", "Willing Conscience (The Truths", "Willing Conscience (The Truths",
    "Saddam Hussein", "Prince Teutonic", "Dick Von Dast'Ard", None, None, None,
    "S Melanson", "Brother Ma", "Tudor Miron", "Assad must stay (gr8rambino)", "Xoli Xoli",
    "Xoli Xoli", "Willing Conscience (The Truths",
]


@needs_shared
def test_shared_news_page_comment_authors():
    path = SHARED / "news-comments" / "004_40d6d6e3744d1d80.txt"
    text = path.read_text(encoding="utf-8")
    page = segment(text)
    kinds = [s.kind for s in page.sections]
    assert kinds[:2] == ["title", "article"]
    comments = [s for s in page.sections if s.kind == "comment"]
    assert [c.author for c in comments] == SHARED_AUTHORS
    article = text[page.sections[1].start:page.sections[1].end]
    assert article.startswith("Turkey is negotiating with Russia")
    assert article.endswith("hold their attacks this time.")
    one_liners = {text[c.start:c.end] for c in comments if c.author is None}
    assert {"Waste of time.", "Finally a voice of reason"} <= one_liners


@pytest.mark.parametrize(("author_line", "author"), [
    ("Blogger Hal Brennan said...", "Hal Brennan"),
    ("At 4:41 PM, Anonymous tuvok77 said...", "tuvok77"),
    ("Anonymous said...", "Anonymous"),
])
def test_a_blogger_author_line_opens_the_thread(author_line, author):
    """Blogger's "NAME said..." line heads a comment: the thread starts there, not in the post."""
    text = (f"A post title here\n\nA post about a blast. Ten people died.\n\n\n{author_line}\n\n"
            "I heard twelve died.\n")
    page = segment(text)
    assert [s.kind for s in page.sections] == ["title", "article", "comment"]
    assert page.sections[-1].author == author


def test_a_letters_page_has_no_article_and_each_letter_is_signed_below():
    """Readers' letters under their heading: each letter is a comment, its writer the name
    signed under it (the town on the next line belongs to the signature)."""
    text = ("Letters to the Editor\n\nA bridge too far\n\nThe ferry fire killed eleven "
            "people, and nobody has resigned.\n\nDana Ruiz\n\nEastfield, Ont.\n\n"
            "Count the wounded too\n\nForty were hurt in that fire.\n\n"
            "— Ole Brandt, Port Hale\n")
    page = segment(text)
    assert [s.kind for s in page.sections] == ["title", "comment", "comment"]
    assert [s.author for s in page.sections[1:]] == ["Dana Ruiz", "Ole Brandt"]
    first = text[page.sections[1].start:page.sections[1].end]
    assert first.startswith("A bridge too far") and first.endswith("nobody has resigned.")


def test_a_letters_label_under_the_headline_opens_a_letters_page():
    text = ("Why the count matters\n\nLetter to the editor\n\nSix died in the blast, not "
            "four as your report said.\n\nMara Velt\n")
    page = segment(text)
    assert [s.kind for s in page.sections] == ["title", "comment"]
    assert page.sections[-1].author == "Mara Velt"


def test_a_roundup_of_signed_posts_is_an_article_then_one_comment_per_post():
    """Three or more posts signed "— Name (@handle) date" after a line that says they are
    reactions: the lines above the first post are the article, each post a comment."""
    text = ("Ferry sinking: readers react\n\nEight passengers drowned, the coast guard said.\n"
            "What the town tweeted:\nSo sad for the eight\n— Pia Holm (@piaholm) May 1, 2020\n"
            "Four of them were students\n— Rui Sa (@ruisa) May 1, 2020\n"
            "Where were the lifejackets?\n— Dee Moss (@deemoss) May 2, 2020\n")
    page = segment(text)
    assert [s.kind for s in page.sections] == ["title", "article", "comment", "comment",
                                               "comment"]
    assert [s.author for s in page.sections[2:]] == ["Pia Holm", "Rui Sa", "Dee Moss"]
    article = page.sections[1]
    assert text[article.start:article.end].endswith("What the town tweeted:")
    second = page.sections[3]
    assert text[second.start:second.end] == "Four of them were students"


@pytest.mark.parametrize("text, kinds, authors", [
    # "Name @handle: text" posts after the writer's lines; a line of the writer between two
    ("Landslide on the ridge road\n\nThe county said three drivers are missing.\n\n"
     "Some of the posts:\n\nLi Wen @liwen: Three cars under the mud\n\n"
     "Omar Diaz @odiaz (Ridgeway): Road closed both ways\n\nOne driver was found later.\n\n"
     "@bellgrove: Praying for the three",
     ["title", "article", "comment", "comment", "article", "comment"],
     [None, None, "Li Wen", "Omar Diaz", None, "bellgrove"]),
    # a gallery of threads, each under a "By @handle" line
    ("Threads about the flood\n\nBy @riverdesk\nMay 4\nWater rising at the weir\n"
     "By @meteo_east\nMay 4\nTwo hurt by a falling tree\n\nMore later\nBy @townhall\nMay 5\n"
     "Shelter open",
     ["title", "comment", "comment", "comment"],
     [None, "riverdesk", "meteo_east", "townhall"]),
])
def test_a_page_of_posts_headed_by_their_authors_is_one_comment_per_post(text, kinds, authors):
    page = segment(text)
    assert [s.kind for s in page.sections] == kinds
    assert [s.author for s in page.sections] == authors


def test_two_headed_posts_do_not_make_a_page_of_posts():
    text = ("Storm update\n\nTwo roofs came off.\n\nLi Wen @liwen: Our street is flooded\n\n"
            "Omar Diaz @odiaz: Power out since noon")
    assert [s.kind for s in segment(text).sections] == ["title", "article"]


@pytest.mark.parametrize("text, url, kinds, authors", [
    # the unroll site's count line above the posts; no profile line: author unknown
    (", 6 tweets, 2 min read\nThe ferry sank at dawn near the cape.\n\n"
     "Eleven crew are still missing, the port says.\n\nMore in the next post.",
     None, ["comment"], [None]),
    # a profile line above the thread names its author; the site's lines below it
    ("Harbour Watch @harbourwatch\nThe ferry sank at dawn near the cape.\n\n"
     "Eleven crew are still missing.\nRead all threads",
     None, ["comment"], ["Harbour Watch"]),
    # the site's "Keep current with NAME" line below the thread, and its host in the url
    ("The ferry sank at dawn near the cape.\n\nEleven crew are still missing.\n\n"
     "Keep current with Harbour Watch\n\nProfile picture",
     "https://threadreaderapp.com/thread/4417.html", ["comment"], ["Harbour Watch"]),
    # a news page that only mentions a thread is an article
    ("Ferry sinks off the cape\n\nEleven crew are missing, the port said in a thread "
     "on its account.\n\nRescuers were searching at noon.",
     "https://news.example.com/ferry", ["title", "article"], [None, None]),
])
def test_an_unrolled_thread_is_one_comment_by_its_author(text, url, kinds, authors):
    page = segment(text, url=url)
    assert [s.kind for s in page.sections] == kinds
    assert [s.author for s in page.sections] == authors
