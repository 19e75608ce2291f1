"""An aside between a count and its cue that names a part of the people counted
(:mod:`claimex.rules.parenthetical_parts`): lower-cased words and the index of the mark
in, the index of the first word after the aside out (None: no such aside)."""

from __future__ import annotations

import pytest

from claimex.rules.parenthetical_parts import opens_a_part, part_aside_end


@pytest.mark.parametrize(("text", "mark", "expected"), [
    # an inclusion between commas, a bare cue after it
    ("18 miners , including two foremen , dead after the blast", 2, 7),
    # a share between commas
    ("40 travellers , mostly traders , killed on the road", 2, 6),
    # "among them" and "N of them"
    ("11 guards , among them a captain , were wounded", 2, 8),
    ("nine people - six of them children - are killed", 2, 8),
    ("nine people – all of them herders – died in the raid", 2, 8),
    ("nine people -- two of whom were nurses -- died", 2, 9),
    # not an aside that names a part: the members listed one by one, other people
    ("two men , a farmer and his son , were shot dead", 2, None),
    ("30 pilgrims , their guides and four drivers , were seen", 2, None),
    # the aside is opened by a comma and closed by a dash
    ("12 guards , most of them recruits - were hurt", 2, None),
    # no closing mark within the aside's reach, or a sentence ends inside it
    ("five people , including a child who had been playing near the wall of the old "
     "market , died", 2, None),
    ("five people , including a child . two died", 2, None),
    # the mark is not at the index given
    ("five people , including a child , died", 1, None),
])
def test_part_aside_end(text, mark, expected):
    assert part_aside_end(text.split(), mark) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("mostly conscripts", True),
    ("including a nurse", True),
    ("three of them women", True),
    ("a nurse and a driver", False),
    ("police said", False),
])
def test_opens_a_part(words, expected):
    assert opens_a_part(words.split()) is expected
