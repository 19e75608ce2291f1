"""claimex: entities and sourced quantitative claims from news, press releases and comments.

``import claimex`` loads no spaCy: ``claimex.load``, ``claimex.extract`` and
``claimex.frames`` (:mod:`claimex.notebook`, ``docs/python.md``) import it on first use.
"""

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("claimex")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

_LAZY = ("load", "extract", "frames")

__all__ = ["__version__", "extract", "frames", "load"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module("claimex.notebook"), name)
    raise AttributeError(f"module 'claimex' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
