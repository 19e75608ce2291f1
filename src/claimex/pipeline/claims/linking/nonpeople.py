"""Numbers that are no counts of people, and figures that local news ties to an outcome.

The guards here answer :data:`~claimex.pipeline.claims.figure.STOP` in the registry's
``never`` group: no rule at all links the figure, the window rules included (an age
or a count of wounds sits right before "were wounded" as often as a victim count does).
They read the words, not the parse, so they hold with ``rules.cfg`` too.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex.pipeline.claims.figure import STOP, Figure, Link, LinkResult
from claimex.pipeline.claims.grammar import verb_before_its_figure
from claimex.rules.casualties import is_person_noun

_AGE_WORDS = frozenset({"age", "ages", "aged"})
# words that may stand between an age word and the figure: "between the ages of 15 and 17"
_AGE_GAP = frozenset({"of", "between", "the", "from", "and", "to", "-", "–", ",", "or"})
# what a figure before them counts instead of people: "multiple stab wounds", "shot
# multiple times", "eight shots", "30 rounds"
_WOUNDS = frozenset({"wound", "wounds", "time", "times", "shot", "shots", "round", "rounds",
                     "bullet", "bullets", "casing", "casings"})
_FATALLY = frozenset({"fatally", "mortally"})


def not_an_age_range(fig: Figure) -> LinkResult:
    """Guard: a figure an age word governs is an age, never a count of people: "Four
    teenagers between the ages of 15 and 17 were wounded" (4, not 17), "victims aged 15
    to 17" (STOP: no rule links it)."""
    doc, i = fig.doc, fig.words.start - 1
    while i >= 0 and i >= fig.words.start - 8:
        word = doc[i]
        if word.lower_ in _AGE_WORDS:
            return STOP
        if not (word.lower_ in _AGE_GAP or word.like_num):
            return None
        i -= 1
    return None


def not_wounds(fig: Figure) -> LinkResult:
    """Guard: a figure that counts wounds, shots or times counts no people: "He suffered
    multiple stab wounds", "was shot multiple times", "two gunshot wounds to the chest"
    (STOP); "40 soldiers with shrapnel wounds" counts soldiers, and "four bullet-scarred
    bodies" the bodies (a wound word hyphened to the next one is a modifier)."""
    doc = fig.doc
    for word in doc[fig.span.end:min(fig.span.end + 3, len(doc))]:
        if word.lower_ in _WOUNDS and not verb_before_its_figure(word) and \
                not hyphened_modifier_start(word):
            return STOP
        if not word.is_alpha or is_person_noun(word.lemma_ or word.lower_) or \
                is_person_noun(word.lower_):
            return None
    return None


def hyphened_modifier_start(word: Token) -> bool:
    """Whether a word is the first part of a hyphened modifier: "bullet" of
    "bullet-scarred" (the hyphen written right after it)."""
    doc = word.doc
    return word.i + 2 < len(doc) and doc[word.i + 1].text in ("-", "–") and \
        doc[word.i + 1].idx == word.idx + len(word.text)


def cue_fatally(fig: Figure) -> LinkResult:
    """A figure that "fatally" follows counts the dead among people just counted as shot
    or hurt: "Eight people were shot, one fatally", "At least six people have been shot,
    two fatally"."""
    doc, end = fig.doc, fig.span.end
    if end < len(doc) and doc[end].lower_ in _FATALLY and (
            fig.counted is None or fig.in_figure(fig.counted) or fig.counted.i > end):
        return Link(doc[end], "killed", "intransitive", "cue_fatally")
    return None
