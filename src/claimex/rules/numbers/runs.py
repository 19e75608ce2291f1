"""Reading one number from a run of number words and digits: tokens, separators and the
small state machine :func:`_eval_run` ("Nine hundred and twenty-one", "2.3 million",
"three lakh crore", "a dozen"). :class:`_Atom` is a figure being assembled.

>>> _eval_run("Nine hundred and twenty-one", 0, 27).value
921.0
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claimex.rules.numbers.vocabulary import (
    _DASH,
    _DENOMS,
    _DOZEN_WORDS,
    _SCALES,
    _SMALL,
    _TENS,
    _TOKEN_RE,
    INF,
    PLURAL_SCALES,
    SCALE_ABBREVIATIONS,
)


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
        if low in PLURAL_SCALES:
            return "pscale", PLURAL_SCALES[low]
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
            if low in SCALE_ABBREVIATIONS and not cur_digit:
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
        elif kind == "pscale":  # "five hundreds", "three thousands civilians", "41.14 millions"
            if last in ("num", "hundred") and cur is not None and sep == " " \
                    and (not cur_digit or (val > 100 and cur != int(cur))) \
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
