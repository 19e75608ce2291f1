"""Find the figures in English news text: counts, percentages, money, fractions, durations.

``find_quantities(text)`` returns every figure in ``text`` as a :class:`Quantity`, left to
right and non-overlapping, with its character span, its bounds (``low``/``high``), a
qualifier, a unit and a kind. ``parse_number`` reads one number expression on its own.
Both are pure functions of a ``str`` and never raise.

Bounds
    A plain figure has ``low == high``. Open upper bounds are ``float("inf")`` (the JSON
    writer turns them into ``null``); for percentages below 100 the open bound is 100, for
    fractions below 1 it is 1.

    =========== ================================ ================================
    qualifier    triggered by                     low .. high
    =========== ================================ ================================
    exact        a bare figure                    v .. v
    approx       about, around, some, nearly,     v .. v
                 almost, roughly, approximately,
                 an estimated, close to, ~, or so
    range        150-250, 150 – 250, between A    A .. B (A < B, else no range;
                 and B, from A to B, A to B,      "A or B" only when B <= 10·A)
                 A or B, two or three; A ± B,     A-B .. A+B
                 A +/- B
    at_least     at least, no fewer/less than,    v .. inf
                 a minimum of, >=, or more, 100+
    more_than    more than, over, upwards of,     v .. inf (the reported minimum
                 in excess of, above, >           stays ``low``: "more than 30" is
                                                  30 .. inf, not 31)
    at_most      up to, at most, as many as,      0 .. v
                 a maximum of, no more than
    less_than    less than, under, fewer than,    0 .. v
                 below, <
    vague        the words in ``VAGUE_BOUNDS``    see the table below
    =========== ================================ ================================

Vague quantifiers (``VAGUE_BOUNDS``; low bounds follow how casualty annotators read them,
"several" and "multiple" as at least 3, "numerous" as at least 4)

    ====================== ===================== ====================================
    words                  low .. high           notes
    ====================== ===================== ====================================
    a couple (of)          2 .. 2
    a few                  3 .. 5                as casualty annotators read it
    a handful              2 .. 5
    several, multiple      3 .. 9                "multiple" only before a noun
    numerous               4 .. 99
    many                   4 .. inf              only before a plural noun, and not in
                                                 "how/so/too/as many"
    tens (of)              20 .. 99              only in "tens of <noun>"
    dozens                 24 .. 99
    scores (of)            40 .. 99              only in "scores of"
    hundreds               200 .. 999
    thousands              2,000 .. 9,999
    tens of thousands      20,000 .. 99,999
    hundreds of thousands  200,000 .. 999,999
    millions               2,000,000 .. 9,999,999 (likewise tens/hundreds of millions,
                                                 billions)
    ====================== ===================== ====================================

    A vague word before a scale multiplies: "several hundred" is 300 .. 900, "a few
    dozen" 36 .. 60. Two vague quantities joined by "or (even)", "to", "if not" make one
    vague quantity: "dozens or even hundreds" is 24 .. 999.

Judgement calls
    * "one" is a count of 1 ("one soldier", "one of the commanders": a partitive is still
      a count), except as a pronoun or idiom: "no one", "the/this/that/which/any/every/
      each one", "one another", "one by one", "one of the largest" (a superlative),
      "one day/time/point/way" unless a duration ("for one day"), "one-sided", "number
      one" (a rank), and a
      determiner and an adjective before it with no noun after ("as the old one.", "a
      bigger one in Idlib"). With a unit it counts after a determiner too ("that one mile").
    * "no", "none" are not figures here; :func:`find_zero_quantifiers` finds them for the
      layer that decides whether they count something. "zero" and "0" are figures.
    * Not figures: years ("in 2015", "2011-2013", "2019/20", "the 1990s"; a bare 1500-2100
      integer is a year unless a plural noun follows ("2000 people", but "the 2015
      attacks" is a year), a qualifier precedes ("about 2000") or a casualty word does
      ("killed 2000", "the toll rose to 1900"); "the 2000 who fled" stays a year, and so
      does one before a noun of a year: "from 1990 levels", "2010 prices"), dates
      ("May 28", "28 May 2019", "25/01/2013", "1.6. 2019"), times ("14:30", "9:14 am",
      "at 0914", "1430 GMT"), ordinals ("21st", "5th Corps", "the third"), identifiers
      ("S-400", "F35", "COVID-19", "MH17", "Resolution 2254", "Route 66", "Boeing 737",
      "UN SCR 2401", "5G", "3D", "number 10", "FTSE 100", "Fortune 500", "Category 4",
      "Gallery 3", "737 MAX 9", "a 4K television", and a camel-case name before a number:
      "iPhone 15", "PlayStation 5"),
      phone numbers ("+1 202 555 0143", "020 7946 0958"), URLs, sports scores
      ("won 2-1", "a 3-0 victory": a dash pair whose first number is not the smaller, or
      any small dash pair near a sports word, or a descending one up to 200 near it: "beat
      the Celtics 112-104") and "24-7"/"9/11" (slash pairs are fractions only for common
      denominators: 2/3, 1/40).
    * Version labels ("Balkans 2.0", "Web 3.0": N.0 right after a capitalised word) are
      not figures.
    * "10m" is ten million after a currency sign or before a plural noun (right after it or
      after adjectives: "1.5m Syrian refugees", "2m more people"), else ten metres ("a
      100m wall surrounds it"); "10M" is always ten million. A scale joined by a hyphen
      counts: "$1.5-trillion", "a 5-million-dollar fund".
    * Multipliers: "twice" (2), "thrice" (3), "three times", "2.5 times", "10-fold",
      "tenfold", "1.5x" have unit "times" (kind ``other``), whether they multiply ("three times
      higher") or count occasions ("struck three times"). "doubled", "tripled", "halved"
      are verbs, not figures.
    * "a"/"an" before a unit is one of it after a qualifier only: "more than a decade" is
      1 .. inf decades, "nearly a year" 1 year, "less than a dollar" 0 .. 1 USD, "more than
      a year and a half" 1.5 .. inf; "a year ago", "over a year" (during), "higher than a
      year earlier" (a comparison) are nothing.
    * "20-25,000" is 20,000 .. 25,000: in "A-B" with B written with thousands separators, A
      takes B's scale when that puts it below B and above a tenth of it ("150-1,000"
      stays 150 .. 1,000).
    * Units: "percentage points" are ``pp`` (a difference of percentages, kind
      ``percent``), "basis points" ``bps``; watts, watt-hours and bytes keep their prefix
      ("1,200 MW", "13.5 kWh", "256GB", "3.2GHz"); "hp", "lb-ft", "light-years", "MP"
      (megapixels), "mAh" are units; "aged 34" is 34 years; "won" is a currency (KRW)
      only after a scale ("10 trillion won"); "Rs 500 crore" and "Rs1.5 billion" are INR
      (the rupee of Pakistan, Sri Lanka and Nepal is written "Rs" too), "KSh" KES, "Tk"
      BDT, "Rp" IDR, "S$" SGD, "NT$" TWD, "R$" BRL; kronor/krona are SEK, kroner/krone
      NOK ("Danish kroner" DKK). "in" glued to digits is inches before a lower-case word or
      the end of a phrase ("5ft 11in tall", "2in of rain"), not after a year ("2011in
      Paris").
    * "two-and-a-half years" is 2.5 years; "a quarter-point cut" (also "half-point",
      "three-quarter-point", "a quarter percentage point") is 0.25 ``pp``; a spaced "quarter
      point" without "percentage" is nothing. "5.000 people" is 5000 (no one counts 5.0 people);
      "1,5 million" is 1.5 million, and so is a lone "1,3" (one digit, a comma, one or two
      digits, not in a list like "22,24,26"); otherwise "1.234" is a decimal.
    * A scale after a scale multiplies ("three lakh crore", "a thousand million"); a plural
      scale after number words is a scale ("five hundreds", "three thousands civilians",
      common in non-native news), after digits it is not ("In 2011 thousands fled").
    * "2.48×10−5", "5.5x10-3", "3 x 10^6" are scientific notation; "a 5x10 room" is not.
    * "10 bln or 10 tln", "five or 500": "or" joins a range only when B <= 10·A.
    * Three or more figures glued by dashes ("three-nought-four", "1-2-3") are no range.
    * A subunit adds to its unit: "3 dollars 50 cents" is 3.5 USD, "5 feet 2 inches" 5 1/6
      ft, "two pounds and 50 pence" 2.5 GBP; a lone "50 cents" keeps unit "cents".
    * "pounds" is money unless weight words come shortly before ("weighing 500 pounds",
      "a metric ton is 2,204.62 pounds"), "of" follows or a hyphen joins it ("500-pound").
    * "40C" (attached) is 40 °C; "13F" stays an identifier. "98 degrees", "85°" have unit
      "°"; "$" and ISO codes after a number are currencies ("10 $", "500 USD") unless a
      digit follows (then they are the next figure's prefix).
    * "A-B" with a scale only on B propagates it: "5-10 million" is 5e6 .. 10e6, "$5-10m"
      likewise; a unit on either side goes to both ("10-15 km", "50 to 80%").
    * "rose from 10 to 15" is a change, not a range: two figures. So is "shrank by 800,000
      to 124.4 million" (after a change verb, "by A to B" where B is ten times A or more, or
      has a scale A cannot share); "cut by 5 to 10 percent" stays a range.
    * "N in M" and "N out of M" are fractions when N <= 10 and N < M, with M <= 100 or a
      round hundred that is not a year ("one in five", "nine out of ten", "two out of
      five hundred", "one in a million"); "12 out of 30" stays two counts.
    * Signs: "minus five", "negative ten", "-18 °C", "$-99.99" are negative; a hyphen after
      a number is a range dash ("150 -250"). "up to -5" is -inf .. -5.
    * Fractions: "a third of", "half of the", "two-thirds", "three quarters", "2/3", "½"
      are ``kind="fraction"`` (0..1); "half a million", "a quarter million", "two thirds
      of a million" are counts; "in the second half" and "a third attack" are nothing.
      "a fifth higher", "a third fewer" (before a comparative) and "by up to a third for"
      are fractions.
    * A spaced "a quarter point" is 0.25 ``pp`` after "by" or before a change noun ("cut
      by a quarter point", "a half point rise"); "half a (percentage) point" and "three
      quarters of a point" are 0.5 and 0.75 ``pp``.
    * "17p" glued is pence ("1080p" and other video resolutions are not).
    * After a change verb right before it, "A to B" with B ten times A or more is the
      change and the level ("shares fell 12p to 345p", "rose $1.10 to $79.40").
    * "went up to £5" is a verb ("go up"), not "at most"; "shot down 20 drones over six
      regions" is a place, not "more than".
    * "double/triple the ..." after a comma, "is", "nearly" and the like is a multiplier
      ("double the figure a year ago"); "plans to double the size" is a verb.
    * Street addresses after a place preposition ("at 42 Holloway Road"; not "killed 22 Red
      Crescent volunteers"), plural references with lists ("junctions 16
      and 19", "Articles 3 and 4") and numbers called ("call 101", "dial 999 or 112") are
      not figures.
    * "aged 5 to 17 months" keeps its unit; "at the age of 37", "aged between 24 and 51",
      an appositive "Keir Starmer, 62, faces" or "the driver, 58, was" are years; "a man in
      his 60s" is 60 .. 69 years ("early 30s" 30 .. 33, "mid-20s" 23 .. 26, "late 20s"
      26 .. 29).
    * "rise by £106 to £2,280" is a change and a level (base-form change verbs count);
      "in the 10 years to 2023" is a period, no range; "about half coming from" is a
      fraction (a qualifier before a bare "half").
    * A glued "F" is Fahrenheit after a minus or a temperature word ("minus 40F",
      "temperatures of 95F"); "13F" alone stays a name. "TeV", "electronvolts" are ``eV``
      units with their prefix.
    * "the 6-foot-10 center" is 6 5/6 ft; "a half-dozen", "half-dozen" 6; "a quarter-century"
      25 years; a qualifier before "a quarter" makes it a fraction ("gained roughly a quarter
      since"); "shillings" are KES, "zloty" PLN.
    * "in under 10 minutes" is less than ("over 3 days" stays during); "taka" is BDT, "CFA
      francs" XOF.
    * Not figures: golf scores ("11 under par", "shot a final-round 68"; "shot 60 people" is
      a count), "a 20-something man", "a six-figure salary", aircraft makers' models
      ("Cessna 172"), "a three-pointer", a tied score
      ("tied the game at 98", "tied at 2-2"), a number after a model name and a dash
      ("A350-1000"), a digit dashed to a capitalised number word ("7-Eleven").
    * "over" after "roll", "turn", "hand" and the like is the verb's particle: "the jackpot
      rolled over 22 times" is 22, "handed over 40 rifles" 40. "65 or older" is at least
      65, "5 or younger" at most 5. "31 consecutive days" has unit days.

How
    One precompiled master regex is scanned left to right; at each position the things
    that are not figures (dates, times, names, phone numbers) are tried first, so they are
    skipped whole. Runs of number words and digits are read by a small state machine
    (``_eval_run``); then units and currencies attach, neighbouring figures pair into
    ranges or fractions, and qualifiers are read from a short window before each figure.
    Context checks look a few words either side, never at the whole text.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import NamedTuple

from claimex.rules.glue import figure_glue_points

__all__ = [
    "KINDS",
    "QUALIFIERS",
    "VAGUE_BOUNDS",
    "Quantity",
    "find_quantities",
    "find_zero_quantifiers",
    "is_non_quantity_context",
    "parse_number",
]

INF = float("inf")


def _words(text: str) -> list[str]:
    return text.split()


#: The values of :attr:`Quantity.qualifier` and :attr:`Quantity.kind`.
QUALIFIERS = ("exact", "approx", "range", "at_least", "more_than", "at_most", "less_than", "vague")
KINDS = ("count", "percent", "money", "fraction", "duration", "distance", "other")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure in a text.

    ``start``/``end`` span the whole figure with its qualifier words, currency and unit
    (``text == source[start:end]``); ``value_start``/``value_end`` span the number part
    alone, for linking it to the words around it. ``high`` may be ``inf``.
    """

    start: int
    end: int
    text: str
    low: float
    high: float
    qualifier: str
    unit: str | None
    kind: str
    value_start: int
    value_end: int


