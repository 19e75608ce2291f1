"""Chunks: within sections, never longer than the limit, exact offsets, nothing lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimex.io.chunks import page_chunks
from claimex.io.segmenter import segment
from tests.conftest import PAGES


def _check(text, max_chars):
    page = segment(text)
    chunks = list(page_chunks(text, page, max_chars))
    for chunk in chunks:
        section = page.sections[chunk.section]
        assert section.start <= chunk.start < chunk.end <= section.end
        assert chunk.end - chunk.start <= max_chars
    return page, chunks


def test_long_article_is_cut_at_paragraphs_then_sentences():
    paragraph = "The convoy was hit near the bridge. " * 40
    text = "\n\n".join([paragraph.strip()] * 30)
    _page, chunks = _check(text, max_chars=3_000)
    assert len(chunks) > 1
    for chunk in chunks:
        assert text[chunk.end - 1] == "."
    covered = "".join(text[c.start:c.end] for c in chunks).replace(" ", "").replace("\n", "")
    assert covered == text.replace(" ", "").replace("\n", "")


def test_one_giant_line_without_breaks_is_still_cut():
    text = "x" * 25_000
    _, chunks = _check(text, max_chars=10_000)
    assert [c.end - c.start for c in chunks] == [10_000, 10_000, 5_000]


def test_residue_inside_a_comment_is_not_analysed():
    text = (PAGES / "disqus_zaporizhzhia.txt").read_text(encoding="utf-8")
    _, chunks = _check(text, max_chars=100_000)
    analysed = "\n".join(text[c.start:c.end] for c in chunks)
    for residue in ("• 3 years ago", "△ ▽", "Share ›", "Sort by Best", "6 Comments"):
        assert residue not in analysed


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*list("ab .\n\n—:“”?!"), "Tudor Miron", "Reply", "\n\n\n"]),
                max_size=200).map("".join),
       st.integers(min_value=5, max_value=200))
def test_random_pages_never_break_the_invariants(text, max_chars):
    _check(text, max_chars)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_random_unicode_segments_without_error(text):
    page = segment(text)
    for section in page.sections:
        assert 0 <= section.start <= section.end <= len(text)
