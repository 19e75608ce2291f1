"""``PrefixFilter`` finds the matches its master pattern's own ``search`` finds, on patterns
whose prefixes are hard to read (``claimex.rules.regex_prefilter``)."""

from __future__ import annotations

import re

import pytest

from claimex.rules.numbers import scan
from claimex.rules.regex_prefilter import PrefixFilter, prefixes, sre_parse


def _matches(search, text: str) -> list[tuple[int, int, str | None]]:
    found, pos = [], 0
    while (m := search(text, pos)) is not None:
        found.append((m.start(), m.end(), m.lastgroup))
        pos = m.end() if m.end() > m.start() else m.start() + 1
    return found


LEAD = r"(?<![\w.])"

# master pattern (after LEAD), flags, texts; whether a prefix filter is built
CASES = [
    # case-insensitive letters: the Kelvin sign matches "k", the long s matches "s"
    (r"(?:(?P<w>k(?:ilo)?\d)|(?P<s>six))", re.I, ["K5 and kilo7", "\u212a5 and \u017fix"], True),
    # a look-ahead narrows "a" to "a million", never "a man"
    (r"(?:(?P<a>an?(?=\s+(?:half|million)\b))|(?P<d>\d+))", re.I,
     ["a man, a million, an half, 12", "A  Million"], True),
    # a non-ASCII first character
    (r"(?:(?P<f>[½¼])|(?P<d>\d+(?:\s?[½¼])?))", 0, ["3½ or ¼ or 12"], True),
    # an alternative that may begin with any letter becomes a guard ("@")
    (r"(?:(?P<mail>[\w.+-]+@\w+\.\w+)|(?P<d>\d+))", re.I,
     ["write to a.b@c.org by 5", "no address, 12 and 13"], True),
    # optional parts before the first character that must be there
    (r"(?:(?P<p>\+?\(?\d{2,3}\)?\s\d+)|(?P<n>no\.\s?\d+))", re.I,
     ["call (020) 7946 or +44 1234, No. 5", "No.7 then no 8"], True),
    # scoped flags: a capitalised name only
    (r"(?:(?P<m>(?-i:May|MAY)\s\d{1,2})|(?P<d>\d+))", re.I, ["May 5, may 6, MAY 7"], True),
    # a back-reference is not read: no filter, the master's own search
    (r"(?:(?P<r>x(\w)\2)|(?P<d>\d+))", 0, ["xaa 12"], False),
    # an alternative that matches the empty string anywhere: no filter
    (r"(?:(?P<e>x?)|(?P<d>\d+))", 0, ["ab 12"], False),
]


@pytest.mark.parametrize(("pattern", "flags", "texts", "filtered"), CASES)
def test_prefix_filter_finds_the_masters_matches(pattern, flags, texts, filtered):
    master = re.compile(LEAD + pattern, flags)
    found = PrefixFilter(master, lead=LEAD)
    assert (found.starts is not None) is filtered
    for text in texts:
        assert _matches(found.searcher(text), text) == _matches(master.search, text)


def test_a_guard_sends_the_text_to_the_master():
    master = re.compile(LEAD + r"(?:(?P<mail>[\w.]+@\w+)|(?P<d>\d+))")
    found = PrefixFilter(master, lead=LEAD)
    assert [g.pattern for g in found.guards] == ["(?:[@])"]
    assert found.searcher("mail x@y") == master.search
    assert found.searcher("no mail, 5") != master.search


def test_prefixes_read_repeats_and_branches():
    assert {"".join(p) for p in prefixes(sre_parse.parse(r"t(?:wo|en)s?"), 0, 3)} == {
        "two", "ten"}
    # \d also matches digits of other scripts: "\x80" stands for any non-ASCII character
    assert ("\x80",) in prefixes(sre_parse.parse(r"\d"), 0, 1)
    assert {"".join(p) for p in prefixes(sre_parse.parse(r"[0-9]{1,2}h"), 0, 2)} == {
        f"{a}{b}" for a in "0123456789" for b in "0123456789h"}


@pytest.mark.parametrize("text", [
    "Some 1,200 people fled on 28 May 2019; twenty-five died, a quarter of them children.",
    "Resolution 2254 and an iPhone 15 cost $5m, mail info@example.org or call +44 20 7946.",
    "Sechs: \u212a5, ½ a million, 3½ km, minus five and 10k, a couple of hundred.",
])
def test_the_number_finders_master_regex_keeps_its_matches(text):
    assert _matches(scan._master_search(text), text) == _matches(scan._MASTER_RE.search, text)
