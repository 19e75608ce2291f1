"""What is not a figure: dates, times, years, identifiers and names ("Resolution 2254",
"Boeing 737", "FTSE 100"), phone numbers, sports and golf scores, and "one" as a pronoun or
idiom (numbers called, plural reference lists and street numbers, read around the figures
found: :mod:`~claimex.rules.numbers.references`).

>>> bool(re.compile(_SKIP, re.I).match("Resolution 2254"))
True
"""

from __future__ import annotations

import re

from claimex.rules.numbers.qualifiers import _LEFT_QUAL_RE, _QUAL_WINDOW
from claimex.rules.numbers.runs import _Atom
from claimex.rules.numbers.units import _CURRENCY_CODES
from claimex.rules.numbers.vocabulary import (
    _DASH,
    _DAY,
    _MONTH,
    _ORD,
    _SP,
    _YEAR_AFTER,
    _alt,
    _words,
)
from claimex.rules.numbers.words import (
    _DETERMINERS,
    _NEXT_WORDS_RE,
    _count_noun_follows,
    _prev_word,
)

# Words that, right before a number, make it a name or a reference rather than a figure.
_ID_WORDS_ANYCASE = _words(
    "resolution resolutions res article articles art section sections sec chapter chapters "
    "paragraph paragraphs para clause clauses route highway motorway interstate brigade "
    "division battalion regiment squadron platoon flight page pages pp p vol volume decree "
    "annex appendix figure fig checkpoint hill scr unscr unsc sura surah number junction item"
)


_ID_PLURALS = _words(
    "resolutions articles sections chapters paragraphs clauses pages annexes junctions "
    "routes highways motorways checkpoints platforms gates terminals plots"
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
    "DAX CAC Stoxx STOXX Russell Sensex Nifty Gallery Hall Studio Pavilion Bay Dock Screen "
    # stock indexes, summits, rockets, products and leagues named with a number: "the ASX
    # 200", "COP 28", "Falcon 9", "Pixel 8", "the Big 12", "Ligue 1"; an office: "Suite 4"
    "ASX IBEX KOSPI TSX CSI AEX SMI OMX BIST COP Falcon Ariane Pixel Xbox Android Big Ligue Suite "
    "Shop Plot "
    # weapons named with a number: "18 Leopard 2 tanks", "Shahed 136 drones", "Mirage 2000"
    "Leopard Challenger Mirage Merkava Shahed Geran Lancet Orlan Fateh Hwasong Burkan "
    # laws, ballot measures and filings: "Title 42", "Proposition 22", "Form 10-K"
    "Title Proposition Prop Measure Rule Schedule Form"
)


# A basketball shot, not a count: "a three-pointer", "two-pointers"; "a two-state solution".
_POINTER_AFTER_RE = re.compile(r"[" + _DASH + r"](?:pointers?|something|figures?|state" + _SP
                               + r"+solutions?)\b", re.I)


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


_REF_NUMBER = r"(?:No\.?" + _SP + r"*)?\d[\d,./\-]*(?<![.,])[A-Za-z]?(?!\w)"


# The date prefix of an incident note, a spaced dash, then the note's first figure: "March 3 –
# 21 persons ... dead", "March 9 -14 persons": the day and the count are two figures, never the
# date range "March 3-21". Only at the start of a text or line, with a dash spaced on at least one
# side, and a lowercase word after the count ("June 8 – 13, 2015" and "June 8 – 13: talks" stay
# ranges). Only the date is skipped; the count is read as usual.
_DATE_PREFIX_BEFORE_COUNT = (
    r"(?<![^\n])" + _MONTH + _SP + r"*" + _DAY + _ORD + r"(?=" + _SP + r"+[" + _DASH + r"]" + _SP
    + r"*" + _DAY + _SP + r"+[a-z]|" + _SP + r"*[" + _DASH + r"]" + _SP + r"+" + _DAY + _SP
    + r"+[a-z])"
)

_DATE_PREFIX_DASH_RE = re.compile(r"(?<![^\n])" + _MONTH + _SP + r"*" + _DAY + _ORD + _SP
                                  + r"*[" + _DASH + r"]$")


def _dash_after_date_prefix(text: str, dash: int) -> bool:
    """Whether the dash at ``text[dash]`` separates an entry's date prefix from its first
    figure ("March 9 -14 persons": 14, never minus 14).

    >>> _dash_after_date_prefix("March 9 -14 persons", 8)
    True
    """
    return _DATE_PREFIX_DASH_RE.search(text, max(0, dash - 24), dash + 1) is not None


