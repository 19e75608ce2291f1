"""Words that may state a count of zero (:func:`find_zero_quantifiers`): "no", "none",
"zero", "not a single", "not one", left for a later layer to read as a figure or not.

>>> [q.text for q in find_zero_quantifiers("No one was hurt, no doubt")]
['No one']
"""

from __future__ import annotations

import re

from claimex.rules.numbers.quantity import Quantity
from claimex.rules.numbers.vocabulary import _SP

# The look-ahead on the first letter ("n" or "z") comes first so that the search skips to
# those letters before it tries the look-behind and the alternatives (about 40% faster).
_ZERO_RE = re.compile(
    r"(?=[nz])"
    r"(?<!\w)(?:not" + _SP + r"+(?:a" + _SP + r"+single|one|any)|no" + _SP + r"+one|nobody|none"
    r"|zero|nil|no(?!" + _SP + r"+(?:longer|doubt|matter|sooner|way|more|less|fewer|one\b)"
    r"|\." + _SP + r"*\d))(?![\w'’-])",
    re.I,
)


def find_zero_quantifiers(text: str) -> list[Quantity]:
    """Words that may state a count of zero: "no", "none", "zero", "not a single", "not one".

    Returned as exact zero quantities (``kind="count"``) so a later layer can decide, from
    the noun and verb around them, whether "killed no civilians" is a figure. Qualifier
    phrases ("no more than", "no fewer than") and idioms ("no longer", "no doubt") are left
    out.
    """
    if not isinstance(text, str):
        return []
    return [
        Quantity(m.start(), m.end(), m.group(), 0.0, 0.0, "exact", None, "count", *m.span())
        for m in _ZERO_RE.finditer(text)
    ]
