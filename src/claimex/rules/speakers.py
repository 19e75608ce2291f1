"""Speaker rules of real news copy: the name inside a speaker phrase that describes its
speaker at length, and whether a named speaker can be the "he" or "she" that speaks
later. Pure functions over strings; the attribution component
(:mod:`claimex.pipeline.attribution`) applies them.

>>> named_part("Abdul Haq Shafaq, the provincial governor")
'Abdul Haq Shafaq'
"""

from __future__ import annotations

import re

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


# the signature line under an embedded post: "— Name (@handle) Month D, YYYY"
_SIGNATURE_RE = re.compile(
    r"\n[ \t]*[—–-]{1,2}[ \t]*(?P<name>[^\n(@]{1,80}?)[ \t]*\(@\w{1,30}\)[ \t]+"
    r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}[ \t]*(?=\n|$)")
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


def post_signature(text: str, at: int) -> tuple[int, int] | None:
    """The name that signs the embedded post (a tweet as news pages print it) holding
    offset ``at``: a signature line "— Name (@handle) Month D, YYYY" right under the
    paragraph of ``at`` (a blank line before the signature at most); None where no
    signature closes that paragraph.

    >>> text = "Our soldiers died today. 12 of them.\\n\\n— Ann Reyes (@annreyes) May 3, 2021"
    >>> start, end = post_signature(text, 25)
    >>> text[start:end]
    'Ann Reyes'
    >>> post_signature("12 died.\\n\\nMore news.\\n— Ann Reyes (@ar) May 3, 2021", 0) is None
    True
    """
    found = _SIGNATURE_RE.search(text, at)
    if found is None or _BLANK_LINE_RE.search(text[at:found.start()].rstrip() + "\n"):
        return None
    return found.start("name"), found.end("name")
