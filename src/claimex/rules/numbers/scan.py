"""The left-to-right scan: one master regex finds the things that are not figures (tried
first, skipped whole) and the figures (runs, fractions, multipliers, glued currencies, vague
quantifiers); letters glued to digits become scales or units, signs make figures negative.

>>> [(a.start, a.low) for a in _scan("minus five and 10k")]
[(0, -5.0), (15, 10000.0)]
"""

from __future__ import annotations

import re

from claimex.rules.numbers.context import (
    _GOLF_ROUND_BEFORE_RE,
    _MODEL_BEFORE_DASH_RE,
    _PAR_AFTER_RE,
    _POINTER_AFTER_RE,
    _SCORE_REST_RE,
    _SKIP,
    _TIED_AT_BEFORE_RE,
    _dash_after_date_prefix,
)
from claimex.rules.numbers.fractions import _fraction_atom, _vague_atom
from claimex.rules.numbers.qualifiers import _COMPARATIVE_RE, _LEFT_QUAL_RE, _QUAL_WINDOW
from claimex.rules.numbers.runs import _THOUSANDS_DOT_RE, _Atom, _eval_run
from claimex.rules.numbers.units import (
    _A_UNIT,
    _ATTACHED_ONLY_RE,
    _CUR_GLUED,
    _CURRENCY_SYMBOLS,
    _FAHRENHEIT_BEFORE_RE,
    _RESOLUTIONS,
    _UNIT_GROUPS,
    _UNIT_RE,
    _currency_unit,
)
from claimex.rules.numbers.vocabulary import (
    _DASH,
    _FRAC,
    _LETTER_SCALE_RE,
    _MULT,
    _MULT_ONCE,
    _MULT_WORDS,
    _POINT_FRACTION,
    _RUN_RE,
    _RUN_SEP,
    _RUN_START,
    _RUN_TOKEN,
    _SCALE_AFTER_RE,
    _SP,
    _UFRAC,
    _UNICODE_FRACTIONS,
    _VAGUE,
    LETTER_SCALES,
    SCALE_VALUES,
    _top,
)
from claimex.rules.numbers.words import (
    _FUNCTION_WORDS,
    _LETTERS_RE,
    _NEXT_WORDS_RE,
    _count_noun_follows,
)
from claimex.rules.regex_prefilter import PrefixFilter

# A spaced "a quarter point" is a rate change only after "by" or before a change noun: "cut
# rates by a quarter point", "a half point rise"; not "the quarter point of the race".
_SPACED_POINT_RE = re.compile(r"(?:half|quarters?|of" + _SP + r"+an?|half" + _SP + r"+an?)"
                              + _SP + r"+points?$", re.I)


_BY_BEFORE_POINT_RE = re.compile(r"\bby" + _SP + r"+(?:(?:another|a|an|just|only|a" + _SP
                                 + r"+further)" + _SP + r"+)?$", re.I)


_POINT_CHANGE_AFTER_RE = re.compile(
    _SP + r"+(?:(?:interest|policy|benchmark)" + _SP + r"+)?(?:rate" + _SP + r"+)?(?:cuts?|"
    r"rises?|hikes?|increases?|reductions?|reductions?|moves?|drops?|falls?|raises?)\b", re.I)


_HYPHEN_AND_HALF_RE = re.compile(r"[" + _DASH + r"]and[" + _DASH + r"]a[" + _DASH
                                 + r"]half(?![A-Za-z])", re.I)


_AND_A_HALF_RE = re.compile(_SP + r"+and" + _SP + r"+a" + _SP + r"+half(?![A-Za-z])", re.I)


# One scan finds everything: at each position, things that are not figures (dates, times,
# names) are tried before figures, so "28 May 2019" and "Resolution 2254" are skipped whole.
_MASTER_RE = re.compile(
    r"(?<![\w.])(?:(?P<skip>" + _top(_SKIP) + r")|(?P<ptfrac>" + _top(_POINT_FRACTION)
    + r")|(?P<frac>" + _top(_FRAC) + r")|(?P<ufrac>"
    + _top(_UFRAC) + r")|(?P<mult>" + _top(_MULT) + r")|(?P<curglue>" + _top(_CUR_GLUED)
    + r")|(?P<aunit>" + _top(_A_UNIT)
    + r")|(?P<vague>" + _top(_VAGUE)
    + r")|(?P<run>(?:" + _top(_RUN_START)
    + r")(?:" + _RUN_SEP + r"(?:" + _RUN_TOKEN + r"))*))",
    re.I,
)


