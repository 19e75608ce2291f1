"""Word tables of the date finder: month and weekday names, number words, ordinals,
holidays, and the cue expressions read around a candidate date.

The regexes of :mod:`claimex.rules.dates.patterns` are built from these tables, so a new
spelling is one table row: ``_MONTHS["sept"] == 9``.
"""

from __future__ import annotations

import re

from claimex import lexicon

# --------------------------------------------------------------------------- lexicon

# month name or abbreviation -> its number, from the shared word list (resources/words)
_MONTHS = {word: number for number, entry in enumerate(lexicon.entries("months"), start=1)
           for word in entry}
_FULL_MONTHS = {k for k in _MONTHS if len(k) > 4} | {"may", "june", "july"}
# weekday name or abbreviation -> its number (Monday 0), from the shared word list
_WEEKDAYS = {word: number for number, entry in enumerate(lexicon.entries("weekdays"))
             for word in entry}
# the same table under a public name, for the modules beside this one
WEEKDAYS = _WEEKDAYS
_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 3,
}
# words before a bare year or a bare month name that make it a date
_CUE_RE = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|for|from|to|during|before|after|between|through|"
    r"throughout|around|circa|about|year|years|spring|summer|autumn|fall|winter|early|mid|"
    r"late|end|start|beginning|middle|ending|starting|as\s+of|back\s+in|that|last|next|this|"
    r"later\s+than|earlier\s+than|prior\s+to|as\s+early\s+as|as\s+late\s+as)"
    r"|[(])\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# plural nouns that make a 4-digit number a count, not a year ("2000 people")
_COUNT_AFTER_RE = re.compile(
    r"\s*(?:%|per\s*cent|percent)|\s+(?:[a-z]+\s+)?(?:people|persons|civilians|children|"
    r"women|men|fighters|militants|rebels|insurgents|soldiers|troops|refugees|families|"
    r"households|homes|houses|residents|casualties|deaths|dead|killed|wounded|injured|"
    r"prisoners|detainees|members|cases|tons|tonnes|km|kilometers|kilometres|miles|metres|"
    r"meters|dollars|euros|pounds|barrels|vehicles|tanks|aircraft|missiles|rockets|shells|"
    r"bombs|strikes|airstrikes|attacks|sorties|targets|positions|villages|buildings|units|"
    r"times|others|more|of\s+them|of\s+whom)\b",
    re.IGNORECASE,
)
_HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25),
             "new year eve": (12, 31), "new year day": (1, 1), "juneteenth": (6, 19),
             "international workers day": (5, 1), "valentine day": (2, 14),
             "valentines day": (2, 14), "halloween": (10, 31)}
# holidays whose day moves ("thanksgiving day" -> "11:3:4", "good friday" -> "easter:-2"),
# from the shared word list (see calendar.floating_holiday)
FLOATING_HOLIDAYS = {entry[1].replace("_", " "): entry[0]
                     for entry in lexicon.entries("floating_holidays")}
_RANGE_GAP_RE = re.compile(r"\s*(?:[-–—~]|to|till|until|through|thru|and)\s*\Z", re.IGNORECASE)
_RANGE_PRE_RE = re.compile(r"(?:\b(?P<w>between|from)\s+)\Z", re.IGNORECASE)
_LIST_GAP_RE = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*\Z", re.IGNORECASE)


_NUMDM_CUE_RE = re.compile(r"\b(?:on|from|since|until|till|by|between)\s+\Z", re.IGNORECASE)
_NUMDM_NEXT_RE = re.compile(r"\s*(?:-|–|to|and)\s*\d{1,2}/\d{1,2}(?![\d.])", re.IGNORECASE)
_NUMDM_PREV_RE = re.compile(r"\d{1,2}/\d{1,2}\s*(?:,|-|–|to|and|or|, or|, and)\s*\Z")
_NTH_CUE_RE = re.compile(r"\b(?:on|by|since|until|till|from)\s+\Z", re.IGNORECASE)
_QORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
         "4th": 4}
# The ordinal words of a quarter spelled out ("the third quarter"), read by extra.py and
# quarters.py.
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


_ORD = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split()
    )
}


# --------------------------------------------------------------------------- weeks etc.

_WEEKORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "fifth": 5, "5th": 5, "last": -1}
_FUTURE_CUE_RE = re.compile(
    r"\b(?:will|shall|won't|wo|'ll|going\s+to|due|expected|scheduled|schedule|plans?|"
    r"planned|set\s+to|would|could|should|must|deadline|next|back|wants?\s+to)\b[^.!\n]*\Z",
    re.IGNORECASE,
)
_NW_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
             "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
             "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
             "seventy": 70, "eighty": 80, "ninety": 90}

# --------------------------------------------------------------------------- TIMEX3

# parts of the day as TIMEX3 writes them: "this morning" is 2013-03-21TMO, "Friday night"
# 2013-03-15TNI, "tonight" 2013-03-21TNI (the TimeML guidelines' TIME for the night of the day)
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
               "overnight": "NI", "tonight": "NI"}
