"""claimex: entities and sourced quantitative claims from news, press releases and comments."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claimex")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
