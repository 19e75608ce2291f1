"""A share of a total told in a list of names with bracketed figures: "Storms killed 30:
Alba (12), Brenn (18)", "The number of injured is highest in Alba (40), followed by Brenn
(12)". The nearest cue before the figure in its sentence counts it; a person's name before
the bracket is an age ("Ann Lee (34)"), never a share. A linking rule of
:mod:`claimex.pipeline.claims.registry`; the list's shape is
:func:`claimex.rules.parenthesized_lists.is_parenthesized_share`.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex.pipeline.claims.figure import Figure, LinkResult
from claimex.rules.casualties import is_person_noun
from claimex.rules.parenthesized_lists import is_parenthesized_share


def _names_one_person(word: Token) -> bool:
    """Whether ``word`` ends a person's full name ("Ann Lee") or is a singular person noun
    ("woman"): the bracketed figure after it is an age. A one-word name is let through, as
    the tagger takes many places for persons."""
    if word.tag_ == "NN" and is_person_noun(word.lower_):
        return True
    return word.ent_type_ == "PERSON" and word.i > 0 and word.nbor(-1).ent_type_ == "PERSON"


def cue_before_bracketed_list(fig: Figure) -> LinkResult:
    """A bare figure in brackets after a place or cause, in a list of such figures, counted
    by the nearest cue before it in the sentence: "deaths by cause: drowning (41), lightning
    (17)". Not an age after a full name or a single person ("Ann Lee (34)", "a woman (62)")."""
    span = fig.span
    sentence = span.sent
    words = [t.text for t in sentence]
    if len(span) != 1 or not is_parenthesized_share(words, span.start - sentence.start):
        return None
    if _names_one_person(fig.doc[span.start - 2]):
        return None
    for token in reversed(fig.doc[sentence.start:span.start]):
        found = fig.cue(token)
        if found is not None:
            return fig.link(token, found, "cue_before_bracketed_list")
    return None
