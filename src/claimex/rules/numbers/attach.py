"""Units attached to figures: currency prefixes, unit words and symbols after the figure,
a glued "m" read as million or metres, ages ("aged 34", "Keir Starmer, 62, faces", "a
woman (45)": ``bracketed_age``).

>>> _m_is_metre("m Syrian refugees", 1), _m_is_metre("m wall surrounds it", 1)
(False, True)
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.numbers.bracketed_age import bracketed_age
from claimex.rules.numbers.runs import _Atom
from claimex.rules.numbers.units import (
    _CUR_PREFIX_RE,
    _CURRENCY_SYMBOLS,
    _POUND_WEIGHT_RE,
    _SI_PREFIX,
    _UNIT_GROUPS,
    _UNIT_RE,
    _WEIGHT_BEFORE_RE,
    _currency_unit,
)
from claimex.rules.numbers.vocabulary import _DASH, _MONTH_WORDS, _SP, _words
from claimex.rules.numbers.words import _FUNCTION_WORDS, _NEXT_WORDS_RE, _is_plural_noun


def _attach_units(text: str, atoms: list[_Atom]) -> None:
    prev_end = 0
    for atom in atoms:
        if atom.src in ("run", "ufrac", "vague"):
            window_start = max(prev_end, atom.start - 8)
            m = _CUR_PREFIX_RE.search(text, window_start, atom.start)
            if m and atom.src != "vague":
                symbol = "".join(m.group().split()).lower()
                atom.unit = _CURRENCY_SYMBOLS.get(symbol) or symbol.upper()
                atom.kind = "money"
                atom.money_prefix = True
                atom.plain = False
                atom.start = m.start()
        if atom.letter_m:
            if atom.money_prefix or not _m_is_metre(text, atom.end):
                atom.low *= 1e6
                atom.high = atom.low
                atom.mult = 1e6
                atom.vend = atom.end
            else:
                atom.unit, atom.kind = "m", "distance"
            atom.plain = False
        if atom.unit is None or atom.kind == "money":
            _unit_suffix(text, atom)
        if atom.unit is None and atom.src == "run" and _AGED_BEFORE_RE.search(
                text, max(0, atom.start - 20), atom.start) and not _AGED_RANGE_UNIT_RE.match(
                text, atom.end):
            atom.unit, atom.kind, atom.plain = "years", "duration", False  # "aged 34"
        elif atom.unit is None and atom.src == "run" and atom.plain and atom.raw.isdigit() \
                and 1 <= atom.low <= 110 and _appositive_age(text, atom):
            atom.unit, atom.kind, atom.plain = "years", "duration", False  # "Sinner, 23, beat"
        elif atom.unit is None and atom.src == "run" and bracketed_age(text, atom):
            atom.unit, atom.kind, atom.plain = "years", "duration", False  # "Pat Doran (61)"
        prev_end = atom.end


_APPOSITIVE_BEFORE_RE = re.compile(r"(?-i:\b([A-Z][a-z]+[a-z'’]*|[a-z]+)),[ \t]$")


# Nouns for a person whose age may follow in commas ("the suspect, 27, was"), from the
# shared word list (resources/words/age_apposition_nouns.txt).
_PERSON_NOUNS = lexicon.words("age_apposition_nouns")
# ... and their plurals, for one person taken out of a group: "One of the men, 19, was hit"
# (session 12, issue 14).
_PERSON_NOUN_FORMS = lexicon.nouns("age_apposition_nouns")


_APPOSITIVE_AFTER_RE = re.compile(r",[ \t]+(?-i:([a-z]+))\b")


# Capitalised words before ", 62," that name no person: days (their full names, from the
# shared word list resources/words/weekdays.txt), months, sentence openers.
_NOT_PEOPLE = frozenset(_MONTH_WORDS) | frozenset(
    day.capitalize() for day in lexicon.lemmas("weekdays")) | frozenset(_words(
    "In On At By For From Of To And But Or So Yet With Since After Before"
))


def _appositive_age(text: str, atom: _Atom) -> bool:
    """Whether a bare number between commas after a capitalised name, followed by a
    lower-case word, is an age: "Keir Starmer, 62, faces", "the defender, 31, was"; also
    after one person of a group (:func:`one_of_a_group_age`)."""
    before = _APPOSITIVE_BEFORE_RE.search(text, max(0, atom.start - 30), atom.start)
    if before is None or before.group(1) in _NOT_PEOPLE:
        return False
    if before.group(1).islower() and before.group(1) not in _PERSON_NOUNS:
        return one_of_a_group_age(text, atom, before.group(1))
    after = _APPOSITIVE_AFTER_RE.match(text, atom.end)
    return after is not None and (after.group(1) not in ("and", "or", "to") or
                                  _AND_ANOTHER_PERSON_RE.match(text, atom.end) is not None)


# ", and a man, 32," after "A woman, 30": the age of one of two people told in a row
_AND_ANOTHER_PERSON_RE = re.compile(r",[ \t]+and[ \t]+(?:a|an)[ \t]", re.I)
# "One of the men, 19," / "one of the wounded women, 22,": a person taken out of a group
_ONE_OF_THE_RE = re.compile(
    r"(?<![\w-])one[ \t]+of[ \t]+(?:the|those|these)[ \t]+(?:[a-z-]+[ \t]+)?$", re.I)


def one_of_a_group_age(text: str, atom: _Atom, noun: str) -> bool:
    """Whether a bare number between commas after a plural person noun (or "other") that
    picks one person out of a group, followed by a lower-case word, is that person's age
    (session 12, issue 14): "One of the men, 19, was hit in the arm", "The other, 41,
    suffered a graze wound" (one person: the number cannot count people). A plural noun
    without "one of" before it ("the towns, 12, were hit") is no age.

    >>> def age(text, number):
    ...     start = text.index(number)
    ...     atom = _Atom(start, start + len(number), float(number), "run")
    ...     return one_of_a_group_age(text, atom, text[:start].split()[-1].strip(","))
    >>> age("One of the men, 19, was hit", "19"), age("The other, 41, suffered", "41")
    (True, True)
    >>> age("the towns, 12, were hit", "12"), age("Three others, 12, were hurt", "12")
    (False, False)
    """
    after = _APPOSITIVE_AFTER_RE.match(text, atom.end)
    if after is None or after.group(1) in ("and", "or", "to"):
        return False
    if noun == "other":
        return re.search(r"(?<![\w-])the[ \t]+other,[ \t]*$", text[max(0, atom.start - 12):
                                                                   atom.start], re.I) is not None
    if noun not in _PERSON_NOUN_FORMS:
        return False
    head = text.rfind(noun, max(0, atom.start - 40), atom.start)
    return _ONE_OF_THE_RE.search(text, max(0, head - 40), head) is not None


_AGED_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:aged|(?:at" + _SP + r"+)?the" + _SP + r"+age" + _SP + r"+of|at" + _SP
    + r"+age)" + _SP
    + r"+(?:between" + _SP + r"+)?$", re.I)  # "aged 34", "at the age of 37", "aged between"


# "aged 5 to 17 months": the range's own unit goes to both ends, not years.
_AGED_RANGE_UNIT_RE = re.compile(
    _SP + r"*(?:[" + _DASH + r"]|to|and|or)" + _SP + r"*\w+" + _SP + r"+(?:months?|weeks?|"
    r"days?|hours?)\b", re.I)


# Words after a glued "m" that make it metres: measures ("a 10m-high wall", "10m away")
# and races named by their distance ("the 400m hurdles", "the 100m freestyle").
_METRE_NEXT = frozenset(_words(
    "high long wide deep tall away from of above below beneath under depth radius"
    " thick across underground up down range hurdles steeplechase freestyle backstroke"
    " breaststroke butterfly medley relay sprint"
))


_MILLION_ADJ = frozenset(_words(
    "more fewer new extra additional other young poor small local foreign registered internally"
    " displaced eligible active estimated unemployed"
))


_ADJ_ENDINGS = ("ed", "al", "ive", "ian", "ish", "ese", "ic", "ful", "less", "ous", "ary", "ly")


def _m_is_metre(text: str, pos: int) -> bool:
    """Whether a glued "m" after digits is metres: not when a plural noun follows, right
    after it or after adjectives ("2.5m barrels", "1.5m Syrian refugees", "4m internally
    displaced persons") or a currency ("5m USD", "3m euros"); "a 100m wall surrounds it" is
    metres (a singular noun comes first)."""
    unit = _UNIT_RE.match(text, pos)
    if unit and _UNIT_GROUPS[unit.lastgroup][1] == "money":
        return False
    m = _NEXT_WORDS_RE.match(text, pos)
    if not m:
        return True
    word = m.group(1).lower()
    if word in _METRE_NEXT:
        return True
    for found in m.groups():
        if found is None:
            return True
        low = found.lower()
        if _is_plural_noun(found):
            return False
        if low in _MILLION_ADJ:
            continue
        if low in _FUNCTION_WORDS or not (found[:1].isupper() or low.endswith(_ADJ_ENDINGS)):
            return True
    return True


_OF_RE = re.compile(_SP + r"+of(?=" + _SP + r")", re.I)


_FOOT_INCHES_RE = re.compile(
    r"[" + _DASH + r"](\d{1,2})(?:[" + _DASH + r"]inch(?:es)?)?(?![\w.,]\d|\w)", re.I)


_DURATION_ADJ_RE = re.compile(_SP + r"+(?:consecutive|straight|successive)(?=" + _SP + r")",
                              re.I)


_HYPHEN_TIME_RE = re.compile(r"[" + _DASH + r"]time(?![A-Za-z" + _DASH + r"])", re.I)


def _unit_suffix(text: str, atom: _Atom) -> None:
    """A unit word or symbol right after the figure: percent, currency, duration, distance."""
    pos = atom.end
    if atom.src == "vague":
        of = _OF_RE.match(text, pos)
        if of:
            pos = of.end()  # "millions of dollars"
    m = _UNIT_RE.match(text, pos)
    if not m and atom.src == "run" and atom.unit is None and atom.low >= 2:
        hyphen_time = _HYPHEN_TIME_RE.match(text, pos)
        if hyphen_time:  # "a three-time champion": three occasions ("a one-time ally" is former)
            atom.unit, atom.kind, atom.plain = "times", "other", False
            atom.end = hyphen_time.end()
            return
    if not m and atom.src == "run":
        adj = _DURATION_ADJ_RE.match(text, pos)  # "31 consecutive days"
        m = _UNIT_RE.match(text, adj.end()) if adj else None
        if m and _UNIT_GROUPS[m.lastgroup][1] != "duration":
            m = None
    if not m:
        return
    sep = m.group("sep")
    if "\n" in sep:
        return
    name = m.lastgroup
    unit, kind = _UNIT_GROUPS[name]
    word = m.group(name)
    if kind == "money":
        if atom.kind == "money":
            return
        if unit == "money":
            unit = _currency_unit(word)
        if unit == "KRW" and word.lower() == "won" and atom.mult < 1e6:
            return  # "won" is a currency after a scale only: "10 trillion won", not "2 won"
        if unit == "GBP" and (
            any(c in _DASH for c in sep) or _POUND_WEIGHT_RE.match(text, m.end())
            or _WEIGHT_BEFORE_RE.search(text, max(0, atom.start - 50), atom.start)
        ):
            unit, kind = "lb", "other"
    elif atom.kind == "money":
        return
    if unit == "m" and word == "m" and sep and (atom.src != "run" or atom.mult != 1.0):
        return  # a lone spaced "m" only after a plain number: "10 m"
    if atom.src == "vague" and kind not in ("money", "duration", "distance"):
        return
    if kind == "percent" and atom.src == "vague":
        return
    if unit in ("W", "Wh", "B", "Hz", "eV"):  # keep the prefix: "1,200 MW", "13.5 kWh", "256GB"
        first = word.lstrip()[0]
        prefix = first if first in "kKMGTP" else _SI_PREFIX.get(word.lower()[:4], "")
        unit = (prefix.lower() if prefix in "kK" else prefix) + unit
    atom.unit, atom.kind = unit, kind
    atom.plain = False
    atom.end = m.end()
    if unit == "ft" and any(c in _DASH for c in sep):
        inches = _FOOT_INCHES_RE.match(text, atom.end)
        if inches and int(inches.group(1)) < 12:  # "the 6-foot-10 center"
            atom.low = atom.high = atom.low + int(inches.group(1)) / 12
            atom.end = inches.end()
    if unit in ("years", "months", "weeks", "days", "hours", "minutes", "seconds") and \
            text.startswith(("'", "’"), atom.end):
        atom.end += 1
