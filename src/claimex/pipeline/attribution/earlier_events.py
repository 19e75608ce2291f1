"""An earlier event told in a relative clause has no speaker, for the ``claimex_attribution``
component (:mod:`claimex.pipeline.attribution.reported`; issue 14).

A sentence that credits a source can name an earlier event as a place's or an attack's
history: "The agency said its crews worked in the valley where a landslide buried 14 hikers
last month" reports what the agency says of the crews; the 14 is the writer's context, and
the gold of the wire and comment sets leaves such figures without a speaker. The walk up from
a figure stops with no speaker where it leaves a relative clause for the noun the clause tells
about, and the words from that noun to the clause's end date the event earlier
(:func:`claimex.rules.earlier_events.dated_earlier`: "last month", "two years ago", "last
week's raid ... in which"). A clause of the page's own event keeps its speaker ("Officials
said the ambush that killed six guards began at dawn"), as does a second clause hung inside
the relative one ("a hotel that was bombed a year ago, killing three", an adverbial clause).

>>> sorted(_SECOND_CLAUSES)
['advcl', 'conj', 'parataxis']
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimex.rules.earlier_events import dated_earlier

# dependencies of a clause of its own between the figure and the relative clause's verb
_SECOND_CLAUSES = frozenset({"advcl", "conj", "parataxis"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def tells_an_earlier_event(figure: Span, clause: Token, noun: Token) -> bool:
    """Whether the walk from ``figure`` leaves the relative clause ``clause`` (its verb) for
    the ``noun`` it tells about, and that event is dated earlier, in the clause or in the noun
    phrase the noun ends: "the valley where a landslide buried 14 hikers last month", "a
    strike last year in which 9 died", "last week's assault on a depot that killed 12"; the
    figure's own words are no mark ("rebuild the way it did two years ago": the figure is the
    time itself)."""
    if clause.dep_ != "relcl" or noun.pos_ not in _NOUNS or clause.head.i != noun.i:
        return False
    token = figure.root
    for _ in range(12):
        if token.i == clause.i:
            break
        if token.dep_ in _SECOND_CLAUSES or token.head.i == token.i:
            return False
        token = token.head
    else:
        return False
    top = noun  # "last week's assault on a depot that killed 12": the phrase the noun ends
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in _NOUNS:
        top = top.head.head
    doc = noun.doc  # the figure's own words are no mark ("the way she did it 8 years ago")
    return dated_earlier([t.text for t in doc[top.left_edge.i:clause.right_edge.i + 1]
                          if not figure.start <= t.i < figure.end])
