"""The warm-up window: a pipeline's first inputs, up to ``warm_up_chars`` characters, run
outside a memory zone (so that spaCy's tokenizer caches its work); every later one inside."""

from __future__ import annotations

import pytest

from claimex import api
from claimex.extraction import _warm_up_window
from claimex.io.readers import InputDocument, InputFailure


def _doc(name: str, length: int) -> InputDocument:
    return InputDocument(name, "x" * length, None)


@pytest.mark.parametrize(("budget", "lengths", "warm", "left"), [
    (100, [30, 30, 30], ["d0", "d1", "d2"], 10),  # all fit: the budget goes on to the next call
    (100, [30, 80, 10], ["d0"], 0),  # the first that does not fit ends the warm-up for good
    (100, [120, 10], [], 0),  # a first text longer than the budget: no warm-up at all
    (0, [10], [], 0),  # spent
])
def test_the_warm_up_window_takes_the_inputs_that_fit_in_the_budget(budget, lengths, warm, left,
                                                                     rules_pipeline):
    items = [_doc(f"d{i}", n) for i, n in enumerate(lengths)]
    kept = rules_pipeline.warm_up_chars
    try:
        rules_pipeline.warm_up_chars = budget
        window, rest = _warm_up_window(iter(items), rules_pipeline)
        assert [d.doc_id for d in window] == warm
        assert [d.doc_id for d in [*window, *rest]] == [d.doc_id for d in items]
        assert rules_pipeline.warm_up_chars == left
    finally:
        rules_pipeline.warm_up_chars = kept


def test_an_input_that_could_not_be_read_costs_nothing_of_the_budget(rules_pipeline):
    failure = InputFailure("bad", "a.jsonl", 1, "read_failed", "not JSON")
    kept = rules_pipeline.warm_up_chars
    try:
        rules_pipeline.warm_up_chars = 50
        window, _ = _warm_up_window(iter([failure, _doc("d0", 20)]), rules_pipeline)
        assert [item.doc_id for item in window] == ["bad", "d0"]
        assert rules_pipeline.warm_up_chars == 30
    finally:
        rules_pipeline.warm_up_chars = kept


def test_the_records_do_not_depend_on_the_warm_up(rules_pipeline):
    texts = [f"Fighters of HTS shelled Aleppo in Syria on day {i}, killing {i + 2} people."
             for i in range(6)]
    items = [InputDocument(f"d{i}", text, None) for i, text in enumerate(texts)]
    kept = rules_pipeline.warm_up_chars
    try:
        rules_pipeline.warm_up_chars = 10_000
        warm = [api.encode_result(r) for r in api.extract(items, rules_pipeline)]
        rules_pipeline.warm_up_chars = 0
        zoned = [api.encode_result(r) for r in api.extract(items, rules_pipeline)]
    finally:
        rules_pipeline.warm_up_chars = kept
    assert warm == zoned
    assert sum(r.counts["claims"] for r in warm) >= 6


def test_after_the_warm_up_the_vocabulary_does_not_grow(rules_pipeline):
    strings = rules_pipeline.nlp.vocab.strings
    kept = rules_pipeline.warm_up_chars
    try:
        rules_pipeline.warm_up_chars = 10_000
        list(api.extract([InputDocument("w", "Qwzxarbl reported 4 dead.", None)],
                         rules_pipeline))
        assert "Qwzxarbl" in strings  # the warm-up window ran outside a memory zone
        assert rules_pipeline.warm_up_chars == 10_000 - len("Qwzxarbl reported 4 dead.")
        rules_pipeline.warm_up_chars = 0
        before = len(strings)
        list(api.extract([InputDocument("z", "Vrtpqlmn reported 5 dead.", None)],
                         rules_pipeline))
        assert "Vrtpqlmn" not in strings
        assert len(strings) == before
    finally:
        rules_pipeline.warm_up_chars = kept
