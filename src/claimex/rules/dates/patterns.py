"""The master regex of the date finder, one named alternative per frame, with its pieces
(month names, weekdays, day numbers, years) built from :mod:`claimex.rules.dates.lexicon`.
"""

from __future__ import annotations

import re

from claimex.rules.dates.lexicon import _FULL_MONTHS, _MONTHS, _WEEKDAYS, DAY_PART_WORDS


def _words(words, suffix: str = "") -> str:
    """A non-capturing alternation of ``words``, longest first, each followed by ``suffix``.

    >>> _words(["sep", "september"], r"(?![a-z])")
    '(?:september|sep)(?![a-z])'
    """
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")" + suffix


# a dot after an abbreviation ("Sept.") is part of it; after a full name ("in January.")
# it ends the sentence
_MON = ("(?:" + _words(_FULL_MONTHS, r"(?![a-z])") + "|"
        + _words(set(_MONTHS) - _FULL_MONTHS, r"(?![a-z])\.?") + ")")
_WD = _words(_WEEKDAYS, r"(?![a-z])\.?")
_WDFULL = _words(w for w in _WEEKDAYS if w.endswith("day"))
_MONFULL = _words(w for w in _FULL_MONTHS if w != "may") + "|May"
_DAY = (
    r"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])(?![a-z])|(?:thirty[- ]first|thirtieth|"
    r"twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|"
    r"nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|twelfth|"
    r"eleventh|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|first)(?![a-z]))"
)
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d])(?!\s*%)"
_MOD = (
    r"(?:(?:early|mid|late|(?:the\s+)?(?:end|beginning|middle|start)\s+of)(?:\s*-\s*|\s+)"
    r"|mid-?)"
)
_YSEP = r"(?:\s*,\s*|\s+|\s*[-/]\s*)(?:(?:of|in)\s+)?"
_CONN = r"(?:\s*[-–—~]\s*|\s+(?:to|till|until|through|thru|and)\s+)"
_NUMWORD = r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
    r"a\s+couple\s+of|a\s+few|several)"

# Every alternative starts at a word start with one of these words or a digit: checking that
# first keeps the scan linear and fast (the alternation is tried at few positions).
def _trie(entries: dict[str, str]) -> str:
    """A regex matching ``word + suffix`` for each entry, as a prefix tree of literals.

    The regex engine tries an alternation branch by branch; a prefix tree makes it drop a
    position after one or two characters, which keeps the scan fast.
    """
    tree: dict = {}
    for word, suffix in entries.items():
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = suffix

    def build(node: dict) -> str:
        parts = []
        for ch in sorted(node):
            if ch == "":
                parts.append(node[""] or "")
            else:
                parts.append(re.escape(ch) + build(node[ch]))
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(parts) + ")"

    return build(tree)


def first_words_lookahead(words, digit: bool = False, then: str = "") -> str:
    r"""A look-ahead that lets a pattern start only where the first word of one of
    ``words`` (lower case; a prefix of the text there is enough) followed by ``then`` or,
    with ``digit``, a digit begins. Put before an alternation whose every branch opens with
    one of those words (and ``then``), it changes no match: the engine leaves every other
    position after a character or two instead of trying each branch there.

    >>> rx = re.compile(first_words_lookahead(["every", "twice a"], True, r"\s") + r"\w+", re.I)
    >>> [m.group() for m in rx.finditer("Twice a year, not thrice: every 3 days, everyone")]
    ['Twice', 'every', '3']
    """
    return "(?=" + (r"\d|" if digit else "") + _trie(dict.fromkeys(
        {w.split()[0].lower() for w in words}, "")) + then + ")"


# "the following day", "two days later": a day counted from the last date a text named
# (find._with_anchored); every branch opens with one of these words and a space
_ANCHORED_FIRST_WORDS = ["the", "that", "a", "one", "two", "three", "four", "five", "six",
                         "seven", "eight", "nine", "ten", "eleven", "twelve"]
