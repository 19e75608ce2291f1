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
    range        150-250, 150 – 250, between A    A .. B (A < B, else no range)
                 and B, from A to B, A to B,
                 A or B, two or three
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
    a few, a handful       2 .. 5
    several, multiple      3 .. 9                "multiple" only before a plural noun
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
    dozen" 24 .. 60. Two vague quantities joined by "or (even)", "to", "if not" make one
    vague quantity: "dozens or even hundreds" is 24 .. 999.

Judgement calls
    * "one" is a count of 1 ("one soldier", "one of the commanders": a partitive is still
      a count), except as a pronoun or idiom: "no one", "the/this/that/which/any/every/
      each one", "one another", "one by one", "one of the largest" (a superlative),
      "one day/time/point/way" unless a duration ("for one day"), "one-sided".
    * "no", "none" are not figures here; :func:`find_zero_quantifiers` finds them for the
      layer that decides whether they count something. "zero" and "0" are figures.
    * Not figures: years ("in 2015", "2011-2013", "2019/20", "the 1990s"; a bare 1800-2100
      integer is a year unless a plural noun follows or a qualifier precedes it: "2000
      people"), dates ("May 28", "28 May 2019", "25/01/2013", "1.6. 2019"), times ("14:30",
      "9:14 am", "at 0914", "1430 GMT"), ordinals ("21st", "5th Corps", "the third"),
      identifiers ("S-400", "F35", "COVID-19", "MH17", "Resolution 2254", "Route 66",
      "Boeing 737", "UN SCR 2401", "5G", "3D"), phone numbers, URLs, sports scores
      ("won 2-1", "a 3-0 victory": a dash pair whose first number is not the smaller, or
      any small dash pair near a sports word) and "24-7"/"9/11" (slash pairs are
      fractions only for common denominators: 2/3, 1/40).
    * Version labels ("Balkans 2.0", "Web 3.0": N.0 right after a capitalised word) are
      not figures.
    * "10m" is ten million after a currency sign or before a plural noun, else ten metres;
      "10M" is always ten million.
    * "A-B" with a scale only on B propagates it: "5-10 million" is 5e6 .. 10e6, "$5-10m"
      likewise; a unit on either side goes to both ("10-15 km", "50 to 80%").
    * "rose from 10 to 15" is a change, not a range: two figures.
    * "N in M" and "N out of M" are fractions when N <= 10, N < M <= 100 ("one in five",
      "nine out of ten"); "12 out of 30" stays two counts.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

__all__ = [
    "Quantity",
    "VAGUE_BOUNDS",
    "find_quantities",
    "find_zero_quantifiers",
    "is_non_quantity_context",
    "parse_number",
]

INF = float("inf")

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
    "a few": (2, 5),
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
    "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    "thousandth": 1000, "thousandths": 1000,
}
_UNICODE_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}
#: Denominators that make "n/d" a fraction rather than a date, an idiom or an identifier.
_SLASH_DENOMS = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20, 25, 32, 40, 50, 64, 100, 1000})

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTH = "(?-i:(?:" + _MONTHS + "|" + _MONTHS.upper() + r")\b\.?)"

# Words that, right before a number, make it a name or a reference rather than a figure.
_ID_WORDS_ANYCASE = (
    "resolution|resolutions|res|article|articles|art|section|sections|sec|chapter|chapters"
    "|paragraph|paragraphs|para|clause|clauses|route|highway|motorway|interstate|brigade"
    "|division|battalion|regiment|squadron|platoon|flight|page|pages|pp|p|vol|volume"
    "|decree|annex|appendix|figure|fig|checkpoint|hill|nos?|scr|unscr|unsc|sura|surah"
)
_ID_WORDS_TITLE = (
    "Road|Street|Avenue|Corps|Army|Company|Unit|Group|Team|Force|Camp|Gate|Building|Block"
    "|Tower|Floor|Room|Apartment|Flat|House|Station|Base|Terminal|Platform|Channel|Sector"
    "|Zone|District|Area|Region|Level|Grade|Class|Phase|Stage|Round|Part|Item|Table|Law"
    "|Order|Act|Bill|Amendment|Protocol|Version|Model|Type|Mark|Mk|Series|Issue|Episode"
    "|Season|Generation|Gen|Vision|Operation|Project|Object|Pillar|Boeing|Airbus|Tupolev"
    "|Ilyushin|Antonov|Sukhoi|Apollo|Soyuz|Windows|Covid|COVID|Formula|Line|Point|Number"
    "|Box|Window|Lane|Camp|Bus|Train|Tank|Hangar|Ward|Cell|Wing|Pier|Berth|Runway|Exit"
    "|Junction|Kilometre|Kilometer|Km|Mile"
)

_SP = r"[ \t\u00a0\u2009\u202f]"
_DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"

_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?"
    r"|\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?!\d)(?:\.\d+)?"
    r"|\d{1,3}(?:\x20\d{3})+(?![\w\-\u2013])"
    r"|\d{1,3}(?:\.\d{3}){2,}(?![.\d])"
    r"|\d+(?:\.\d+)?"
    r"|\.\d+)"
)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM_WORDS = _alt(list(_SMALL) + list(_TENS) + ["hundred", "dozen", "dozens"] + list(_SCALES))
_START_WORDS = _alt(list(_SMALL) + list(_TENS) + ["dozen"])
_AHEAD_SCALE = r"(?=" + _SP + r"+(?:half|quarter|hundred|thousand|million|billion|trillion|dozen)\b)"
_HALF_AHEAD = (
    r"(?=" + _SP + r"+(?:an?" + _SP + r"+)?(?:hundred|thousand|million|billion|trillion|dozen)\b)"
)

