"""Number words, scales and fractions, one table each, and the regex alternations built
from them (digits, runs of number words, fractions, multipliers, vague quantifiers).

A word added to a table reaches every pattern that reads it:

>>> SCALE_WORDS["lakh"]
100000.0
>>> from claimex.rules.numbers import parse_number
>>> parse_number("two lakh"), parse_number("a lakh"), parse_number("half a lakh")
(200000.0, 100000.0, 50000.0)
"""

from __future__ import annotations

import re

from claimex import lexicon

INF = float("inf")


def _words(text: str) -> list[str]:
    return text.split()


#: Bounds of vague quantifiers, keyed by their normalised words (see the module docstring).
VAGUE_BOUNDS: dict[str, tuple[float, float]] = {
    "a couple": (2, 2),
    "a trio": (3, 3),
    "a few": (3, 5),
    "a handful": (2, 5),
    "several": (3, 9),
    "multiple": (3, 9),
    "numerous": (4, 99),
    "many": (4, INF),
    "tens": (20, 99),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
}


_SMALL = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}


_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}


#: Scale words, after digits or number words: "5 million", "two lakh", "a thousand", "half
#: a crore", "three lakh crore". Every pattern that reads a scale is built from this table
#: and the three below it, so a word added here works in all of them.
SCALE_WORDS = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
#: Abbreviated scales, read after digits only: "1.2bn", "5 mln", "3.5tn".
SCALE_ABBREVIATIONS = {
    "bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "mil": 1e6, "tn": 1e12, "trn": 1e12,
    "tln": 1e12,
}
#: Scales below a thousand, which the number reader treats on their own terms ("nine
#: hundred and twenty-one", "a dozen", "a half-dozen").
SMALL_SCALES = {"hundred": 100.0, "dozen": 12.0}
#: Scale letters glued to digits: "10k", "$5M", "3B" (a glued "m" is million or metres: see
#: ``attach._m_is_metre``).
LETTER_SCALES = {"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "B": 1e9, "b": 1e9, "T": 1e12}

_SCALES = SCALE_WORDS | SCALE_ABBREVIATIONS
#: The value of every scale word, small ones included.
SCALE_VALUES = SMALL_SCALES | SCALE_WORDS


_DENOMS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "eleventh": 11, "elevenths": 11, "twelfth": 12, "twelfths": 12,
    "thirteenth": 13, "thirteenths": 13, "fifteenth": 15, "fifteenths": 15,
    "sixteenth": 16, "sixteenths": 16, "twentieth": 20, "twentieths": 20,
    "thirtieth": 30, "thirtieths": 30, "fortieth": 40, "fortieths": 40,
    "fiftieth": 50, "fiftieths": 50, "sixtieth": 60, "sixtieths": 60,
    "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
}


_UNICODE_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}


#: Denominators that make "n/d" a fraction rather than a date, an idiom or an identifier.
_SLASH_DENOMS = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20, 25, 32, 40, 50, 64, 100, 1000})


# Month names and abbreviations, capitalised, from the shared word list (resources/words).
_MONTH_WORDS = sorted(word.capitalize() for entry in lexicon.entries("months") for word in entry)


_SP = r"[ \t\u00a0\u2009\u202f]"


_DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"


_DIGITS = (
    r"(?:\d{1,3},\d{1,2}(?=" + _SP + r"+(?:" + "|".join(_SCALES) + r")\b)"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)(?:\.\d+)?"  # Indian grouping: "1,08,38,323"
    r"|\d{1,3}(?:,\d{3}|,\x20(?=0)\d{3})+(?!\d)(?:\.\d+)?"
    r"|\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?!\d)(?:\.\d+)?"
    r"|\d{1,3}(?:\x20\d{3})+(?![\w\-\u2013])"
    r"|(?<!\d,)\d,\d{1,2}(?![\d,]|\.\d)"
    r"|\d{1,3}(?:\.\d{3}){2,}(?![.\d])"
    r"|\d+(?:\.\d+)?" + _SP + r"?[×x]" + _SP + r"?10(?:\^[-−+]?\d+|[-−]\d+|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
    r"(?![\w.])"
    r"|\d+(?:\.\d+)?[eE][-+]?\d+(?![\w.])"
    r"|\d+(?:\.\d+)?"
    r"|\.\d+)"
)


def _alt(words) -> str:
    """An alternation of literal words as a trie: "s(?:ection|everal)" rather than a flat
    list, which the regex engine rejects at a glance at most positions."""
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


_MONTH = "(?-i:" + _alt(_MONTH_WORDS + [w.upper() for w in _MONTH_WORDS]) + r")\b\.?"