# The master's search, trying it only where a prefix of one of its alternatives starts
# (the same matches: see claimex.rules.regex_prefilter); built when first needed.
_MASTER_FILTER: list[PrefixFilter] = []


def _master_search(text: str):
    """``_MASTER_RE.search`` for ``text``, through the prefix filter."""
    if not _MASTER_FILTER:
        _MASTER_FILTER.append(PrefixFilter(_MASTER_RE, lead=r"(?<![\w.])"))
    return _MASTER_FILTER[0].searcher(text)


# A model's suffix after a number: "737 MAX", so "95 737 MAX" is no 95,737.
_MODEL_AFTER_RE = re.compile(r"\x20(?-i:MAX|Max)\b")


_UNIT_THEN_DASH_RE = re.compile(r"\d" + _SP + r"?[A-Za-z%]{1,5}" + _SP + r"*[" + _DASH + r"]$")


# A sign written as a word, spaced or hyphenated: "minus five", "minus-40 degrees".
_NEGATIVE_WORD_RE = re.compile(
    r"(?<![A-Za-z])(?<!plus" + _SP + r"or" + _SP + r")(?:minus|negative)(?:" + _SP + r"+|["
    + _DASH + r"])$", re.I)  # not a tolerance: "plus or minus 0.1 degrees"


