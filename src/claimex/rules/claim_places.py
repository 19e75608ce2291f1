"""The place a casualty claim happened (issue 14, session 16): in its sentence, a place a
locative preposition introduces first ("near Mirabad"), then one of the figure's clause, then
the nearest; where the sentence names none, the first place name of its paragraph.

In "DELTA CITY (Wire) - Gunmen shot dead four farmers outside Mirabad, police said" the
clause of "four" runs from the dash to the comma, so its place is "Mirabad", not the
dateline's "DELTA CITY"; in "In Norvale district, rebels burned a school. Six pupils died."
the second sentence names no place, so "Six" happened in the paragraph's "Norvale district".

Plain values in and out: character offsets of the figure, of its clause, sentence and
paragraph, and of the place names that may be a location (:class:`PlaceName`); the answer
is the index of the chosen name, or None where the paragraph names no place. Read by
:func:`claimex.pipeline.claims.roles.location`.

>>> names = [PlaceName(0, 10, False), PlaceName(55, 62, True)]
>>> place_of_claim(30, (13, 70), (0, 80), (0, 200), names)
1
>>> place_of_claim(100, (90, 120), (85, 130), (0, 200), names)
0
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from claimex.rules.guard import never_raises


class PlaceName(NamedTuple):
    """A place name of the text: its character span, and whether a locative preposition
    introduces it ("near Mirabad")."""
    start: int
    end: int
    locative: bool


# Punctuation that closes a clause around a figure: commas, semicolons, colons, dashes,
# brackets. "Officials said on Monday, in Mirabad, that ..." splits so as well; the
# sentence level takes those names back where the clause holds none.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s[-\u2013\u2014]+\s|[\u2013\u2014]")


def clause_around(text: str, figure: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The character span of the clause around ``figure`` inside ``sentence``: from the
    clause break before it to the clause break after it.

    >>> line = "In Norvale, gunmen killed four farmers, police said."
    >>> start, end = clause_around(line, line.index("four"), (0, len(line)))
    >>> line[start:end]
    ' gunmen killed four farmers'
    """
    start, end = sentence
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.end() <= figure:
            start = match.end()
        elif match.start() >= figure:
            return start, match.start()
    return start, end


def paragraph_around(text: str, sentence: tuple[int, int]) -> tuple[int, int]:
    """The character span of the line (paragraph) that holds ``sentence``.

    >>> text = "Headline\\nFirst line. Second.\\nThird"
    >>> start, end = paragraph_around(text, (text.index("Second"), text.index("Second") + 7))
    >>> text[start:end]
    'First line. Second.'
    """
    start = text.rfind("\n", 0, sentence[0]) + 1
    end = text.find("\n", sentence[1])
    return start, len(text) if end < 0 else end


def _nearest(figure: int, clause: tuple[int, int], span: tuple[int, int],
             names: Sequence[PlaceName]) -> int | None:
    """The index of the name inside ``span`` nearest the figure: a locative one first, then
    one inside ``clause``."""
    best: tuple[tuple[int, int, int], int] | None = None
    for index, name in enumerate(names):
        if not (span[0] <= name.start and name.end <= span[1]):
            continue
        distance = name.start - figure if name.start >= figure else figure - name.end
        in_clause = clause[0] <= name.start and name.end <= clause[1]
        rank = (0 if name.locative else 1, 0 if in_clause else 1, distance)
        if best is None or rank < best[0]:
            best = (rank, index)
    return None if best is None else best[1]


@never_raises(fallback=lambda *args, **kwargs: None)
def place_of_claim(figure: int, clause: tuple[int, int], sentence: tuple[int, int],
                   paragraph: tuple[int, int], names: Sequence[PlaceName]) -> int | None:
    """The index in ``names`` of the place where the figure at ``figure`` happened: the
    sentence's name that a locative preposition introduces, else the clause's, else the
    sentence's nearest, else the paragraph's first; None where the paragraph names none.

    >>> names = [PlaceName(0, 10, False), PlaceName(60, 67, False)]
    >>> place_of_claim(30, (13, 40), (0, 80), (0, 200), names)  # the sentence's nearest
    0
    >>> place_of_claim(150, (140, 160), (130, 170), (0, 200), names)  # the paragraph's first
    0
    >>> place_of_claim(150, (140, 160), (130, 170), (100, 200), names) is None
    True
    """
    found = _nearest(figure, clause, sentence, names)
    if found is not None:
        return found
    inside = [index for index, name in enumerate(names)
              if paragraph[0] <= name.start and name.end <= paragraph[1]]
    return min(inside, key=lambda index: names[index].start) if inside else None


def told_in_own_sentence(location: dict | None, evidence: dict | None) -> bool:
    """Whether a claim's ``location`` lies in the claim's own sentence (``evidence``'s
    ``sentence_start`` and ``sentence``), not taken from its paragraph: a place a reader
    of that sentence alone would see. Where the offsets are missing, True.

    >>> told_in_own_sentence({"start": 3}, {"sentence": "Six died.", "sentence_start": 35})
    False
    >>> told_in_own_sentence({"start": 40}, {"sentence": "Six died in Tarrow.",
    ...                                      "sentence_start": 35})
    True
    """
    start = (location or {}).get("start")
    sentence_start = (evidence or {}).get("sentence_start")
    if start is None or sentence_start is None:
        return True
    return sentence_start <= start < sentence_start + len((evidence or {}).get("sentence") or "")
