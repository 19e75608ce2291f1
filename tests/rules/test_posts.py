"""Sign-off lines of embedded social-media posts, as tables."""

from __future__ import annotations

import pytest

from claimex.rules.posts import headed_posts, post_author, reaction_posts, sign_off


@pytest.mark.parametrize("line, name", [
    ("— Harbour Desk (@harbourdesk) May 3, 2021", "Harbour Desk"),
    ("– Lena Park (@lenapark) June 9, 2016", "Lena Park"),
    # glued to the post's last word
    ("Roads shut after the blast.— Lena Park (@lenapark) June 9, 2016", "Lena Park"),
    # a day before the month
    ("— Riverside Fire (@riverfire) 4 August 2019", "Riverside Fire"),
    # no name: the handle
    ("— (@citydesk) Oct. 2, 2019", "citydesk"),
    # a hashtag or a symbol as the name
    ("— #Valleywatch (@valleywatch7) March 8, 2018", "#Valleywatch"),
])
def test_sign_off_names_the_author(line, name):
    found = sign_off(line)
    assert found is not None and line[found[1]:found[2]] == name


@pytest.mark.parametrize("line", [
    "He left — see (@desk) for more",            # no date
    "— Ann (@ann) 2019-05-02",                   # no month name
    "— Ann (@ann) May 2, 2019 and more words",    # not at the line's end
    "Four were hurt, police said — Reuters",      # an agency, no handle
    "Posted by Ann (@ann) May 2, 2019",           # no dash
])
def test_not_a_sign_off(line):
    assert sign_off(line) is None


TEXT = ("The mayor spoke at noon.\n"
        "Three dead and nine hurt at the station\n"
        "— Metro Watch (@metrowatch) April 2, 2014\n"
        "Our reporter is on the way.\n"
        "Two more taken to hospital.— Kim Lee (@kimlee) April 2, 2014\n"
        "A second post, its words far above\n\n"
        "and a blank line before the sign-off\n\n"
        "— Jo Bell (@jobell) April 3, 2014")


@pytest.mark.parametrize("phrase, author", [
    ("nine hurt", "Metro Watch"),              # the line above the sign-off
    ("Two more", "Kim Lee"),                   # the sign-off glued to the post
    ("blank line before", "Jo Bell"),          # a blank line between post and sign-off
    ("The mayor", None),                        # two lines above: the page's own text
    ("Our reporter", None),                     # after a sign-off, before the next post
    ("far above", None),                        # a paragraph above the post's last one
    ("2014\nOur", None),                        # the sign-off's own date
])
def test_post_author(phrase, author):
    span = post_author(TEXT, TEXT.index(phrase))
    assert (TEXT[span[0]:span[1]] if span else None) == author


ROUNDUP = ("Mill fire: how the valley reacted\n"
           "Six workers died at the mill on Friday, firefighters said.\n"
           "A few of the posts we saw:\n"
           "Grim news from the mill tonight\n"
           "— Ines Varga (@ivarga) March 4, 2022\n"
           "Praying for the six families. #millfire pic.twitter.com/Qx7\n\n"
           "— Tobi Ade (@tobiade) March 4, 2022\n"
           "Ola Brun\n"
           "Two of the injured are my neighbours.— Ola Brun (@olabrun) March 5, 2022\n"
           "Nine hurt, and still no word from the owner")


def test_reaction_posts_split_a_roundup_into_signed_posts():
    posts = [(ROUNDUP[s:e], ROUNDUP[a[0]:a[1]] if a else None)
             for s, e, a in reaction_posts(ROUNDUP)]
    assert posts == [
        ("Grim news from the mill tonight", "Ines Varga"),        # after the colon line
        ("Praying for the six families.", "Tobi Ade"),             # tags and media link cut
        ("Ola Brun\nTwo of the injured are my neighbours.", "Ola Brun"),  # glued sign-off
        ("Nine hurt, and still no word from the owner", None),      # after the last sign-off
    ]


@pytest.mark.parametrize("text", [
    # two signed posts only: a story that embeds posts as news keeps them
    ROUNDUP.replace("— Ola Brun (@olabrun) March 5, 2022", ""),
    # three posts, but nothing before them says they are reactions
    ROUNDUP.replace("how the valley reacted", "the valley mourns")
           .replace("A few of the posts", "Three of the posts"),
    # no sign-off at all
    "Six died at the mill.\nPraying for them\nGrim news",
])
def test_not_a_reactions_roundup(text):
    assert reaction_posts(text) == []


@pytest.mark.parametrize("text, posts", [
    # a name before the handle; a handle alone; a place after the handle
    ("Posts:\n\nAna Ruiz @anar: Four missing\n\n@tlee: Water rising\n\n"
     "Kit Moss @kitm (Lowtown): Stay safe",
     [("Four missing", "Ana Ruiz"), ("Water rising", "tlee"), ("Stay safe", "Kit Moss")]),
    # a post runs to the end of its paragraph
    ("Ana Ruiz @anar: Four missing\nin the valley\n\nNot a post.\n\n"
     "@tlee: Water rising\n\n@kit: Ok",
     [("Four missing\nin the valley", "Ana Ruiz"), ("Water rising", "tlee"), ("Ok", "kit")]),
    # "By @handle" lines above the posts: each post runs to the next head
    ("By @desk1\nMay 4\nRoad shut\nBy @desk2\nMay 4\nTwo hurt\n\nmore\nBy @desk3\nMay 5\nOpen",
     [("May 4\nRoad shut", "desk1"), ("May 4\nTwo hurt\n\nmore", "desk2"),
      ("May 5\nOpen", "desk3")]),
])
def test_headed_posts(text, posts):
    found = [(text[s:e], text[a[0]:a[1]]) for s, e, a in headed_posts(text)]
    assert found == posts


@pytest.mark.parametrize("text", [
    "Ana Ruiz @anar: Four missing\n\n@tlee: Water rising",              # two posts only
    "Write to desk@paper.org: we read all\nNote: see @a\nCall us: @b now\nAsk @c",  # no heads
    "The mayor said on Sunday @cityhall: all clear\n@a: x\n@b: y",       # a sentence, not a name
])
def test_not_a_page_of_headed_posts(text):
    assert len(headed_posts(text)) < 3
