"""Fractions and vague quantifiers read from words: "a third of", "two-thirds",
"half a year", "a half-dozen", "several hundred", "dozens".

>>> _fraction_atom("two-thirds of voters", 0, 10).low
0.6666666666666666
"""

from __future__ import annotations

import re

from claimex.rules.numbers.runs import _Atom
from claimex.rules.numbers.units import _UNIT_GROUPS, _UNIT_RE
from claimex.rules.numbers.vocabulary import (
    _DASH,
    _DENOMS,
    _FRAC_RE,
    _OF_A_SCALE_RE,
    _SCALE_AFTER_RE,
    _SCALES,
    _SMALL,
    _SP,
    _VAGUE_RE,
    _VAGUE_SCALE_WORDS,
    VAGUE_BOUNDS,
    _words,
)
from claimex.rules.numbers.words import (
    _FUNCTION_WORDS,
    _NEXT_WORDS_RE,
    _count_noun_follows,
    _prev_word,
)

_AFTER_BY_FRACTION_RE = re.compile(
    r"\s*(?:[.,;:)]|$|(?:in|since|over|from|to|this|last|during|after|compared|on|at|while"
    r"|and|but|as|year|between|within|for|among|across|against|until|before|when|if)\b)", re.I)


# "by" or "than" before a fraction, perhaps with a qualifier between: "by up to a third".
_BY_QUAL_BEFORE_FRACTION_RE = re.compile(
    r"\b(?:by|than)\s+(?:(?:up\s+to|nearly|almost|about|around|roughly|some|more\s+than|"
    r"less\s+than|over|under|at\s+least|at\s+most|as\s+much\s+as|just\s+over|just\s+under|"
    r"well\s+over)\s+)?$", re.I)


# A comparative right after "a third", "a fifth": "a fifth higher than", "a third fewer".
_COMPARATIVE_AFTER_FRACTION_RE = re.compile(
    r"\s+(?:higher|lower|more|less|fewer|bigger|smaller|larger|greater|cheaper|dearer|"
    r"faster|slower|longer|shorter|heavier|lighter|wider|narrower|above|below)\b", re.I)


_HALF_BAD_PREV = frozenset(_words(
    "the first second latter former other a an one each this that next last final opening "
    "back his her their its our my your"
))


_HALF_A_UNIT_RE = re.compile(_SP + r"+(?P<a>an?)(?P<unit>(?=" + _SP + r"+[A-Za-z]))?", re.I)


_QUAL_BEFORE_HALF_RE = re.compile(
    r"\b(?:about|nearly|almost|roughly|around|some|just|over|under|than)" + _SP + r"+$", re.I)


_HALF_NEXT = frozenset(_words("of the its their his her our all these those them this that"))


def _fraction(start: int, end: int, value: float) -> _Atom:
    atom = _Atom(start, end, value, "frac")
    atom.kind = "fraction"
    return atom


