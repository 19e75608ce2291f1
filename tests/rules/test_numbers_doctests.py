"""The docstring examples of the numbers package run as tests."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import claimex.rules.numbers as numbers_package

MODULES = ["", *sorted("." + m.name for m in pkgutil.iter_modules(numbers_package.__path__))]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(f"claimex.rules.numbers{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