#: Bounds of vague quantifiers, keyed by their normalised words (see the module docstring).
VAGUE_BOUNDS: dict[str, tuple[float, float]] = {
    "a couple": (2, 2),
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

# --------------------------------------------------------------------------- vocabulary

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
_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "mil": 1e6, "tn": 1e12, "trn": 1e12,
    "tln": 1e12, "lakh": 1e5, "crore": 1e7,
}
_LETTER_SCALES = {"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "B": 1e9, "b": 1e9, "T": 1e12}
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
_BY_BEFORE_RE = re.compile(r"\b(?:by|than)\s+$", re.I)  # "rose by a third in two years"
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
_UNICODE_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}
#: Denominators that make "n/d" a fraction rather than a date, an idiom or an identifier.
_SLASH_DENOMS = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20, 25, 32, 40, 50, 64, 100, 1000})

_MONTH_WORDS = _words(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
)

# Words that, right before a number, make it a name or a reference rather than a figure.
_ID_WORDS_ANYCASE = _words(
    "resolution resolutions res article articles art section sections sec chapter chapters "
    "paragraph paragraphs para clause clauses route highway motorway interstate brigade "
    "division battalion regiment squadron platoon flight page pages pp p vol volume decree "
    "annex appendix figure fig checkpoint hill scr unscr unsc sura surah number junction"
)
_ID_PLURALS = _words(
    "resolutions articles sections chapters paragraphs clauses pages annexes junctions "
    "routes highways motorways checkpoints platforms gates terminals"
)
_ID_WORDS_TITLE = _words(
    "Road Street Avenue Corps Army Company Unit Group Team Force Camp Gate Building Block "
    "Tower Floor Room Apartment Flat House Station Base Terminal Platform Channel Sector "
    "Zone District Area Region Level Grade Class Phase Stage Round Part Item Table Law "
    "Order Act Bill Amendment Protocol Version Model Type Mark Mk Series Issue Episode "
    "Season Generation Gen Vision Operation Project Object Pillar Boeing Airbus Tupolev "
    "Ilyushin Antonov Sukhoi Cessna Piper Embraer Bombardier Gulfstream Beechcraft Sikorsky "
    "Lockheed Learjet Apollo Soyuz Windows Covid COVID Formula Line Point Number "
    "Box Window Lane Bus Train Tank Hangar Ward Cell Wing Pier Berth Runway Exit "
    "Junction Kilometre Kilometer Km Mile No NO Nos Category FTSE Fortune Nasdaq NASDAQ Nikkei "
    "DAX CAC Stoxx STOXX Russell Sensex Nifty Gallery Hall Studio Pavilion Bay Dock Screen"
)

_CURRENCY_CODES = (
    "USD|EUR|GBP|SYP|LBP|IQD|TRY|SAR|AED|QAR|KWD|JOD|EGP|RUB|IRR|JPY|CNY|CHF|ILS|INR|CAD|AUD"
    "|YER|LYD|AFN|UAH|PKR|NGN|ZAR|KRW|SGD|BRL|MXN|TWD|HKD|NZD|KES|BDT|IDR"
)
_SP = r"[ \t\u00a0\u2009\u202f]"
_DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"

_DIGITS = (
    r"(?:\d{1,3},\d{1,2}(?=" + _SP + r"+(?:million|billion|trillion|thousand|bn|mn|mln|bln)\b)"
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
_PLURAL_SCALES = {"hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_NUM_WORDS = _alt([*_SMALL, *_TENS, "hundred", "point", *_DOZEN_WORDS, *_SCALES, *_PLURAL_SCALES])
_START_WORDS = _alt(list(_SMALL) + list(_TENS) + ["dozen", "hundred"])
_DEN_WORDS = _alt([d for d in _DENOMS if d not in ("half", "quarter")])
_AHEAD_SCALE = (
    r"(?=" + _SP + r"+(?:half|quarter|hundred|thousand|million|billion|trillion|dozen)\b)"
)
_AHEAD_TOKEN_A = (
    r"(?=" + _SP + r"+(?:half|quarter|hundred|thousand|million|billion|trillion|dozen|"
    + _DEN_WORDS + r")\b)"
)
_HALF_OF_SCALE = (  # what makes "half" a number: "half a million", "half million"
    _SP + r"+(?:an?" + _SP + r"+)?(?:hundred|thousand|million|billion|trillion|dozen)\b"
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
    r"|(?<![A-Za-z])quarter(?=" + _SP + r"+(?:million|billion)\b)"
)
_RUN_TOKEN = re.sub(r"\(\?P<\w+>", "(?:", _TOKEN)
_RUN_SEP = (
    r"(?:" + _SP + r"*[" + _DASH + r"]" + _SP + r"*|" + _SP + r"+and" + _SP + r"+|" + _SP
    + r"*&" + _SP + r"*|," + _SP + r"+|" + _SP + r"+|)"
)
_RUN = r"(?:" + _RUN_START + r")(?:" + _RUN_SEP + r"(?:" + _RUN_TOKEN + r"))*"

_FRAC_NUM = _alt(["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
                  "nine", "ten"])
_FRAC = (
    r"(?<![A-Za-z])(?:" + _FRAC_NUM + r")(?:" + _SP + r"+|" + _SP + r"*[" + _DASH + r"]" + _SP
    + r"*)(?:" + _alt(_DENOMS) + r")(?![A-Za-z])(?!" + _SP
    + r"+(?:hundred|thousand|million|billion|trillion|dozen)\b)(?![" + _DASH + r" ]"
    r"(?:percentage[" + _DASH + r" ])?points?\b)"
    r"|(?<![A-Za-z])half(?=" + _SP + r"+[A-Za-z])(?!" + _HALF_OF_SCALE + r")"
)
_FRAC_RE = re.compile(
    r"(?P<num>" + _FRAC_NUM + r")(?:" + _SP + r"+|" + _SP + r"*[" + _DASH + r"]" + _SP
    + r"*)(?P<den>" + _alt(_DENOMS) + r")(?![A-Za-z])|(?P<half>half)",
    re.I,
)
_UFRAC = r"(?<![\w.])(?:\d+" + _SP + r"?)?[" + "".join(_UNICODE_FRACTIONS) + r"]"
#: Multiplier words: "twice", "thrice", "tenfold" (the number is the multiplier, unit "times").
_MULT_WORDS = {"twice": 2.0, "thrice": 3.0} | {
    f"{w}fold": float(v) for w, v in (*_SMALL.items(), *_TENS.items(), ("hundred", 100),
                                      ("thousand", 1000)) if v > 1}
_MULT = r"(?<![A-Za-z])(?:" + _alt(_MULT_WORDS) + r")(?![A-Za-z])"
# "double the figure", "nearly triple the national average": a multiplier before a
# determiner, not the verb ("will double the size"); see _double_is_multiplier.
_DOUBLE_WORDS = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
_DOUBLE = (r"(?<![A-Za-z])(?:" + _alt(_DOUBLE_WORDS) + r")(?=" + _SP
           + r"+(?:the|its|their|his|her|that|what|those|this)\b)")
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
# A basketball shot, not a count: "a three-pointer", "two-pointers".
_POINTER_AFTER_RE = re.compile(r"[" + _DASH + r"](?:pointers?|something|figures?)\b", re.I)
# A score after tying a game: "to tie the game at 98", "tied it at 2".
_TIED_AT_BEFORE_RE = re.compile(
    r"\b(?:tie|tied|ties|tying|level|levelled|leveled|knotted)\b(?:" + _SP
    + r"+(?:the|it|things|game|score|match|contest|series|up)){0,2}" + _SP + r"+at" + _SP
    + r"+$", re.I)
# A model name glued to a dash: capitals and digits ("A350", "B737"), ending in a digit.
_MODEL_BEFORE_DASH_RE = re.compile(r"(?<![A-Za-z0-9])(?-i:[A-Z]{1,3}\d{2,4})$")
# Golf scores: "11 under par", "three-over", "shot a final-round 68", "carded a 66".
_PAR_AFTER_RE = re.compile(r"(?:" + _SP + r"+|[" + _DASH + r"])(?:under|over)(?:" + _SP
                           + r"+par\b|(?=[,.;]|" + _SP + r"+(?:for|after|to)\b))", re.I)
_GOLF_ROUND_BEFORE_RE = re.compile(
    r"\b(?:shot|shoots|shooting|carded|cards|carding|fired|posted|signed" + _SP + r"+for)" + _SP
    + r"+(?:an?" + _SP + r"+)?(?:[\w-]+" + _SP + r"+)?$", re.I)
_SCORE_REST_RE = re.compile(_SP + r"*[" + _DASH + r"]" + _SP + r"*\d+")
# A currency abbreviation glued to its figure: "Rs1.5 billion", "KSh900m".
_CUR_GLUED = r"(?<![A-Za-z])(?-i:Rs|KSh|Ksh|Tk|Rp)\.?(?=\d)"
# "a quarter-point cut", "a half-point rise": fractions of a percentage point.
_POINT_FRACTION = (
    r"(?<![A-Za-z])(?:an?" + _SP + r"+)?(?:half|quarter|three[" + _DASH + r" ]quarters?)(?:["
    + _DASH + r" ]"
    r"percentage[" + _DASH + r" ]|[" + _DASH + r"]|" + _SP + r"+)points?(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:half|(?:an?|one|three)" + _SP + r"+quarters?" + _SP + r"+of)" + _SP
    + r"+an?" + _SP + r"+(?:percentage" + _SP + r"+)?point(?![A-Za-z])"  # "half a point"
)
# A spaced "a quarter point" is a rate change only after "by" or before a change noun: "cut
# rates by a quarter point", "a half point rise"; not "the quarter point of the race".
_SPACED_POINT_RE = re.compile(r"(?:half|quarters?|of" + _SP + r"+an?|half" + _SP + r"+an?)"
                              + _SP + r"+points?$", re.I)
_BY_BEFORE_POINT_RE = re.compile(r"\bby" + _SP + r"+(?:(?:another|a|an|just|only|a" + _SP
                                 + r"+further)" + _SP + r"+)?$", re.I)
_POINT_CHANGE_AFTER_RE = re.compile(
    _SP + r"+(?:(?:interest|policy|benchmark)" + _SP + r"+)?(?:rate" + _SP + r"+)?(?:cuts?|"
    r"rises?|hikes?|increases?|reductions?|reductions?|moves?|drops?|falls?|raises?)\b", re.I)
_HYPHEN_AND_HALF_RE = re.compile(r"[" + _DASH + r"]and[" + _DASH + r"]a[" + _DASH
                                 + r"]half(?![A-Za-z])", re.I)
# "a"/"an" before a unit is one of it; kept only after a qualifier ("more than a decade",
# "nearly a year", "less than a mile"), see _scan.
_A_UNIT = (
    r"(?<![A-Za-z])an?" + _SP + r"+(?=(?:years?|decades?|months?|weeks?|days?|hours?|centur"
    r"(?:y|ies)|miles?|kilomet(?:re|er)s?|met(?:re|er)s?|foot|yards?|tonnes?|tons?|"
    r"kilo(?:gram(?:me)?)?s?|dollars?|euros?|percent|per" + _SP + r"?cent|percentage" + _SP
    + r"+points?)(?![A-Za-z]))"
)
_COMPARATIVE_RE = re.compile(
    r"(?:greater|larger|bigger|higher|smaller|lower|above|below|exceed|surpass|topp)", re.I)
_AND_A_HALF_RE = re.compile(_SP + r"+and" + _SP + r"+a" + _SP + r"+half(?![A-Za-z])", re.I)

_VAGUE_CORE = (
    r"hundreds" + _SP + r"+of" + _SP + r"+thousands|tens" + _SP + r"+of" + _SP + r"+thousands"
    r"|hundreds" + _SP + r"+of" + _SP + r"+millions|tens" + _SP + r"+of" + _SP + r"+millions"
    r"|a" + _SP + r"+couple|a" + _SP + r"+few|a" + _SP + r"+handful|several|multiple|numerous"
    r"|many|tens(?=" + _SP + r"+of\b)|dozens|scores(?=" + _SP + r"+of\b)|hundreds|thousands"
    r"|millions|billions"
)
_VAGUE_SCALE = (
    r"(?:" + _SP + r"+(?:of" + _SP + r"+)?(?:hundred|thousand|million|billion|dozen)s?(?![A-Za-z])"
    r"(?:" + _SP + r"+(?:thousand|million|billion)(?![A-Za-z]))?)?"
)
_VAGUE = r"(?<![A-Za-z])(?:" + _VAGUE_CORE + r")(?![A-Za-z])" + _VAGUE_SCALE
_VAGUE_RE = re.compile(
    r"(?P<core>" + _VAGUE_CORE + r")(?![A-Za-z])(?P<scale>" + _VAGUE_SCALE + r")", re.I
)

_ORD = r"(?:st|nd|rd|th)?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?![\d,.]\d)"
_YEAR_AFTER = r"(?:,?" + _SP + r"*\d{4}(?!\d))?"
_REF_NUMBER = r"(?:No\.?" + _SP + r"*)?\d[\d,./\-]*(?<![.,])[A-Za-z]?(?!\w)"
_SKIP = "|".join([
    # URLs, e-mail addresses, phone numbers
    r"(?:https?://|www\.)\S+",
    r"[\w.+-]+@[\w-]+\.[\w.]+",
    r"\+\d{1,3}(?:[ .\-/]?\(\d{1,4}\))?(?:[ .\-/]?\d{1,5}){2,6}",
    r"\(0\)" + _SP + r"?\d{1,5}(?:[ .\-]\d{2,5}){1,4}",
    r"\(\d{3}\)" + _SP + r"?\d{3}[ .\-]\d{4}",
    r"\(?0\d{2,4}\)?" + _SP + r"\d{3,4}" + _SP + r"\d{3,4}(?![\d,.]\d)",  # 020 7946 0958
    r"(?:1[.\-])?\d{3}[.\-]\d{3}[.\-]\d{4}(?!\d)",
    # dates: 2013-01-25, 25/01/2013, 1.6. 2019, 2011-2013, 2019/20, 28 May 2019, May 28
    r"\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2}(?!\d)",
    r"\d{1,2}[\-/.]\d{1,2}[\-/.]" + _SP + r"?\d{2,4}(?!\d)",
    r"(?:1[5-9]|20)\d\d" + _SP + r"*(?:[" + _DASH + r"/]|to)" + _SP
    + r"*(?:(?:1[5-9]|20)\d\d|\d\d)(?![\w%])(?!" + _SP + r"*(?:%|per))",
    r"\d{1,2}" + _ORD + _SP + r"*(?:(?:[" + _DASH + r"]|and|to|until|till|through)" + _SP
    + r"*\d{1,2}" + _ORD + _SP + r"*)?(?:of" + _SP + r"+)?" + _MONTH + _YEAR_AFTER,
    _MONTH + _SP + r"*(?:" + _DAY + _ORD + r"(?:" + _SP + r"*[" + _DASH + r"]" + _SP + r"*"
    + _DAY + r")?" + _YEAR_AFTER + r"|\d{4}(?!\d))",
    # times of day: 14:30, 9:14 am, 2pm, 6 o'clock
    r"\d{1,2}:\d{2}(?::\d{2})?(?:" + _SP + r"*(?-i:[ap]\.?m\b\.?|[AP]\.?M\b\.?))?",
    r"\d{1,2}(?:[.:]\d{2})?" + _SP + r"*(?-i:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)",
    r"\d{1,2}" + _SP + r"*o['’]clock",
    # chains of dotted numbers (versions, IP addresses) that are not 1.234.567
    r"(?!\d{1,3}(?:\.\d{3}){2,}(?![.\d]))\d+(?:\.\d+){2,}",
    # names joining digits and a capitalised number word: "7-Eleven"
    r"\d{1,3}[" + _DASH + r"](?-i:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|"
    r"Twelve|Twenty|Thirty|Forty|Fifty|Hundred)\b)",
    # references and names: Resolution 2254, Route 66, Boeing 737, No. 5, #3, [12]
    r"(?:" + _alt(_ID_WORDS_ANYCASE) + r"|no\.|nos\.)\.?" + _SP + r"*" + _REF_NUMBER,
    r"(?-i:" + _alt(_ID_WORDS_TITLE) + r")\.?" + _SP + r"+" + _REF_NUMBER,
    r"(?-i:[A-Za-z]*[a-z][A-Z][A-Za-z]*)" + _SP + r"+" + _REF_NUMBER,  # iPhone 15
    r"\d{1,4}" + _SP + r"(?-i:(?!(?:" + _CURRENCY_CODES + r")\b)[A-Z]{2,5})" + _SP
    + r"\d{1,4}(?![\d,.]\d)",  # "737 MAX 9"
    r"\d(?-i:K)" + _SP + r"*(?:TVs?|televisions?|resolution|video|screens?|displays?|monitors?"
    r"|cameras?|footage|streaming|UHD|HDR)\b",  # "a 4K television"
    r"#\d+",
    r"\[\d{1,3}\]",
])



# Rare things read in a second pass, only when a cheap substring test says they may be there
# (each extra alternative in the master regex slows every word of every text):
# numbers called ("call 101", "dial 999 or 112"), plural references with a list ("Articles 3
# and 4", "junctions 16 to 19"): not figures; "double the figure" and "in his 60s": figures.
# Rare things checked around the figures already read, or found with str.find: each extra
# alternative in the master regex, or an extra regex scan of the text, slows every text.
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
_AGE_DECADE_RE = re.compile(_AGE_DECADE + r"$", re.I)


def _not_a_figure(text: str, atom: _Atom) -> bool:
    """A number called, a reference in a plural list ("Articles 3 and 4") or a street
    address after a place preposition ("outside 10 Downing Street"; not "killed 22 Red
    Crescent volunteers")."""
    s = atom.start
    if not atom.plain or s == 0:
        return False
    window = max(0, s - 60)
    if atom.raw.isdigit() and _STREET_AFTER_RE.match(text, atom.end) and \
            _PLACE_PREP_BEFORE_RE.search(text, max(0, s - 12), s):
        return True
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
_PLACE_PREP_BEFORE_RE = re.compile(
    r"\b(?:at|on|outside|near|from|to|in|opposite|behind|inside)" + _SP + r"+$", re.I)


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


def _top(pattern: str) -> str:
    r"""A pattern for the start of a master alternative: the master's own look-behind
    ``(?<![\w.])`` makes the per-alternative ones redundant, and leaving them out keeps
    the regex engine's fast first-character checks."""
    return pattern.replace("(?<![A-Za-z])", "").replace(r"(?<![\w.])", "")


# One scan finds everything: at each position, things that are not figures (dates, times,
# names) are tried before figures, so "28 May 2019" and "Resolution 2254" are skipped whole.
_MASTER_RE = re.compile(
    r"(?<![\w.])(?:(?P<skip>" + _top(_SKIP) + r")|(?P<ptfrac>" + _top(_POINT_FRACTION)
    + r")|(?P<frac>" + _top(_FRAC) + r")|(?P<ufrac>"
    + _top(_UFRAC) + r")|(?P<mult>" + _top(_MULT) + r")|(?P<curglue>" + _top(_CUR_GLUED)
    + r")|(?P<aunit>" + _top(_A_UNIT)
    + r")|(?P<vague>" + _top(_VAGUE)
    + r")|(?P<run>(?:" + _top(_RUN_START)
    + r")(?:" + _RUN_SEP + r"(?:" + _RUN_TOKEN + r"))*))",
    re.I,
)

# --------------------------------------------------------------------------- units

_CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "lira": "TRY",
    "lire": "TRY", "dinar": "dinar", "riyal": "SAR", "rial": "IRR", "ruble": "RUB",
    "rouble": "RUB", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupee": "INR",
    "shekel": "ILS", "franc": "CHF", "dirham": "AED", "afghani": "AFN", "hryvnia": "UAH",
    "hryvnias": "UAH", "markka": "FIM", "markkaa": "FIM", "peseta": "ESP", "guilder": "NLG",
    "bitcoin": "BTC", "btc": "BTC", "naira": "NGN", "rand": "ZAR", "won": "KRW",
    "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "shilling": "KES",
    "zloty": "PLN", "zlotys": "PLN", "złoty": "PLN", "zlotych": "PLN", "taka": "BDT",
}
_CURRENCY_ADJ = {
    ("us", "dollar"): "USD", ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD",
    ("canadian", "dollar"): "CAD", ("australian", "dollar"): "AUD",
    ("hong kong", "dollar"): "HKD", ("syrian", "pound"): "SYP", ("syrian", "lira"): "SYP",
    ("lebanese", "pound"): "LBP", ("lebanese", "lira"): "LBP", ("egyptian", "pound"): "EGP",
    ("british", "pound"): "GBP", ("turkish", "lira"): "TRY", ("iraqi", "dinar"): "IQD",
    ("jordanian", "dinar"): "JOD", ("kuwaiti", "dinar"): "KWD", ("libyan", "dinar"): "LYD",
    ("saudi", "riyal"): "SAR", ("qatari", "riyal"): "QAR", ("yemeni", "rial"): "YER",
    ("iranian", "rial"): "IRR", ("russian", "ruble"): "RUB", ("russian", "rouble"): "RUB",
    ("israeli", "shekel"): "ILS", ("swiss", "franc"): "CHF", ("uae", "dirham"): "AED",
    ("chinese", "yuan"): "CNY", ("dutch", "guilder"): "NLG", ("finnish", "markka"): "FIM",
    ("finnish", "markkaa"): "FIM", ("swedish", "krona"): "SEK", ("swedish", "kronor"): "SEK",
    ("norwegian", "krone"): "NOK", ("norwegian", "kroner"): "NOK", ("danish", "krone"): "DKK",
    ("danish", "kroner"): "DKK", ("cfa", "franc"): "XOF", ("kenyan", "shilling"): "KES",
    ("ugandan", "shilling"): "UGX", ("tanzanian", "shilling"): "TZS",
}
_CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
    "hk$": "HKD", "nz$": "NZD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₺": "TRY",
    "₽": "RUB", "₪": "ILS", "₴": "UAH", "₿": "BTC", "s$": "SGD", "nt$": "TWD", "r$": "BRL",
    "rs": "INR", "rs.": "INR", "₦": "NGN", "ksh": "KES", "ksh.": "KES", "tk": "BDT",
    "tk.": "BDT", "rp": "IDR", "rp.": "IDR",
}
_CODE_SET = frozenset(_CURRENCY_CODES.split("|"))
_CUR_PREFIX_RE = re.compile(
    r"(?:(?-i:US|AU?|CA?|HK|NZ|NT|S|R|us|c|ca|hk|nz)" + _SP + r"?\$|[$€£¥₹₺₽₪₴₿₦]"
    r"|(?<![A-Za-z])(?-i:Rs|KSh|Ksh|Tk|Rp)\.?|(?-i:"
    + _CURRENCY_CODES + r"))"
    + _SP + r"?$",
    re.I,
)