_TOKEN = (
    r"(?P<d>(?<![\w.])" + _DIGITS + r")"
    r"|(?<![A-Za-z])(?P<w>" + _NUM_WORDS + r")(?![A-Za-z])"
    r"|(?<![A-Za-z])(?P<a>an?)" + _AHEAD_SCALE +
    r"|(?<![A-Za-z])(?P<f>half|quarter)(?![A-Za-z])"
)
_TOKEN_RE = re.compile(_TOKEN, re.I)

_RUN_START = (
    r"(?<![\w.])" + _DIGITS +
    r"|(?<![A-Za-z])(?:" + _START_WORDS + r")(?![A-Za-z])"
    r"|(?<![A-Za-z])an?" + _AHEAD_SCALE +
    r"|(?<![A-Za-z])half" + _HALF_AHEAD +
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
    + r"*)(?:" + _alt(_DENOMS) + r")(?![A-Za-z])"
    r"|(?<![A-Za-z])half(?=" + _SP
    + r"+(?:of|the|its|their|his|her|our|all|these|those|them|this|that)\b)"
)
_FRAC_RE = re.compile(
    r"(?P<num>" + _FRAC_NUM + r")(?:" + _SP + r"+|" + _SP + r"*[" + _DASH + r"]" + _SP
    + r"*)(?P<den>" + _alt(_DENOMS) + r")(?![A-Za-z])|(?P<half>half)",
    re.I,
)
_UFRAC = r"(?<![\w.])(?:\d+" + _SP + r"?)?[" + "".join(_UNICODE_FRACTIONS) + r"]"

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

_SKIP = "|".join([
    r"(?:https?://|www\.)\S+",
    r"[\w.+-]+@[\w-]+\.[\w.]+",
    r"\+\d{1,3}(?:[ .\-/]?\(\d{1,4}\))?(?:[ .\-/]?\d{1,5}){2,6}",
    r"\(0\)" + _SP + r"?\d{1,5}(?:[ .\-]\d{2,5}){1,4}",
    r"\(\d{3}\)" + _SP + r"?\d{3}[ .\-]\d{4}",
    r"(?<![\w.])\d{3}[.\-]\d{3}[.\-]\d{4}(?!\d)",
    # dates
    r"(?<![\w.])\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2}(?!\d)",
    r"(?<![\w.])\d{1,2}[\-/.]\d{1,2}[\-/.]" + _SP + r"?\d{2,4}(?![\d])",
    r"(?<![\w.])(?:1[5-9]|20)\d\d" + _SP + r"*(?:[" + _DASH + r"/]|to)" + _SP
    + r"*(?:(?:1[5-9]|20)\d\d|\d\d)(?![\w%])(?!" + _SP + r"*(?:%|per))",
    r"(?<![\w.])\d{1,2}(?:st|nd|rd|th)?" + _SP + r"*(?:[" + _DASH + r"]" + _SP + r"*\d{1,2}(?:st|nd|rd|th)?"
    + _SP + r"*)?(?:of" + _SP + r"+)?" + _MONTH + r"(?:,?" + _SP + r"*\d{4}(?!\d))?",
    _MONTH + _SP + r"*(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,.]\d)(?:" + _SP + r"*[" + _DASH
    + r"]" + _SP + r"*(?:[12]\d|3[01]|0?[1-9])(?![\d,.]\d))?(?:,?" + _SP + r"*\d{4}(?!\d))?|\d{4}(?!\d))",
    # times
    r"(?<![\w.])\d{1,2}:\d{2}(?::\d{2})?(?:" + _SP + r"*(?-i:[ap]\.?m\b\.?|[AP]\.?M\b\.?))?",
    r"(?<![\w.])\d{1,2}(?:[.:]\d{2})?" + _SP + r"*(?-i:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)",
    r"(?<![\w.])\d{1,2}" + _SP + r"*o['’]clock",
    # chains of dotted numbers (versions, IP addresses) that are not 1.234.567
    r"(?<![\w.])(?!\d{1,3}(?:\.\d{3}){2,}(?![.\d]))\d+(?:\.\d+){2,}",
    # references and names
    r"(?<![A-Za-z])(?:" + _ID_WORDS_ANYCASE + r")\.?" + _SP + r"*(?:No\.?" + _SP + r"*)?\d[\d,./\-]*(?<![.,])[A-Za-z]?(?![\w])",
    r"(?<![A-Za-z])(?-i:" + _ID_WORDS_TITLE + r")\.?" + _SP + r"+(?:No\.?" + _SP + r"*)?\d[\d,./\-]*(?<![.,])[A-Za-z]?(?![\w])",
    r"#\d+",
    r"\[\d{1,3}\]",
])

_MASTER_RE = re.compile(
    r"(?P<skip>" + _SKIP + r")|(?P<frac>" + _FRAC + r")|(?P<ufrac>" + _UFRAC
    + r")|(?P<vague>" + _VAGUE + r")|(?P<run>" + _RUN + r")",
    re.I,
)

# --------------------------------------------------------------------------- units

_CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "lira": "TRY",
    "lire": "TRY", "dinar": "dinar", "riyal": "SAR", "rial": "IRR", "ruble": "RUB",
    "rouble": "RUB", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupee": "INR",
    "shekel": "ILS", "franc": "CHF", "dirham": "AED", "afghani": "AFN", "hryvnia": "UAH",
    "hryvnias": "UAH",
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
}
_CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
    "hk$": "HKD", "nz$": "NZD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₺": "TRY",
    "₽": "RUB", "₪": "ILS", "₴": "UAH",
}
_CURRENCY_CODES = (
    "USD|EUR|GBP|SYP|LBP|IQD|TRY|SAR|AED|QAR|KWD|JOD|EGP|RUB|IRR|JPY|CNY|CHF|ILS|INR|CAD|AUD"
    "|YER|LYD|AFN|UAH|PKR"
)
_CUR_PREFIX_RE = re.compile(
    r"(?:(?-i:US|AU?|CA?|HK|NZ)" + _SP + r"?\$|[$€£¥₹₺₽₪₴]|(?-i:" + _CURRENCY_CODES + r"))"
    + _SP + r"?$",
    re.I,
)

# (alias regex, unit, kind); aliases are tried longest first, case-insensitively unless
# wrapped in (?-i:...).
_UNIT_SPECS = [
    (r"%|percent(?:age)?s?|per" + _SP + r"?cent|pct|pc|percentage" + _SP + r"+points?", "%", "percent"),
    (r"seconds?|secs?", "seconds", "duration"),
    (r"minutes?|mins?", "minutes", "duration"),
    (r"hours?|hrs?", "hours", "duration"),
    (r"days?", "days", "duration"),
    (r"weeks?", "weeks", "duration"),
    (r"months?", "months", "duration"),
    (r"years?|yrs?", "years", "duration"),
    (r"decades?", "decades", "duration"),
    (r"centur(?:y|ies)", "centuries", "duration"),
    (r"square" + _SP + r"+kilomet(?:re|er)s?|sq\.?" + _SP + r"*km|km2|km²", "km2", "other"),
    (r"square" + _SP + r"+miles?|sq\.?" + _SP + r"*mi(?:les?)?", "mi2", "other"),
    (r"square" + _SP + r"+met(?:re|er)s?|sq\.?" + _SP + r"*m|m2|m²", "m2", "other"),
    (r"hectares?|(?-i:ha)", "ha", "other"),
    (r"acres?", "acres", "other"),
    (r"kilomet(?:re|er)s?|kms?", "km", "distance"),
    (r"nautical" + _SP + r"+miles?", "nmi", "distance"),
    (r"miles?|(?-i:mi)", "miles", "distance"),
    (r"met(?:re|er)s?|(?-i:m)", "m", "distance"),
    (r"centimet(?:re|er)s?|cm", "cm", "distance"),
    (r"millimet(?:re|er)s?|mm", "mm", "distance"),
    (r"yards?|yds?", "yards", "distance"),
    (r"feet|foot|ft", "ft", "distance"),
    (r"inches", "inches", "distance"),
    (r"kilo(?:gram(?:me)?)?s?|kgs?", "kg", "other"),
    (r"(?:metric" + _SP + r"+)?(?:tonnes?|tons?)", "tonnes", "other"),
    (r"grams?|grammes?", "g", "other"),
    (r"lbs?", "lb", "other"),
    (r"lit(?:re|er)s?", "l", "other"),
    (r"gallons?", "gal", "other"),
    (r"barrels?", "barrels", "other"),
    (r"(?-i:[kMG]W)|(?:kilo|mega|giga)watts?", "W", "other"),
    (r"degrees?" + _SP + r"+(?:celsius|centigrade|C\b)|°" + _SP + r"?C\b", "°C", "other"),
    (r"degrees?" + _SP + r"+(?:fahrenheit|F\b)|°" + _SP + r"?F\b", "°F", "other"),
    (
        r"(?:(?:US|U\.S\.|American|Canadian|Australian|Hong" + _SP + r"+Kong|Syrian|Lebanese|"
        r"Egyptian|British|Turkish|Iraqi|Jordanian|Kuwaiti|Libyan|Saudi|Qatari|Yemeni|Iranian|"
        r"Russian|Israeli|Swiss|UAE)" + _SP + r"+)?(?:dollars?|euros?|pounds?(?:" + _SP
        + r"+sterling)?|sterling|liras?|lire|dinars?|riyals?|rials?|rubles?|roubles?|yuan|"
        r"renminbi|yen|rupees?|shekels?|francs?|dirhams?|afghanis?|hryvnias?)|€",
        "money",
        "money",
    ),
]
_UNIT_GROUPS = {f"u{i}": (unit, kind) for i, (_, unit, kind) in enumerate(_UNIT_SPECS)}
_UNIT_ALT = "|".join(f"(?P<u{i}>{alias})" for i, (alias, _, _) in enumerate(_UNIT_SPECS))
# A unit after a figure: attached, spaced or hyphenated ("10km", "10 km", "10-km", "six weeks'").
_UNIT_RE = re.compile(
    r"(?P<sep>" + _SP + r"*(?:[" + _DASH + r"]" + _SP + r"*)?)(?:" + _UNIT_ALT + r")(?![A-Za-z0-9²])",
    re.I,
)
# Units that count only when attached to the digits ("48h", "5g").
_ATTACHED_ONLY_RE = re.compile(r"(?-i:(?P<h>h)|(?P<g>g)|(?P<t>t))(?![A-Za-z0-9])")
_LETTER_SCALE_RE = re.compile(r"(?-i:(?P<ls>MM|[kKMBbTm]))(?![A-Za-z0-9])")
_ORDINAL_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.I)