_SKIP = "|".join([
    # URLs, e-mail addresses, phone numbers
    r"(?:https?://|www\.)\S+",
    r"[\w.+-]+@[\w-]+\.[\w.]+",
    r"\+\d{1,3}(?:[ .\-/]?\(\d{1,4}\))?(?:[ .\-/]?\d{1,5}){2,6}",
    r"\(0\)" + _SP + r"?\d{1,5}(?:[ .\-]\d{2,5}){1,4}",
    r"\(\d{3}\)" + _SP + r"?\d{3}[ .\-]\d{4}",
    # a number spelt with letters, and the digits it stands for: "(555) 010-HELP",
    # "(555) 443-TIPS (8477)", "1-800-CALL-NOW", "1-888-555-TIPS"
    r"\(\d{3}\)" + _SP + r"?\d{3}[ .\-][A-Z]{4}(?:" + _SP + r"?\(\d{4}\))?(?!\w)",
    r"1[.\-]8\d\d[.\-](?=[A-Z\d\-]*[A-Z])[A-Z\d]{2,4}(?:[.\-][A-Z\d]{2,4}){1,2}(?!\w)",
    r"\(?0\d{2,4}\)?" + _SP + r"\d{3,4}" + _SP + r"\d{3,4}(?![\d,.]\d)",  # 020 7946 0958
    r"(?:1[.\-])?\d{3}[.\-]\d{3}[.\-]\d{4}(?!\d)",
    # dates: 2013-01-25, 25/01/2013, 1.6. 2019, 2011-2013, 2019/20, 28 May 2019, May 28
    r"\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2}(?!\d)",
    # (one separator twice: "5.5-20.8 times" is a range of decimals)
    r"\d{1,2}(?:[" + _DASH + r"]\d{1,2}[" + _DASH + r"]|/\d{1,2}/|\.\d{1,2}\.)" + _SP
    + r"?\d{2,4}(?!\d)",
    r"(?:1[5-9]|20)\d\d" + _SP + r"*(?:[" + _DASH + r"/]|to)" + _SP
    + r"*(?:(?:1[5-9]|20)\d\d|\d\d)(?![\w%])(?!" + _SP + r"*(?:%|per))",
    r"\d{1,2}" + _ORD + _SP + r"*(?:(?:[" + _DASH + r"]|and|to|until|till|through)" + _SP
    + r"*\d{1,2}" + _ORD + _SP + r"*)?(?:of" + _SP + r"+)?" + _MONTH + _YEAR_AFTER,
    _DATE_PREFIX_BEFORE_COUNT,
    _MONTH + _SP + r"*(?:" + _DAY + _ORD + r"(?:" + _SP + r"*[" + _DASH + r"]" + _SP + r"*"
    + _DAY + r")?(?:" + _SP + r"+(?:and|&|to|through|until|till)" + _SP + r"+" + _DAY
    + r"(?![\w%])(?!" + _SP
    + r"+(?:people|children|(?!(?:was|is|has|as)\b)[a-z]+s)\b))?" + _YEAR_AFTER
    + r"|\d{4}(?!\d))",  # "March 26 and 27", "March 19 to 25"
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
    r"\d{1,4}" + _SP + r"(?-i:(?!(?:" + _CURRENCY_CODES + r")\b)[A-Z]{2,5}|Max)" + _SP
    + r"\d{1,4}(?![\d,.]\d)",  # "737 MAX 9", "737 Max 8"
    r"\d{3}" + _SP + r"+(?-i:MAX|Max)\b",  # "95 737 MAX jets": the model, after the count
    r"(?-i:MAX|Max)" + _SP + r"+\d{1,2}(?![\d,.]\d)",  # "a Boeing 737 Max 8"
    r"\d(?-i:K)" + _SP + r"*(?:TVs?|televisions?|resolution|video|screens?|displays?|monitors?"
    r"|cameras?|footage|streaming|UHD|HDR)\b",  # "a 4K television"
    r"#\d+",
    # Australia's emergency number: "call triple 0", "triple zero"
    r"triple" + _SP + r"+(?:0|zero)(?![\w.,]\d|\w)",
    # statutes: "18 U.S.C. § 371", "§§ 3-4"
    r"\d{1,3}" + _SP + r"+(?-i:U\.?S\.?C\.?)(?:" + _SP + r"*§{1,2}" + _SP + r"*"
    + _REF_NUMBER + r")?",
    r"§{1,2}" + _SP + r"*" + _REF_NUMBER,
    r"\[\d{1,3}\]",
])


_SPORT_RE = re.compile(
    r"\b(?:scor(?:e|es|ed|ing|eline)|won|wins?|winning|beat|beats|beaten|lost|lose|loses|"
    r"losing|match(?:es)?|goals?|draw|drew|victory|victories|defeat(?:s|ed)?|final|game|"
    r"games|half-time|halftime|league|cup|tournament|playoffs?|innings|set|sets|tie|tied|"
    r"derby|fixture|striker|midfielder|goalkeeper|penalty|penalties|vote|votes|voted|"
    r"ruling|ruled)\b",
    re.I,
)


_STRONG_YEAR_PREP = frozenset(_words(
    "since until till during early late mid year spring summer autumn fall winter christmas "
    "ramadan eid circa fiscal budget election census half quarter"
))


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


_YEAR_NOUN_RE = re.compile(
    _SP + r"+(?:levels?|prices|figures|rates|values|terms|standards|elections|polls|"
    r"games|olympics|budgets?|census|seasons?)\b", re.I)


def _is_year_like(atom: _Atom) -> bool:
    """A bare four-digit integer from 1500 to 2100, written without separators or unit."""
    return (
        atom.plain and len(atom.raw) == 4 and atom.raw.isdigit() and 1500 <= atom.low <= 2100
        and atom.unit is None
    )


_TITLE_AFTER_RE = re.compile(_SP + r"+(?-i:[A-Z][a-z]+)")


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
    if word.isalpha() and atom.unit is None:
        prev = _prev_word(text, atom.start)
        if prev == "number":
            return False  # "world number two": a rank
        if word[:1].isupper() and text[max(0, atom.start - 4):atom.start] == "the " and \
                _TITLE_AFTER_RE.match(text, atom.end):
            return False  # "the Nine Network", "the Three Gorges": a name
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