# (alias regex, unit, kind); aliases are tried longest first, case-insensitively unless
# wrapped in (?-i:...).
_UNIT_SPECS = [
    (r"percentage" + _SP + r"+points?|(?-i:ppts?)", "pp", "percent"),  # a difference
    (r"%|percent(?:age)?s?|per" + _SP + r"?cent|pct|pc", "%", "percent"),
    (r"basis" + _SP + r"+points?|(?-i:bps)", "bps", "other"),
    (r"times|fold", "times", "other"),  # "three times higher", "a 10-fold rise"
    (r"(?:brake" + _SP + r"+)?horsepower|(?-i:b?hp)", "hp", "other"),
    (r"(?-i:lb)s?[" + _DASH + r" ]?(?-i:ft)|pound[" + _DASH + r" ]feet", "lb-ft", "other"),
    (r"light[" + _DASH + r" ]years?", "light-years", "distance"),
    (r"megapixels?|(?-i:MP)", "MP", "other"),
    (r"(?-i:mAh)", "mAh", "other"),
    (r"(?:(?:kilo|mega|giga|tera)?electron[" + _DASH + r" ]?volts?)|(?-i:[kMGT]?eV)", "eV",
     "other"),
    (r"(?-i:[kMGT]?Hz)|(?:kilo|mega|giga|tera)?hertz", "Hz", "other"),
    (r"seconds?|secs?", "seconds", "duration"),
    (r"minutes?|mins?", "minutes", "duration"),
    (r"hours?|hrs?", "hours", "duration"),
    (r"days?", "days", "duration"),
    (r"weeks?", "weeks", "duration"),
    (r"months?", "months", "duration"),
    (r"years?|yrs?", "years", "duration"),
    (r"decades?", "decades", "duration"),
    (r"centur(?:y|ies)", "centuries", "duration"),
    (
        r"(?:kilomet(?:re|er)s?|kms?)" + _SP + r"*(?:/" + _SP + r"*h(?:ou)?r?\b|(?:per|an|a)" + _SP
        + r"+hour)|kph|kmph|kmh",
        "km/h",
        "other",
    ),
    (r"miles?" + _SP + r"+(?:per|an|a)" + _SP + r"+hour|mph", "mph", "other"),
    (r"cubic" + _SP + r"+kilomet(?:re|er)s?|km3|km³|km\^3", "km3", "other"),
    (r"cubic" + _SP + r"+met(?:re|er)s?|m3|m³|m\^3", "m3", "other"),
    (r"cubic" + _SP + r"+(?:feet|foot)|cu\.?" + _SP + r"*ft|ft3|ft³", "ft3", "other"),
    (
        r"square" + _SP + r"+kilomet(?:re|er)s?|sq\.?" + _SP + r"*km|km2|km²|km\^2", "km2",
        "other",
    ),
    (r"square" + _SP + r"+miles?|sq\.?" + _SP + r"*mi(?:les?)?", "mi2", "other"),
    (r"square" + _SP + r"+met(?:re|er)s?|sq\.?" + _SP + r"*m|m2|m²|m\^2", "m2", "other"),
    (r"hectares?|(?-i:ha)", "ha", "other"),
    (r"acres?", "acres", "other"),
    (r"kilomet(?:re|er)s?|kms?", "km", "distance"),
    (r"nautical" + _SP + r"+miles?", "nmi", "distance"),
    (r"miles?|(?-i:mi)", "miles", "distance"),
    (r"met(?:re|er)s?|(?-i:m)", "m", "distance"),
    (r"centimet(?:re|er)s?|cm", "cm", "distance"),
    (r"nanomet(?:re|er)s?|(?-i:nm)", "nm", "distance"),
    (r"millimet(?:re|er)s?|mm", "mm", "distance"),
    (r"yards?|yds?", "yards", "distance"),
    (r"feet|foot|ft", "ft", "distance"),
    (r"inch(?:es)?", "inches", "distance"),
    (r"ounces?|oz", "oz", "other"),
    (r"kilo(?:gram(?:me)?)?s?|kgs?", "kg", "other"),
    (r"(?:metric" + _SP + r"+)?(?:tonnes?|tons?)", "tonnes", "other"),
    (r"grams?|grammes?", "g", "other"),
    (r"milligrams?|mg", "mg", "other"),
    (r"microgram(?:me)?s?|[µμ]g|mcg", "µg", "other"),
    (r"millilit(?:re|er)s?|ml", "ml", "other"),
    (r"lbs?", "lb", "other"),
    (r"lit(?:re|er)s?", "l", "other"),
    (r"gallons?", "gal", "other"),
    (r"barrels?", "barrels", "other"),
    (r"(?-i:[kMGT]Wh)|(?:kilo|mega|giga|tera)watt[" + _DASH + r" ]?hours?", "Wh", "other"),
    (r"(?-i:[kMG]W)|(?:kilo|mega|giga)watts?", "W", "other"),
    (r"knots?|(?-i:kts?)", "knots", "other"),
    (r"(?-i:[KMGTP]B)|(?:kilo|mega|giga|tera|peta)bytes?", "B", "other"),
    (
        r"(?:(?:degrees?|deg\.?)" + _SP + r"+|°" + _SP + r"?)?(?:celsius|centigrade)|degrees?"
        + _SP + r"+C\b|°" + _SP + r"?C\b",
        "°C",
        "other",
    ),
    (
        r"(?:(?:degrees?|deg\.?)" + _SP + r"+|°" + _SP + r"?)?(?:fahrenheit|farenheit)|"
        r"degrees?" + _SP + r"+F\b|°" + _SP + r"?F\b",
        "°F",
        "other",
    ),
    (r"degrees?|deg\.|°", "°", "other"),
    (r"cents?|¢", "cents", "money"),
    (r"pence|penny|pennies", "pence", "money"),
    (
        r"(?:(?:US|U\.S\.|American|Canadian|Australian|Hong" + _SP + r"+Kong|Syrian|Lebanese|"
        r"Egyptian|British|Turkish|Iraqi|Jordanian|Kuwaiti|Libyan|Saudi|Qatari|Yemeni|Iranian|"
        r"Russian|Israeli|Swiss|UAE|Chinese|Dutch|Finnish|Swedish|Norwegian|Danish|CFA|Kenyan|"
        r"Ugandan|Tanzanian)" + _SP
        + r"+)?(?:dollars?|euros?|pounds?(?:" + _SP
        + r"+sterling)?|sterling|liras?|lire|dinars?|riyals?|rials?|rubles?|roubles?|yuan|"
        r"renminbi|yen|rupees?|shekels?|francs?|dirhams?|afghanis?|hryvnias?|markkaa?|pesetas?|"
        r"guilders?|bitcoins?|btc|naira|rand|won|kronor|krona|kroner|krone|shillings?|zlotys?|taka|"
        r"złoty|zlotych)|€|(?:\$|(?-i:"
        + _CURRENCY_CODES
        + r"|usd|eur|gbp))(?!" + _SP
        + r"?\d)",
        "money",
        "money",
    ),
]
_UNIT_GROUPS = {f"u{i}": (unit, kind) for i, (_, unit, kind) in enumerate(_UNIT_SPECS)}
_UNIT_ALT = "|".join(f"(?P<u{i}>{alias})" for i, (alias, _, _) in enumerate(_UNIT_SPECS))
# A unit after a figure: attached, spaced or hyphenated ("10km", "10 km", "10-km", "six weeks'").
_UNIT_RE = re.compile(
    r"(?P<sep>" + _SP + r"*(?:[" + _DASH + r"]" + _SP + r"*)?)(?:" + _UNIT_ALT
    + r")(?![A-Za-z0-9²])",
    re.I,
)
# Units that count only when attached to the digits ("48h", "5g").
_ATTACHED_ONLY_RE = re.compile(
    r"(?-i:(?P<h>h)|(?P<g>g)|(?P<t>t)|(?P<c>C(?!/))|(?P<in>in)|(?P<p>p)|(?P<f>F))"
    r"(?![A-Za-z0-9])")
