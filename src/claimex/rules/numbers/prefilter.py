"""A cheap guard for the master regex: where a word starts with an ASCII letter, the scan
tries its long list of alternatives only if the word begins as one of them can begin.

The guard is read off the alternatives themselves (their possible first three characters,
from the parsed patterns), so it stays a necessary condition when a word list grows, and the
scan's matches are the same with it as without it. An alternative that can begin with almost
any letter (an e-mail address, "iPhone 15") is its own look-ahead.

>>> import re
>>> g = re.compile(letter_guard([r"twenty|thirty", r"\\d+"]), re.I)
>>> [bool(g.match(w)) for w in ("Thirty", "thirst", "today", "42", "(")]
[True, True, False, True, True]
"""

from __future__ import annotations

import functools
import re
import re._constants as _C  # the standard library's regex parser (Python 3.11)
import re._parser as _P

_K = 3  # characters of each alternative's beginning that the guard checks

_CATEGORIES = {
    _C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W", _C.CATEGORY_DIGIT: r"\d",
    _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_NOT_SPACE: r"\S",
}

_ANY = "(?s:.)"

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class _Unknown(Exception):
    """A pattern construct the beginnings are not read from: no guard then."""


def _charset(items) -> str:
    parts = []
    for op, av in items:
        if op is _C.NEGATE:
            return _ANY
        if op is _C.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _C.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is _C.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unknown(op)
    return "[" + "".join(parts) + "]"


def _atom(text: str, fold: bool) -> str:
    return text if fold else "(?-i:" + text + ")"


def _seqs(items, k: int, fold: bool) -> set[tuple[str, ...]]:
    """The possible beginnings (up to k atoms, each a one-character pattern) of what the
    parsed ``items`` match; a look-ahead ends a beginning with what it requires."""
    cur: set[tuple[str, ...]] = {()}
    for op, av in items:
        nxt = set()
        for s in cur:
            if len(s) >= k:
                nxt.add(s)
            else:
                nxt.update(s + t for t in _seqs_op(op, av, k - len(s), fold))
        cur = nxt
    return cur


def _seqs_op(op, av, k: int, fold: bool) -> set[tuple[str, ...]]:
    if op is _C.LITERAL:
        return {(_atom(re.escape(chr(av)), fold),)}
    if op is _C.NOT_LITERAL or op is _C.ANY:
        return {(_ANY,)}
    if op is _C.IN:
        return {(_atom(_charset(av), fold),)}
    if op is _C.BRANCH:
        return set().union(*(_seqs(b, k, fold) for b in av[1]))
    if op is _C.SUBPATTERN:
        _, add, drop, sub = av
        fold = (fold or bool(add & re.I)) and not drop & re.I
        return _seqs(sub, k, fold)
    if op is _C.ATOMIC_GROUP:
        return _seqs(av, k, fold)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        one = _seqs(sub, k, fold)
        out: set[tuple[str, ...]] = set()
        cur: set[tuple[str, ...]] = {()}
        for i in range(min(hi, k) + 1):
            if i >= lo:
                out |= cur
            cur = {(s + t)[:k] if len(s) < k else s for s in cur for t in one}
        return out | cur
    if op is _C.ASSERT and av[0] == 1:  # a look-ahead: what follows begins as it says
        return {t + ("",) * (k - len(t)) for t in _seqs(av[1], k, fold)}
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        return {()}
    raise _Unknown(op)


def _trie(seqs: set[tuple[str, ...]]) -> str:
    if () in seqs:
        return ""
    groups: dict[str, set[tuple[str, ...]]] = {}
    for s in seqs:
        groups.setdefault(s[0], set()).add(s[1:])
    alts = [a + _trie(rest) for a, rest in sorted(groups.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


@functools.cache
def _letters(atom: str) -> int:
    return sum(bool(re.fullmatch(atom, c, re.I)) for c in _LETTERS)


def letter_guard(alternatives: list[str]) -> str:
    """A zero-width pattern that holds wherever one of ``alternatives`` (compiled with
    re.I) can match: at anything but an ASCII letter, or where the text begins as one of
    them can; ``""`` (no guard) if a pattern has a construct it does not read."""
    seqs: set[tuple[str, ...]] = set()
    whole = []
    try:
        for alt in alternatives:
            got = {tuple(a for a in s if a) for s in _seqs(_P.parse(alt, re.I), _K, True)}
            if () in got:
                return ""  # it may match the empty string, or begins with a bare look-ahead
            if any(_letters(s[0]) > 2 for s in got if s):
                if re.compile(alt).groups:
                    return ""
                whole.append(alt)  # it begins with almost any letter: its own look-ahead
                continue
            seqs |= {s for s in got if _letters(s[0])}
    except _Unknown:
        return ""
    ahead = [_trie(seqs)] if seqs else []
    ahead += whole
    return r"(?:(?-i:(?![A-Za-z]))" + "".join("|(?=" + a + ")" for a in ahead) + ")"
