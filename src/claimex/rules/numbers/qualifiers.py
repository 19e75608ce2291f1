"""Qualifiers around a single figure ("more than", "up to", "or so", "100+") and the
bounds they give; "more than 12 and less than 30" joined into one range. "5,000-plus" is
the spelled form of "5,000+": a lower bound, 5,000 and up (``at_least``).

>>> _QUALIFIER_OF["up to"]
'at_most'
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.numbers.quantity import LOWER_BOUNDS, UPPER_BOUNDS, Quantity
from claimex.rules.numbers.runs import _Atom
from claimex.rules.numbers.vocabulary import _SP, _START_WORDS, INF

_COMPARATIVE_RE = re.compile(
    r"(?:greater|larger|bigger|higher|smaller|lower|above|below|exceed|surpass|topp)", re.I)


# The qualifier words and signs before a figure, by the bound they give, in the order of
# resources/words/number_qualifiers.txt: {"approx": ("about", ...), "at_least": ...}.
_QUALIFIER_WORDS = lexicon.groups("number_qualifiers")


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
    # "+" and "-plus" ("5,000-plus"), not a sum ("3-plus-2", "two-plus-two")
    r"(?P<plus>\+(?![\d])|[-\u2010\u2011]plus\b(?![-\u2010\u2011]*" + _SP
    + r"*(?:\d|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)\b)))|"
    + _SP + r"*,?" + _SP + r"*(?:(?P<more>(?:or|and)" + _SP
    + r"+(?:more|above|over|greater|higher|upwards|older|longer|larger))|(?P<less>or" + _SP
    + r"+(?:less|fewer|below|under|lower|younger|shorter|smaller))|(?P<so>or" + _SP
    + r"+so))\b(?!" + _SP + r"+than" + _SP
    + r"*(?:[\d$€£]|(?:" + _START_WORDS + r"|an?)\b))",
    re.I,
)


_QUAL_WINDOW = 40


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
                and not _IN_BEFORE_RE.search(text, max(0, m.start() - 4), m.start())
            )  # "killed over 3 days" is during, not more than; "over 30 years old" and "in
            # over three years" are more; "in under 10 minutes" is less than
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
    elif qual == "range" and atom.src == "range":
        m = _LEFT_QUAL_RE.search(text, max(prev_end, start - _QUAL_WINDOW), start)
        if m and _QUALIFIER_OF.get(" ".join(m.group().lower().split())) == "at_least":
            # "at least two to three days": the lower bound of the range, and up
            qual, start, high = "at_least", m.start(), _open_high(atom.kind, low)
    return Quantity(
        start, end, text[start:end], float(low), float(high), qual, atom.unit, atom.kind,
        atom.vstart, atom.vend,
    )


_BRACKET_GAP_RE = re.compile(_SP + r"*\(" + _SP + r"*(?:or" + _SP + r"+)?")


def _restated(text: str, prev: Quantity, q: Quantity) -> Quantity:
    """A conversion in brackets keeps the bound of the figure it restates: "up to 200 km/h
    (124 mph)" is 0 .. 124 mph, "more than 40 °C (104 °F)" 104 .. inf; a bare amount in
    brackets after money restates it in its currency: "N895 billion (895,842,465,917)"."""
    if (
        q.qualifier == "exact" and q.unit is None and prev.kind == "money" and prev.low > 0
        and prev.low / 2 <= q.low <= prev.low * 2 and _BRACKET_GAP_RE.fullmatch(
            text, prev.end, q.start)
    ):  # "N895 billion (895,842,465,917)": the exact amount, in the same currency
        return Quantity(q.start, q.end, q.text, q.low, q.high, q.qualifier, prev.unit, "money",
                        q.value_start, q.value_end)
    if (
        q.qualifier != "exact" or prev.qualifier not in _BOUNDS or q.unit is None
        or prev.unit is None or q.unit == prev.unit or q.kind != prev.kind
        or not _BRACKET_GAP_RE.fullmatch(text, prev.end, q.start)
    ):
        return q
    if prev.qualifier in UPPER_BOUNDS:
        low, high = (0.0 if q.low >= 0 else -INF), q.high
    else:
        low, high = q.low, _open_high(q.kind, q.low)
    return Quantity(q.start, q.end, q.text, low, high, prev.qualifier, q.unit, q.kind,
                    q.value_start, q.value_end)


_IN_BEFORE_RE = re.compile(r"\bin" + _SP + r"+$", re.I)


_GO_BEFORE_RE = re.compile(r"\b(?:go|goes|going|gone|went)" + _SP + r"+$", re.I)


_PLACE_NOUNS_RE = re.compile(  # "over nine regions", "over eight Ukrainian regions"
    r"(?:" + _SP + r"+[A-Za-z][A-Za-z-]*){0,2}?" + _SP
    + r"*(?:regions?|provinces?|districts?|oblasts?|countries|states|cities|towns|"
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


_BOUNDS = LOWER_BOUNDS | UPPER_BOUNDS


_BOUND_GAP_RE = re.compile(r"\s*,?\s*(?:and|but|,)\s*$", re.I)


def _merge_bounds(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"more than 12 and less than 30", "at most 100 and at least 20": one range."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        if i + 1 < len(qs):
            b = qs[i + 1]
            pair = {a.qualifier, b.qualifier}
            if (
                len(pair) == 2 and pair & LOWER_BOUNDS and pair & UPPER_BOUNDS
                and a.unit == b.unit and a.kind == b.kind
                and _BOUND_GAP_RE.match(text, a.end, b.start) and b.start - a.end < 12
            ):
                lower, upper = (a, b) if a.qualifier in LOWER_BOUNDS else (b, a)
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
