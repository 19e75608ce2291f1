"""Documents that report a figure from inside the figure's own phrase, for the
``claimex_attribution`` component: "a 14 percent share of ballots in two state surveys"
(the surveys report the share, as "In two state surveys, ..." would). Pure functions over spaCy
tokens; the caller says what a document is.

>>> _OF_STEPS
3
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# how many "of" phrases may stand between the figure and the noun the "in" hangs on
# ("a third of the support of the party's members in ...")
_OF_STEPS = 3


def document_in_figure_phrase(figure_root: Token,
                              is_source: Callable[[Token], bool]) -> Token | None:
    """The document after an "in" on the figure's own noun or on a noun of an "of" phrase
    it heads: "a 14 percent share of ballots in two state surveys" (surveys), "12
    percent of likely voters in the latest poll" (poll); None where no such "in" names a
    document ("12 percent of ballots in Ohio")."""
    token = figure_root
    for _ in range(_OF_STEPS + 1):
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and is_source(obj):
                    return obj
        of_objects = [obj for prep in token.children
                      if prep.dep_ == "prep" and prep.lower_ == "of"
                      for obj in prep.children if obj.dep_ == "pobj"]
        if not of_objects:
            return None
        token = of_objects[0]
    return None
