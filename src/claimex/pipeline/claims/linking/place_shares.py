"""A share of a total told by place, with no cue of its own, after a casualty figure of
its sentence: "Floods killed 52 people in Norland, 17 in Westmark and another 9 in the
Hollow Coast", "The toll rose to 90 — 60 in Alba and 30 in Brenn". The share takes the
cue of the figure that heads its list, and only when that figure is itself a casualty
count: the parsed frames link it. A linking rule of
:mod:`claimex.pipeline.claims.registry`; the list's words are
:func:`claimex.rules.place_shares.opens_place_share` and
:func:`claimex.rules.place_shares.closes_with_place`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from claimex.pipeline.claims.figure import Figure, Link, LinkResult
from claimex.pipeline.claims.grammar import counted_noun
from claimex.rules.casualties import is_person_noun
from claimex.rules.place_shares import closes_with_place, opens_place_share, places_sharing_each

_CLAUSE_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBP", "VBZ"})


def _figure_before(fig: Figure) -> Token | None:
    """The figure that heads the list the share is in: the nearest number before it in its
    sentence that is no bare share itself ("52" of "killed 52 people in Norland, 17 in
    Westmark and another 9 in the Hollow Coast", for the 17 and for the 9)."""
    sentence = fig.span.sent
    for token in reversed(fig.doc[sentence.start:fig.words.start]):
        after = [t.text for t in fig.doc[token.i + 1:min(sentence.end, token.i + 24)]]
        if token.like_num and not closes_with_place(after) and not places_sharing_each(after):
            return token
    return None


def _no_clause_between(fig: Figure, earlier: Token) -> bool:
    """Whether no clause of its own stands between the figure before and the share
    ("..., officials said, and 40 in Brenn"): verbs other than cues end the list."""
    between = fig.doc[earlier.i + 1:fig.words.start]
    return not any(t.pos_ == "VERB" and t.tag_ in _CLAUSE_VERB_TAGS and t.i not in fig.cues
                   for t in between)


def _link_of_head(fig: Figure, earlier: Token) -> Link | None:
    """The casualty link of the figure that heads the list, as the parsed frames find it
    for that figure alone ("52 people" of "killed 52 people in Norland"; "90" of "the toll
    rose to 90"); None for a count of things ("300 houses", "two mosques")."""
    span = fig.doc[earlier.i:earlier.i + 1]
    head = replace(fig, span=span, words=span, counted=counted_noun(span))
    if head.counted is not None and not head.in_figure(head.counted) and \
            not is_person_noun(head.counted.lower_) and head.counted.i not in fig.cues:
        return None
    return fig.relink(head)


def cue_before_place_share(fig: Figure) -> LinkResult:
    """A bare figure with its place after a casualty figure of its sentence, opened by a
    list joint and closed by "in" or "from" and a place name, counted by the cue of that
    figure: "killed 52 people in Norland, 17 in Westmark and another 9 in the Hollow
    Coast"; also closed by "each in" and two or more place names ("and 9 each in Alba and
    Brenn"). Not a date, a fraction or a place in lower case ("31 in March", "one in five",
    "3 in hospital"), nor after a count of things ("300 houses in Alba and 40 in Brenn")."""
    doc, span, sentence = fig.doc, fig.span, fig.span.sent
    end = span.end
    counted = fig.counted
    if counted is not None and not fig.in_figure(counted):
        if counted.i != span.end or not is_person_noun(counted.lower_):
            return None
        end = counted.i + 1
    before = [t.text for t in doc[max(sentence.start, fig.words.start - 3):fig.words.start]]
    after = [t.text for t in doc[end:min(sentence.end, end + 24)]]
    if not opens_place_share(before) or not (closes_with_place(after) or
                                             places_sharing_each(after)):
        return None
    earlier = _figure_before(fig)
    if earlier is None or not _no_clause_between(fig, earlier):
        return None
    head = _link_of_head(fig, earlier)
    if head is None:
        return None
    return fig.link(head.cue, (head.category, head.kind), "cue_before_place_share")
