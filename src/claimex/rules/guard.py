"""One guard for the pure rules' public entry points: a rule that fails never breaks a run.

A run over millions of sentences must not stop because one rule meets text it was never
written for. Each public rule function that promises "never raises" is wrapped with
:func:`never_raises`, which returns the rule's fallback answer instead (usually "found
nothing", or its input unchanged) and logs the failure on the ``claimex.rules`` logger:
a one-line warning (no traceback reaches a user) the first time a rule fails in a process,
and the traceback at debug level every time, so a bug shows up without flooding the logs.

>>> @never_raises(fallback=lambda text: [])
... def first_words(text):
...     '''The first word of each line.'''
...     return [line.split()[0] for line in text.splitlines()]
>>> first_words("a b\\nc d")
['a', 'c']
>>> first_words("a b\\n\\nc d")   # an empty line: IndexError inside, [] outside
[]
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["never_raises", "unchanged_dates"]

LOGGER = logging.getLogger("claimex.rules")
_F = TypeVar("_F", bound=Callable[..., Any])
_warned: set[str] = set()


def never_raises(fallback: Callable[..., Any]) -> Callable[[_F], _F]:
    """Wrap a pure rule so that an exception inside it gives ``fallback(*args, **kwargs)``.

    ``fallback`` takes the rule's own arguments, so it can answer "nothing" (``list``,
    ``lambda *a, **k: None``) or hand back part of the input unchanged
    (:func:`unchanged_dates`).
    """
    def wrap(rule: _F) -> _F:
        name = f"{rule.__module__}.{rule.__qualname__}"

        @functools.wraps(rule)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                return rule(*args, **kwargs)
            except Exception as exc:  # the whole point: a rule's bug must not stop a run
                if name not in _warned:
                    _warned.add(name)
                    LOGGER.warning("rule %s failed (%s: %s); it gives its fallback answer",
                                   name, type(exc).__name__, exc)
                LOGGER.debug("rule %s failed", name, exc_info=True)
                return fallback(*args, **kwargs)
        return guarded  # type: ignore[return-value]
    return wrap


def unchanged_dates(text: str, dates: Any, timexes: Any = None, *_: Any, **__: Any) -> Any:
    """Fallback of the date post-passes that take ``(text, dates, timexes, ...)`` and return
    ``(dates, timexes)``: both unchanged.

    >>> unchanged_dates("text", ["d"], ["t"])
    (['d'], ['t'])
    """
    return dates, timexes
