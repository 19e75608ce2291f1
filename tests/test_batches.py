"""Batches of the pipeline: capped by documents and by characters, output unchanged."""

from __future__ import annotations

from claimex import api
from claimex.extraction import _batches as batches
from claimex.io.readers import InputDocument


def _batches(lengths, max_docs, max_chars):
    docs = [(None, i, length) for i, length in enumerate(lengths)]
    return [[context for _, context in batch]
            for batch in batches(docs, max_docs, max_chars)]


def test_batches_close_at_the_character_budget_or_the_document_count():
    assert _batches([10, 10, 10, 10, 10], 2, 1_000) == [[0, 1], [2, 3], [4]]
    assert _batches([600, 300, 200, 900], 10, 1_000) == [[0, 1], [2], [3]]


def test_a_document_longer_than_the_budget_is_a_batch_of_its_own():
    assert _batches([50, 5_000, 50], 10, 1_000) == [[0], [1], [2]]


def test_the_character_budget_does_not_change_the_records(rules_pipeline):
    texts = [f"Fighters of HTS shelled Aleppo in Syria on day {i}, killing {i + 2} people."
             for i in range(12)]
    items = [InputDocument(f"d{i}", text, None) for i, text in enumerate(texts)]
    wide = [api.encode_result(r) for r in api.extract(items, rules_pipeline)]
    budget = rules_pipeline.batch_chars
    try:
        rules_pipeline.batch_chars = 100
        narrow = [api.encode_result(r) for r in api.extract(items, rules_pipeline)]
    finally:
        rules_pipeline.batch_chars = budget
    assert narrow == wide
    assert sum(r.counts["claims"] for r in wide) >= 12
