"""Every figure of a text (:func:`find_quantities`, the package's entry point: see
:mod:`claimex.rules.numbers` for what it reads): the master regex's scan, the units, pairs
and qualifiers put together left to right, and a text whose figures are glued to the word
before them read in a spaced copy.

>>> [q.text for q in find_quantities("12 killed and 3 hurt")]
['12', '3']
"""

from __future__ import annotations

import math
from dataclasses import replace

from claimex.rules.glue import figure_glue_points
from claimex.rules.guard import never_raises
from claimex.rules.numbers.attach import _attach_units
from claimex.rules.numbers.context import _keep_single
from claimex.rules.numbers.pairs import _merge_pairs, _merge_slashes
from claimex.rules.numbers.qualifiers import _finish, _merge_bounds, _restated
from claimex.rules.numbers.quantity import Quantity
from claimex.rules.numbers.scan import _scan
from claimex.rules.numbers.second_pass import _second_pass


@never_raises(fallback=lambda *_: [])
def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, sorted by start, non-overlapping (see the module docstring).

    Never raises: a non-``str`` gives ``[]``, and so would an internal error (a bug) rather
    than stopping a run over millions of sentences.
    """
    if not isinstance(text, str) or not text:
        return []
    return _find_quantities(text)


def _find_quantities(text: str) -> list[Quantity]:
    glued = figure_glue_points(text)
    if glued:
        return _unglued(text, glued)
    atoms = _second_pass(text, _scan(text))
    if not atoms:
        return []
    _attach_units(text, atoms)
    atoms = _merge_slashes(text, atoms)
    atoms = _merge_pairs(text, atoms)
    out: list[Quantity] = []
    prev_end = 0
    for atom in atoms:
        if not _keep_single(text, atom):
            continue
        q = _finish(text, atom, prev_end)
        if atom.src == "aunit" and q.qualifier == "exact":
            continue  # "a year" without a qualifier, or "over a year" read as during
        if q.start < prev_end or not (q.start <= q.value_start < q.value_end <= q.end):
            continue
        if math.isnan(q.low) or math.isnan(q.high):
            continue
        if out:
            q = _restated(text, out[-1], q)
        out.append(q)
        prev_end = q.end
    return _merge_bounds(text, out) if len(out) > 1 else out


def _unglued(text: str, points: list[int]) -> list[Quantity]:
    """The figures of a text whose figures are glued to the word before them ("with12,870
    families", "at least215,000"): found in a copy with a space at each ``points`` offset,
    their offsets mapped back to ``text``."""
    pieces, last = [], 0
    for point in points:
        pieces.append(text[last:point])
        last = point
    pieces.append(text[last:])
    spaced = " ".join(pieces)
    shifts = [point + k for k, point in enumerate(points)]  # the spaces' offsets in the copy

    def back(offset: int) -> int:
        return offset - sum(1 for s in shifts if s < offset)

    out = []
    for q in _find_quantities(spaced):
        start, end = back(q.start), back(q.end)
        out.append(replace(q, start=start, end=end, text=text[start:end],
                           value_start=back(q.value_start), value_end=back(q.value_end)))
    return out


def is_non_quantity_context(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is not a figure (a date, year, time, name...).

    True when no quantity found in ``text`` has a number part overlapping the span.
    """
    return not any(
        q.value_start < end and start < q.value_end for q in find_quantities(text)
    )