_POUND_WEIGHT_RE = re.compile(_SP + r"+of\b", re.I)

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
    ],
    "more_than": [
        "more than", "over", "upwards of", "upward of", "in excess of", ">", "greater than",
        "above", "exceeding", "just over", "well over", "well above", "slightly more than",
        "far more than", "much more than", "just more than", "well in excess of",
    ],
    "at_most": [
        "up to", "at most", "as many as", "as much as", "a maximum of", "no more than",
        "not more than", "maximum of", "≤", "<=", "at the most",
    ],
    "less_than": [
        "less than", "under", "fewer than", "below", "<", "just under", "slightly less than",
        "well under", "just below", "well below",
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
    + r")|(?:>=|<=|[~≈≥≤<>]))" + _SP + r"*$",
    re.I,
)
_RIGHT_QUAL_RE = re.compile(
    r"(?P<plus>\+)(?![\d])|" + _SP + r"*,?" + _SP + r"*(?:(?P<more>(?:or|and)" + _SP
    + r"+(?:more|above|over|greater|higher|upwards))|(?P<less>or" + _SP
    + r"+(?:less|fewer|below|under))|(?P<so>or" + _SP + r"+so))\b",
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
    r"shrunk|slipped|edged|moved|swelled|expanded|dipped|tumbled|spiked|spiralled|spiraled)"
    r"\b[^.;!?]{0,40}$",
    re.I,
)
_SPORT_RE = re.compile(
    r"\b(?:scor(?:e|es|ed|ing|eline)|won|wins?|winning|beat|beats|beaten|lost|lose|loses|"
    r"losing|match(?:es)?|goals?|draw|drew|victory|victories|defeat(?:s|ed)?|final|game|"
    r"games|half-time|halftime|league|cup|tournament|playoffs?|innings|set|sets|tie|tied|"
    r"derby|fixture|striker|midfielder|goalkeeper|penalty|penalties|vote|votes|voted|"
    r"ruling|ruled)\b",
    re.I,
)

# --------------------------------------------------------------------------- context words