def _fraction_atom(text: str, s: int, e: int) -> _Atom | None:
    m = _FRAC_RE.match(text, s, e)
    if m is None:
        return None
    if m.group("half"):
        before = _prev_word(text, s)
        if before in _HALF_BAD_PREV:
            return None
        unit = _HALF_A_UNIT_RE.match(text, m.end())
        if unit and unit.group("unit") is not None:
            u = _UNIT_RE.match(text, unit.end("a"))
            if u and _UNIT_GROUPS[u.lastgroup][1] in ("duration", "distance"):
                # "half a year", "half a mile"
                atom = _Atom(s, u.end(), 0.5, "frac")
                atom.vend = m.end()
                atom.unit, atom.kind = _UNIT_GROUPS[u.lastgroup]
                return atom
        after = _NEXT_WORDS_RE.match(text, m.end())
        if after is None:
            return None
        u = _UNIT_RE.match(text, m.end())
        if u and _UNIT_GROUPS[u.lastgroup][1] == "duration" and u.group().endswith("s"):
            return None  # "half centuries" (cricket), "half hours": no fraction of a unit
        if after.group(1).lower() not in _HALF_NEXT and not _count_noun_follows(
                text, m.end()) and not _QUAL_BEFORE_HALF_RE.search(text, max(0, s - 20), s):
            return None  # "half" needs "of", a determiner or a plural noun after it, or a
            # qualifier before it ("about half coming from")
        return _fraction(s, m.end(), 0.5)
    num_word, den_word = m.group("num").lower(), m.group("den").lower()
    num = 1 if num_word in ("a", "an") else _SMALL[num_word]
    if (num == 1) == den_word.endswith("s"):
        return None  # "one thirds", "two third"
    if den_word in ("half", "quarter") and num == 1:
        whole = _DOZEN_CENTURY_AFTER_RE.match(text, m.end())
        if whole:  # "a half-dozen" is 6; "a quarter-century" 25 years
            atom = _Atom(s, whole.end(), 0.0, "run")
            if whole.group(1).lower() == "dozen":
                atom.low = atom.high = 12 / _DENOMS[den_word]
            else:
                atom.low = atom.high = 100 / _DENOMS[den_word]
                atom.unit, atom.kind = "years", "duration"
            atom.vend = whole.end()
            return atom
    if num == 1 and den_word != "half" and num_word != "one" \
            and not _OF_OR_PUNCT_RE.match(text, m.end()) \
            and not _QUAL_BEFORE_HALF_RE.search(text, max(0, s - 20), s) \
            and not _COMPARATIVE_AFTER_FRACTION_RE.match(text, m.end()) \
            and not (_BY_QUAL_BEFORE_FRACTION_RE.search(text, max(0, s - 30), s)
                     and _AFTER_BY_FRACTION_RE.match(text, m.end())):
        return None  # "a third attack" is an ordinal; "a third of", "a third.", "rose by
        # (up to) a third in", "a fifth higher" are fractions
    if den_word == "half" and _SCALE_AFTER_RE.match(text, m.end()):
        return None  # "a half million" is a number, read as a run
    atom = _fraction(s, m.end(), num / _DENOMS[den_word])
    tail = _OF_A_SCALE_RE.match(text, atom.end)
    if tail:
        atom.low = atom.high = atom.low * _SCALES[tail.group(1).lower()]
        atom.end = atom.vend = tail.end()
        atom.kind = "count"
    return atom


_DOZEN_CENTURY_AFTER_RE = re.compile(r"[" + _DASH + r" ](dozen|century)\b", re.I)


_OF_OR_PUNCT_RE = re.compile(_SP + r"+of\b|" + _SP + r"*(?:[,.;:!?)\]\"'’]|$)", re.I)


_MULTIPLE_NOT_COUNT = frozenset(_words("launch choice sclerosis rocket personality"))


_VAGUE_BAD_PREV = frozenset({"how", "so", "too", "as", "not", "that", "this", "very", "the"})


_VAGUE_MULTIPLIABLE = frozenset({
    "a couple", "a few", "a handful", "several", "multiple", "numerous", "many", "dozens",
    "hundreds", "tens",
})


def _vague_atom(text: str, s: int, e: int) -> _Atom | None:
    m = _VAGUE_RE.match(text, s)
    if m is None:
        return None
    core = " ".join(m.group("core").lower().split())
    if core == "many":
        if _prev_word(text, s) in _VAGUE_BAD_PREV or not _count_noun_follows(text, m.end("core")):
            return None
    elif core == "multiple":
        nxt = _NEXT_WORDS_RE.match(text, m.end("core"))
        if nxt is None or nxt.group(1).lower() in _FUNCTION_WORDS or \
                nxt.group(1).lower() in _MULTIPLE_NOT_COUNT:
            return None
    low, high = VAGUE_BOUNDS[core]
    scale_text = m.group("scale")
    end = m.end("core")
    if scale_text:
        words = [w.lower().rstrip("s") for w in scale_text.split() if w.lower() != "of"]
        factor = 1.0
        for w in words:
            factor *= _VAGUE_SCALE_WORDS.get(w, 1.0)
        if core in _VAGUE_MULTIPLIABLE and factor > 1:  # "several hundred", "a few dozen"
            low, high = low * factor, high * factor
            end = m.end("scale")
    return _Atom(s, end, low, "vague", high=high)
