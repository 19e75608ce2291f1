"""A second pass over the figures read: drops numbers called and references in a plural
list ("call 101", "Articles 3 and 4"); adds "double the figure" (2 times) and ages by decade
("a man in his 60s").

>>> [a.low for a in _second_pass("a man in his 60s", [])]
[60.0]
"""

from __future__ import annotations

import re
from bisect import bisect_right

from claimex.rules.numbers.references import _not_a_figure
from claimex.rules.numbers.runs import _Atom
from claimex.rules.numbers.vocabulary import _DASH, _DOUBLE, _DOUBLE_WORDS, _SP

_DOUBLE_BEFORE_RE = re.compile(
    r"(?:,|\b(?:is|was|are|were|be|been|being|nearly|almost|about|roughly|around|than|more|"
    r"over|at|some|costs?|costing|paying|paid|earns?|earning|earned|now|still|close" + _SP
    + r"+to))" + _SP + r"*$", re.I)


# An age by decade after a possessive: "a man in his 60s", "in her early 30s".
_AGE_DECADE = (  # the possessive is matched too: a look-behind would slow every position
    r"(?:his|her|their)" + _SP + r"+(?P<dec>(?:(?:early|mid|late)[" + _DASH
    + r" ]?)?[1-9]0['’]?s)(?![\w'’])"
)


_AGE_DECADE_PART = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


_AGE_DECADE_RE = re.compile(_AGE_DECADE + r"$", re.I)


def _find_words(low: str, words) -> list[int]:
    """Where each of ``words`` starts a word in ``low`` (a lower-cased text)."""
    found = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            if (at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "._")) and \
                    not low[at + len(word):at + len(word) + 1].isalpha():
                found.append(at)
            at = low.find(word, at + 1)
    return found


def _second_pass(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Drops numbers called and plural references ("call 101", "Articles 3 and 4"), adds
    "double the figure" (2 times) and age decades ("in his 60s"); atoms stay in text order."""
    atoms = [a for a in atoms if not _not_a_figure(text, a)]
    low = text.lower()
    added: list[_Atom] = []
    if "0s" in low or "0's" in low or "0’s" in low:
        at = low.find("0")
        while at >= 0:
            m = _DECADE_END_RE.match(text, at)
            if m:
                before = _AGE_DECADE_RE.search(text, max(0, at - 30), m.end())
                if before:
                    s, e = before.span("dec")
                    word = text[s:e].lower()
                    decade = float(re.search(r"\d+", word).group())
                    lo_off, hi_off = next(
                        (v for k, v in _AGE_DECADE_PART.items() if word.startswith(k)), (0, 9))
                    atom = _Atom(s, e, decade + lo_off, "agedec", high=decade + hi_off)
                    atom.unit, atom.kind, atom.qual = "years", "duration", "range"
                    added.append(atom)
            at = low.find("0", at + 1)
    if any(w in low for w in _DOUBLE_WORDS):
        for at in _find_words(low, _DOUBLE_WORDS):
            m = _DOUBLE_RE.match(text, at)
            if m and _DOUBLE_BEFORE_RE.search(text, max(0, at - 20), at):
                atom = _Atom(at, m.end(), _DOUBLE_WORDS[m.group().lower()], "mult")
                atom.unit, atom.kind = "times", "other"
                added.append(atom)
    if added:
        starts = [a.start for a in atoms]
        ends = [a.end for a in atoms]
        keep = []
        for b in added:
            i = bisect_right(starts, b.start)
            if (i and ends[i - 1] > b.start) or (i < len(starts) and starts[i] < b.end):
                continue  # overlaps a figure already read
            keep.append(b)
        atoms = sorted(atoms + keep, key=lambda a: a.start)
    return atoms


_DECADE_END_RE = re.compile(r"0['’]?s(?![\w'’])")


_DOUBLE_RE = re.compile(_DOUBLE.replace("(?<![A-Za-z])", ""), re.I)
