"""A lower bound written "N+" right before its cue: "70+ dead", "150+ badly hurt".

The figure reads "N+" as N or more (``rules/numbers/qualifiers``), but the parser takes the
"+" for a word of its own and hangs the cue on it, so no parsed frame reaches the figure.
This window reads past the "+" to the cue, as a linking rule of
:mod:`claimex.pipeline.claims.registry`.
"""

from __future__ import annotations

from claimex import lexicon
from claimex.pipeline.claims.figure import Figure, LinkResult
from claimex.rules.casualties import is_person_noun

# Auxiliaries and adverbs that may stand between the figure and its cue
# (resources/words/passive_fillers.txt), as in the other windows.
_FILLERS = lexicon.words("passive_fillers")
_MAX_BETWEEN = 2


def cue_after_plus(fig: Figure) -> LinkResult:
    """A figure glued to a "+" and followed, at most two words on (the counted noun, an
    auxiliary, an adverb), by a cue: "at least 70+ dead", "150+ badly hurt",
    "40+ people killed", "300+ were wounded", "70+ deaths"."""
    doc, span = fig.doc, fig.span
    if span.end >= len(doc) or doc[span.end].text != "+" or span[-1].whitespace_:
        return None
    for between, token in enumerate(doc[span.end + 1:span.end + 2 + _MAX_BETWEEN]):
        found = fig.cue(token)
        if found is not None:
            return fig.link(token, found, "cue_after_plus")
        word = token.lower_
        if between == _MAX_BETWEEN or not (word in _FILLERS or word.endswith("ly")
                                           or token.pos_ == "ADV" or is_person_noun(word)):
            return None
    return None