_DOZEN_WORDS = ("dozen", "dozens", "doz", "dozs", "dz", "dzs")


#: Plural scales, a scale after number words only: "five hundreds", "three thousands
#: civilians" (after digits they are vague: "In 2011 thousands fled").
PLURAL_SCALES = {"hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}

#: Alternations of scale words: large ones, and with "hundred" and "dozen".
_SCALE_WORD = _alt(SCALE_WORDS)
_ANY_SCALE = _alt(SCALE_VALUES)

_NUM_WORDS = _alt([*_SMALL, *_TENS, "hundred", "point", *_DOZEN_WORDS, *_SCALES, *PLURAL_SCALES])


_START_WORDS = _alt(list(_SMALL) + list(_TENS) + ["dozen", "hundred"])


_DEN_WORDS = _alt([d for d in _DENOMS if d not in ("half", "quarter")])


_AHEAD_SCALE = r"(?=" + _SP + r"+(?:half|quarter|" + _ANY_SCALE + r")\b)"


_AHEAD_TOKEN_A = (
    r"(?=" + _SP + r"+(?:half|quarter|" + _ANY_SCALE + r"|" + _DEN_WORDS + r")\b)"
)


_HALF_OF_SCALE = (  # what makes "half" a number: "half a million", "half million"
    _SP + r"+(?:an?" + _SP + r"+)?(?:" + _ANY_SCALE + r")\b"
)


_TOKEN = (
    r"(?P<d>(?<![\w.])" + _DIGITS + r")"
    r"|(?<![A-Za-z])(?P<w>" + _NUM_WORDS + r")(?![A-Za-z])"
    r"|(?<![A-Za-z])(?P<a>an?)" + _AHEAD_TOKEN_A +
    r"|(?<![A-Za-z])(?P<f>half|quarter)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?P<den>" + _DEN_WORDS + r")(?![A-Za-z])"
)


_TOKEN_RE = re.compile(_TOKEN, re.I)


_RUN_START = (
    r"(?<![\w.])" + _DIGITS +
    r"|(?<![A-Za-z])(?:" + _START_WORDS + r")(?![A-Za-z])"
    r"|(?<![A-Za-z])an?" + _AHEAD_SCALE +
    r"|(?<![A-Za-z])half(?=" + _HALF_OF_SCALE + r")"
    r"|(?<![A-Za-z])quarter(?=" + _SP + r"+(?:"
    + _alt(w for w, v in SCALE_WORDS.items() if v >= 1e6) + r")\b)"
)


_RUN_TOKEN = re.sub(r"\(\?P<\w+>", "(?:", _TOKEN)


_RUN_SEP = (
    r"(?:" + _SP + r"*[" + _DASH + r"]" + _SP + r"*|" + _SP + r"+and" + _SP + r"+|" + _SP
    + r"*&" + _SP + r"*|," + _SP + r"+|" + _SP + r"+|)"
)


_RUN = r"(?:" + _RUN_START + r")(?:" + _RUN_SEP + r"(?:" + _RUN_TOKEN + r"))*"


_FRAC_NUM = _alt(["a", "an", *(w for w, v in _SMALL.items() if 1 <= v <= 10)])


_FRAC = (
    r"(?<![A-Za-z])(?:" + _FRAC_NUM + r")(?:" + _SP + r"+|" + _SP + r"*[" + _DASH + r"]" + _SP
    + r"*)(?:" + _alt(_DENOMS) + r")(?![A-Za-z])(?!" + _SP
    + r"+(?:" + _ANY_SCALE + r")\b)(?![" + _DASH + r" ]"
    r"(?:percentage[" + _DASH + r" ])?points?\b)"
    r"|(?<![A-Za-z])half(?=" + _SP + r"+[A-Za-z])(?!" + _HALF_OF_SCALE + r")"
)


_FRAC_RE = re.compile(
    r"(?P<num>" + _FRAC_NUM + r")(?:" + _SP + r"+|" + _SP + r"*[" + _DASH + r"]" + _SP
    + r"*)(?P<den>" + _alt(_DENOMS) + r")(?![A-Za-z])|(?P<half>half)",
    re.I,
)


_UFRAC = r"(?<![\w.])(?:\d+" + _SP + r"?)?[" + "".join(_UNICODE_FRACTIONS) + r"]"


#: Multiplier words: "twice", "thrice", "tenfold" (the number is the multiplier, unit "times");
#: "once" only before a frequency (``_MULT``).
_MULT_WORDS = {"twice": 2.0, "thrice": 3.0} | {
    f"{w}fold": float(v) for w, v in (*_SMALL.items(), *_TENS.items(), ("hundred", 100),
                                      ("thousand", 1000)) if v > 1}


_MULT_ONCE = {"once": 1.0}


_MULT = (r"(?<![A-Za-z])(?:" + _alt(_MULT_WORDS) + r")(?![A-Za-z])"
         # a frequency: "once every 50 years", "once a week", "once weekly" (not "once again")
         r"|(?<![A-Za-z])once(?=" + _SP + r"+(?:every|per|weekly|daily|monthly|yearly|annually"
         r"|an?" + _SP + r"+(?:day|week|fortnight|month|year|decade|night|season)s?)\b)")


# "double the figure", "nearly triple the national average": a multiplier before a
# determiner, not the verb ("will double the size"); see _double_is_multiplier.
_DOUBLE_WORDS = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}


