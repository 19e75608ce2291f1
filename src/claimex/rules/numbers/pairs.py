"""Pairs of neighbouring figures: ranges ("150-250", "between five and six", "5-10
million"), fractions ("2/3", "one in five"), subunits ("4 dollars 25 cents"), changes kept
as two figures ("rose from 10 to 15"), and pairs dropped together (scores, dates).

>>> from claimex.rules.numbers import find_quantities
>>> [(q.low, q.high) for q in find_quantities("between 150 and 250 people")]
[(150.0, 250.0)]
"""

from __future__ import annotations

import re

from claimex.rules.numbers.context import _SPORT_RE, _SPORT_WINDOW, _VOTE_WORDS, _is_year_like
from claimex.rules.numbers.runs import _THOUSANDS_RE, _Atom
from claimex.rules.numbers.units import _SUBUNITS
from claimex.rules.numbers.vocabulary import _DASH, _SLASH_DENOMS, _SP, _alt
from claimex.rules.numbers.words import (
    CHANGE_MOVES,
    CHANGE_NOUNS,
    CHANGE_VERBS,
    _count_noun_follows,
    verb_forms,
)

_BY_BEFORE_RE = re.compile(r"\b(?:by|than)\s+$", re.I)  # "rose by a third in two years"


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


# A verb or noun of change before "from A to B" (see words.CHANGE_VERBS).
_CHANGE_BEFORE_FROM_RE = re.compile(
    r"\b(?:" + _alt([*CHANGE_NOUNS, *(form for lemma, past in CHANGE_VERBS.items()
                                     for form in verb_forms(lemma, past))])
    + r")\b[^.;!?]{0,40}$",
    re.I,
)


# A change verb right before a figure, perhaps with one word between: "fell 12p", "rose
# nearly $2".
_CHANGE_RIGHT_BEFORE_RE = re.compile(
    r"\b(?:" + _alt(["up", "down", *(form for lemma in CHANGE_MOVES
                                     for form in verb_forms(lemma, CHANGE_VERBS[lemma]))])
    + r")" + _SP + r"+(?:[a-z]+" + _SP + r"+)?$",
    re.I)


_CONNECT_RE = re.compile(
    r"(?P<dash>" + _SP + r"*[" + _DASH + r"~]" + _SP + r"*)$"
    r"|(?P<dots>" + _SP + r"*(?:\.{3}|…)" + _SP + r"*)$"
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


_SUBUNIT_GAP_RE = re.compile(_SP + r"*,?" + _SP + r"+(?:and" + _SP + r"+)?", re.I)


_SPACES_RE = re.compile(_SP + "+")


def _share_with_change_start(a: _Atom, b: _Atom) -> None:
    """The start of a change "from A to B" takes the end's unit and scale when it has none:
    "went from 10 to 20 dollars" is 10 USD, "rose from 5 to 10 million" 5 million, but
    "grew from 500 to 1.2 million" stays 500 (a scale that puts A a hundredfold off B is
    not shared).

    >>> a, b = _Atom(0, 2, 10.0, "run", plain=True, raw="10"), _Atom(6, 16, 20.0, "run")
    >>> b.unit, b.kind = "USD", "money"
    >>> _share_with_change_start(a, b); (a.low, a.unit, a.kind)
    (10.0, 'USD', 'money')
    """
    if a.src != "run" or b.src != "run" or a.unit is not None or not a.plain or \
            _is_year_like(a):
        return
    if b.mult > 1 and a.mult == 1.0 and b.low / 10 <= a.low * b.mult <= b.low * 10:
        a.low = a.high = a.low * b.mult
        a.mult = b.mult
    if b.unit is not None:
        a.unit, a.kind = b.unit, b.kind
    a.plain = False


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
        r = _Atom(a.start, b.end, a.low + b.low / per[1], "run")  # "4 dollars 25 cents"
        r.vstart, r.vend = a.vstart, b.vend
        r.unit, r.kind, r.money_prefix = a.unit, a.kind, a.money_prefix
        return r
    m = _CONNECT_RE.match(gap)
    if m is None:
        return None
    how = m.lastgroup
    if how == "dots":  # "−41 ... −44°C": a range of temperatures or signed figures only
        if not ((a.unit is None and b.unit is not None and b.kind != "money")
                or (a.low < 0 and b.low < 0)):
            return None
        how = "to"
    if how == "pm":  # "1,250.5±0.05 kg", "5 +/- 2 km"
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
    if how == "to" and before == "from" and a.low != 0 and \
            _CHANGE_BEFORE_FROM_RE.search(text, max(0, bm.start() - 50), bm.start()):
        _share_with_change_start(a, b)
        return None  # "rose from 10 to 15" is a change; "accelerates from 0 to 60 mph" a span
    if how == "to" and (
            (b.mult > a.mult and a.low * b.mult > b.low) or abs(b.low) >= 10 * abs(a.low)) and (
            (_BY_BEFORE_RE.search(text, max(0, a.start - 4), a.start)
             and _CHANGE_BEFORE_FROM_RE.search(text, max(0, a.start - 50), a.start))
            or _CHANGE_RIGHT_BEFORE_RE.search(text, max(0, a.start - 20), a.start)):
        return None  # "shrank by 800,000 to 124.4 million", "fell 12p to 345p": the change,
        # then the level
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    if how == "to" and a.unit == "%" and b.unit is None and b.low > 100:
        return None  # "fell 0.16% to 7,028.02": the change, then the level
    lo, hi = a.low, b.low
    if b.mult > 1 and a.mult == 1.0 and a.src == "run" and lo * b.mult <= hi:
        lo *= b.mult  # "5-10 million"
    elif how == "dash" and a.plain and a.raw.isdigit() and _THOUSANDS_RE.fullmatch(b.raw):
        scale = 1000.0 ** b.raw.count(",")
        if hi / 10 < lo * scale < hi:
            lo *= scale  # "20-25,000" is 20,000 to 25,000
    if how == "or" and lo > 0 and hi > 10 * lo:
        return None  # "5 mln or 5 bln" are alternatives, not the bounds of one estimate
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
