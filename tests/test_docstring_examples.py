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


def _modules_with_examples() -> list[str]:
    """Every module of the package whose docstrings hold an example, found by walking the
    package: a module added without a line in ``MODULES`` is still run."""
    import pkgutil

    import claimex

    names = []
    for info in pkgutil.walk_packages(claimex.__path__, "claimex."):
        module = importlib.import_module(info.name)
        if any(t.examples for t in doctest.DocTestFinder().find(module)):
            names.append(info.name)
    return names


@pytest.mark.parametrize("name", _modules_with_examples())
def test_every_docstring_example_of_the_package_holds(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.attempted > 0
    assert result.failed == 0