_DOUBLE = (r"(?<![A-Za-z])(?:" + _alt(_DOUBLE_WORDS) + r")(?=" + _SP
           + r"+(?:the|its|their|his|her|that|what|those|this)\b)")


# "a quarter-point cut", "a half-point rise": fractions of a percentage point.
_POINT_FRACTION = (
    r"(?<![A-Za-z])(?:an?" + _SP + r"+)?(?:half|quarter|three[" + _DASH + r" ]quarters?)(?:["
    + _DASH + r" ]"
    r"percentage[" + _DASH + r" ]|[" + _DASH + r"]|" + _SP + r"+)points?(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:half|(?:an?|one|three)" + _SP + r"+quarters?" + _SP + r"+of)" + _SP
    + r"+an?" + _SP + r"+(?:percentage" + _SP + r"+)?point(?![A-Za-z])"  # "half a point"
)


#: Vague words read only before "of": "tens of <noun>", "scores of", "a trio of"; "scores"
#: also before a casualty word ("scores dead", "scores missing").
_VAGUE_BEFORE_OF = frozenset({"tens", "scores", "a trio"})
_VAGUE_CASUALTY_AFTER = {"scores": r"|dead|killed|missing|injured|wounded|hurt"}
# The vague quantifiers of VAGUE_BOUNDS, longest first ("hundreds of thousands" before
# "hundreds").
_VAGUE_CORE = "|".join(
    (_SP + "+").join(map(re.escape, key.split()))
    + (r"(?=" + _SP + r"+(?:of" + _VAGUE_CASUALTY_AFTER.get(key, "") + r")\b)"
       if key in _VAGUE_BEFORE_OF else "")
    for key in sorted(VAGUE_BOUNDS, key=len, reverse=True)
)


_VAGUE_SCALE = (
    r"(?:" + _SP + r"+(?:of" + _SP + r"+)?(?:" + _ANY_SCALE + r")s?(?![A-Za-z])"
    r"(?:" + _SP + r"+(?:" + _SCALE_WORD + r")(?![A-Za-z]))?)?"
)


_VAGUE = r"(?<![A-Za-z])(?:" + _VAGUE_CORE + r")(?![A-Za-z])" + _VAGUE_SCALE


_VAGUE_RE = re.compile(
    r"(?P<core>" + _VAGUE_CORE + r")(?![A-Za-z])(?P<scale>" + _VAGUE_SCALE + r")", re.I
)


_ORD = r"(?:st|nd|rd|th)?"


# a day of the month, never the first digit of a larger number ("March 30 - 41 killed":
# 41 is no day; "3,000" is no day)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?![,.]\d)"


_YEAR_AFTER = r"(?:,?" + _SP + r"*\d{4}(?!\d))?"


def _top(pattern: str) -> str:
    r"""A pattern for the start of a master alternative: the master's own look-behind
    ``(?<![\w.])`` makes the per-alternative ones redundant, and leaving them out keeps
    the regex engine's fast first-character checks."""
    return pattern.replace("(?<![A-Za-z])", "").replace(r"(?<![\w.])", "")


_LETTER_SCALE_RE = re.compile(
    r"(?-i:(?P<ls>" + "|".join(sorted([*LETTER_SCALES, "m"], key=len, reverse=True))
    + r"))(?![A-Za-z0-9])")


_OF_A_SCALE_RE = re.compile(
    _SP + r"+of" + _SP + r"+an?" + _SP + r"+(" + _SCALE_WORD + r")(?![A-Za-z])", re.I
)


_SCALE_AFTER_RE = re.compile(_SP + r"+(?:" + _ANY_SCALE + r")\b", re.I)


_VAGUE_SCALE_WORDS = SCALE_VALUES


_RUN_RE = re.compile(_RUN, re.I)