_ANCHORED_RE = re.compile(
    r"\b" + first_words_lookahead(_ANCHORED_FIRST_WORDS, True, r"\s")
    + r"(?:(?P<same>the\s+same\s+(?:day|night|morning|evening)|that\s+(?:same\s+)?"
    r"(?:day|night|morning|afternoon|evening))"
    r"|(?P<prev>the\s+(?:previous|preceding)\s+(?:day|night|evening)|the\s+day\s+before"
    r"|the\s+night\s+before|a\s+day\s+(?:earlier|before))"
    r"|(?P<next>the\s+(?:following|next)\s+(?:day|morning|night|evening)|the\s+day\s+after"
    r"|a\s+day\s+later)"
    r"|(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier|afterwards?))\b",
    re.IGNORECASE,
)


_UNIT = r"(?:days?|weeks?|months?|years?)"
_AGO = (rf"(?:\s+(?:few\s+|couple\s+of\s+)?{_UNIT}\s+(?:ago|from\s+(?:today|now)|"
        r"after\s+today)|\s+thousand)")
_WD3 = _words(sorted({w[:3] for w in _WEEKDAYS}))
_START_WORDS = dict.fromkeys(
    "jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun early mid "
    "late end beginning middle start last next earlier later yesterday today tonight tomorrow "
    "overnight past previous coming current q1 q2 q3 q4 christmas first second third fourth "
    "fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteen twent thirt juneteenth halloween".split(),
    "",
)
_START_WORDS.update(
    {
        "new": r"\s+year",
        "between": r"\s+(?:\d|[a-z]{3})",
        "from": r"\s+(?:\d|[a-z]{3})",
        "the": r"\s+(?:\d|'|day\s|end|beginning|middle|start|previous|following|current|"
        r"first|second|third|fourth|fifth|last|next|past|coming|week|year|twent|thirt|"
        r"[a-z]+(?:th|st|nd|rd)\b)",
        "in": rf"\s+(?:{_NUMWORD})\s+{_UNIT}",
        "week": r"\s+(?:of|beginning|starting|commencing|\d)|end",
        "weekend": "",
        "w": "/c",
        "now": "",
        "year": r"[\s-]to[\s-]date",
        "ytd": "",
        "international": r"\s+workers",
        "valentine": "",
        "thanksgiving": "",
        "memorial": r"\s+day",
        "labor": r"\s+day",
        "martin": r"\s+luther",
        "presidents": r"'?\s+day",
        "columbus": r"\s+day",
        "mother": r"'?s\s+day",
        "father": r"'?s\s+day",
        "easter": "",
        "good": r"\s+friday",
        "this": rf"\s+(?:week|month|year|morning|afternoon|evening|past|coming|quarter|calendar|"
        rf"{_WD3}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
        "following": rf"\s+(?:week|month|year|quarter|\d|[a-z]+\s+(?:days|weeks|months|years)|"
        rf"{_WD3})",
        "an": _AGO,
        "a": _AGO,
        "one": _AGO,
        "two": _AGO,
        "three": _AGO,
        "four": _AGO,
        "five": _AGO,
        "six": _AGO,
        "seven": _AGO,
        "eight": _AGO,
        "nine": _AGO,
        "ten": _AGO,
        "eleven": _AGO,
        "twelve": _AGO,
        "several": _AGO,
    }
)
# every alternative of _MASTER starts at a word start with one of these words or a digit
_START = rf"(?<![a-z0-9])(?=\d|'\d|{_trie(_START_WORDS)})"
_MASTER = re.compile(
    _START
    + "(?:"
    + "|".join(
        [
            # "the last week of July", "first week of 2015": ISO weeks of a year or month
            rf"(?P<wkof>(?:the\s+)?(?P<wkof_o>first|second|third|fourth|fifth|1st|2nd|3rd|4th|"
            rf"5th|last)\s+week\s+of\s+(?:(?P<wkof_y>{_YEAR})|(?P<wkof_m>{_MON})(?:\s*,?\s*"
            rf"(?P<wkof_my>{_YEAR}))?|(?P<wkof_r>this|last|next|the\s+previous|previous|"
            rf"the\s+following|the)\s+month)(?![\w-]))",
            # "the week of April 10th", "w/c Feb 4": joined to the date that follows
            r"(?P<wkpre>(?:the\s+)?week\s+(?:of|beginning|starting|commencing)(?:\s+on)?|w/c)"
            r"(?=\s+(?:the\s+)?(?:\d|[a-z]{3}))",
            rf"(?P<wknum>week\s+(?P<wknum_n>5[0-3]|[1-4]\d|0?[1-9])(?![\w.,/-])"
            rf"(?:\s+of\s+(?P<wknum_y>{_YEAR}))?(?!\s+of\b))",
            r"(?P<wkend>(?:(?P<wkend_q>this|last|next|past|previous|coming|the\s+following|the)"
            r"\s+)weekend)(?![\w-])",
            # "Mon 13th", "Tuesday the eleventh": the weekday checks the day of the month
            rf"(?P<wdnum>(?P<wdnum_w>{_WD}),?\s+(?P<wdnum_the>the\s+)?(?P<wdnum_d>{_DAY})"
            # ("Friday, the fourth decline": an ordinal before a noun counts, not a day)
            rf"(?(wdnum_the)(?!\s+(?-i:[a-z]))|(?:(?<=[a-z])|(?=\s*(?:[!?.,;:)]|$))))"
            rf"(?!\s*(?:{_MON}|of\b|[/.:-]\d)))",
            # "nineteen ninety six", "two thousand and fifteen": years in words (need a cue)
            r"(?P<nwy>(?P<nwy_c>nineteen|twenty)[\s-]+(?P<nwy_y>(?:twenty|thirty|forty|fifty|"
            r"sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|"
            r"nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            r"nineteen)|two\s+thousand(?:\s+and)?(?:[\s-]+(?P<nwy_k>(?:twenty)(?:[\s-]+(?:one|"
            r"two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
            r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
            r"eighteen|nineteen))?)(?![\w-])",
            # "in two weeks" (a future date, only with a future cue before it)
            rf"(?P<fut>in\s+(?P<fut_n>{_NUMWORD})\s+(?P<fut_u>day|week|month|year)s?(?![\w-]))",
            # "next 3 days", "the past two weeks": the days after / before the reference
            r"(?P<nxt>(?:the\s+)?(?P<nxt_q>next|coming|following|past|last|previous)\s+"
            r"(?P<nxt_n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"few|couple\s+of)\s+(?P<nxt_u>day|week|month|year)s(?![\w-]))",
            # "the 15th day of June", "the thirty-first day of the month"
            rf"(?P<dom>the\s+(?P<dom_d>{_DAY})\s+day\s+of\s+(?:(?P<dom_m>{_MON})|"
            rf"(?P<dom_r>the|this|next|last|the\s+following|the\s+previous)\s+month)"
            rf"(?![\w-]))",
            r"(?P<ytd>(?:the\s+)?year[\s-]to[\s-]date|ytd)(?![\w-])",
            # "end of the month", "early next week": halves of a relative period
            r"(?P<pmod>(?P<pmod_m>early|late|mid-?|(?:the\s+)?(?:end|beginning|middle|start)"
            r"\s+of)\s*(?:the\s+)?(?:(?P<pmod_q>this|last|next|previous|current|coming|"
            r"the\s+following|following)\s+)?(?P<pmod_u>week|month|year))(?![\w-])",
            r"(?P<now>now)(?![\w-])",
            # "this September", "last May", "June last year": a month of a relative year
            rf"(?P<mrel>(?:(?P<mrel_q>this\s+past|this\s+coming|this|last|next)\s+"
            rf"(?P<mrel_m>{_MONFULL})|(?P<mrel_m2>{_MONFULL})\s+(?:of\s+)?(?P<mrel_q2>this|last|next)"
            rf"\s+year)(?![\w-]))",
            # 1 March to 8 March is handled by combination; "from 1 to 8 March" here
            rf"(?P<drng>(?:(?P<drng_pre>between|from)\s+)?(?<![\d.,/:-])(?P<drng_d1>{_DAY})"
            rf"{_CONN}(?:the\s+)?(?P<drng_d2>{_DAY})(?:\s+of)?(?:\s+|\s*-\s*)"
            rf"(?P<drng_m>{_MON})(?:{_YSEP}(?P<drng_y>{_YEAR}))?)",
            rf"(?P<mdrng>(?:(?P<mdrng_pre>between|from)\s+)?(?P<mdrng_m>{_MON})\s*"
            rf"(?P<mdrng_d1>{_DAY}){_CONN}(?P<mdrng_d2>{_DAY})(?![:.]\d)"
            rf"(?:{_YSEP}(?P<mdrng_y>{_YEAR}))?)",
            rf"(?P<iso>(?<![\d.,/])(?P<iso_y>{_YEAR})(?P<iso_s>[-/])(?P<iso_m>1[0-2]|0?[1-9])"
            rf"(?P=iso_s)(?P<iso_d>3[01]|[12]\d|0?[1-9])(?![\d])(?!-\d))",
            rf"(?P<ymd>(?<![\d.,/])(?P<ymd_y>{_YEAR})\s*[-/]\s*(?P<ymd_m>{_MON})\s*[-/]\s*"
            rf"(?P<ymd_d>3[01]|[12]\d|0?[1-9])(?![\d]))",
            r"(?P<cmp>(?<![\w.,/])(?P<cmp_y>(?:19|20)\d\d)(?P<cmp_m>0[1-9]|1[0-2])"
            r"(?P<cmp_d>0[1-9]|[12]\d|3[01])(?![\w]|[.,]\d))",
            rf"(?P<qtr>(?:(?P<qtr_q1>q[1-4])(?:\s*[-/]\s*|\s+)(?P<qtr_y1>{_YEAR})"
            rf"|(?P<qtr_y2>{_YEAR})(?:\s*[-/]\s*|\s+)(?P<qtr_q2>q[1-4]|h[12])"
            rf"|(?:the\s+)?(?P<qtr_o>first|second|third|fourth|1st|2nd|3rd|4th|last)\s+"
            rf"(?P<qtr_u>quarter|half)\s+of\s+(?:(?P<qtr_y3>{_YEAR})|(?P<qtr_ry>the|this|last|"
            rf"next)\s+year)"
            rf"|(?P<qtr_b>q[1-4])(?![\w-]|\s*[-/]?\s*\d)"
            rf"|(?P<qtr_r>last|this|next|previous|past|coming|following|current)\s+quarter)"
            rf"(?![\w]))",
            r"(?P<hol>(?:christmas\s+eve|christmas(?:\s+day)?|new\s+year'?s?\s+eve|"
            r"new\s+year'?s?\s+day|juneteenth|international\s+workers'?\s+day|"
            r"valentine'?s?\s+day|halloween|thanksgiving(?:\s+day)?|memorial\s+day|labor\s+day|"
            r"martin\s+luther\s+king\s+day|presidents'?\s+day|columbus\s+day|"
            r"mother'?s\s+day|father'?s\s+day|easter(?:\s+(?:sunday|day|monday))?|"
            r"good\s+friday)(?![\w-]))",
            r"(?P<num>(?<![\d.,/])(?<![a-z]-)(?P<num_a>\d{1,2})(?P<num_s>[./-])(?P<num_b>\d{1,2})"
            r"(?P=num_s)\s?(?P<num_y>\d{4}|\d{2})(?![\d])(?!\.\d)(?!-\d(?!\d?/)))",
            r"(?P<numdm>(?<![\w.,/:$])(?<![a-z]-)(?P<numdm_a>\d{1,2})/(?P<numdm_b>\d{1,2})(?![\d/])"
            r"(?!\.\d))",
            rf"(?P<isom>(?<![\d.,/-])(?P<isom_y>{_YEAR})-(?P<isom_m>1[0-2]|0?[1-9])(?![\d])"
            rf"(?![-/.]?[a-z\d])|(?<![\w.,/$-])(?P<isom_m2>1[0-2]|0?[1-9])[-/](?P<isom_y2>"
            rf"{_YEAR})(?![\w%-]))",
            rf"(?P<dmy>(?:(?P<dmy_wd>{_WD}),?\s+)?(?:the\s+)?(?<![\d.,/$])(?<!\d:)(?P<dmy_d>{_DAY})"
            rf"(?:\s+of)?(?:\s+|\s*[-/]\s*)(?P<dmy_m>{_MON})"
            rf"(?:{_YSEP}(?P<dmy_y>{_YEAR}))?)",
            # "June, 7, 2012": a stray comma after the month, only where a year follows
            rf"(?P<mdy>(?:(?P<mdy_wd>{_WD}),?\s+)?(?P<mdy_m>{_MON})(?:\s*[/-]\s*|\s*"
            rf"|\s*,\s*(?={_DAY}\s*,\s*{_YEAR}))"
            rf"(?:the\s+)?(?P<mdy_d>{_DAY})(?![:.]\d)(?:{_YSEP}(?P<mdy_y>{_YEAR}))?)",
            rf"(?P<my>(?P<my_mod>{_MOD})?(?P<my_m>{_MON})(?:\s*[,/-]\s*|\s+)"
            rf"(?:(?:of|in)\s+)?(?P<my_y>{_YEAR}))",
            rf"(?P<ym>(?<![\w.,/$-])(?P<ym_y>{_YEAR})\s+(?P<ym_m>{_MON})(?!\s*\d))",
            rf"(?P<dec>(?P<dec_mod>{_MOD})?(?:the\s+)?(?:(?P<dec_y>1[6-9]\d|20\d)0\s?'?s"
            rf"|'(?P<dec_s>\d)0s)(?![a-z]))",
            rf"(?P<yrng>(?<![\w$#./-])(?P<yrng_a>{_YEAR})\s*[-–—~]\s*(?P<yrng_b>{_YEAR}|\d\d)"
            rf"(?![\d%]))",
            rf"(?P<yr>(?:(?P<yr_mod>{_MOD})|(?<![\w$#./-])(?<!\d,))(?P<yr_y>{_YEAR})"
            rf"(?![\w%$])(?!-\d)(?![.,]\d))",
            rf"(?P<mon>(?P<mon_mod>{_MOD})?(?P<mon_m>{_MON}))",
            rf"(?P<ago>(?P<ago_n>{_NUMWORD})\s+(?P<ago_u>day|week|month|year)s?\s+"
            rf"(?P<ago_dir>ago|from\s+(?:today|now)|after\s+today))",
            r"(?P<relw>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
            # "tomorrow morning", "yesterday evening": the part of the day of a relative
            # day is part of it (tokens.relative_day_part), a TIME
            r"(?:earlier|later)\s+today|(?:yesterday|tomorrow)"
            rf"(?:\s+(?:{'|'.join(DAY_PART_WORDS)})(?![\w-]))?|today|tonight|overnight|"
            r"last\s+night|last\s+evening|this\s+(?:morning|afternoon|evening))(?![\w-])",
            rf"(?P<wd>(?:(?P<wd_q>last|this\s+past|this\s+coming|this|next|past|previous|"
            # bare "following" before a possessive is a preposition: "following Friday's
            # hearing" dates the hearing, not "the following Friday"
            rf"coming|following(?!\s+(?:{_WDFULL})['\u2019]s\b)|"
            rf"(?P<wd_w>last|this|next|previous|the\s+following)\s+week,?"
            rf"(?:\s*-\s*|\s+on)?)\s+)?(?P<wd_d>{_WDFULL})(?![\w-])(?!s\b)"
            r"(?:\s+(?:night|morning|afternoon|evening))?"
            r"(?:\s+of\s+(?P<wd_w2>last|this|next|the\s+following)\s+week)?)",
            r"(?P<nth>the\s+(?P<nth_d>3[01]|[12]\d|[1-9])"
            r"(?:st|nd|rd|th)(?=\s*(?:[.,;:!?)]|$|and\b|or\b|of\s+(?:this|last)\s+month)))",
            # "the past year" reads as "last year" (TimeML: the year before, "1997")
            r"(?P<per>(?P<per_q>last|the\s+past|this\s+calendar|this|next|earlier\s+this|"
            r"later\s+this|earlier\s+in\s+the|"
            r"later\s+in\s+the|the\s+previous|previous|the\s+following|the\s+current|current)"
            r"\s+(?P<per_u>week|month|year))(?![\w-])",
        ]
    )
    + ")",
    re.IGNORECASE,
)
_TOP = ("dom", "wkof", "wkpre", "wknum", "wkend", "wdnum", "nwy", "fut", "nxt", "ytd", "pmod",
        "now", "mrel",
        "drng", "mdrng", "iso", "ymd", "cmp", "qtr", "hol", "num", "numdm", "isom", "dmy",
        "mdy", "my", "ym", "dec", "yrng", "yr", "mon", "ago", "relw", "wd", "nth", "per")