# What makes a glued "F" Fahrenheit ("13F" alone is a name): a minus, or a temperature word.
_FAHRENHEIT_BEFORE_RE = re.compile(
    r"(?:\b(?:minus|negative)" + _SP + r"+|[-−]|\b(?:temperatures?|temps?|heat|highs?|lows?|"
    r"chills?|degrees|warm(?:er|est)?|cold(?:er|est)?|freezing|hot(?:ter|test)?|thermometers?|"
    r"heatwave|soared|plunged|plummeted|dipped)\b[^.;!?\d]{0,40})$", re.I)
#: Video resolutions: "1080p" is no price in pence.
_RESOLUTIONS = frozenset({"144", "240", "360", "480", "540", "576", "720", "1080", "1440",
                          "2160", "4320"})
_LETTER_SCALE_RE = re.compile(r"(?-i:(?P<ls>MM|[kKMBbTm]))(?![A-Za-z0-9])")

_UNIT_THEN_DASH_RE = re.compile(r"\d" + _SP + r"?[A-Za-z%]{1,5}" + _SP + r"*[" + _DASH + r"]$")
_NEGATIVE_WORD_RE = re.compile(r"(?<![A-Za-z])(?:minus|negative)" + _SP + r"+$", re.I)
_POUND_WEIGHT_RE = re.compile(_SP + r"+of\b", re.I)
_WEIGHT_BEFORE_RE = re.compile(
    r"\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|light(?:er|est)?|(?:metric" + _SP
    + r"+)?(?:tons?|tonnes?)|kilo(?:gram(?:me)?)?s?|kg)\b[^.;!?\n]{0,30}$",
    re.I,
)

# --------------------------------------------------------------------------- qualifiers

_QUALIFIER_WORDS = {
    "approx": [
        "about", "around", "some", "nearly", "almost", "roughly", "approximately", "approx.",
        "approx", "an estimated", "estimated", "close to", "circa", "ca.", "c.", "~", "≈",
        "just about", "somewhere around", "an approximate", "near",
    ],
    "at_least": [
        "at least", "no fewer than", "no less than", "not less than", "not fewer than",
        "a minimum of", "at a minimum", "minimum of", "≥", ">=", "at the very least",
        "greater than or equal to", "more than or equal to", "equal to or greater than",
        "equal to or more than", "at least or equal to", "greater or equal than",
        "bigger or equal than", "higher or equal than", "larger or equal than",
        "greater or equal to", "no less than", "not below",
    ],
    "more_than": [
        "more than", "over", "upwards of", "upward of", "in excess of", ">", "greater than",
        "above", "exceeding", "just over", "well over", "well above", "slightly more than",
        "far more than", "much more than", "just more than", "well in excess of",
        "larger than", "bigger than", "higher than", "exceed", "exceeds", "exceeded",
        "surpass", "surpasses", "surpassed", "surpassing", "topping", "topped",
    ],
    "at_most": [
        "up to", "at most", "as many as", "as much as", "a maximum of", "no more than",
        "not more than", "maximum of", "≤", "<=", "< =", "at the most",
        "less than or equal to", "fewer than or equal to", "equal to or less than",
        "equal to or fewer than", "smaller or equal than", "lower or equal than",
        "less or equal than", "less or equal to", "not above", "not exceeding",
    ],
    "less_than": [
        "less than", "under", "fewer than", "below", "<", "just under", "slightly less than",
        "well under", "just below", "well below", "smaller than", "lower than",
    ],
}
_QUALIFIER_OF = {
    " ".join(w.split()): q for q, words in _QUALIFIER_WORDS.items() for w in words
}
_LEFT_QUAL_RE = re.compile(
    r"(?:(?<![\w])(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", _SP + "+") for w in sorted(_QUALIFIER_OF, key=len, reverse=True)
        if w[0].isalpha()
    )
    + r")|(?:>" + _SP + r"?=|<" + _SP + r"?=|[~≈≥≤<>]))" + _SP + r"*$",
    re.I,
)
_RIGHT_QUAL_RE = re.compile(
    r"(?P<plus>\+)(?![\d])|" + _SP + r"*,?" + _SP + r"*(?:(?P<more>(?:or|and)" + _SP
    + r"+(?:more|above|over|greater|higher|upwards|older|longer|larger))|(?P<less>or" + _SP
    + r"+(?:less|fewer|below|under|lower|younger|shorter|smaller))|(?P<so>or" + _SP
    + r"+so))\b(?!" + _SP + r"+than" + _SP
    + r"*(?:[\d$€£]|(?:" + _START_WORDS + r"|an?)\b))",
    re.I,
)
_BETWEEN_RE = re.compile(
    r"(?<![\w])(?P<w>between|from)" + _SP + r"+(?:(?P<q>about|around|some|roughly|approximately|an"
    + _SP + r"+estimated)" + _SP + r"+)?$",
    re.I,
)
_APPROX_BEFORE_RANGE_RE = re.compile(
    r"(?<![\w])(?:about|around|some|roughly|approximately|an" + _SP + r"+estimated|estimated|"
    r"somewhere" + _SP + r"+between|anywhere" + _SP + r"+between)" + _SP + r"+$",
    re.I,
)
_CHANGE_BEFORE_FROM_RE = re.compile(
    r"\b(?:rose|risen|rising|rises|increased?|increases|increasing|grew|grown|grows|jumped|"
    r"jumps|climbed|climbs|fell|fallen|falls|falling|dropped|drops|declined?|declines|"
    r"decreased?|decreases|reduced?|reduces|cut|cuts|raised?|raises|lowered|lowers|went|goes|"
    r"soared|surged|plunged|plummeted|doubled|tripled|changed|revised|upped|hiked?|shrank|"
    r"shrunk|slipped|edged|moved|swelled|expanded|dipped|tumbled|spiked|spiralled|spiraled|"
    r"raising|lifting|lifted|lifts|boost(?:s|ed|ing)?|cutting|lowering|pushing|pushed|"
    r"bringing|brought|taking|gained|gaining|gains|added|adding|lost|losing|shed|sank|slid|"
    r"rise|fall|grow|jump|climb|drop|sink|slide|gain|add|lose|soar|surge|plunge|dip|slip|"
    r"slumped|rallied|advanced|eased|widened|narrowed|slashed|slashing|trimmed|trimming)"
    r"\b[^.;!?]{0,40}$",
    re.I,
)
# A change verb right before a figure, perhaps with one word between: "fell 12p", "rose
# nearly $2".
_CHANGE_RIGHT_BEFORE_RE = re.compile(
    r"\b(?:rose|risen|rises|increased|grew|jumped|climbed|fell|fallen|falls|dropped|declined|"
    r"decreased|slipped|edged|soared|surged|plunged|tumbled|gained|added|lost|shed|sank|slid|"
    r"slumped|rallied|advanced|eased|dipped|up|down|rise|fall|grow|jump|climb|drop|gain|add|"
    r"lose|soar|surge|plunge|dip|slip)" + _SP + r"+(?:[a-z]+" + _SP + r"+)?$",
    re.I)
_SPORT_RE = re.compile(
    r"\b(?:scor(?:e|es|ed|ing|eline)|won|wins?|winning|beat|beats|beaten|lost|lose|loses|"
    r"losing|match(?:es)?|goals?|draw|drew|victory|victories|defeat(?:s|ed)?|final|game|"
    r"games|half-time|halftime|league|cup|tournament|playoffs?|innings|set|sets|tie|tied|"
    r"derby|fixture|striker|midfielder|goalkeeper|penalty|penalties|vote|votes|voted|"
    r"ruling|ruled)\b",
    re.I,
)

# --------------------------------------------------------------------------- context words

_FUNCTION_WORDS = frozenset(_words(
    "a an the and or but if of in on at to by for with from as into onto over under about "
    "after before during since until till than that this these those there their they them "
    "he she it we you i his her its our your was were is are be been being has have had do "
    "does did will would can could shall should may might must not no so when where while "
    "which who whom whose what how why all any each every some such per via off out up down "
    "again also only just still even more most less least very too then thus hence yet "
    "according reportedly including"
))
_S_NOT_PLURAL = frozenset(_words(
    "was is has his this its thus as us yes always perhaps whereas across unless besides "
    "towards afterwards sometimes hers ours yours theirs news plus minus bus gas famous "
    "various serious previous numerous dangerous anonymous enormous tremendous nervous "
    "obvious analysis crisis basis thesis status census virus campus chaos lens series "
    "species isis daesh hamas jaish"
))
_IRREGULAR_PLURALS = frozenset(_words(
    "people children men women police personnel staff troops militia militiamen youths "
    "gunmen policemen servicemen servicewomen tribesmen fishermen kinsmen countrymen "
    "cattle sheep livestock aircraft infantry deer fish folk kin clergy crew "
    "persons individuals families households"
))
_LETTERS_RE = re.compile(r"[^\W\d_]*")
_NEXT_WORDS_RE = re.compile(
    r"[ \t\u00a0]*(?:[" + _DASH + r"][ \t]*)?([A-Za-z][A-Za-z'’\-]*)"
    r"(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*))?(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*))?"
)
_PREV_WORD_RE = re.compile(r"([A-Za-z][A-Za-z'’]*)[^A-Za-z0-9]{0,3}$")
_STRONG_YEAR_PREP = frozenset(_words(
    "since until till during early late mid year spring summer autumn fall winter christmas "
    "ramadan eid circa fiscal budget election census"
))
_DETERMINERS = frozenset(_words("the its their his her this that last next"))
_COUNT_BEFORE_RE = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|displaced|displacing|"
    r"detained|arrested|captured|evacuated|rescued|(?:toll|total|tally)(?:" + _SP
    + r"+(?:of|at|to|is|was|now|stood" + _SP + r"+at|(?:rose|climbed|jumped|reached|hit)(?:"
    + _SP + r"+to)?))?)" + _SP + r"+$",
    re.I,
)
_CLOCK_AFTER_RE = re.compile(
    _SP + r"*(?:GMT|UTC|Zulu|Z|hrs\b|h\b|local" + _SP + r"+time)(?![A-Za-z])", re.I
)
_ONE_PREV = frozenset(_words(
    "no the this that which any every each another such someone anyone 's last first "
    "only-one everyone nobody number"
))
_ONE_NEXT_IDIOM = frozenset(_words(
    "another day morning evening night afternoon time point way hand side thing must can "
    "could should would will might may who whom which thinks knows says said"
))
# "one" as a pronoun: a determiner and one adjective before it, and no noun after it.
_ONE_PRONOUN_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:the|a|an|this|that|every|each|any|another)" + _SP
    + r"+(?-i:[a-z]+)" + _SP + r"+$", re.I)
_ONE_PRONOUN_AFTER_RE = re.compile(
    _SP + r"*(?:[.,;:!?)\]\"'’]|$|" + _SP + r"(?:in|on|at|to|is|was|that|which|who|and|but|"
    r"or|for|from|with|of|near|by|has|had|will|would)\b)", re.I)
_ONE_BY_RE = re.compile(r"\bone" + _SP + r"+by" + _SP + r"+$", re.I)
_ONE_DURATION_PREV = frozenset(_words("for within in after only just about than least over under"))
_SUPERLATIVE_RE = re.compile(
    r"[ \t]+of[ \t]+(?:the|its|their|his|her|our|my|your|these|those)[ \t]+(?:most|least|best|"
    r"worst|[a-z]+est)\b",
    re.I,
)
_CAPITALISED_BEFORE_RE = re.compile(r"(?-i:[A-Z][A-Za-z]+)" + _SP + r"+$")
_VOTE_WORDS = frozenset(_words("vote votes voted ruling ruled"))
_SPORT_WINDOW = 60
_QUAL_WINDOW = 40


