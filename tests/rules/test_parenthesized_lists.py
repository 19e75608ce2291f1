"""The bracketed shares of a list (claimex.rules.parenthesized_lists), on sentences of our own."""

import pytest

from claimex.rules.parenthesized_lists import is_parenthesized_share

# sentence (space-separated words), the word's index, whether it is a bracketed share
CASES = [
    ("Storms killed 30 : Alba ( 12 ) , Brenn ( 18 ) .", 6, True),
    ("Storms killed 30 : Alba ( 12 ) , Brenn ( 18 ) .", 11, True),
    ("Storms killed 30 : Alba ( 12 ) , Brenn ( 18 ) .", 2, False),
    ("causes include falling walls ( 40 deaths ) , drowning ( 9 ) and fire ( 3 )", 11, True),
    ("causes include falling walls ( 40 deaths ) , drowning ( 9 ) and fire ( 3 )", 5, False),
    ("Alba ( 5 ) was hurt in the storm .", 2, False),
    ("Totals : 40 ( 12 ) and 9 ( 3 ) .", 4, False),
    ("Dead by town : Alba ( 1,204 ) and Brenn ( 77 ) .", 6, True),
    # a telephone number's area code, spaCy's tokens ("(555) 010-7788", "(555) 010-HELP (4357)")
    ("Tips to Crimeline at ( 555 ) 010 - 7788 or Line ( 555 ) 010 - HELP ( 4357 ) .", 4, False),
    ("Tips to Crimeline at ( 555 ) 010 - 7788 or Line ( 555 ) 010 - HELP ( 4357 ) .", 13, False),
    ("Tips to Crimeline at ( 555 ) 010 - 7788 or Line ( 555 ) 010 - HELP ( 4357 ) .", 20, False),
    ("Hurt : Alba ( 12 ) and Brenn ( 7 ) ; call Line ( 555 ) 010 - 7788 .", 4, True),
]


@pytest.mark.parametrize(("sentence", "index", "expected"), CASES)
def test_is_parenthesized_share(sentence, index, expected):
    assert is_parenthesized_share(sentence.split(), index) is expected
