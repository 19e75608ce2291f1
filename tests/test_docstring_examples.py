"""The examples in the docstrings of the library's modules run and say what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "claimex.assemble.attribution",
    "claimex.assemble.claim_time",
    "claimex.assemble.entities",
    "claimex.assemble.records",
    "claimex.assemble.results",
    "claimex.assemble.tallies",
    "claimex.extraction",
    "claimex.io.outdir_lock",
    "claimex.io.writers",
    "claimex.lexicon",
    "claimex.loading",
    "claimex.reconcile.grouping",
    "claimex.reconcile.nouns",
    "claimex.reconcile.records",
    "claimex.reconcile.tolls",
    "claimex.evaluate.datasets",
    "claimex.evaluate.realpages",
    "claimex.evaluate.threads",
    "claimex.report.tolls",
    "claimex.pipeline.attribute_ruler",
    "claimex.pipeline.attribution.cues",
    "claimex.pipeline.attribution.frames",
    "claimex.pipeline.attribution.modality",
    "claimex.pipeline.attribution.surface",
    "claimex.pipeline.claims.cues",
    "claimex.pipeline.claims.roles",
    "claimex.pipeline.extensions",
    "claimex.pipeline.gazetteer",
    "claimex.records",
    "claimex.rules.attribution",
    "claimex.rules.casualties",
    "claimex.rules.guard",
    "claimex.rules.numbers.qualifiers",
]


@pytest.mark.parametrize("name", MODULES)
def test_the_docstring_examples_of_a_module_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.attempted > 0, f"{name} has no example"
    assert result.failed == 0