# the parts of the day that follow a day word: "tomorrow morning", "Saturday night"
DAY_PART_WORDS = tuple(word for word in PART_OF_DAY if word not in ("overnight", "tonight"))
# first words of an expression and the TIMEX3 mod they give: "early August" is START
TIMEX_MODS = {"early": "START", "beginning of": "START", "start of": "START",
              "earlier": "START", "mid": "MID", "middle of": "MID", "late": "END",
              "end of": "END", "close of": "END"}
# TIMEX3 duration units: "five years" is P5Y, "two decades" P2E, "centuries" PXC,
# "four hours" PT4H (TimeBank writes E for a decade, C for a century)
UNIT_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "E",
              "century": "C", "quarter": "Q", "weekend": "WE"}
TIME_UNIT_CODES = {"hour": "H", "minute": "M", "second": "S"}
# words between a duration's count and its unit: "20 more years", "three straight years",
# "eight trading days" (the value is the count's: P20Y, P3Y, P8D)
DURATION_UNIT_MODIFIERS = ("more", "additional", "further", "straight", "consecutive",
                           "successive", "trading", "business", "working", "calendar")
# words before a duration's count that bound or blur it, and the TIMEX3 mod they give;
# TimeML keeps them in the expression: "nearly two years" is P2Y with mod EQUAL_OR_LESS
# ("within", "over" and "under" are left out: "within two weeks", "over three years" read
# as a preposition and a duration far more often)
DURATION_MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX",
                 "roughly": "APPROX", "some": "APPROX", "nearly": "EQUAL_OR_LESS",
                 "almost": "LESS_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
                 "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
                 "up to": "EQUAL_OR_LESS", "more than": "MORE_THAN",
                 "longer than": "MORE_THAN", "at least": "EQUAL_OR_MORE",
                 "no less than": "EQUAL_OR_MORE"}
# counts in words for durations: "twenty four hours", "a couple of years"; "few",
# "several" and plurals without a count are X ("PXY")
SMALL_NUMBERS = {**{w: n for w, n in _NW_UNITS.items()}, "a": 1, "an": 1, "one": 1,
                 "a couple": 2, "couple": 2, "a couple of": 2, "couple of": 2, "a dozen": 12,
                 "dozen": 12, "half a": None}
for _tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"):
    for _unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"):
        SMALL_NUMBERS[f"{_tens} {_unit}"] = _NW_UNITS[_tens] + _NW_UNITS[_unit]

# --------------------------------------------------------------------------- tense

# words that put a clause in the future or make it a plan ("will", "is due to")
FUTURE_CUES = ("will", "shall", "won't", "going to", "due to", "due", "scheduled",
               "schedule", "plans to", "plan to", "planned", "planning", "expected to",
               "expects to", "set to", "to be held", "is to", "are to", "intends to",
               "intend to", "upcoming", "payable", "effective")
# past-tense forms that do not end in -ed, and auxiliaries that make a clause past
PAST_CUES = frozenset("was were had did".split())
IRREGULAR_PAST = frozenset(
    "went came met took made held began fell rose told gave found saw won lost got sent "
    "spoke wrote broke struck fought fled led paid sold bought brought thought caught kept "
    "knew grew drew threw flew ran sat stood understood became chose forgot hid rode shot "
    "shook slept spent swore tore woke wore withdrew overthrew said sought taught fed".split())
# words in -ed that are not past tenses (or are future cues)
NOT_PAST_ED = frozenset(
    "indeed proceed exceed succeed hundred naked wicked sacred rugged beloved scheduled "
    "planned expected based united limited speed breed bleed".split())

# --------------------------------------------------------------------------- not dates

# words that name the present, past or future as such (TIMEX3 reference values)
REF_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "the past": "PAST_REF",
    "recent years": "PAST_REF", "past years": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
}
# a reference word inside a signal is no TIMEX3 (TimeML marks the signal apart): "as
# soon as he arrives", "soon after the attack" (the word before it, the word after it)
REF_SIGNAL_BEFORE = {"soon": ("as",)}
REF_SIGNAL_AFTER = {"soon": ("after", "afterward", "afterwards", "thereafter", "before",
                             "as")}
# adverbs of recurrence and their TIMEX3 SET values
# ("quarterly", "annually" are left out: in business news they qualify a report or a
# dividend far more often than they say how often something happens)
SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
             "yearly": "P1Y", "hourly": "PT1H", "biweekly": "P2W"}

# words before a bare four-digit number that make it a name or a number, not a year
NOT_YEAR_BEFORE = frozenset(
    "no number nos model flight route version windows resolution article section chapter "
    "room highway interstate bus vision agenda code serial unit lot page pages item items "
    "paragraph rule order decree law act bill platform gate channel apartment suite box "
    "ticket tickets id index score scored scores rank ranked row seat".split())
# capitalised words that may stand before a year at a sentence start ("The 1996 budget")
YEAR_DETERMINERS = frozenset("the a an its his her their our this that by in of".split())

# a budget year named from the reference year and the step to it: "last fiscal year" is
# the year before, "the upcoming fiscal year" the year after (a fiscal year is the year it
# sits in, as TimeBank writes "the current fiscal year")
FISCAL_YEAR_STEPS = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1,
                     "next": 1, "coming": 1, "upcoming": 1}

# seasons as TIMEX3 writes them and the month each begins in (northern hemisphere)
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
           "winter": ("WI", 12)}
# decades in words: "the nineties" is 199
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
