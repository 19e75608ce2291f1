"""Victims told one by one whose told ages set them apart.

Local news tells the hurt of one shooting one at a time, often with no word that says a
victim is another one: "A 25-year-old man was shot in the leg. A 30-year-old man was grazed
in the arm." A victim told on its own is mostly the one told before ("A man was shot ... A
25-year-old man was taken to a hospital"), so a toll counts a later one only with
"another", "second", "also" (:func:`claimex.assemble.toll_victims.enumerated_victims`); but
a man of 30 cannot be the man of 25 told before him.

>>> told_age("A 34-year-old woman was shot"), told_age("A woman, 34, is stable")
(34, 34)
>>> told_age("A man was hit"), told_age(None)
(None, None)
>>> tells_another_age(30, [25]), tells_another_age(30, [25, None]), tells_another_age(None, [25])
(True, False, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimex.rules.guard import never_raises

# the age at the start of a victim told on its own: "A 34-year-old woman", "A woman, 34,"
_TOLD_AGE = re.compile(
    r"(?:an?|one|another)\s+(?:(\d{1,3})[- ]years?[- ]old\b|"
    r"(?:[a-z-]+\s+){0,2}[a-z-]+,\s*(\d{1,3})\s*,)", re.IGNORECASE)


def told_age(phrase: str | None) -> int | None:
    """The age a victim told on its own is given at the start of its phrase ("A 34-year-old
    woman", "A woman, 34,"), else None."""
    found = _TOLD_AGE.match(phrase or "")
    return int(found.group(1) or found.group(2)) if found else None


def _tells_another_age(age: int | None, earlier: Sequence[int | None]) -> bool:
    return age is not None and bool(earlier) and all(
        other is not None and other != age for other in earlier)


@never_raises(fallback=lambda age, earlier: False)
def tells_another_age(age: int | None, earlier: Sequence[int | None]) -> bool:
    """Whether a victim told on its own with ``age`` is another one than every victim told
    before it (``earlier``, their told ages): each was told with an age, and none with this
    one. A victim told before without an age may be this one: False, as for none."""
    return _tells_another_age(age, earlier)
