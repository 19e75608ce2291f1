"""Cut a segmented page into the texts the pipeline analyses.

Each section's text pieces (residue lines excluded) become one or more *chunks*: contiguous
slices of the document text, cut at paragraph boundaries, then at line or sentence ends,
then at spaces, so that none is longer than ``max_chars`` and no spaCy ``max_length`` is
ever raised. Chunks never cross a section boundary, so neither sentences, entities nor
claims can.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimex.io.segmenter import Page

_SOFT_BREAKS = [re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?…]['\"”’)]*\s"),
                re.compile(r"\s")]


@dataclass(slots=True, frozen=True)
class Chunk:
    section: int
    start: int
    end: int


def page_chunks(text: str, page: Page, max_chars: int) -> Iterator[Chunk]:
    """Chunks of every section of ``page``, in text order."""
    for section, pieces in zip(page.sections, page.pieces, strict=True):
        run_start = run_end = None
        for start, end in pieces:
            if run_start is not None and (
                text[run_end:start].strip() or end - run_start > max_chars
            ):
                yield from _split(text, section.index, run_start, run_end, max_chars)
                run_start = None
            if run_start is None:
                run_start = start
            run_end = end
        if run_start is not None:
            yield from _split(text, section.index, run_start, run_end, max_chars)


def _split(text: str, section: int, start: int, end: int, max_chars: int) -> Iterator[Chunk]:
    while end - start > max_chars:
        cut = _cut_point(text, start, start + max_chars)
        yield Chunk(section, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield Chunk(section, start, end)


def _cut_point(text: str, start: int, limit: int) -> int:
    window = text[start:limit]
    floor = len(window) // 2
    for pattern in _SOFT_BREAKS:
        cuts = [m.end() for m in pattern.finditer(window) if m.end() > floor]
        if cuts:
            cut = start + cuts[-1]
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            if cut > start:
                return cut
    return limit
