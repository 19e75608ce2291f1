"""One number expression read on its own (:func:`parse_number`): digits with separators,
scale words and abbreviations, written-out numbers, fractions.

>>> parse_number("2.3 million"), parse_number("two-thirds"), parse_number("12 people")
(2300000.0, 0.6666666666666666, None)
"""

from __future__ import annotations

import re

from claimex.rules.numbers.runs import _eval_run
from claimex.rules.numbers.vocabulary import (
    _DENOMS,
    _FRAC_RE,
    _LETTER_SCALE_RE,
    _RUN_RE,
    _SMALL,
    _SP,
    _UFRAC,
    _UNICODE_FRACTIONS,
    LETTER_SCALES,
    _top,
)

_SLASH_FULL_RE = re.compile(r"(?:(\d+)" + _SP + r"+)?(\d+)/(\d+)")


_UFRAC_FULL_RE = re.compile(_top(_UFRAC))


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
                return res.value * (1e6 if letters == "m" else LETTER_SCALES[letters])
            return None
        return res.value
    except (ValueError, KeyError, IndexError, OverflowError, ZeroDivisionError):
        return None
