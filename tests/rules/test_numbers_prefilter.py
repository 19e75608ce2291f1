"""The letter guard of the number finder's master regex changes no match (see prefilter.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from claimex.rules.numbers import scan

_DATA = Path(__file__).resolve().parents[1] / "data" / "news_quantities.jsonl"
_GUARD_END = scan._MASTER_RE.pattern.index("(?:(?P<skip>")


def _unguarded() -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + scan._MASTER_RE.pattern[_GUARD_END:], re.I)


def test_guard_is_built() -> None:
    assert len(scan._MASTER_RE.pattern[:_GUARD_END]) > 100  # not silently dropped


def test_same_match_at_every_position() -> None:
    plain = _unguarded()
    texts = [json.loads(line)["text"] for line in _DATA.read_text().splitlines() if line.strip()]
    texts += ["iPhone 15 and mail a.b@c.org", "Resolution 2254, twenty-two", "KSh900m, ſix"]
    for text in texts:
        for pos in range(len(text)):
            a, b = plain.match(text, pos), scan._MASTER_RE.match(text, pos)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), text[pos:]