def _is_plural_noun(word: str) -> bool:
    w = word.lower().rstrip("'’")
    if w in _IRREGULAR_PLURALS:
        return True
    return (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
        and w not in _S_NOT_PLURAL and w not in _FUNCTION_WORDS
    )


def _count_noun_follows(text: str, pos: int) -> bool:
    """Whether a plural noun follows within three words, before any function word."""
    m = _NEXT_WORDS_RE.match(text, pos)
    if not m:
        return False
    for word in m.groups():
        if word is None:
            return False
        low = word.lower()
        if low in _FUNCTION_WORDS:
            return False
        if _is_plural_noun(word):
            return True
    return False


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


# --------------------------------------------------------------------------- atoms


class _Atom:
    """A figure being assembled: mutable while ranges, units and qualifiers are attached."""

    __slots__ = (
        "end",
        "high",
        "is_one",
        "kind",
        "letter_m",
        "low",
        "money_prefix",
        "mult",
        "plain",
        "qual",
        "raw",
        "src",
        "start",
        "unit",
        "vend",
        "vstart",
    )

    def __init__(self, start, end, low, src, *, high=None, mult=1.0, plain=False, raw=""):
        self.start = start
        self.end = end
        self.vstart = start
        self.vend = end
        self.low = low
        self.high = low if high is None else high
        self.qual = "vague" if src == "vague" else "exact"
        self.unit = None
        self.kind = "count"
        self.mult = mult
        self.src = src
        self.plain = plain
        self.raw = raw
        self.is_one = False
        self.money_prefix = False
        self.letter_m = False


_DECIMAL_COMMA_RE = re.compile(r"\d{1,3},\d{1,2}")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+")
_THOUSANDS_DOT_RE = re.compile(r"\d{1,3}\.\d{3}")


_SCI_RE = re.compile(r"(.+?)\s?[×xX]\s?10\^?(.+)")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")


def _to_float(raw: str) -> float:
    if "10" in raw and (sci := _SCI_RE.fullmatch(raw)):  # "2.48×10−5", "5.5x10-3"
        return float(sci.group(1)) * 10.0 ** int(sci.group(2).translate(_SUPERSCRIPTS))
    if _DECIMAL_COMMA_RE.fullmatch(raw):
        return float(raw.replace(",", "."))  # "1,5 million"
    s = raw.replace(",", "").replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    s = s.replace(" ", "")
    if s.count(".") > 1:
        s = s.replace(".", "")
    return float(s)


def _sep_kind(sep: str) -> str:
    if not sep:
        return ""
    s = sep.strip().lower()
    if not s:
        return " "
    if s in ("and", "&"):
        return "and"
    if s == ",":
        return ","
    return "-"


def _classify(kind: str, tok: str) -> tuple[str, float]:
    low = tok.lower()
    if kind == "w":
        if low in _SMALL:
            return ("unit" if _SMALL[low] < 10 else "teen"), float(_SMALL[low])
        if low in _TENS:
            return "tens", float(_TENS[low])
        if low == "hundred":
            return "hundred", 100.0
        if low == "point":
            return "point", 0.0
        if low in _DOZEN_WORDS:
            return "dozen", 12.0
        if low in _PLURAL_SCALES:
            return "pscale", _PLURAL_SCALES[low]
        return "scale", _SCALES[low]
    if kind == "d":
        return "d", _to_float(tok)
    if kind == "f":
        return "den", 2.0 if low == "half" else 4.0
    if kind == "den":
        return "den", float(_DENOMS[low])
    return kind, 0.0


def _tokens(text: str, s: int, e: int) -> list[tuple[str, float, int, int, str, str]]:
    """Tokens of a run as ``(kind, value, start, end, separator_before, lowercased)``.

    "and a half", "and three quarters" become one ``fr`` token worth the fraction.
    """
    toks = []
    prev_end = None
    for m in _TOKEN_RE.finditer(text, s, e):
        kind, val = _classify(m.lastgroup, m.group())
        sep = "" if prev_end is None else _sep_kind(text[prev_end:m.start()])
        toks.append((kind, val, m.start(), m.end(), sep, m.group().lower()))
        prev_end = m.end()
    out = []
    i = 0
    while i < len(toks):
        kind, val, ts, _, sep, low = toks[i]
        if (
            sep == "and" and kind in ("a", "unit") and i + 1 < len(toks)
            and toks[i + 1][0] == "den" and toks[i + 1][4] in (" ", "-")
        ):
            num = 1.0 if kind == "a" else val
            den_word = toks[i + 1][5]
            plural = den_word.endswith("s")
            if num >= 1 and (num == 1) != plural:
                out.append(("fr", num / toks[i + 1][1], ts, toks[i + 1][3], sep, low))
                i += 2
                continue
        out.append(toks[i])
        i += 1
    return out


class _Run(NamedTuple):
    """A number read from a run of tokens. ``mult`` is the scale it ended on ("5 million":
    1e6), for ranges; ``raw`` is the digits when the number is one digit token."""

    value: float
    end: int
    mult: float
    last_is_digit: bool
    raw: str
    is_one: bool


