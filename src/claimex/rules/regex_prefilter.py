"""A faster ``search`` for a large alternation of regexes, with the same matches.

Python's regex engine tries every alternative of a master pattern at every position its
look-behind lets through (for the number finder: every word start, some forty alternatives,
most of them case-insensitive, which the engine cannot reject at a glance). A
:class:`PrefixFilter` reads the pattern's parse tree once and lists the first ``depth``
characters every match of every alternative can begin with ("thr", "thi", "a m", "201",
...); one small regex of those prefixes finds the positions where a match can start, and
the master pattern is tried only there. Every analysis step errs on the side of more
positions (a look-ahead or look-behind it cannot read, a class of more than 24 ASCII
characters, any non-ASCII character stand for "anything"), so the first position where the
master matches is never skipped and ``search`` returns the very match the master's own
``search`` returns.

An alternative that can begin with almost any letter (an e-mail address, a camel-cased
model name) would let every word through; such an alternative is left out of the prefixes
and replaced by a *guard*: the longest run of single characters it always contains ("@",
a lower-case letter then a capital). A text where a guard matches is searched with the
master pattern itself.

>>> master = re.compile(r"(?<![\\w.])(?:(?P<n>\\d+|t(?:wo|en))|(?P<mail>[\\w.]+@\\w+))", re.I)
>>> found = PrefixFilter(master, lead=r"(?<![\\w.])")
>>> search = found.searcher("Ten of the two")
>>> [search("Ten of the two", pos).group() for pos in (0, 1)]
['Ten', 'two']
>>> found.searcher("mail a@b") == master.search
True
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

try:  # CPython 3.11+: the regex parser's (private) modules
    from re import _constants as sre  # the parse tree's op codes
    from re import _parser as sre_parse
    _PARSER_READABLE = True
except ImportError:  # pragma: no cover - CPython 3.10: no filter, the master searches alone
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]
    _PARSER_READABLE = False

Search = Callable[..., "re.Match[str] | None"]

_ASCII = [chr(code) for code in range(128)]
#: Stand-ins in a prefix: any non-ASCII character; any character at all.
_OTHER, _ANY = "\x80", "\x81"
#: A class of more ASCII characters than this counts as "any character".
_WIDE = 24
#: Each character of a prefix as a regex.
_ESCAPED = {ch: re.escape(ch) for ch in _ASCII} | {_OTHER: r"[^\x00-\x7f]", _ANY: r"[\s\S]"}
_CONSUMING = (sre.LITERAL, sre.ANY, sre.NOT_LITERAL, sre.IN)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None))
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
               sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
               sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


class Unreadable(Exception):
    """A construct the analysis does not read (a back-reference, a conditional)."""


def _symbols(op: object, av: object, flags: int, collapse: bool = True) -> set[str]:
    """The characters one consuming item can match: ASCII ones, ``_OTHER`` for any
    non-ASCII one (a case-insensitive letter may match one: "K" is the Kelvin sign);
    ``{_ANY}`` for a wide class where ``collapse``."""
    if op is sre.ANY or op is sre.NOT_LITERAL:
        return {_ANY}
    if op is sre.LITERAL:
        pattern, other = re.escape(chr(av)), av >= 128
    else:
        pattern = "[" + "".join(_class_item(o, a) for o, a in av) + "]"
        other = any(o in (sre.NEGATE, sre.CATEGORY) or (o is sre.LITERAL and a >= 128)
                    or (o is sre.RANGE and a[1] >= 128) for o, a in av)
    compiled = re.compile(pattern, flags)
    chars = {ch for ch in _ASCII if compiled.fullmatch(ch)}
    if other or (flags & re.I and any(ch.isalpha() for ch in chars)):
        chars.add(_OTHER)
    return {_ANY} if collapse and len(chars) > _WIDE else chars


def _class_item(op: object, av: object) -> str:
    if op is sre.NEGATE:
        return "^"
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        return re.escape(chr(av[0])) + "-" + re.escape(chr(av[1]))
    if op is sre.CATEGORY:
        return _CATEGORIES[av]
    raise Unreadable(op)


def _merge(first: tuple, second: tuple) -> tuple | None:
    """The prefix a text begins with when it begins with both (None: it cannot)."""
    merged = []
    for a, b in zip(first, second, strict=False):
        if a in (_ANY, b):
            merged.append(b)
        elif b == _ANY:
            merged.append(a)
        else:
            return None
    longer = first if len(first) >= len(second) else second
    return tuple(merged) + longer[len(merged):]


class _Repeat:
    """What is left of a repeat: at least ``lo``, at most ``hi`` more times ``body``."""

    __slots__ = ("body", "hi", "key", "lo")

    def __init__(self, lo: int, hi: int, body: list) -> None:
        self.lo, self.hi, self.body = lo, hi, body
        self.key = ("repeat", lo, hi, id(body))


def prefixes(items: list, flags: int, depth: int) -> set[tuple]:
    """Every prefix of ``depth`` characters a match of the parsed pattern ``items`` can
    begin with (shorter where a match can end sooner), as tuples of characters.

    >>> sorted("".join(p) for p in prefixes(sre_parse.parse("t(?:wo|en)s?"), 0, 3))
    ['ten', 'two']
    """
    return _strings(((items, 0, flags),), depth, {}, 0)


def _key(frames: tuple) -> tuple:
    return tuple((items.key if isinstance(items, _Repeat) else id(items), index, flags)
                 for items, index, flags in frames)


def _strings(frames: tuple, budget: int, memo: dict, spin: int) -> set[tuple]:
    """Prefixes of at most ``budget`` characters of what the stack of ``frames`` (each an
    item list, the index of its next item and the flags in force) can still match."""
    if budget == 0 or not frames:
        return {()}
    key = (_key(frames), budget)
    if key in memo:
        return memo[key]
    if spin > 60:
        raise Unreadable("a repeat that matches nothing")
    (items, index, flags), rest = frames[0], frames[1:]
    if isinstance(items, _Repeat):
        found = _strings(rest, budget, memo, spin + 1) if items.lo == 0 else set()
        if items.hi != 0:
            again = _Repeat(max(items.lo - 1, 0), items.hi if items.hi == sre.MAXREPEAT
                            else items.hi - 1, items.body)
            found |= _strings(((items.body, 0, flags), (again, 0, flags), *rest), budget,
                              memo, spin + 1)
    elif index == len(items):
        found = _strings(rest, budget, memo, spin)
    else:
        found = _item(items[index], ((items, index + 1, flags), *rest), flags, budget,
                      memo, spin)
    memo[key] = found
    return found


def _item(item: tuple, after: tuple, flags: int, budget: int, memo: dict,
          spin: int) -> set[tuple]:
    op, av = item
    if op in _CONSUMING:
        tails = _strings(after, budget - 1, memo, 0)
        key = ("symbols", op, repr(av), flags)
        if key not in memo:
            memo[key] = _symbols(op, av, flags)
        return {(ch, *tail) for ch in memo[key] for tail in tails}
    if op is sre.AT or op is sre.ASSERT_NOT or (op is sre.ASSERT and av[0] < 0):
        return _strings(after, budget, memo, spin)
    if op is sre.ASSERT:  # a look-ahead: the text begins with both
        ahead = _strings(((av[1], 0, flags),), budget, memo, spin)
        rest = _strings(after, budget, memo, spin)
        if len(ahead) * len(rest) > 200_000:
            return rest
        return {m for a in ahead for b in rest if (m := _merge(a, b)) is not None}
    if op is sre.SUBPATTERN:
        _, add, remove, body = av
        return _strings(((body, 0, (flags | add) & ~remove), *after), budget, memo, spin)
    if op is sre.ATOMIC_GROUP:
        return _strings(((av, 0, flags), *after), budget, memo, spin)
    if op is sre.BRANCH:
        return set().union(*(_strings(((alt, 0, flags), *after), budget, memo, spin)
                             for alt in av[1]))
    if op in _REPEATS:
        lo, hi, body = av
        return _strings(((_Repeat(lo, hi, body), 0, flags), *after), budget, memo, spin)
    raise Unreadable(op)


def _alternatives(items: list, flags: int) -> Iterator[tuple[list, int]]:
    """The alternatives of a pattern: through leading groups and branches, to the item
    lists that are no longer a single group or branch (a zero-width item before one is
    left out: the prefixes do not read it)."""
    while len(items) > 1 and items[0][0] in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        items = items[1:]
    if len(items) == 1 and items[0][0] is sre.SUBPATTERN:
        _, add, remove, body = items[0][1]
        yield from _alternatives(list(body), (flags | add) & ~remove)
    elif len(items) == 1 and items[0][0] is sre.BRANCH:
        for alt in items[0][1][1]:
            yield from _alternatives(list(alt), flags)
    else:
        yield items, flags


def _guard(items: list, flags: int) -> re.Pattern[str] | None:
    """A regex that every text a match of ``items`` comes from matches: the longest run
    of single characters the pattern always has side by side (None: it has none)."""
    best: list[set[str]] = []
    run: list[set[str]] = []
    for chars in _mandatory(items, flags):
        if chars is None:
            run = []
            continue
        run.append(chars)
        if len(run) > len(best):
            best = list(run)
    if not best or any(_ANY in chars for chars in best):
        return None
    return re.compile("".join(_one_of(chars) for chars in best))


def _mandatory(items: list, flags: int) -> Iterator[set[str] | None]:
    """The characters each item always matches in turn; None for anything else."""
    for op, av in items:
        if op is sre.LITERAL or op is sre.IN:
            yield _symbols(op, av, flags, collapse=False)
        elif op is sre.SUBPATTERN:
            yield from _mandatory(list(av[3]), (flags | av[1]) & ~av[2])
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        else:
            yield None


def _one_of(chars: set[str]) -> str:
    ascii_part = "".join(re.escape(ch) for ch in sorted(chars - {_OTHER}))
    parts = ["[" + ascii_part + "]"] if ascii_part else []
    if _OTHER in chars:
        parts.append(r"[^\x00-\x7f]")
    return "(?:" + "|".join(parts) + ")"


def _trie(strings: set[tuple]) -> str:
    root: dict = {}
    for string in strings:
        node = root
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""  # a shorter prefix ends here: anything may follow
        branches = [_ESCAPED[ch] + emit(node[ch]) for ch in sorted(node)]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


class PrefixFilter:
    """``searcher(text)`` finds ``master``'s matches in ``text`` as ``master.search`` does
    (see the module docstring). ``lead`` is a zero-width pattern that holds at the start
    of every match (the master's own leading look-behind), ``depth`` the prefix length."""

    def __init__(self, master: re.Pattern[str], lead: str = "", depth: int = 3) -> None:
        self.master = master
        self.guards: list[re.Pattern[str]] = []
        self.starts: re.Pattern[str] | None = None
        if not _PARSER_READABLE:
            return  # no filter: every text is searched with the master
        try:
            self.starts = self._starts(master, lead, depth)
        except (Unreadable, KeyError, RecursionError):
            self.starts = None  # no filter: every text is searched with the master

    def _starts(self, master: re.Pattern[str], lead: str, depth: int) -> re.Pattern[str] | None:
        strings: set[tuple] = set()
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 10_000))
        try:
            for items, flags in _alternatives(list(sre_parse.parse(master.pattern,
                                                                   master.flags)),
                                              master.flags):
                first = prefixes(items, flags, 1)
                if any(_ANY in p for p in first) or len(first) > 40:
                    guard = _guard(items, flags)
                    if guard is None:
                        return None
                    self.guards.append(guard)
                else:
                    strings |= prefixes(items, flags, depth)
        finally:
            sys.setrecursionlimit(limit)
        if () in strings:
            return None  # an alternative can match the empty string anywhere
        return re.compile(lead + _trie(strings))

    def searcher(self, text: str) -> Search:
        """A ``search(text, pos)`` for this text: the master's own where a guard
        matches, else one that tries the master only where a prefix starts."""
        if self.starts is None or any(guard.search(text) for guard in self.guards):
            return self.master.search
        starts, match = self.starts.search, self.master.match

        def search(text: str, pos: int = 0) -> re.Match[str] | None:
            while True:
                start = starts(text, pos)
                if start is None:
                    return None
                found = match(text, start.start())
                if found is not None:
                    return found
                pos = start.start() + 1

        return search
