"""Speaker rules of real news copy: the name inside a speaker phrase that describes its
speaker at length, and whether a named speaker can be the "he" or "she" that speaks
later. Pure functions over strings; the attribution component
(:mod:`claimex.pipeline.attribution`) applies them.

>>> named_part("Abdul Haq Shafaq, the provincial governor")
'Abdul Haq Shafaq'
"""

from __future__ import annotations

import re

# the line that closes an embedded post: "— Ann Reyes (@annreyes) May 2, 2019"
_POST_SIGNATURE_RE = re.compile(
    r"^[ \t]*[—–][ \t]*(?P<name>[^\n()@]{2,60}?)[ \t]*\(@\w{1,30}\)[ \t]+"
    r"[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*$", re.M)
# the longest an embedded post runs before its signature
POST_REACH = 400
# what sets an appositive or a relative clause off a name: ", ", a spaced dash, "("
_APPOSITION_RE = re.compile(r",\s+|\s[–—-]\s|\s*\(")
_LEADING_WORDS = frozenset({"the", "a", "an"})


def named_part(phrase: str) -> str:
    """The name an appositive speaker phrase describes, which a later pronoun stands for:
    the first part (split at ", ", a spaced dash or "(") whose last word is capitalised,
    else the first part; a phrase without an appositive stays whole.

    >>> named_part("Karim Sadeq, a district official in Zabul province")
    'Karim Sadeq'
    >>> named_part("a police spokesman, Omar Farid")
    'Omar Farid'
    >>> named_part("The Red Crescent – volunteers who run the ambulances")
    'The Red Crescent'
    >>> named_part("Tom Hale, who runs the county's bus company")
    'Tom Hale'
    >>> named_part("the local health office")
    'the local health office'
    """
    parts = [p.strip() for p in _APPOSITION_RE.split(phrase) if p and p.strip()]
    if len(parts) < 2:
        return phrase
    for part in parts:
        words = [w for w in part.split() if w.lower() not in _LEADING_WORDS]
        if words and words[-1][:1].isupper():
            return part
    return parts[0]


def embedded_post_author(text: str, at: int) -> tuple[int, int] | None:
    """Where the author's name stands in the signature line that closes the embedded post
    (a tweet as pages print it) holding offset ``at``: the first signature within
    :data:`POST_REACH` characters after it, with no other signature between; None where
    no post closes there.

    >>> text = "Boko Haram killed 40 soldiers.\n\n— Ann Reyes (@annreyes) May 2, 2019"
    >>> start, end = embedded_post_author(text, 18)
    >>> text[start:end]
    'Ann Reyes'
    >>> embedded_post_author("Boko Haram killed 40 soldiers.", 18) is None
    True
    """
    match = _POST_SIGNATURE_RE.search(text, at)
    if match is None or match.start() - at > POST_REACH:
        return None
    return match.start("name"), match.end("name")


# a speaker who is the text's own writer: the article's, or the comment's author
_WRITER_WORDS = frozenset({"i", "we"})


def writer_speaks(speaker: str) -> bool:
    """Whether a reporting speaker is whoever writes the text ("I have to acknowledge the
    death of another soldier", "Weeks ago, we reported two men were shot"): the claim is
    then the article's, or in a comment its author's, as if nobody were quoted.

    >>> writer_speaks("I"), writer_speaks("We"), writer_speaks("the army")
    (True, True, False)
    """
    return speaker.strip().lower() in _WRITER_WORDS
