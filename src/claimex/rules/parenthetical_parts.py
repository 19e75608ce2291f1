"""A part of a count told in an aside before the count's cue (issue 14, session 22): in
"30 pilgrims, among them four children, killed by a truck bomb", "Twelve guards, mostly
conscripts, dead after the raid" or "Nine people - six of them children - are killed", the
aside between commas or dashes names some of the people counted, so the cue after it is
the count's, as it is with no aside ("30 pilgrims killed"). Event notes write the frame
without an auxiliary, where the parse hangs the cue on the part.

Plain values in, an index out: the words of a sentence, lower-cased, and the index of the
mark that may open the aside. The words are ``resources/words/part_aside_openers.txt``.

>>> words = "30 pilgrims , among them four children , killed by a bomb".split()
>>> part_aside_end(words, 2)
8
>>> part_aside_end("30 pilgrims , their guides and four drivers , killed".split(), 2) is None
True
"""

from __future__ import annotations

from claimex import lexicon
from claimex.rules.guard import never_raises

_TABLE = lexicon.groups("part_aside_openers")
_OPENS = frozenset(_TABLE["opens"])
_LINKS = frozenset(_TABLE["links"])
# The marks that open and close an aside: the comma and the file's dashes.
_MARKS = frozenset((",", *_TABLE["dashes"]))
_DASHES = frozenset(_TABLE["dashes"])
# How many words an aside may run: "including a night guard posted at the college".
ASIDE_WORDS = 12
# What ends a sentence or a clause inside an aside: no aside runs past them.
_BREAKS = frozenset({".", ";", ":", "!", "?", "(", ")"})


def opens_a_part(words: list[str]) -> bool:
    """Whether an aside's words (lower-cased, marks left out) name a part of the count
    before them: a first word of the file's "opens" ("including", "mostly", "among"), or
    a first word and a link after it ("six of them", "two of whom").

    >>> opens_a_part(["mostly", "conscripts"])
    True
    >>> opens_a_part(["six", "of", "them", "children"])
    True
    >>> opens_a_part(["a", "farmer", "and", "his", "son"])
    False
    """
    if not words:
        return False
    return words[0] in _OPENS or " ".join(words[1:3]) in _LINKS


def _same_kind(opening: str, closing: str) -> bool:
    return (opening == ",") == (closing == ",") and (opening in _DASHES) == (closing in _DASHES)


@never_raises(fallback=lambda words, mark: None)
def part_aside_end(words: list[str], mark: int) -> int | None:
    """The index of the first word after an aside that names a part of the count before
    it, the aside opened by ``words[mark]`` (a comma or a dash) and closed by a mark of the
    same kind within a few words; None where ``words[mark]`` opens no such aside.

    >>> part_aside_end("12 guards - most of them recruits - were hurt".split(), 2)
    8
    >>> part_aside_end("12 guards , most of them recruits - were hurt".split(), 2) is None
    True
    """
    return _aside_end(words, mark)


def _aside_end(words: list[str], mark: int) -> int | None:
    if mark >= len(words) or words[mark] not in _MARKS:
        return None
    inside: list[str] = []
    for j in range(mark + 1, min(len(words), mark + 2 + ASIDE_WORDS)):
        word = words[j]
        if word in _BREAKS:
            return None
        if word in _MARKS and inside:
            if not _same_kind(words[mark], word) or not opens_a_part(inside):
                return None
            return j + 1 if j + 1 < len(words) else None
        inside.append(word)
    return None