def _scan(text: str) -> list[_Atom]:
    """Single left-to-right pass: figures, with dates, times and names skipped."""
    atoms: list[_Atom] = []
    pos = 0
    n = len(text)
    search = _master_search(text)
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
            if " " in res.raw and _MODEL_AFTER_RE.match(text, res.end):
                res = _eval_run(text, s, s + res.raw.index(" "))  # "95 737 MAX jets": 95
            pos = end = res.end
            raw = res.raw
            atom = _Atom(s, end, res.value, "run", mult=res.mult)
            half = _HYPHEN_AND_HALF_RE.match(text, end) if not res.last_is_digit else None
            if half:  # "two-and-a-half years", "three-and-a-half million"
                atom.low = atom.high = res.value + 0.5
                pos = atom.end = atom.vend = end = half.end()
                raw = ""
                scale = _SCALE_AFTER_RE.match(text, end)
                if scale and res.mult == 1.0:
                    word = scale.group().strip().lower()
                    atom.mult = SCALE_VALUES[word]
                    atom.low = atom.high = atom.low * atom.mult
                    pos = atom.end = atom.vend = end = scale.end()
            atom.is_one = res.is_one
            if raw:
                atom.raw = raw
                atom.plain = True
                if len(raw) > 1 and raw[0] == "0" and raw[1] != ".":
                    continue  # "0914", "007": times and codes
                if s >= 2 and text[s - 1] in _DASH and text[s - 2].isalpha() and \
                        not _UNIT_THEN_DASH_RE.search(text, max(0, s - 12), s) and \
                        not _NEGATIVE_WORD_RE.search(text, max(0, s - 12), s):
                    continue  # "S-400", "COVID-19", but not "5k-20k" or "minus-40"
                if s >= 3 and text[s - 1] in _DASH and _MODEL_BEFORE_DASH_RE.search(
                        text, max(0, s - 12), s - 1):
                    continue  # "A350-1000", "Su-30MK-2": a model name before the dash
                if _THOUSANDS_DOT_RE.fullmatch(raw) and _count_noun_follows(text, end):
                    atom.low = atom.high = float(raw.replace(".", ""))  # "5.000 people"
            if res.last_is_digit and end < n and text[end].isalpha() \
                    and not _attached_suffix(text, atom):
                pos = max(pos, _LETTERS_RE.match(text, end).end())
                continue
            if _POINTER_AFTER_RE.match(text, end):
                continue  # "a three-pointer", "a 20-something man", "a six-figure salary"
            if _PAR_AFTER_RE.match(text, end) or (
                    55 <= res.value <= 90 and _GOLF_ROUND_BEFORE_RE.search(text, max(0, s - 40), s)
                    and not _count_noun_follows(text, end)):
                continue  # golf scores: "11 under par", "shot a final-round 68" (not "shot 60
                # people")
            if raw == "" and res.value == 12.0 and s >= 5 and text[s - 5:s - 1].lower() == "half" \
                    and text[s - 1] in _DASH:  # "half-dozen" is 6
                atom.start, atom.low, atom.high = s - 5, 6.0, 6.0
            if text[max(0, s - 4):s].rstrip().lower().endswith("at") and \
                    _TIED_AT_BEFORE_RE.search(text, max(0, s - 40), s):
                pair = _SCORE_REST_RE.match(text, end)
                pos = max(pos, pair.end()) if pair else pos
                continue  # "tied the game at 98", "tied at 2-2"
            _negate(text, atom, atoms)
            atoms.append(atom)
        elif group == "frac":
            atom = _fraction_atom(text, s, e)
            if atom is None:
                pos = s + 1  # "a third attack": let the rest of the words be read again
            else:
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
        elif group == "curglue":  # "Rs1.5 billion"
            piece = text[e:e + 80]  # read on its own: the figure is glued to a word
            run = _RUN_RE.match(piece)
            res = _eval_run(piece, 0, run.end()) if run else None
            if res is None:
                continue
            res = res._replace(end=res.end + e)
            atom = _Atom(e, res.end, res.value, "run", mult=res.mult)
            if res.last_is_digit and res.end < n and text[res.end].isalpha() and \
                    not _attached_suffix(text, atom):
                continue
            symbol = text[s:e].lower()
            atom.unit, atom.kind = _CURRENCY_SYMBOLS.get(symbol, symbol.upper()), "money"
            atom.money_prefix, atom.start = True, s
            atoms.append(atom)
            pos = atom.end
        elif group == "ptfrac":  # "a quarter-point cut" is 0.25 percentage points
            word = text[s:e].lower().removeprefix("an").removeprefix("a").lstrip()
            if _SPACED_POINT_RE.search(text, s, e) and not (
                    _BY_BEFORE_POINT_RE.search(text, max(0, s - 20), s)
                    or _POINT_CHANGE_AFTER_RE.match(text, e)):
                pos = s + 1
                continue
            atom = _Atom(s, e, 0.5 if word.startswith("half") else (
                0.75 if word.startswith("three") else 0.25), "frac")
            atom.unit, atom.kind = "pp", "percent"
            atoms.append(atom)
        elif group == "mult":  # "twice", "tenfold"
            word = text[s:e].lower()
            atom = _Atom(s, e, _MULT_WORDS.get(word) or _MULT_ONCE[word], "mult")
            atom.unit, atom.kind = "times", "other"
            atoms.append(atom)
        elif group == "aunit":  # "more than a decade": one decade, after a qualifier only
            qual = _LEFT_QUAL_RE.search(text, max(0, s - _QUAL_WINDOW), s)
            if qual is None or _COMPARATIVE_RE.match(qual.group()):
                continue  # "higher than a year earlier" compares with a time
            u = _UNIT_RE.match(text, e)
            if u is None:
                continue
            atom = _Atom(s, u.end(), 1.0, "aunit")
            atom.vend = e - len(text[s:e]) + len(text[s:e].rstrip())
            atom.unit, atom.kind = _UNIT_GROUPS[u.lastgroup]
            if atom.kind == "money":
                atom.unit = _currency_unit(u.group(u.lastgroup))
            half = _AND_A_HALF_RE.match(text, atom.end)
            if half:  # "more than a year and a half"
                atom.low = atom.high = 1.5
                atom.end = half.end()
            atoms.append(atom)
            pos = atom.end
        elif group == "vague":
            atom = _vague_atom(text, s, e)
            if atom is not None:
                atoms.append(atom)
    return atoms


