"""Units and currencies after or before a figure: the alternations of unit words and
symbols, currency symbols, codes and names, and the ISO 4217 code of a currency word.

>>> _currency_unit("Swiss francs")
'CHF'
"""

from __future__ import annotations

import re

from claimex.rules.numbers.vocabulary import _DASH, _SP

_CURRENCY_CODES = (
    "USD|EUR|GBP|SYP|LBP|IQD|TRY|SAR|AED|QAR|KWD|JOD|EGP|RUB|IRR|JPY|CNY|CHF|ILS|INR|CAD|AUD"
    "|YER|LYD|AFN|UAH|PKR|NGN|ZAR|KRW|SGD|BRL|MXN|TWD|HKD|NZD|KES|BDT|IDR"
)


# A currency abbreviation glued to its figure: "Rs1.5 billion", "KSh900m".
_CUR_GLUED = r"(?<![A-Za-z])(?-i:Rs|KSh|Ksh|Tk|Rp)\.?(?=\d)"


# "a"/"an" before a unit is one of it; kept only after a qualifier ("more than a decade",
# "nearly a year", "less than a mile"), see _scan.
_A_UNIT = (
    r"(?<![A-Za-z])an?" + _SP + r"+(?=(?:years?|decades?|months?|weeks?|days?|hours?|centur"
    r"(?:y|ies)|miles?|kilomet(?:re|er)s?|met(?:re|er)s?|foot|yards?|tonnes?|tons?|"
    r"kilo(?:gram(?:me)?)?s?|dollars?|euros?|percent|per" + _SP + r"?cent|percentage" + _SP
    + r"+points?)(?![A-Za-z]))"
)


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


_POUND_WEIGHT_RE = re.compile(_SP + r"+of\b", re.I)


_WEIGHT_BEFORE_RE = re.compile(
    r"\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|light(?:er|est)?|(?:metric" + _SP
    + r"+)?(?:tons?|tonnes?)|kilo(?:gram(?:me)?)?s?|kg)\b[^.;!?\n]{0,30}$",
    re.I,
)


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


# A smaller unit after a larger one adds to it: unit -> (larger units, how many make one).
_SUBUNITS = {
    "cents": (frozenset({"USD", "EUR", "CAD", "AUD", "HKD", "NZD"}), 100.0),
    "pence": (frozenset({"GBP"}), 100.0),
    "inches": (frozenset({"ft"}), 12.0),
}