def _eval_run(text: str, s: int, e: int) -> _Run | None:
    """Read the longest valid number at the start of ``text[s:e]``.

    A small state machine over number tokens: units, tens, "hundred", scales (thousand ..
    trillion, bn, mn), "dozen", "point", "and a half". It stops at the first token that
    cannot continue the number, so "between five and six" reads "five" (the range layer
    pairs it with "six"), and backs off an "and" that starts a new number ("one hundred
    and two hundred").

    Returns a :class:`_Run` or ``None`` when the first token cannot start a number.
    """
    try:
        toks = _tokens(text, s, e)
    except (ValueError, KeyError):
        return None
    if not toks:
        return None
    total = 0.0
    cur = None
    hundred = False
    tens_open = False
    cur_digit = False
    frac_of_scale = False
    last = None
    min_scale = INF
    best = None
    and_best = None
    comma_best = None
    addend = 0.0
    point_base = 0.0
    point_digits = ""
    for count, (kind, val, ts, te, sep, low) in enumerate(toks, 1):
        ok = True
        new_and_best = None
        if last is None:
            if kind in ("d", "unit", "teen", "tens"):
                cur, last, tens_open, cur_digit = val, "num", kind == "tens", kind == "d"
            elif kind == "a":
                last = "a"
            elif kind == "den" and low in ("half", "quarter"):
                cur, last = 1.0 / val, "fstart"
            elif kind == "dozen" and low == "dozen":
                total, last = 12.0, "dozen"
            elif kind == "hundred":
                cur, hundred, last = 100.0, True, "hundred"
            else:
                return None
        elif last == "dozen":
            ok = False
        elif kind == "a":
            if last == "fstart" and sep == " ":
                last = "fstart_a"
            else:
                ok = False
        elif kind == "den":
            if last == "a" and sep == " " and low in ("half", "quarter"):
                cur, last = 1.0 / val, "fstart"
            elif (
                last in ("num", "hundred", "scale") and sep in (" ", "-") and low.endswith("s")
                and low != "quarters" and not cur_digit
            ):  # "twenty-three fifths"
                total = (total + (cur or 0.0)) / val
                cur, frac_of_scale, last = None, False, "dozen"
            else:
                ok = False
        elif kind == "fr":
            if last == "scale":
                cur, frac_of_scale, last = val, True, "num_frac"
            elif (last in ("num", "hundred") and cur is not None and not cur_digit) or \
                    (last == "num" and cur_digit and cur == int(cur)):
                cur += val
                last = "num_frac"
            else:
                ok = False
        elif kind == "point":
            if last in ("num", "hundred") and cur is not None and not cur_digit and sep == " ":
                point_base, point_digits, last = cur, "", "point"
            else:
                ok = False
        elif last in ("point", "pointd"):
            if kind == "unit" and sep == " ":
                point_digits += str(int(val))
                tens_open = False
            elif kind == "teen" and sep == " " and last == "point":
                point_digits += str(int(val))
            elif kind == "tens" and sep == " " and last == "point":
                point_digits += str(int(val) // 10)
                tens_open = True
            elif kind == "unit" and sep in (" ", "-") and tens_open:
                point_digits += str(int(val))
            elif kind == "scale" and last == "pointd" and sep == " " and val < min_scale:
                total += cur * val
                cur, min_scale, last = None, val, "scale"
                point_digits = ""
            else:
                ok = False
            if ok and point_digits:
                cur = point_base + float("0." + point_digits)
                last = "pointd"
        elif kind in ("d", "unit", "teen", "tens"):
            if kind == "d" and last not in ("hundred", "scale"):
                ok = False
            elif last == "num" and tens_open and kind == "unit" and val >= 1 and sep in (" ", "-"):
                cur += val
                addend += val
                tens_open = False
            elif last == "hundred" and sep in (" ", "and") and 0 < val < 100 and val == int(val):
                if sep == "and":
                    new_and_best = best
                cur += val
                addend = val
                tens_open, last, cur_digit = kind == "tens", "num", False
            elif last == "scale" and sep in (" ", "and", ",") and 0 < val < min(1000.0, min_scale) \
                    and not (sep in (",", "and") and kind == "d"):  # "$2bn and 40 staff": two
                if sep == "and":
                    new_and_best = best
                elif sep == ",":
                    comma_best = best
                cur, hundred, tens_open, addend = val, False, kind == "tens", 0.0
                last, cur_digit = "num", kind == "d"
            else:
                ok = False
        elif kind == "hundred":
            if (
                last == "num" and sep in (" ", "") and cur is not None and not hundred
                and (cur < 100 or cur_digit)
            ):
                cur *= 100
                hundred, tens_open, last, addend = True, False, "hundred", 0.0
            elif last == "a" and sep == " ":
                cur, hundred, last = 100.0, True, "hundred"
            else:
                ok = False
        elif kind == "scale":
            if low in ("bn", "bln", "mn", "mln", "tn", "trn", "tln", "mil") and not cur_digit:
                ok = False
            elif last in ("num", "hundred", "num_frac", "fstart", "fstart_a") and cur is not None \
                    and val < min_scale and (sep in (" ", "") or (
                        sep == "-" and text[ts - 1] in _DASH and text[ts - 2].isalnum())):
                # "5 million", "5million", "$1.5-trillion" (a hyphen, no spaces)
                total += cur * val
                cur, min_scale, last = None, val, "scale"
                hundred = tens_open = cur_digit = frac_of_scale = False
            elif last == "a" and sep == " " and val < min_scale:
                total += val
                min_scale, last = val, "scale"
            elif last == "scale" and cur is None and sep == " " and val > min_scale:
                total *= val  # "three lakh crore", "a thousand million"
                min_scale *= val
            else:
                ok = False
        elif kind == "pscale":  # "five hundreds", "three thousands civilians"
            if last in ("num", "hundred") and cur is not None and not cur_digit and sep == " " \
                    and val < min_scale and not (val == 100 and hundred):
                if val == 100:
                    cur *= 100
                    hundred, tens_open, last, addend = True, False, "hundred", 0.0
                else:
                    total += cur * val
                    cur, min_scale, last = None, val, "scale"
                    hundred = tens_open = cur_digit = frac_of_scale = False
            else:
                ok = False
        elif kind == "dozen":
            if last in ("a", "fstart", "fstart_a") and sep == " ":
                total += (cur or 1.0) * 12
                cur, last = None, "dozen"
            elif last == "num" and sep == " " and cur is not None:
                if hundred and addend:
                    total += cur - addend + addend * 12
                else:
                    total += cur * 12
                cur, last = None, "dozen"
            else:
                ok = False
        else:
            ok = False
        if not ok:
            if kind in ("hundred", "scale") and and_best is not None:
                return and_best
            break
        if comma_best is not None and kind in ("hundred", "scale"):
            comma_best = None
        if new_and_best is not None:
            and_best = new_and_best
        if last in ("num", "hundred", "scale", "dozen", "num_frac", "pointd"):
            best = _Run(
                value=total + (cur or 0.0) * (min_scale if frac_of_scale else 1.0),
                end=te,
                mult=min_scale if last == "scale" else 1.0,
                last_is_digit=kind == "d",
                raw=text[ts:te] if count == 1 and kind == "d" else "",
                is_one=count == 1 and low == "one",
            )
    return comma_best if comma_best is not None else best


def _scan(text: str) -> list[_Atom]:
    """Single left-to-right pass: figures, with dates, times and names skipped."""
    atoms: list[_Atom] = []
    pos = 0
    n = len(text)
    search = _MASTER_RE.search
    while pos < n:
        m = search(text, pos)
        if m is None:
            break
        group = m.lastgroup
        s, e = m.start(), m.end()
        pos = e if e > s else s + 1
        if group == "skip":
            continue
        if group == "run":
            res = _eval_run(text, s, e)
            if res is None:
                continue
            pos = end = res.end
            raw = res.raw
            atom = _Atom(s, end, res.value, "run", mult=res.mult)
            half = _HYPHEN_AND_HALF_RE.match(text, end) if not res.last_is_digit else None
            if half:  # "two-and-a-half years", "three-and-a-half million"
                atom.low = atom.high = res.value + 0.5
                pos = atom.end = atom.vend = end = half.end()
                raw = ""
                scale = _SCALE_AFTER_RE.match(text, end)
                if scale and res.mult == 1.0:
                    word = scale.group().strip().lower()
                    atom.mult = 12.0 if word == "dozen" else (
                        100.0 if word == "hundred" else _SCALES[word])
                    atom.low = atom.high = atom.low * atom.mult
                    pos = atom.end = atom.vend = end = scale.end()
            atom.is_one = res.is_one
            if raw:
                atom.raw = raw
                atom.plain = True
                if len(raw) > 1 and raw[0] == "0" and raw[1] != ".":
                    continue  # "0914", "007": times and codes
                if s >= 2 and text[s - 1] in _DASH and text[s - 2].isalpha() and \
                        not _UNIT_THEN_DASH_RE.search(text, max(0, s - 12), s):
                    continue  # "S-400", "COVID-19", but not "5k-20k"
                if s >= 3 and text[s - 1] in _DASH and _MODEL_BEFORE_DASH_RE.search(
                        text, max(0, s - 12), s - 1):
                    continue  # "A350-1000", "Su-30MK-2": a model name before the dash
                if _THOUSANDS_DOT_RE.fullmatch(raw) and _count_noun_follows(text, end):
                    atom.low = atom.high = float(raw.replace(".", ""))  # "5.000 people"
            if res.last_is_digit and end < n and text[end].isalpha() \
                    and not _attached_suffix(text, atom):
                pos = max(pos, _LETTERS_RE.match(text, end).end())
                continue
            if _POINTER_AFTER_RE.match(text, end):
                continue  # "a three-pointer", "a 20-something man", "a six-figure salary"
            if _PAR_AFTER_RE.match(text, end) or (
                    55 <= res.value <= 90 and _GOLF_ROUND_BEFORE_RE.search(text, max(0, s - 40), s)
                    and not _count_noun_follows(text, end)):
                continue  # golf scores: "11 under par", "shot a final-round 68" (not "shot 60
                # people")
            if raw == "" and res.value == 12.0 and s >= 5 and text[s - 5:s - 1].lower() == "half" \
                    and text[s - 1] in _DASH:  # "half-dozen" is 6
                atom.start, atom.low, atom.high = s - 5, 6.0, 6.0
            if text[max(0, s - 4):s].rstrip().lower().endswith("at") and \
                    _TIED_AT_BEFORE_RE.search(text, max(0, s - 40), s):
                pair = _SCORE_REST_RE.match(text, end)
                pos = max(pos, pair.end()) if pair else pos
                continue  # "tied the game at 98", "tied at 2-2"
            _negate(text, atom, atoms)
            atoms.append(atom)
        elif group == "frac":
            atom = _fraction_atom(text, s, e)
            if atom is None:
                pos = s + 1  # "a third attack": let the rest of the words be read again
            else:
                atoms.append(atom)
                pos = atom.end
        elif group == "ufrac":
            ch = text[e - 1]
            whole = text[s:e - 1].strip()
            value = _UNICODE_FRACTIONS[ch] + (float(whole) if whole else 0.0)
            atom = _Atom(s, e, value, "ufrac")
            if not whole:
                atom.kind = "fraction"
            atoms.append(atom)
        elif group == "curglue":  # "Rs1.5 billion"
            piece = text[e:e + 80]  # read on its own: the figure is glued to a word
            run = _RUN_RE.match(piece)
            res = _eval_run(piece, 0, run.end()) if run else None
            if res is None:
                continue
            res = res._replace(end=res.end + e)
            atom = _Atom(e, res.end, res.value, "run", mult=res.mult)
            if res.last_is_digit and res.end < n and text[res.end].isalpha() and \
                    not _attached_suffix(text, atom):
                continue
            symbol = text[s:e].lower()
            atom.unit, atom.kind = _CURRENCY_SYMBOLS.get(symbol, symbol.upper()), "money"
            atom.money_prefix, atom.start = True, s
            atoms.append(atom)
            pos = atom.end
        elif group == "ptfrac":  # "a quarter-point cut" is 0.25 percentage points
            word = text[s:e].lower().removeprefix("an").removeprefix("a").lstrip()
            if _SPACED_POINT_RE.search(text, s, e) and not (
                    _BY_BEFORE_POINT_RE.search(text, max(0, s - 20), s)
                    or _POINT_CHANGE_AFTER_RE.match(text, e)):
                pos = s + 1
                continue
            atom = _Atom(s, e, 0.5 if word.startswith("half") else (
                0.75 if word.startswith("three") else 0.25), "frac")
            atom.unit, atom.kind = "pp", "percent"
            atoms.append(atom)
        elif group == "mult":  # "twice", "tenfold"
            atom = _Atom(s, e, _MULT_WORDS[text[s:e].lower()], "mult")
            atom.unit, atom.kind = "times", "other"
            atoms.append(atom)
        elif group == "aunit":  # "more than a decade": one decade, after a qualifier only
            qual = _LEFT_QUAL_RE.search(text, max(0, s - _QUAL_WINDOW), s)
            if qual is None or _COMPARATIVE_RE.match(qual.group()):
                continue  # "higher than a year earlier" compares with a time
            u = _UNIT_RE.match(text, e)
            if u is None:
                continue
            atom = _Atom(s, u.end(), 1.0, "aunit")
            atom.vend = e - len(text[s:e]) + len(text[s:e].rstrip())
            atom.unit, atom.kind = _UNIT_GROUPS[u.lastgroup]
            if atom.kind == "money":
                atom.unit = _currency_unit(u.group(u.lastgroup))
            half = _AND_A_HALF_RE.match(text, atom.end)
            if half:  # "more than a year and a half"
                atom.low = atom.high = 1.5
                atom.end = half.end()
            atoms.append(atom)
            pos = atom.end
        elif group == "vague":
            atom = _vague_atom(text, s, e)
            if atom is not None:
                atoms.append(atom)
    return atoms


_MINUS_BEFORE = frozenset(" \t\n(<>=[$€£\"'≤≥~")


def _negate(text: str, atom: _Atom, atoms: list[_Atom]) -> None:
    """A sign in front: "minus five", "negative ten", "-18 °C", "$-99.99" (not "150 -250")."""
    s = atom.start
    m = _NEGATIVE_WORD_RE.search(text, max(0, s - 12), s)
    if m is None:
        if not ((s >= 1 and text[s - 1] in "-\u2212" and atom.plain) or (atom.raw and s >= 1
                and text[s - 1] in "-\u2212")):
            return
        if s >= 2 and text[s - 2] not in _MINUS_BEFORE:
            return
        if atoms and not text[atoms[-1].end:s - 1].strip():
            return
        start = s - 1
        atom.vstart = start
    else:
        start = m.start()
    atom.low, atom.high = -atom.low, -atom.high
    atom.start = start
    atom.plain = False


def _attached_suffix(text: str, atom: _Atom) -> bool:
    """Letters glued to digits: a scale ("10k", "€5m"), a unit ("10km", "48h") or not a figure."""
    end = atom.end
    m = _LETTER_SCALE_RE.match(text, end)
    if m:
        letters = m.group("ls")
        if letters == "m":
            atom.letter_m = True
            atom.end = m.end()
            return True
        atom.low *= _LETTER_SCALES[letters]
        atom.high = atom.low
        atom.mult = _LETTER_SCALES[letters]
        atom.plain = False
        atom.end = atom.vend = m.end()
        return True
    m = _UNIT_RE.match(text, end)
    if m and not m.group("sep"):
        return True  # the unit pass reads it
    if _TIMES_X_RE.match(text, end):  # "1.5x faster", "a 10x zoom"
        atom.unit, atom.kind, atom.plain = "times", "other", False
        atom.end = end + 1
        return True
    m = _ATTACHED_ONLY_RE.match(text, end)
    if m and m.lastgroup == "in" and not _glued_inches(text, atom, m.end()):
        m = None  # "2011in Paris", "5in 2019": text glued by a PDF, not inches
    if m and m.lastgroup == "p" and (atom.raw in _RESOLUTIONS or atom.money_prefix
                                     or not atom.raw.replace(".", "", 1).isdigit()):
        m = None  # "1080p" is a resolution; "17p", "2.5p" are pence
    if m and m.lastgroup == "f" and not _FAHRENHEIT_BEFORE_RE.search(
            text, max(0, atom.start - 60), atom.start):
        m = None  # "13F" is a name; "minus 40F", "temperatures of 95F" are Fahrenheit
    if m:
        atom.unit, atom.kind = {"h": ("hours", "duration"), "g": ("g", "other"),
                                "t": ("tonnes", "other"), "c": ("°C", "other"),
                                "in": ("inches", "distance"),
                                "p": ("pence", "money"), "f": ("°F", "other")}[m.lastgroup]
        atom.plain = False
        atom.end = m.end()
        return True
    return False


def _glued_inches(text: str, atom: _Atom, end: int) -> bool:
    """Whether "in" glued to digits is inches: not after a year, and followed by the end of
    a phrase or a lower-case content word ("5ft 11in tall", "2in of rain")."""
    if atom.raw.isdigit() and len(atom.raw) == 4:
        return False
    rest = text[end:end + 40].lstrip()
    if not rest or not rest[0].isalnum():
        return True  # punctuation or the end of the text
    after = _NEXT_WORDS_RE.match(text, end)
    if after is None:
        return False  # a figure follows: "5in 2019"
    word = after.group(1)
    return word.islower() and (word == "of" or word not in _FUNCTION_WORDS)


_TIMES_X_RE = re.compile(r"[x×](?![\w×]|[.,]\d)")
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
            if u and _UNIT_GROUPS[u.lastgroup][1] == "duration":
                atom = _Atom(s, u.end(), 0.5, "frac")
                atom.vend = m.end()
                atom.unit, atom.kind = _UNIT_GROUPS[u.lastgroup]
                return atom
        after = _NEXT_WORDS_RE.match(text, m.end())
        if after is None:
            return None
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
_OF_A_SCALE_RE = re.compile(
    _SP + r"+of" + _SP + r"+an?" + _SP + r"+(thousand|million|billion)(?![A-Za-z])", re.I
)
_OF_OR_PUNCT_RE = re.compile(_SP + r"+of\b|" + _SP + r"*(?:[,.;:!?)\]\"'’]|$)", re.I)
_SCALE_AFTER_RE = re.compile(
    _SP + r"+(?:hundred|thousand|million|billion|trillion|dozen)\b", re.I
)

_MULTIPLE_NOT_COUNT = frozenset(_words("launch choice sclerosis rocket personality"))
_VAGUE_BAD_PREV = frozenset({"how", "so", "too", "as", "not", "that", "this", "very", "the"})
_VAGUE_SCALE_WORDS = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "dozen": 12.0,
}
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


# --------------------------------------------------------------------------- units pass


def _attach_units(text: str, atoms: list[_Atom]) -> None:
    prev_end = 0
    for atom in atoms:
        if atom.src in ("run", "ufrac", "vague"):
            window_start = max(prev_end, atom.start - 8)
            m = _CUR_PREFIX_RE.search(text, window_start, atom.start)
            if m and atom.src != "vague":
                symbol = "".join(m.group().split()).lower()
                atom.unit = _CURRENCY_SYMBOLS.get(symbol) or symbol.upper()
                atom.kind = "money"
                atom.money_prefix = True
                atom.plain = False
                atom.start = m.start()
        if atom.letter_m:
            if atom.money_prefix or not _m_is_metre(text, atom.end):
                atom.low *= 1e6
                atom.high = atom.low
                atom.mult = 1e6
                atom.vend = atom.end
            else:
                atom.unit, atom.kind = "m", "distance"
            atom.plain = False
        if atom.unit is None or atom.kind == "money":
            _unit_suffix(text, atom)
        if atom.unit is None and atom.src == "run" and _AGED_BEFORE_RE.search(
                text, max(0, atom.start - 20), atom.start) and not _AGED_RANGE_UNIT_RE.match(
                text, atom.end):
            atom.unit, atom.kind, atom.plain = "years", "duration", False  # "aged 34"
        elif atom.unit is None and atom.src == "run" and atom.plain and atom.raw.isdigit() \
                and 1 <= atom.low <= 110 and _appositive_age(text, atom):
            atom.unit, atom.kind, atom.plain = "years", "duration", False  # "Sinner, 23, beat"
        prev_end = atom.end


_APPOSITIVE_BEFORE_RE = re.compile(r"(?-i:\b([A-Z][a-z]+[a-z'’]*|[a-z]+)),[ \t]$")
_PERSON_NOUNS = frozenset(_words(
    "man woman boy girl suspect victim driver teenager mother father son daughter wife "
    "husband officer soldier student pilot player defender striker midfielder goalkeeper "
    "forward singer actor actress founder chairman chief executive president minister "
    "leader survivor resident farmer teacher nurse doctor journalist activist gunman "
    "attacker defendant accused pensioner grandmother grandfather widow child worker mayor "
    "governor senator councillor congressman congresswoman lawyer spokesman spokeswoman "
    "coach manager captain boxer rapper star"
))
_APPOSITIVE_AFTER_RE = re.compile(r",[ \t]+(?-i:([a-z]+))\b")
_NOT_PEOPLE = frozenset(_words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Sept Jan Feb Mar Apr Jun Jul "
    "Aug Sep Oct Nov Dec In On At By For From Of To And But Or So Yet With Since After Before"
))


def _appositive_age(text: str, atom: _Atom) -> bool:
    """Whether a bare number between commas after a capitalised name, followed by a
    lower-case word, is an age: "Keir Starmer, 62, faces", "the defender, 31, was"."""
    before = _APPOSITIVE_BEFORE_RE.search(text, max(0, atom.start - 30), atom.start)
    if before is None or before.group(1) in _NOT_PEOPLE or (
            before.group(1).islower() and before.group(1) not in _PERSON_NOUNS):
        return False
    after = _APPOSITIVE_AFTER_RE.match(text, atom.end)
    return after is not None and after.group(1) not in ("and", "or", "to")


_AGED_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:aged|(?:at" + _SP + r"+)?the" + _SP + r"+age" + _SP + r"+of)" + _SP
    + r"+(?:between" + _SP + r"+)?$", re.I)  # "aged 34", "at the age of 37", "aged between"
# "aged 5 to 17 months": the range's own unit goes to both ends, not years.
_AGED_RANGE_UNIT_RE = re.compile(
    _SP + r"*(?:[" + _DASH + r"]|to|and|or)" + _SP + r"*\w+" + _SP + r"+(?:months?|weeks?|"
    r"days?|hours?)\b", re.I)
_METRE_NEXT = frozenset(_words(
    "high long wide deep tall away from of above below beneath under depth radius"
    " thick across underground up down range"
))


_MILLION_ADJ = frozenset(_words(
    "more fewer new extra additional other young poor small local foreign registered internally"
    " displaced eligible active estimated unemployed"
))
_ADJ_ENDINGS = ("ed", "al", "ive", "ian", "ish", "ese", "ic", "ful", "less", "ous", "ary", "ly")


def _m_is_metre(text: str, pos: int) -> bool:
    """Whether a glued "m" after digits is metres: not when a plural noun follows, right
    after it or after adjectives ("2.5m barrels", "1.5m Syrian refugees", "4m internally
    displaced persons"); "a 100m wall surrounds it" is metres (a singular noun comes first)."""
    m = _NEXT_WORDS_RE.match(text, pos)
    if not m:
        return True
    word = m.group(1).lower()
    if word in _METRE_NEXT:
        return True
    for found in m.groups():
        if found is None:
            return True
        low = found.lower()
        if _is_plural_noun(found):
            return False
        if low in _MILLION_ADJ:
            continue
        if low in _FUNCTION_WORDS or not (found[:1].isupper() or low.endswith(_ADJ_ENDINGS)):
            return True
    return True


