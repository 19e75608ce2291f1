"""Units and currencies after or before a figure, read from ``resources/units.jsonl``.

One row per unit, tried in file order (so a longer unit comes before the unit it starts
with: "km/h" before "km", "cubic metres" before "m"):

``unit``
    what :attr:`Quantity.unit` gets: a symbol such as ``km`` or ``%``, or a currency's ISO
    4217 code;
``dimension``
    the :attr:`Quantity.kind`;
``names``
    matched in any case; a space matches any run of spaces or a hyphen ("a 25-basis-point
    cut", "a 500-square-mile area"), "/" may have spaces around it;
``symbols``
    matched in their exact case; one with letters before "$" ("US$", "NZ$") may have a
    space before the "$";
``after_a``
    true, or the names that may follow "a"/"an" after a qualifier as one of the unit:
    "more than a decade", "less than a dollar".

Currency rows add ``iso4217`` (the unit is an ISO code, read in text too: "EUR 5m", "500
USD", "INR2 trillion", unless ``code_in_text`` is false: "PHP 8" is a programming
language), ``code_any_case`` (the code after a figure in lower case too: "500 usd"),
``glued`` (abbreviations written glued to the digits: "Rs1.5 billion", "RM14.20") and
``glued_before_scale`` (letters that are a currency only glued to a figure with a scale or
thousands separators: "N2bn", "R500,000"). A currency name is a bare name ("dollars",
"pounds sterling") or an adjective before one ("Canadian dollars"); an adjective the file
does not pair with that name falls back to the bare name ("Lebanese dollars" is USD).

>>> _currency_unit("Swiss francs"), _currency_unit("pounds sterling"), _currency_unit("yen")
('CHF', 'GBP', 'JPY')
>>> _UNIT_GROUPS[_UNIT_RE.match(" km/h").lastgroup]
('km/h', 'other')
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from claimex.rules.numbers.vocabulary import _DASH, _SP, SCALE_ABBREVIATIONS, SCALE_WORDS, _alt


@cache
def load_units() -> tuple[dict, ...]:
    """The rows of ``resources/units.jsonl``, in file order (read once)."""
    text = resources.files("claimex.resources").joinpath("units.jsonl").read_text("utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


def _surfaces(words, *, any_case: bool) -> str:
    """An alternation of unit surfaces: a space matches spaces or a hyphen ("a
    25-basis-point cut"), "/" may have spaces around it; ``any_case`` False keeps the exact
    case inside a case-insensitive pattern."""
    if not words:
        return ""
    body = _alt([w.lower() for w in words] if any_case else words)
    body = body.replace("\\ ", "(?:" + _SP + "+|[" + _DASH + "])").replace(
        "/", _SP + "*/" + _SP + "*")
    return body if any_case else "(?-i:" + body + ")"


def _either(*patterns: str) -> str:
    return "|".join(p for p in patterns if p)


_UNITS = tuple(row for row in load_units() if row["dimension"] != "money" or "iso4217" not in row)
_CURRENCIES = tuple(row for row in load_units() if "iso4217" in row)

#: The ISO 4217 codes a text may write ("EUR 5m", "500 USD").
_CODES = tuple(row["unit"] for row in _CURRENCIES
               if row["iso4217"] and row.get("code_in_text", True))
_CODE_SET = frozenset(_CODES)
_CURRENCY_CODES = _alt(_CODES)
_CODES_ANY_CASE = [row["unit"].lower() for row in _CURRENCIES if row.get("code_any_case")]

#: Every currency name (lower case, "u.s." as "us") and the unit it stands for.
_CURRENCY_OF_NAME = {
    " ".join(name.lower().replace("u.s.", "us").split()): row["unit"]
    for row in _CURRENCIES for name in row.get("names", ())
}
_BARE_NAMES = [
    name for row in _CURRENCIES for name in row.get("names", ())
    if not any(name.lower().endswith(" " + other.lower())
               for r in _CURRENCIES for other in r.get("names", ()))
]
_ADJECTIVES = sorted({
    name[: -len(bare) - 1] for row in _CURRENCIES for name in row.get("names", ())
    for bare in _BARE_NAMES if name.lower().endswith(" " + bare.lower())
})
#: Currency symbols and abbreviations (lower case) and the unit each stands for.
_CURRENCY_SYMBOLS = {
    symbol.lower(): row["unit"] for row in _CURRENCIES
    for key in ("symbols", "glued", "glued_before_scale") for symbol in row.get(key, ())
}
_ALL_SYMBOLS = [symbol for row in _CURRENCIES for symbol in row.get("symbols", ())]
_DOLLAR_LETTERS = [s[:-1] for s in _ALL_SYMBOLS if len(s) > 1 and s.endswith("$")]
_SIGNS = [s for s in _ALL_SYMBOLS if len(s) == 1]
_ABBREVIATIONS = [s for s in _ALL_SYMBOLS if s[0].isalpha() and not s.endswith("$")]
_GLUED = [s for row in _CURRENCIES for s in row.get("glued", ())]
_GLUED_BEFORE_SCALE = [s for row in _CURRENCIES for s in row.get("glued_before_scale", ())]

# A currency symbol, abbreviation or code right before a figure: "US$", "US $", "€", "Rs.",
# "KSh", "EUR".
_CUR_PREFIX_RE = re.compile(
    r"(?:(?-i:" + _alt(_DOLLAR_LETTERS) + r")" + _SP + r"?\$|[" + re.escape("".join(_SIGNS))
    + r"]|(?<![A-Za-z])(?-i:" + _alt(_ABBREVIATIONS) + r")|(?-i:" + _CURRENCY_CODES + r"))"
    + _SP + r"?$",
    re.I,
)
# A figure with a scale or thousands separators: "2bn", "500 million", "5,000".
_SCALED_FIGURE = (
    r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?" + _SP + r"?(?:"
    + _alt([*SCALE_WORDS, *SCALE_ABBREVIATIONS]) + r"|(?-i:[mkbB]))(?![A-Za-z])"
)
# A currency abbreviation glued to its figure: "Rs1.5 billion", "KSh900m", "RM14.20"; a code
# before a figure with a scale, separators or decimals ("INR2 trillion", "EUR5m", "USD1.25";
# not "COP28"), and a one-letter one before a figure with a scale or separators ("N2bn") or
# a price's two decimals ("N117.90"; "N95", "R2.1" are names).
_CUR_GLUED = (
    r"(?<![A-Za-z])(?:(?-i:" + _alt(_GLUED) + r")\.?(?=\d)|(?-i:" + _CURRENCY_CODES
    + r")(?=" + _SCALED_FIGURE + r"|\d+\.\d)|(?-i:" + _alt(_GLUED_BEFORE_SCALE) + r")(?="
    + _SCALED_FIGURE + r"|\d+\.\d\d(?![\d.])))"
)

# "a"/"an" before a unit is one of it; kept only after a qualifier ("more than a decade",
# "nearly a year", "less than a mile"), see _scan.
_A_UNIT = (
    r"(?<![A-Za-z])an?" + _SP + r"+(?=(?:" + _surfaces([
        name for row in load_units() if row.get("after_a")
        for name in (row["names"] if row["after_a"] is True else row["after_a"])], any_case=True)
    + r")(?![A-Za-z]))"
)

# A currency after a figure: a name ("5 million euros", "10 Canadian dollars") or a symbol
# or code not followed by a figure (then it is the next figure's prefix): "10 $", "500 USD".
_MONEY_AFTER = (
    r"(?:(?:" + _surfaces(_ADJECTIVES, any_case=True) + r")" + _SP + r"+)?(?:"
    + _surfaces(_BARE_NAMES, any_case=True) + r")|(?:[" + re.escape("".join(_SIGNS))
    + r"]|(?-i:" + _CURRENCY_CODES + r")|" + _alt(_CODES_ANY_CASE) + r")(?!" + _SP + r"?\d)"
)

#: (alias regex, unit, kind) in file order; currencies last, as one "money" alias.
_UNIT_SPECS = [
    (_either(_surfaces(row.get("names", ()), any_case=True),
             _surfaces(row.get("symbols", ()), any_case=False)), row["unit"], row["dimension"])
    for row in _UNITS
] + [(_MONEY_AFTER, "money", "money")]


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
    r"(?-i:(?P<h>h)|(?P<g>g)|(?P<t>t)|(?P<c>C(?!/))|(?P<lc>c)|(?P<in>in)|(?P<p>p)|(?P<f>F))"
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
    """The unit of a currency word after a figure: its name's, the bare name's after an
    adjective the file does not pair with it, or the code itself ("USD", "€")."""
    key = " ".join(word.lower().replace("u.s.", "us").split())
    if key in _CURRENCY_OF_NAME:
        return _CURRENCY_OF_NAME[key]
    if key in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[key]
    if key.upper() in _CODE_SET:
        return key.upper()
    words = key.split()
    for n in range(1, len(words)):
        tail = " ".join(words[n:])
        if tail in _CURRENCY_OF_NAME:
            return _CURRENCY_OF_NAME[tail]
    return key


# A smaller unit after a larger one adds to it: unit -> (larger units, how many make one).
_SUBUNITS = {
    "cents": (frozenset({"USD", "EUR", "CAD", "AUD", "HKD", "NZD"}), 100.0),
    "pence": (frozenset({"GBP"}), 100.0),
    "inches": (frozenset({"ft"}), 12.0),
}