_MINUS_BEFORE = frozenset(" \t\n(<>=[$€£\"'≤≥~")


def _negate(text: str, atom: _Atom, atoms: list[_Atom]) -> None:
    """A sign in front: "minus five", "negative ten", "-18 °C", "$-99.99" (not "150 -250")."""
    s = atom.start
    m = _NEGATIVE_WORD_RE.search(text, max(0, s - 12), s)
    if m is None:
        if not ((s >= 1 and text[s - 1] in "-\u2212" and atom.plain) or (atom.raw and s >= 1
                and text[s - 1] in "-\u2212")):
            return
        if s >= 2 and text[s - 2] not in _MINUS_BEFORE:
            return
        if atoms and not text[atoms[-1].end:s - 1].strip():
            return
        if _dash_after_date_prefix(text, s - 1):
            return  # "March 9 -14 persons"
        start = s - 1
        atom.vstart = start
    else:
        start = m.start()
    atom.low, atom.high = -atom.low, -atom.high
    atom.start = start
    atom.plain = False


def _attached_suffix(text: str, atom: _Atom) -> bool:
    """Letters glued to digits: a scale ("10k", "€5m"), a unit ("10km", "48h") or not a figure."""
    end = atom.end
    m = _LETTER_SCALE_RE.match(text, end)
    if m:
        letters = m.group("ls")
        if letters == "m":
            atom.letter_m = True
            atom.end = m.end()
            return True
        atom.low *= LETTER_SCALES[letters]
        atom.high = atom.low
        atom.mult = LETTER_SCALES[letters]
        atom.plain = False
        atom.end = atom.vend = m.end()
        return True
    m = _UNIT_RE.match(text, end)
    if m and not m.group("sep"):
        return True  # the unit pass reads it
    if _TIMES_X_RE.match(text, end):  # "1.5x faster", "a 10x zoom"
        atom.unit, atom.kind, atom.plain = "times", "other", False
        atom.end = end + 1
        return True
    m = _ATTACHED_ONLY_RE.match(text, end)
    if m and m.lastgroup == "in" and not _glued_inches(text, atom, m.end()):
        m = None  # "2011in Paris", "5in 2019": text glued by a PDF, not inches
    if m and m.lastgroup == "p" and (atom.raw in _RESOLUTIONS or atom.money_prefix
                                     or not atom.raw.replace(".", "", 1).isdigit()):
        m = None  # "1080p" is a resolution; "17p", "2.5p" are pence
    if m and m.lastgroup == "lc" and not (atom.start and text[atom.start - 1] in "-\u2212"):
        m = None  # "-63c" is Celsius; "40c" may be cents
    if m and m.lastgroup == "f" and not _FAHRENHEIT_BEFORE_RE.search(
            text, max(0, atom.start - 60), atom.start):
        m = None  # "13F" is a name; "minus 40F", "temperatures of 95F" are Fahrenheit
    if m:
        atom.unit, atom.kind = {"h": ("hours", "duration"), "g": ("g", "other"),
                                "t": ("tonnes", "other"), "c": ("°C", "other"),
                                "lc": ("°C", "other"),
                                "in": ("inches", "distance"),
                                "p": ("pence", "money"), "f": ("°F", "other")}[m.lastgroup]
        atom.plain = False
        atom.end = m.end()
        return True
    return False


def _glued_inches(text: str, atom: _Atom, end: int) -> bool:
    """Whether "in" glued to digits is inches: not after a year, and followed by the end of
    a phrase or a lower-case content word ("5ft 11in tall", "2in of rain")."""
    if atom.raw.isdigit() and len(atom.raw) == 4:
        return False
    rest = text[end:end + 40].lstrip()
    if not rest or not rest[0].isalnum():
        return True  # punctuation or the end of the text
    after = _NEXT_WORDS_RE.match(text, end)
    if after is None:
        return False  # a figure follows: "5in 2019"
    word = after.group(1)
    return word.islower() and (word == "of" or word not in _FUNCTION_WORDS)


_TIMES_X_RE = re.compile(r"[x×](?![\w×]|[.,]\d)")