_OF_RE = re.compile(_SP + r"+of(?=" + _SP + r")", re.I)
_FOOT_INCHES_RE = re.compile(
    r"[" + _DASH + r"](\d{1,2})(?:[" + _DASH + r"]inch(?:es)?)?(?![\w.,]\d|\w)", re.I)
_DURATION_ADJ_RE = re.compile(_SP + r"+(?:consecutive|straight|successive)(?=" + _SP + r")",
                              re.I)


def _unit_suffix(text: str, atom: _Atom) -> None:
    """A unit word or symbol right after the figure: percent, currency, duration, distance."""
    pos = atom.end
    if atom.src == "vague":
        of = _OF_RE.match(text, pos)
        if of:
            pos = of.end()  # "millions of dollars"
    m = _UNIT_RE.match(text, pos)
    if not m and atom.src == "run":
        adj = _DURATION_ADJ_RE.match(text, pos)  # "31 consecutive days"
        m = _UNIT_RE.match(text, adj.end()) if adj else None
        if m and _UNIT_GROUPS[m.lastgroup][1] != "duration":
            m = None
    if not m:
        return
    sep = m.group("sep")
    if "\n" in sep:
        return
    name = m.lastgroup
    unit, kind = _UNIT_GROUPS[name]
    word = m.group(name)
    if kind == "money":
        if atom.kind == "money":
            return
        if unit == "money":
            unit = _currency_unit(word)
        if unit == "KRW" and word.lower() == "won" and atom.mult < 1e6:
            return  # "won" is a currency after a scale only: "10 trillion won", not "2 won"
        if unit == "GBP" and (
            any(c in _DASH for c in sep) or _POUND_WEIGHT_RE.match(text, m.end())
            or _WEIGHT_BEFORE_RE.search(text, max(0, atom.start - 50), atom.start)
        ):
            unit, kind = "lb", "other"
    elif atom.kind == "money":
        return
    if unit == "m" and word == "m" and sep and (atom.src != "run" or atom.mult != 1.0):
        return  # a lone spaced "m" only after a plain number: "10 m"
    if atom.src == "vague" and kind not in ("money", "duration", "distance"):
        return
    if kind == "percent" and atom.src == "vague":
        return
    if unit in ("W", "Wh", "B", "Hz", "eV"):  # keep the prefix: "1,200 MW", "13.5 kWh", "256GB"
        first = word.lstrip()[0]
        prefix = first if first in "kKMGTP" else _SI_PREFIX.get(word.lower()[:4], "")
        unit = (prefix.lower() if prefix in "kK" else prefix) + unit
    atom.unit, atom.kind = unit, kind
    atom.plain = False
    atom.end = m.end()
    if unit == "ft" and any(c in _DASH for c in sep):
        inches = _FOOT_INCHES_RE.match(text, atom.end)
        if inches and int(inches.group(1)) < 12:  # "the 6-foot-10 center"
            atom.low = atom.high = atom.low + int(inches.group(1)) / 12
            atom.end = inches.end()
    if unit in ("years", "months", "weeks", "days", "hours", "minutes", "seconds") and \
            text.startswith(("'", "’"), atom.end):
        atom.end += 1


_SI_PREFIX = {"kilo": "k", "mega": "M", "giga": "G", "tera": "T", "peta": "P"}


def _currency_unit(word: str) -> str:
    words = word.lower().replace("u.s.", "us").split()
    if words[-1] in ("€", "$"):
        return "EUR" if words[-1] == "€" else "USD"
    if words[-1].upper() in _CODE_SET:
        return words[-1].upper()
    head = words[-1]
    if head == "sterling":
        head = words[-2] if len(words) > 1 else "pound"
    head = head.rstrip("s") if head not in ("lire", "hryvnias") else head
    if head.endswith("ie"):
        head = head[:-2] + "y"
    adjective = " ".join(words[:-1]).replace(" sterling", "")
    if words[-1] == "sterling":
        adjective = " ".join(words[:-2])
    if adjective:
        code = _CURRENCY_ADJ.get((adjective, head))
        if code:
            return code
    return _CURRENCY_WORDS.get(head, head)


# --------------------------------------------------------------------------- pairs


_CONNECT_RE = re.compile(
    r"(?P<dash>" + _SP + r"*[" + _DASH + r"~]" + _SP + r"*)$"
    r"|(?P<to>" + _SP + r"*(?:[" + _DASH + r"]" + _SP + r"*)?(?:to|through|thru)" + _SP + r"+)$"
    r"|(?P<or>" + _SP + r"+or" + _SP + r"+)$"
    r"|(?P<and>" + _SP + r"+(?:and|&)" + _SP + r"+)$"
    r"|(?P<frac>" + _SP + r"+(?:in|out" + _SP + r"+of)" + _SP + r"+(?:every" + _SP + r"+)?)$"
    r"|(?P<over>" + _SP + r"+over" + _SP + r"+)$"
    r"|(?P<pm>" + _SP + r"*(?:±|\+" + _SP + r"*/?" + _SP + r"*[-−])" + _SP + r"*)$",
    re.I,
)
_VAGUE_CONNECT_RE = re.compile(
    _SP + r"*,?" + _SP + r"*(?:or|to|and|if" + _SP + r"+not)(?:" + _SP
    + r"+(?:even|possibly|perhaps|maybe|potentially|likely))?" + _SP + r"*,?" + _SP + r"*$",
    re.I,
)


_YEAR_NOUN_RE = re.compile(
    _SP + r"+(?:levels?|prices|figures|rates|values|terms|standards|elections|polls|"
    r"games|olympics|budgets?|census|seasons?)\b", re.I)


def _is_year_like(atom: _Atom) -> bool:
    """A bare four-digit integer from 1500 to 2100, written without separators or unit."""
    return (
        atom.plain and len(atom.raw) == 4 and atom.raw.isdigit() and 1500 <= atom.low <= 2100
        and atom.unit is None
    )