_FUNCTION_WORDS = frozenset(
    "a an the and or but if of in on at to by for with from as into onto over under about "
    "after before during since until till than that this these those there their they them "
    "he she it we you i his her its our your was were is are be been being has have had do "
    "does did will would can could shall should may might must not no so when where while "
    "which who whom whose what how why all any each every some such per via off out up down "
    "again also only just still even more most less least very too then thus hence yet "
    "according reportedly including".split()
)
_S_NOT_PLURAL = frozenset(
    "was is has his this its thus as us yes always perhaps whereas across unless besides "
    "towards afterwards sometimes hers ours yours theirs news plus minus bus gas famous "
    "various serious previous numerous dangerous anonymous enormous tremendous nervous "
    "obvious analysis crisis basis thesis status census virus campus chaos lens series "
    "species isis daesh hamas jaish".split()
)
_IRREGULAR_PLURALS = frozenset(
    "people children men women police personnel staff troops militia militiamen youths "
    "gunmen policemen servicemen servicewomen tribesmen fishermen kinsmen countrymen "
    "cattle sheep livestock aircraft infantry deer fish folk kin clergy crew "
    "persons individuals families households".split()
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_NEXT_WORDS_RE = re.compile(
    r"[ \t\u00a0]*(?:[" + _DASH + r"][ \t]*)?([A-Za-z][A-Za-z'’\-]*)"
    r"(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*))?(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*))?"
)
_PREV_WORD_RE = re.compile(r"([A-Za-z][A-Za-z'’]*)[^A-Za-z0-9]{0,3}$")
_YEAR_PREP = frozenset(
    "in since from until till to by of during before after early late mid year years the "
    "spring summer autumn fall winter christmas ramadan eid since circa between and or "
    "fiscal budget election elections census this that last next which until through "
    "throughout around beginning end start".split()
)
_ONE_PREV = frozenset(
    "no the this that which any every each another such someone anyone 's last first "
    "only-one everyone nobody".split()
)
_ONE_NEXT_IDIOM = frozenset(
    "another day morning evening night afternoon time point way hand side thing must can "
    "could should would will might may who whom which thinks knows says said".split()
)
_ONE_DURATION_PREV = frozenset("for within in after only just about than least over under".split())
_SUPERLATIVE_RE = re.compile(
    r"[ \t]+of[ \t]+(?:the|its|their|his|her|our|my|your|these|those)[ \t]+(?:most|least|best|"
    r"worst|[a-z]+est)\b",
    re.I,
)
_CAPITALISED_BEFORE_RE = re.compile(r"(?-i:[A-Z][A-Za-z]+)" + _SP + r"+$")
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
        "start", "end", "vstart", "vend", "low", "high", "qual", "unit", "kind", "mult",
        "src", "plain", "raw", "is_one", "money_prefix", "letter_m",
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


def _to_float(raw: str) -> float:
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


def _eval_run(text: str, s: int, e: int):
    """Read the longest valid number at the start of ``text[s:e]``.

    Returns ``(value, end, mult, n_tokens, last_is_digit, raw, is_one)`` or ``None``.
    ``mult`` is the scale the number ended on ("5 million": 1e6) for range propagation.
    """
    toks = [(m.lastgroup, m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, s, e)]
    if not toks:
        return None
    total = 0.0
    cur = None
    hundred = False
    tens_open = False
    cur_digit = False
    last = None
    min_scale = INF
    best = None
    and_best = None
    prev_end = s
    before_and_last = None
    comma_best = None
    count = 0
    for kind, tok, ts, te in toks:
        sep = _sep_kind(text[prev_end:ts]) if last is not None else ""
        low = tok.lower()
        if kind == "w":
            if low in _SMALL:
                kind, val = ("unit" if _SMALL[low] < 10 else "teen"), float(_SMALL[low])
            elif low in _TENS:
                kind, val = "tens", float(_TENS[low])
            elif low == "hundred":
                kind, val = "hundred", 100.0
            elif low in ("dozen", "dozens"):
                kind, val = "dozen", 12.0
            else:
                kind, val = "scale", _SCALES[low]
        elif kind == "d":
            try:
                val = _to_float(tok)
            except ValueError:
                break
        else:
            val = 0.0
        ok = True
        new_and_best = None
        if last is None:
            if kind in ("d", "unit", "teen", "tens"):
                cur, last, tens_open, cur_digit = val, "num", kind == "tens", kind == "d"
            elif kind == "a":
                last = "a"
            elif kind == "f":
                cur, last = (0.5 if low == "half" else 0.25), "fstart"
            elif kind == "dozen" and low == "dozen":
                total, last = 12.0, "dozen"
            elif kind == "hundred":
                cur, hundred, last = 100.0, True, "hundred"
            else:
                return None
        elif last == "dozen":
            ok = False
        elif kind == "a":
            if sep == "and" and last in ("num", "hundred", "scale"):
                before_and_last, last = last, "a_and"
            elif last == "fstart" and sep == " ":
                last = "fstart_a"
            else:
                ok = False
        elif kind == "f":
            frac = 0.5 if low == "half" else 0.25
            if last == "a" and sep == " ":
                cur, last = frac, "fstart"
            elif last == "a_and" and sep == " ":
                if before_and_last == "scale":
                    total += frac * min_scale
                    last = "scale_frac"
                else:
                    cur = (cur or 0.0) + frac
                    last = "num_frac"
            else:
                ok = False
        elif kind in ("d", "unit", "teen", "tens"):
            if kind == "d" and last not in ("hundred", "scale"):
                ok = False
            elif last == "num" and tens_open and kind == "unit" and val >= 1 and sep in (" ", "-"):
                cur += val
                tens_open = False
            elif last == "hundred" and sep in (" ", "and") and val < 100 and val == int(val):
                if sep == "and":
                    new_and_best = best
                cur += val
                tens_open, last, cur_digit = kind == "tens", "num", False
            elif last == "scale" and sep in (" ", "and", ",") and val < min(1000.0, min_scale) \
                    and not (sep == "," and kind == "d"):
                if sep == "and":
                    new_and_best = best
                elif sep == ",":
                    comma_best = best
                cur, hundred, tens_open, last, cur_digit = val, False, kind == "tens", "num", kind == "d"
            else:
                ok = False
        elif kind == "hundred":
            if (
                last == "num" and sep in (" ", "") and cur is not None and not hundred
                and (cur < 100 or cur_digit)
            ):
                cur *= 100
                hundred, tens_open, last = True, False, "hundred"
            elif last == "a" and sep == " ":
                cur, hundred, last = 100.0, True, "hundred"
            else:
                ok = False
        elif kind == "scale":
            if low in ("bn", "bln", "mn", "mln", "tn", "trn", "tln", "mil") and not cur_digit:
                ok = False
            elif last in ("num", "hundred", "num_frac", "fstart", "fstart_a") and cur is not None \
                    and val < min_scale and sep in (" ", ""):
                total += cur * val
                cur, min_scale, hundred, tens_open, last, cur_digit = None, val, False, False, "scale", False
            elif last == "a" and sep == " " and val < min_scale:
                total += val
                min_scale, last = val, "scale"
            else:
                ok = False
        elif kind == "dozen":
            if last in ("a", "fstart", "fstart_a") and sep == " ":
                total += (cur or 1.0) * 12
                cur, last = None, "dozen"
            elif last == "num" and sep == " " and cur is not None:
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
        elif sep == "and" and kind in ("d", "unit", "teen", "tens"):
            and_best = best
        count += 1
        prev_end = te
        if last in ("num", "hundred", "scale", "dozen", "num_frac", "scale_frac"):
            mult = min_scale if last in ("scale", "scale_frac") else 1.0
            best = (
                total + (cur or 0.0), te, mult, count, kind == "d",
                tok if count == 1 and kind == "d" else "",
                count == 1 and low == "one",
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
            value, end, mult, count, last_digit, raw, is_one = res
            pos = end
            atom = _Atom(s, end, value, "run", mult=mult)
            atom.is_one = is_one
            if raw:
                atom.raw = raw
                atom.plain = True
                if len(raw) > 1 and raw[0] == "0" and raw[1] != ".":
                    continue  # "0914", "007": times and codes
                if s >= 2 and text[s - 1] in _DASH and text[s - 2].isalpha():
                    continue  # "S-400", "COVID-19"
            if last_digit and end < n and text[end].isalpha():
                if not _attached_suffix(text, atom):
                    pos = max(pos, _WORD_RE.match(text, end).end())
                    continue
            atoms.append(atom)
        elif group == "frac":
            atom = _fraction_atom(text, s, e)
            if atom is not None:
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
        elif group == "vague":
            atom = _vague_atom(text, s, e)
            if atom is not None:
                atoms.append(atom)
    return atoms


def _attached_suffix(text: str, atom: _Atom) -> bool:
    """Letters glued to digits: a scale ("10k", "€5m"), a unit ("10km", "48h") or not a figure."""
    end = atom.end
    m = _LETTER_SCALE_RE.match(text, end)
    if m:
        letters = m.group("ls")
        if letters == "m":
            atom.letter_m = True
            atom.end = atom.vend = m.end()
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
    m = _ATTACHED_ONLY_RE.match(text, end)
    if m:
        atom.unit, atom.kind = {"h": ("hours", "duration"), "g": ("g", "other"),
                                "t": ("tonnes", "other")}[m.lastgroup]
        atom.plain = False
        atom.end = m.end()
        return True
    return False


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
        if before in ("the", "first", "second", "latter", "former", "other", "a", "an", "one",
                      "each", "this", "that", "next", "last", "final", "opening", "back"):
            return None
        return _fraction(s, m.end(), 0.5)
    num_word, den_word = m.group("num").lower(), m.group("den").lower()
    num = 1 if num_word in ("a", "an") else _SMALL[num_word]
    plural = den_word.endswith("s") and den_word not in ("halves",) or den_word == "halves"
    den = _DENOMS[den_word]
    if num == 1 and plural:
        return None
    if num > 1 and not plural:
        return None
    if num == 1 and den_word != "half":
        after = text[m.end():m.end() + 12]
        if not re.match(_SP + r"+of\b|" + _SP + r"*(?:[,.;:!?)\]\"'’]|$)", after, re.I):
            return None
    elif num == 1 and den_word == "half":
        after = text[m.end():m.end() + 12]
        if re.match(_SP + r"+(?:hundred|thousand|million|billion|trillion|dozen)\b", after, re.I):
            return None
    atom = _fraction(s, m.end(), num / den)
    tail = _OF_A_SCALE_RE.match(text, atom.end)
    if tail:
        atom.low = atom.high = atom.low * _SCALES[tail.group(1).lower()]
        atom.end = atom.vend = tail.end()
        atom.kind = "count"
    return atom


_OF_A_SCALE_RE = re.compile(
    _SP + r"+of" + _SP + r"+an?" + _SP + r"+(thousand|million|billion)(?![A-Za-z])", re.I
)



_VAGUE_NEEDS_NOUN = frozenset({"many", "multiple"})
_VAGUE_BAD_PREV = frozenset({"how", "so", "too", "as", "not", "that", "this", "very", "the"})
_VAGUE_SCALE_WORDS = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "dozen": 12.0}


def _vague_atom(text: str, s: int, e: int) -> _Atom | None:
    m = _VAGUE_RE.match(text, s)
    if m is None:
        return None
    core = " ".join(m.group("core").lower().split())
    if core in _VAGUE_NEEDS_NOUN:
        if _prev_word(text, s) in _VAGUE_BAD_PREV or not _count_noun_follows(text, m.end("core")):
            return None
    low, high = VAGUE_BOUNDS[core]
    scale_text = m.group("scale")
    end = m.end("core")
    if scale_text:
        words = [w.lower().rstrip("s") for w in scale_text.split() if w.lower() != "of"]
        factor = 1.0
        for w in words:
            factor *= _VAGUE_SCALE_WORDS.get(w, 1.0)
        if core in ("a couple", "a few", "a handful", "several", "multiple", "numerous", "many",
                    "dozens", "hundreds", "tens") and factor > 1:
            low, high = low * factor, high * factor
            end = m.end("scale")
    atom = _Atom(s, end, low, "vague", high=high)
    return atom


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
            else:
                atom.unit, atom.kind = "m", "distance"
            atom.plain = False
        if atom.unit is None or atom.kind == "money":
            _unit_suffix(text, atom)
        prev_end = atom.end


_METRE_NEXT = frozenset(
    "high long wide deep tall away from of above below beneath under depth radius"
    " thick across underground up down range".split()
)


def _m_is_metre(text: str, pos: int) -> bool:
    m = _NEXT_WORDS_RE.match(text, pos)
    if not m:
        return True
    word = m.group(1).lower()
    if word in _METRE_NEXT:
        return True
    return not _count_noun_follows(text, pos)


def _unit_suffix(text: str, atom: _Atom) -> None:
    pos = atom.end
    if atom.src == "vague":
        of = re.match(_SP + r"+of(?=" + _SP + r")", text[pos:pos + 4], re.I)
        if of:
            pos += of.end()
    m = _UNIT_RE.match(text, pos)
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
        unit = _currency_unit(word)
        if unit == "GBP" and (
            any(c in _DASH for c in sep) or _POUND_WEIGHT_RE.match(text, m.end())
        ):
            unit, kind = "lb", "other"
    elif atom.kind == "money":
        return
    if unit == "m" and word == "m" and (sep or atom.src == "vague"):
        # "10 m" is metres; "5 m people" and "m" after a word number are not reliable
        if atom.src != "run" or not atom.plain and atom.mult != 1.0:
            return
    if atom.src == "vague" and kind not in ("money", "duration", "distance"):
        return
    if kind == "percent" and atom.src == "vague":
        return
    atom.unit, atom.kind = unit, kind
    atom.plain = False
    atom.end = m.end()
    if unit in ("years", "months", "weeks", "days", "hours", "minutes", "seconds") and \
            text.startswith(("'", "’"), atom.end):
        atom.end += 1


def _currency_unit(word: str) -> str:
    words = word.lower().replace("u.s.", "us").split()
    if words[-1] == "€":
        return "EUR"
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


_SLASH_GAP = "/"
_CONNECT_RE = re.compile(
    r"(?P<dash>" + _SP + r"*[" + _DASH + r"~]" + _SP + r"*)$"
    r"|(?P<to>" + _SP + r"*(?:[" + _DASH + r"]" + _SP + r"*)?(?:to|through|thru)" + _SP + r"+)$"
    r"|(?P<or>" + _SP + r"+or" + _SP + r"+)$"
    r"|(?P<and>" + _SP + r"+(?:and|&)" + _SP + r"+)$"
    r"|(?P<frac>" + _SP + r"+(?:in|out" + _SP + r"+of)" + _SP + r"+(?:every" + _SP + r"+)?)$",
    re.I,
)
_VAGUE_CONNECT_RE = re.compile(
    _SP + r"*,?" + _SP + r"*(?:or|to|and|if" + _SP + r"+not)(?:" + _SP
    + r"+(?:even|possibly|perhaps|maybe|potentially|likely))?" + _SP + r"*,?" + _SP + r"*$",
    re.I,
)


def _is_year_like(atom: _Atom) -> bool:
    return (
        atom.plain and len(atom.raw) == 4 and atom.raw.isdigit() and 1500 <= atom.low <= 2100
        and atom.unit is None
    )


def _merge_slashes(text: str, atoms: list[_Atom]) -> list[_Atom]:
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            if text[a.end:b.start] == _SLASH_GAP and a.plain and a.src == "run" and b.src == "run" \
                    and (b.plain or b.unit is not None) and b.raw:
                num, den = a.low, b.low
                i += 2
                if (
                    num == int(num) and den == int(den) and 0 < num < den and int(den) in _SLASH_DENOMS
                    and not text.startswith("/", b.end)
                ):
                    frac = _Atom(a.start, b.end, num / den, "slash")
                    frac.kind = "fraction"
                    frac.unit, frac.end = b.unit, b.end
                    if b.unit is not None:
                        frac.kind = b.kind
                    if out and out[-1].plain and out[-1].src == "run" and \
                            re.fullmatch(_SP + "+", text[out[-1].end:a.start]) and b.unit is None:
                        whole = out.pop()
                        frac = _Atom(whole.start, b.end, whole.low + frac.low, "slash")
                    out.append(frac)
                continue
        out.append(a)
        i += 1
    return out


def _merge_pairs(text: str, atoms: list[_Atom]) -> list[_Atom]:
    out: list[_Atom] = []
    drop_next = False
    i = 0
    n_atoms = len(atoms)
    while i < n_atoms:
        a = atoms[i]
        if drop_next:
            drop_next = False
            i += 1
            continue
        if i + 1 < n_atoms:
            b = atoms[i + 1]
            gap = text[a.end:b.start]
            if len(gap) <= 24:
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


_DROP = _Atom(0, 0, 0.0, "drop")


def _try_pair(text: str, a: _Atom, b: _Atom, gap: str):
    if a.src == "vague" or b.src == "vague":
        if a.src == "vague" and b.src == "vague" and _VAGUE_CONNECT_RE.match(gap) and a.low < b.high:
            r = _Atom(a.start, b.end, a.low, "vague", high=b.high)
            r.vstart, r.vend = a.vstart, b.vend
            r.unit, r.kind = b.unit or a.unit, b.kind if b.unit else a.kind
            return r
        return None
    if a.kind == "fraction" or b.kind == "fraction":
        return None
    m = _CONNECT_RE.match(gap)
    if m is None:
        return None
    how = m.lastgroup
    if how == "frac":
        if (
            a.src == "run" and b.src == "run" and a.unit is None and b.unit is None
            and a.low == int(a.low) and b.low == int(b.low) and 0 < a.low <= 10
            and a.low < b.low <= 100 and (a.mult == 1.0 and b.mult == 1.0)
        ):
            r = _Atom(a.start, b.end, a.low / b.low, "pairfrac")
            r.kind = "fraction"
            return r
        return None
    if how == "and" and not _BETWEEN_RE.search(text, max(0, a.start - 30), a.start):
        return None
    if how == "to" and gap.strip(" \t" + _DASH).lower() == "to":
        if text[a.start - 5:a.start].lower().endswith("from ") or \
                _BETWEEN_RE.search(text, max(0, a.start - 30), a.start):
            if _CHANGE_BEFORE_FROM_RE.search(text, max(0, a.start - 70), a.start):
                return None
    # units and scales flow across the pair
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    lo, hi = a.low, b.low
    if b.mult > 1 and a.mult == 1.0 and a.src == "run" and not a.money_prefix or (
        b.mult > 1 and a.mult == 1.0 and a.money_prefix and a.unit == (b.unit or a.unit)
    ):
        if lo * b.mult <= hi:
            lo *= b.mult
    year_pair = _is_year_like(a) and (_is_year_like(b) or (b.plain and len(b.raw) == 2))
    if year_pair and not _count_noun_follows(text, b.end):
        return _DROP
    if how == "dash":
        small = a.plain and b.plain and a.low <= 30 and b.low <= 30
        near = text[max(0, a.start - _SPORT_WINDOW):b.end + _SPORT_WINDOW]
        if lo >= hi:
            if a.plain and b.plain and a.low < 100 and b.low < 100:
                return _DROP
            return None
        if small and _SPORT_RE.search(near):
            return _DROP
    elif lo >= hi:
        return None
    r = _Atom(a.start, b.end, lo, "range", high=hi)
    r.qual = "range"
    r.vstart, r.vend = a.vstart, b.vend
    r.unit = b.unit or a.unit
    r.kind = b.kind if b.unit is not None else a.kind
    r.money_prefix = a.money_prefix or b.money_prefix
    if r.unit == "%":
        r.kind = "percent"
    bm = _BETWEEN_RE.search(text, max(0, a.start - 40), a.start)
    if bm and (how != "and" or bm.group("w").lower() == "between"):
        if bm.group("w").lower() == "from" and how not in ("to", "dash"):
            pass
        else:
            r.start = bm.start()
    else:
        am = _APPROX_BEFORE_RANGE_RE.search(text, max(0, a.start - 30), a.start)
        if am:
            r.start = am.start()
    return r


# --------------------------------------------------------------------------- singles


def _keep_single(text: str, atom: _Atom) -> bool:
    if atom.src in ("range", "vague", "frac", "slash", "pairfrac"):
        return True
    if atom.is_one and not _keep_one(text, atom):
        return False
    if _is_year_like(atom):
        prev = _prev_word(text, atom.start)
        if prev in _YEAR_PREP:
            return False
        if _LEFT_QUAL_RE.search(text, max(0, atom.start - _QUAL_WINDOW), atom.start):
            return True
        return _count_noun_follows(text, atom.end)
    if atom.raw and atom.raw.endswith(".0") and atom.unit is None and \
            _CAPITALISED_BEFORE_RE.search(text, max(0, atom.start - 30), atom.start):
        return False
    if atom.unit == "hours" and len(atom.raw or "") == 0 and atom.low == int(atom.low):
        digits = text[atom.vstart:atom.vend]
        if len(digits) == 4 and digits.isdigit() and int(digits[:2]) < 24 and int(digits[2:]) < 60:
            return False
    return True


def _keep_one(text: str, atom: _Atom) -> bool:
    prev = _prev_word(text, atom.start)
    if prev in _ONE_PREV:
        return False
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
    qual = atom.qual
    low, high = atom.low, atom.high
    start, end = atom.start, atom.end
    if qual == "exact":
        window = max(prev_end, atom.start - _QUAL_WINDOW)
        m = _LEFT_QUAL_RE.search(text, window, atom.start)
        if m:
            word = " ".join(m.group().lower().split()).rstrip()
            q = _QUALIFIER_OF.get(word, _symbol_qualifier(word))
            if q and not (atom.kind == "duration" and word in ("over", "under", "above", "below")):
                qual, start = q, m.start()
        if qual == "exact":
            r = _RIGHT_QUAL_RE.match(text, end)
            if r:
                if r.group("plus"):
                    qual = "at_least"
                elif r.group("more"):
                    qual = "at_least"
                elif r.group("less"):
                    qual = "at_most"
                else:
                    qual = "approx"
                end = r.end()
        value = atom.low
        if qual in ("at_least", "more_than"):
            low, high = value, _open_high(atom.kind, value)
        elif qual in ("at_most", "less_than"):
            low, high = 0.0, value
        else:
            low = high = value
    return Quantity(
        start, end, text[start:end], float(low), float(high), qual, atom.unit, atom.kind,
        atom.vstart, atom.vend,
    )


def _symbol_qualifier(word: str) -> str | None:
    return {">": "more_than", "<": "less_than", "~": "approx", "≈": "approx", ">=": "at_least",
            "≥": "at_least", "<=": "at_most", "≤": "at_most"}.get(word.replace(" ", ""))


def _open_high(kind: str, value: float) -> float:
    if kind == "percent" and value < 100:
        return 100.0
    if kind == "fraction" and value < 1:
        return 1.0
    return INF


# --------------------------------------------------------------------------- public API


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, sorted by start, non-overlapping (see the module docstring)."""
    if not isinstance(text, str) or not text:
        return []
    try:
        atoms = _scan(text)
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
            if q.start < prev_end or not (q.start <= q.value_start < q.value_end <= q.end):
                continue
            if math.isnan(q.low) or math.isnan(q.high):
                continue
            out.append(q)
            prev_end = q.end
        return out
    except (ValueError, KeyError, IndexError, OverflowError, AttributeError, TypeError):
        return []


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
        m = re.fullmatch(r"(\d+)/(\d+)", s)
        if m:
            den = int(m.group(2))
            return int(m.group(1)) / den if den else None
        m = re.fullmatch(r"(?:(\d+)" + _SP + r"+)?(\d+)/(\d+)", s)
        if m:
            den = int(m.group(3))
            return (int(m.group(1) or 0) + int(m.group(2)) / den) if den else None
        m = re.fullmatch(_UFRAC[len(r"(?<![\w.])"):], s)
        if m:
            whole = s[:-1].strip()
            return _UNICODE_FRACTIONS[s[-1]] + (float(whole) if whole else 0.0)
        m = _FRAC_RE.fullmatch(s)
        if m and m.group("den"):
            num_word = m.group("num").lower()
            return (1 if num_word in ("a", "an") else _SMALL[num_word]) / _DENOMS[m.group("den").lower()]
        m = re.match(_RUN, s, re.I)
        if m is None:
            return None
        res = _eval_run(s, 0, m.end())
        if res is None:
            return None
        value, end = res[0], res[1]
        if end != len(s):
            ls = _LETTER_SCALE_RE.fullmatch(s, end)
            if ls and res[4]:
                return value * (1e6 if ls.group("ls") == "m" else _LETTER_SCALES[ls.group("ls")])
            tail = _OF_A_SCALE_RE.fullmatch(s, end)
            return None if tail is None else None
        return value
    except (ValueError, KeyError, IndexError, OverflowError, ZeroDivisionError):
        return None


_ZERO_RE = re.compile(
    r"(?<![\w])(?:not" + _SP + r"+(?:a" + _SP + r"+single|one|any)|no" + _SP + r"+one|nobody|none|"
    r"zero|nil|no(?!" + _SP + r"+(?:longer|doubt|matter|sooner|way|more|less|fewer|one\b)))(?![\w'’-])",
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
        Quantity(m.start(), m.end(), m.group(), 0.0, 0.0, "exact", None, "count", m.start(), m.end())
        for m in _ZERO_RE.finditer(text)
    ]


def is_non_quantity_context(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is not a figure (a date, year, time, name...).

    True when no quantity found in ``text`` has a number part overlapping the span.
    """
    return not any(
        q.value_start < end and start < q.value_end for q in find_quantities(text)
    )
