"""Numbers that are references, not figures, found around the figures already read (each
extra alternative in the master regex of :mod:`~claimex.rules.numbers.scan`, or an extra
regex scan of the text, slows every text): a number called ("call 101", "dial 999 or 112"),
an item of a plural reference list ("Articles 3 and 4", "junctions 16 to 19") and a street
number ("outside 10 Downing Street", "Suite 4, 12-14 Harbour Road"). Read by
:mod:`~claimex.rules.numbers.second_pass` (:func:`_not_a_figure`).

>>> text = "Under Articles 3 and 4 of the pact"
>>> _not_a_figure(text, _Atom(21, 22, 4.0, "run", plain=True, raw="4"))
True
"""

from __future__ import annotations

import re

from claimex.rules.numbers.context import _ID_PLURALS, _REF_NUMBER
from claimex.rules.numbers.runs import _Atom
from claimex.rules.numbers.vocabulary import _DASH, _SP, _alt

# A number called, before a pause or the end: "call 101", "dial 999 or 112" (not figures).
_CALLED_BEFORE_RE = re.compile(
    r"(?<![\w.])(?:call(?:ed)?|dial(?:l?ed)?|ring|text)" + _SP + r"+(?:\d{3,}(?:" + _SP
    + r"\d{3,})*" + _SP + r"+or" + _SP + r"+)?$", re.I)


_CALLED_AFTER_RE = re.compile(
    r"(?:" + _SP + r"\d{3,})*(?:" + _SP + r"+or" + _SP + r"+\d{3,}(?:" + _SP + r"\d{3,})*)?"
    + _SP + r"*(?:[,.;:)]|$|or\b|and\b|quoting\b|for\b|immediately\b|now\b|free\b|in\b"
    r"|if\b)", re.I)


# A plural reference with a list: "Articles 3 and 4", "junctions 16 to 19" (not figures).
_PLURAL_REF_BEFORE_RE = re.compile(
    r"(?:" + _alt(_ID_PLURALS) + r")" + _SP + r"+(?:" + _REF_NUMBER + r"(?:" + _SP
    + r"*," + _SP + r"*|" + _SP + r"+(?:and|or|to|&)" + _SP + r"+))*$", re.I)


_PLURAL_REF_AFTER_RE = re.compile(
    r"(?:" + _SP + r"*," + _SP + r"*|" + _SP + r"+(?:and|or|to|&)" + _SP + r"+)" + _REF_NUMBER,
    re.I)


def _not_a_figure(text: str, atom: _Atom) -> bool:
    """A number called, a reference in a plural list ("Articles 3 and 4") or a street
    number (see :func:`_is_street_number`)."""
    s = atom.start
    if not atom.plain:
        return False
    if atom.raw.isdigit() and _is_street_number(text, atom):
        return True
    if s == 0:
        return False
    window = max(0, s - 60)
    if atom.raw.isdigit() and len(atom.raw) >= 3 and _CALLED_BEFORE_RE.search(text, window, s) \
            and _CALLED_AFTER_RE.match(text, atom.end):
        return True
    before = _PLURAL_REF_BEFORE_RE.search(text, window, s)
    if before is None or (before.start() and (text[before.start() - 1].isalnum()
                                              or text[before.start() - 1] in "._")):
        return False  # none, or inside a word ("particles 3 and 4")
    if any(c.isdigit() for c in before.group()):
        return True  # a later item of the list
    return _PLURAL_REF_AFTER_RE.match(text, atom.end) is not None  # the first, if a list


_STREET_AFTER_RE = re.compile(
    _SP + r"+(?-i:(?:[A-Z][a-z]+" + _SP + r"+){1,3}(?:Road|Street|Avenue|Lane|Drive|Terrace|"
    r"Boulevard|Rd|St|Ave|Blvd)\b)(?!" + _SP + r"*\d)")


# What comes before a street number: a place preposition, a comma ("Suite 4, 12-14 Harbour
# Road") or the start of a line.
_ADDRESS_BEFORE_RE = re.compile(
    r"(?:\b(?:at|on|of|outside|near|from|to|in|opposite|behind|inside)" + _SP + r"+|," + _SP
    + r"*|^" + _SP + r"*)$", re.I | re.M)
# The first number of a pair of street numbers, before the second: "12-" in "12-14".
_STREET_NUMBER_BEFORE_RE = re.compile(r"(?<![\d,.])\d{1,4}(?:[" + _DASH + r"/]|" + _SP + r"+to"
                                      + _SP + r"+)$")
_STREET_NUMBER_PAIR_RE = re.compile(r"(?:[" + _DASH + r"/]|" + _SP + r"+to" + _SP + r"+)\d{1,4}(?="
                                    + _SP + r")")  # "12-14 Harbour Road", "1 to 2 Linden Terrace"


def _is_street_number(text: str, atom: _Atom) -> bool:
    """Whether a number, or a pair of them, is a street number: before a Title Case street
    name and after a place preposition, a comma or a line start ("outside 10 Downing
    Street", "Suite 4, 12-14 Harbour Road"; not "killed 22 Red Crescent volunteers").

    >>> text = "Suite 4, 12-14 Harbour Road"
    >>> [_is_street_number(text, _Atom(s, e, 0.0, "run")) for s, e in ((9, 11), (12, 14))]
    [True, True]
    """
    start, end = atom.start, atom.end
    pair = _STREET_NUMBER_PAIR_RE.match(text, end)
    if pair:
        end = pair.end()  # the first of "12-14"
    else:
        first = _STREET_NUMBER_BEFORE_RE.search(text, max(0, start - 6), start)
        if first:
            start = first.start()  # the second of "12-14"
    return bool(_STREET_AFTER_RE.match(text, end)
                and _ADDRESS_BEFORE_RE.search(text, max(0, start - 12), start))