def _merge_slashes(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """"2/3" and "2 1/2" become fractions; other slash pairs ("9/11", "24/7") are dropped."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if (
            b is None or text[a.end:b.start] != "/" or not a.plain or a.src != "run"
            or b.src != "run" or not b.raw
        ):
            out.append(a)
            i += 1
            continue
        i += 2
        num, den = a.low, b.low
        if not (
            num == int(num) and den == int(den) and 0 < num < den and int(den) in _SLASH_DENOMS
            and not text.startswith("/", b.end)
        ):
            continue
        frac = _Atom(a.start, b.end, num / den, "slash")
        frac.kind = "fraction"
        if out and out[-1].plain and out[-1].src == "run" and not _is_year_like(out[-1]) \
                and _SPACES_RE.fullmatch(text, out[-1].end, a.start):
            whole = out.pop()  # "2 1/2", "10 1/2 miles"
            frac = _Atom(whole.start, b.end, whole.low + frac.low, "slash")
        if b.unit is not None:  # "1/4 inch"
            frac.unit, frac.kind = b.unit, b.kind
        out.append(frac)
    return out


def _merge_pairs(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Neighbouring figures joined by a range word, or dropped together as a score or dates."""
    out: list[_Atom] = []
    i = 0
    n_atoms = len(atoms)
    while i < n_atoms:
        a = atoms[i]
        if i + 1 < n_atoms:
            b = atoms[i + 1]
            gap = text[a.end:b.start]
            if len(gap) <= 24 and not _in_dash_chain(text, atoms, i, gap):
                merged = _try_pair(text, a, b, gap)
                if merged is not None:
                    if merged is _DROP:
                        i += 2
                        continue
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _in_dash_chain(text: str, atoms: list[_Atom], i: int, gap: str) -> bool:
    """Whether ``atoms[i]`` and the next are two links of "A-B-C" (three or more figures
    glued by dashes: "three-nought-four", "1-2-3"), which is no range."""
    if len(gap) != 1 or gap not in _DASH:
        return False
    if i + 2 < len(atoms) and text[atoms[i + 1].end:atoms[i + 2].start] == gap:
        return True
    return i > 0 and text[atoms[i - 1].end:atoms[i].start] == gap


_DROP = _Atom(0, 0, 0.0, "drop")
# A smaller unit after a larger one adds to it: unit -> (larger units, how many make one).
_SUBUNITS = {
    "cents": (frozenset({"USD", "EUR", "CAD", "AUD", "HKD", "NZD"}), 100.0),
    "pence": (frozenset({"GBP"}), 100.0),
    "inches": (frozenset({"ft"}), 12.0),
}
_SUBUNIT_GAP_RE = re.compile(_SP + r"*,?" + _SP + r"+(?:and" + _SP + r"+)?", re.I)
_SPACES_RE = re.compile(_SP + "+")


def _try_pair(text: str, a: _Atom, b: _Atom, gap: str) -> _Atom | None:
    """The figure made of ``a`` and ``b``, ``_DROP`` to drop both, or ``None``."""
    if a.src == "vague" or b.src == "vague":
        if a.src == b.src == "vague" and _VAGUE_CONNECT_RE.match(gap) and a.low < b.high:
            r = _Atom(a.start, b.end, a.low, "vague", high=b.high)
            r.vstart, r.vend = a.vstart, b.vend
            r.unit, r.kind = b.unit or a.unit, b.kind if b.unit else a.kind
            return r
        return None
    if a.kind == "fraction" or b.kind == "fraction":
        return None
    per = _SUBUNITS.get(b.unit)
    if per and a.unit in per[0] and 0 < b.low < per[1] and a.qual == b.qual == "exact" \
            and a.src == b.src == "run" and _SUBUNIT_GAP_RE.fullmatch(gap):
        r = _Atom(a.start, b.end, a.low + b.low / per[1], "run")  # "3 dollars 50 cents"
        r.vstart, r.vend = a.vstart, b.vend
        r.unit, r.kind, r.money_prefix = a.unit, a.kind, a.money_prefix
        return r
    m = _CONNECT_RE.match(gap)
    if m is None:
        return None
    how = m.lastgroup
    if how == "pm":  # "2,000.45±0.01 pounds", "5 +/- 2 km"
        if b.low <= 0 or (a.unit is not None and b.unit is not None and a.unit != b.unit):
            return None
        r = _Atom(a.start, b.end, a.low - b.low, "range", high=a.low + b.low)
        r.qual = "range"
        r.vstart, r.vend = a.vstart, b.vend
        r.unit = b.unit or a.unit
        r.kind = b.kind if b.unit is not None else a.kind
        return r
    if how == "over":
        if abs(a.low) == 1 and a.src == "run" and b.src == "run" and a.unit is None \
                and b.unit is None and b.low == int(b.low) and b.low >= 2 and b.mult == 1.0:
            r = _Atom(a.start, b.end, a.low / b.low, "pairfrac")
            r.kind = "fraction"
            return r
        return None
    if how == "frac":
        if (
            a.src == "run" and b.src == "run" and a.unit is None and b.unit is None
            and a.low == int(a.low) and b.low == int(b.low) and 0 < a.low <= 10
            and a.low < b.low and a.mult == 1.0
            and ((b.low <= 100 and b.mult == 1.0)
                 or (b.low % 100 == 0 and not _is_year_like(b)))
        ):  # "one in five", "two out of five hundred", "one in a million"
            r = _Atom(a.start, b.end, a.low / b.low, "pairfrac")
            r.kind = "fraction"
            return r
        return None
    bm = _BETWEEN_RE.search(text, max(0, a.start - 40), a.start)
    before = bm.group("w").lower() if bm else ""
    if how == "and" and before != "between":
        return None
    if how == "to" and before == "from" and \
            _CHANGE_BEFORE_FROM_RE.search(text, max(0, bm.start() - 50), bm.start()):
        return None  # "rose from 10 to 15" is a change
    if how == "to" and (
            (b.mult > a.mult and a.low * b.mult > b.low) or b.low >= 10 * a.low) and (
            (_BY_BEFORE_RE.search(text, max(0, a.start - 4), a.start)
             and _CHANGE_BEFORE_FROM_RE.search(text, max(0, a.start - 50), a.start))
            or _CHANGE_RIGHT_BEFORE_RE.search(text, max(0, a.start - 20), a.start)):
        return None  # "shrank by 800,000 to 124.4 million", "fell 12p to 345p": the change,
        # then the level
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    lo, hi = a.low, b.low
    if b.mult > 1 and a.mult == 1.0 and a.src == "run" and lo * b.mult <= hi:
        lo *= b.mult  # "5-10 million"
    elif how == "dash" and a.plain and a.raw.isdigit() and _THOUSANDS_RE.fullmatch(b.raw):
        scale = 1000.0 ** b.raw.count(",")
        if hi / 10 < lo * scale < hi:
            lo *= scale  # "20-25,000" is 20,000 to 25,000
    if how == "or" and lo > 0 and hi > 10 * lo:
        return None  # "10 bln or 10 tln" are alternatives, not the bounds of one estimate
    if how == "to" and _is_year_like(b) and a.kind == "duration":
        return None  # "in the 10 years to 2023": a period ending in a year
    year_pair = _is_year_like(a) and (_is_year_like(b) or (b.plain and len(b.raw) == 2))
    if year_pair and not _count_noun_follows(text, b.end):
        return _DROP
    if how == "dash":
        small = a.plain and b.plain and a.low <= 30 and b.low <= 30
        near = text[max(0, a.start - _SPORT_WINDOW):b.end + _SPORT_WINDOW]
        if lo >= hi:
            if a.plain and b.plain and a.low < 100 and b.low < 100:
                return _DROP
            if a.plain and b.plain and a.low <= 200 and any(
                    m.group().lower() not in _VOTE_WORDS for m in _SPORT_RE.finditer(near)):
                return _DROP  # "beat the Celtics 112-104", but not "voted 116-15"
            return None
        if small and _SPORT_RE.search(near):
            return _DROP
    elif lo >= hi:
        if not (how == "to" and hi < lo < 0):
            return None
        lo, hi = hi, lo  # "from -18 °C to -34 °C"
    r = _Atom(a.start, b.end, lo, "range", high=hi)
    r.qual = "range"
    r.vstart, r.vend = a.vstart, b.vend
    r.unit = b.unit or a.unit
    r.kind = b.kind if b.unit is not None else a.kind
    r.money_prefix = a.money_prefix or b.money_prefix
    if r.unit == "%":
        r.kind = "percent"
    if before == "between" or (before == "from" and how in ("to", "dash")):
        r.start = bm.start()
    else:
        am = _APPROX_BEFORE_RANGE_RE.search(text, max(0, a.start - 30), a.start)
        if am:
            r.start = am.start()
    return r


# --------------------------------------------------------------------------- singles


_NAME_HYPHEN_BEFORE_RE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+[" + _DASH + r"]$")


def _keep_single(text: str, atom: _Atom) -> bool:
    """Whether a lone figure is one: not a year, a clock time, a version or an idiomatic "one"."""
    if atom.src in ("range", "vague", "frac", "slash", "pairfrac"):
        return True
    if atom.is_one and not _keep_one(text, atom):
        return False
    raw = atom.raw
    word = text[atom.vstart:atom.vend]
    if word[:1].isupper() and word.isalpha() and _NAME_HYPHEN_BEFORE_RE.search(
            text, max(0, atom.start - 20), atom.start):
        return False  # "Typhoon Nok-Ten": a name, not ten
    if len(raw) == 4 and raw.isdigit() and int(raw[:2]) < 24 and int(raw[2:]) < 60 and (
        _CLOCK_AFTER_RE.match(text, atom.end)
        or (atom.unit == "hours" and _prev_word(text, atom.start) in ("at", "by", "until", "till"))
    ):
        return False  # "at 1430 GMT", "at 0600 hours"
    if _is_year_like(atom):
        if _LEFT_QUAL_RE.search(text, max(0, atom.start - _QUAL_WINDOW), atom.start):
            return True
        prev = _prev_word(text, atom.start)
        if prev in _STRONG_YEAR_PREP or text[max(0, atom.start - 3):atom.start] == "In ":
            return False
        if prev in _DETERMINERS and 1900 <= atom.low <= 2030:
            return False  # "the 2015 attacks"
        if _COUNT_BEFORE_RE.search(text, max(0, atom.start - 40), atom.start):
            return True  # "killed 2000", "a toll of 1900"
        if _YEAR_NOUN_RE.match(text, atom.end):
            return False  # "from 1990 levels", "at 2010 prices", "the 2010 elections"
        return _count_noun_follows(text, atom.end)  # "2000 people", not "in 2000 the"
    return not (  # "Balkans 2.0"
        raw.endswith(".0") and atom.unit is None
        and _CAPITALISED_BEFORE_RE.search(text, max(0, atom.start - 30), atom.start)
    )


def _keep_one(text: str, atom: _Atom) -> bool:
    """Whether "one" counts something (see the module docstring for the idioms left out)."""
    prev = _prev_word(text, atom.start)
    if prev in _ONE_PREV and (atom.unit is None or atom.unit == "days"):
        return False  # but "that one mile", "the one hour"
    if prev == "by" and _ONE_BY_RE.search(text, max(0, atom.start - 12), atom.start):
        return False
    if atom.unit is None and _ONE_PRONOUN_BEFORE_RE.search(
            text, max(0, atom.start - 30), atom.start) and _ONE_PRONOUN_AFTER_RE.match(
            text, atom.end):
        return False  # "as powerful as the old one", "a bigger one in Idlib"
    if atom.end < len(text) and text[atom.end] in _DASH and atom.unit is None:
        return False
    if atom.unit == "days" and text[atom.vend:atom.end].strip().lower() == "day":
        return prev in _ONE_DURATION_PREV
    if atom.unit is not None:
        return True
    m = _NEXT_WORDS_RE.match(text, atom.end)
    if m:
        nxt = m.group(1).lower()
        if nxt in _ONE_NEXT_IDIOM:
            return False
        if nxt == "by" and (m.group(2) or "").lower() == "one":
            return False
        if nxt == "of" and _SUPERLATIVE_RE.match(text, atom.end):
            return False
    return True


def _finish(text: str, atom: _Atom, prev_end: int) -> Quantity:
    """The :class:`Quantity` of a figure, with the qualifier words around a single figure."""
    qual = atom.qual
    low, high = atom.low, atom.high
    start, end = atom.start, atom.end
    if qual == "exact":
        m = _LEFT_QUAL_RE.search(text, max(prev_end, start - _QUAL_WINDOW), start)
        if m:
            word = " ".join(m.group().lower().split())
            q = _QUALIFIER_OF.get(word) or _SYMBOL_QUALIFIERS.get(word.replace(" ", ""))
            over_a_period = (
                atom.kind == "duration" and word == "over"
                and not _AGE_AFTER_RE.match(text, end)
            )  # "killed over 3 days" is during, not more than; "over 30 years old" is more;
            # "in under 10 minutes" is less than
            went_up_to = word == "up to" and _GO_BEFORE_RE.search(
                text, max(0, m.start() - 12), m.start())  # "the wage went up to £11.44"
            over_a_place = word == "over" and _over_places(text, m.start(), end)
            if q and not over_a_period and not went_up_to and not over_a_place:
                qual, start = q, m.start()
        r = _RIGHT_QUAL_RE.match(text, end) if qual in ("exact", "approx") else None
        if r:
            if r.group("plus") or r.group("more"):
                qual = "at_least"
            elif r.group("less"):
                qual = "at_most"
            else:
                qual = "approx"
            end = r.end()
        if qual in ("at_least", "more_than"):
            high = _open_high(atom.kind, low)
        elif qual in ("at_most", "less_than"):
            low, high = (0.0 if low >= 0 else -INF), low
    return Quantity(
        start, end, text[start:end], float(low), float(high), qual, atom.unit, atom.kind,
        atom.vstart, atom.vend,
    )


_GO_BEFORE_RE = re.compile(r"\b(?:go|goes|going|gone|went)" + _SP + r"+$", re.I)
_PLACE_NOUNS_RE = re.compile(
    _SP + r"*(?:regions?|provinces?|districts?|oblasts?|countries|states|cities|towns|"
    r"villages|areas|territories|continents|counties|governorates|neighbo(?:u)?rhoods)\b", re.I)
_PHRASAL_OVER_PREV = re.compile(
    r"\b(?:roll(?:s|ed|ing)?|turn(?:s|ed|ing)?|hand(?:s|ed|ing)?|tip(?:s|ped|ping)?|"
    r"keel(?:s|ed|ing)?|knock(?:s|ed|ing)?|spill(?:s|ed|ing)?|spilt|boil(?:s|ed|ing)?)"
    + _SP + r"+$", re.I)
_OVER_PLACE_PREV = re.compile(
    r"\b(?:down|drones?|missiles?|rockets?|flew|fly|flying|flown|shot|intercepted|downed|"
    r"destroyed|spotted|seen|sighted|spread|scattered|stretching|stretches|spanning)"
    + _SP + r"+$", re.I)


def _over_places(text: str, over_start: int, end: int) -> bool:
    """Whether "over" is a place or a verb's particle, not "more than": "shot down 38 drones
    over nine regions", "the jackpot rolled over 22 times", "handed over 40 rifles"."""
    if _PHRASAL_OVER_PREV.search(text, max(0, over_start - 20), over_start):
        return True
    return bool(_PLACE_NOUNS_RE.match(text, end)
                and _OVER_PLACE_PREV.search(text, max(0, over_start - 20), over_start))


_SYMBOL_QUALIFIERS = {
    ">": "more_than", "<": "less_than", "~": "approx", "≈": "approx", ">=": "at_least",
    "≥": "at_least", "<=": "at_most", "≤": "at_most",
}
_AGE_AFTER_RE = re.compile(_SP + r"+(?:old|of" + _SP + r"+age|ago)\b", re.I)
_LOWER_BOUND = frozenset({"at_least", "more_than"})
_UPPER_BOUND = frozenset({"at_most", "less_than"})
_BOUND_GAP_RE = re.compile(r"\s*,?\s*(?:and|but|,)\s*$", re.I)


def _merge_bounds(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"more than 10 and less than 40", "at most 100 and at least 20": one range."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        if i + 1 < len(qs):
            b = qs[i + 1]
            pair = {a.qualifier, b.qualifier}
            if (
                len(pair) == 2 and pair & _LOWER_BOUND and pair & _UPPER_BOUND
                and a.unit == b.unit and a.kind == b.kind
                and _BOUND_GAP_RE.match(text, a.end, b.start) and b.start - a.end < 12
            ):
                lower, upper = (a, b) if a.qualifier in _LOWER_BOUND else (b, a)
                if lower.low < upper.high:
                    out.append(Quantity(
                        a.start, b.end, text[a.start:b.end], lower.low, upper.high, "range",
                        a.unit, a.kind, a.value_start, b.value_end,
                    ))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _open_high(kind: str, value: float) -> float:
    if kind == "percent" and value < 100:
        return 100.0
    if kind == "fraction" and value < 1:
        return 1.0
    return INF


# --------------------------------------------------------------------------- public API


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, sorted by start, non-overlapping (see the module docstring).

    Never raises: a non-``str`` gives ``[]``, and so would an internal error (a bug) rather
    than stopping a run over millions of sentences.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return _find_quantities(text)
    except Exception:
        return []


def _find_quantities(text: str) -> list[Quantity]:
    glued = figure_glue_points(text)
    if glued:
        return _unglued(text, glued)
    atoms = _second_pass(text, _scan(text))
    if not atoms:
        return []
    _attach_units(text, atoms)
    atoms = _merge_slashes(text, atoms)
    atoms = _merge_pairs(text, atoms)
    out: list[Quantity] = []
    prev_end = 0
    for atom in atoms:
        if not _keep_single(text, atom):
            continue
        q = _finish(text, atom, prev_end)
        if atom.src == "aunit" and q.qualifier == "exact":
            continue  # "a year" without a qualifier, or "over a year" read as during
        if q.start < prev_end or not (q.start <= q.value_start < q.value_end <= q.end):
            continue
        if math.isnan(q.low) or math.isnan(q.high):
            continue
        out.append(q)
        prev_end = q.end
    return _merge_bounds(text, out) if len(out) > 1 else out


def _unglued(text: str, points: list[int]) -> list[Quantity]:
    """The figures of a text whose figures are glued to the word before them ("with14,593
    households", "at least140,000"): found in a copy with a space at each ``points`` offset,
    their offsets mapped back to ``text``."""
    pieces, last = [], 0
    for point in points:
        pieces.append(text[last:point])
        last = point
    pieces.append(text[last:])
    spaced = " ".join(pieces)
    shifts = [point + k for k, point in enumerate(points)]  # the spaces' offsets in the copy

    def back(offset: int) -> int:
        return offset - sum(1 for s in shifts if s < offset)

    out = []
    for q in _find_quantities(spaced):
        start, end = back(q.start), back(q.end)
        out.append(replace(q, start=start, end=end, text=text[start:end],
                           value_start=back(q.value_start), value_end=back(q.value_end)))
    return out


_SLASH_FULL_RE = re.compile(r"(?:(\d+)" + _SP + r"+)?(\d+)/(\d+)")
_UFRAC_FULL_RE = re.compile(_top(_UFRAC))
_RUN_RE = re.compile(_RUN, re.I)


def parse_number(text: str) -> float | None:
    """The value of one number expression, or ``None`` if ``text`` is not exactly one.

    Reads digits with separators ("250,000", "1.234.567", "250 000"), scale words and
    abbreviations ("2.3 million", "1.2bn", "10k"), written-out numbers ("Nine hundred and
    twenty-one", "half a million", "a dozen"), fractions ("2/3", "two-thirds", "½", "2 1/2").
    Qualifiers, units and vague words ("several") are not numbers here.
    """
    if not isinstance(text, str):
        return None
    s = text.strip()
    if not s:
        return None
    try:
        m = _SLASH_FULL_RE.fullmatch(s)
        if m:
            den = int(m.group(3))
            return (int(m.group(1) or 0) + int(m.group(2)) / den) if den else None
        m = _UFRAC_FULL_RE.fullmatch(s)
        if m:
            whole = s[:-1].strip()
            return _UNICODE_FRACTIONS[s[-1]] + (float(whole) if whole else 0.0)
        m = _FRAC_RE.fullmatch(s)
        if m and m.group("den"):
            num_word = m.group("num").lower()
            num = 1 if num_word in ("a", "an") else _SMALL[num_word]
            return num / _DENOMS[m.group("den").lower()]
        m = _RUN_RE.match(s)
        if m is None:
            return None
        res = _eval_run(s, 0, m.end())
        if res is None:
            return None
        if res.end != len(s):
            ls = _LETTER_SCALE_RE.fullmatch(s, res.end)
            if ls and res.last_is_digit:
                letters = ls.group("ls")
                return res.value * (1e6 if letters == "m" else _LETTER_SCALES[letters])
            return None
        return res.value
    except (ValueError, KeyError, IndexError, OverflowError, ZeroDivisionError):
        return None


_ZERO_RE = re.compile(
    r"(?<!\w)(?:not" + _SP + r"+(?:a" + _SP + r"+single|one|any)|no" + _SP + r"+one|nobody|none"
    r"|zero|nil|no(?!" + _SP + r"+(?:longer|doubt|matter|sooner|way|more|less|fewer|one\b)"
    r"|\." + _SP + r"*\d))(?![\w'’-])",
    re.I,
)


def find_zero_quantifiers(text: str) -> list[Quantity]:
    """Words that may state a count of zero: "no", "none", "zero", "not a single", "not one".

    Returned as exact zero quantities (``kind="count"``) so a later layer can decide, from
    the noun and verb around them, whether "killed no civilians" is a figure. Qualifier
    phrases ("no more than", "no fewer than") and idioms ("no longer", "no doubt") are left
    out.
    """
    if not isinstance(text, str):
        return []
    return [
        Quantity(m.start(), m.end(), m.group(), 0.0, 0.0, "exact", None, "count", *m.span())
        for m in _ZERO_RE.finditer(text)
    ]


def is_non_quantity_context(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is not a figure (a date, year, time, name...).

    True when no quantity found in ``text`` has a number part overlapping the span.
    """
    return not any(
        q.value_start < end and start < q.value_end for q in find_quantities(text)
    )
