"""Whether a verb lets a piece of writing state a figure without a verb of saying.

A document noun ("report", "story", ``document_nouns``) speaks only through a reporting verb
(:mod:`claimex.pipeline.attribution.documents`), but a toll is also stated with "have", "put"
or "show": "The new report has the death toll at 40" credits the report as "The report says
40 died" does, while "The report has 12 pages" states no figure. The verbs and their frames
are ``figure_stating_verbs`` (``at_figure``: an object from ``figure_nouns`` with "at" and a
number; ``figure``: a number as or on the object).

>>> states_a_figure("have", "toll", True, False)
True
>>> states_a_figure("have", "page", False, True)
False
>>> states_a_figure("show", "dead", False, True)
True
"""

from __future__ import annotations

from claimex import lexicon
from claimex.rules.guard import never_raises

_FRAMES = lexicon.groups("figure_stating_verbs")
_AT_FIGURE_VERBS = frozenset(_FRAMES.get("at_figure", ()))
_FIGURE_VERBS = frozenset(_FRAMES.get("figure", ()))
_FIGURE_NOUNS = lexicon.nouns("figure_nouns")


@never_raises(fallback=lambda *args, **kwargs: False)
def states_a_figure(verb: str, obj: str | None, at_number: bool, object_number: bool) -> bool:
    """Whether the verb lemma ``verb`` with the object lemma ``obj`` states a figure:
    ``at_number`` says an "at" with a number hangs on the verb or its object ("has the toll
    at 40"), ``object_number`` that the object is or carries a number ("shows 12 dead").

    >>> states_a_figure("put", "number", True, False)
    True
    >>> states_a_figure("have", "toll", False, False)
    False
    """
    frame = _frame_of(verb)
    if frame == "at_figure":
        return obj in _FIGURE_NOUNS and at_number
    return frame == "figure" and object_number


def _frame_of(verb: str) -> str | None:
    """The frame (``at_figure``, ``figure``) through which the verb lemma states a figure."""
    if verb in _AT_FIGURE_VERBS:
        return "at_figure"
    return "figure" if verb in _FIGURE_VERBS else None
