"""Casualty frames of breakdowns: a total split by place or cause, each part a bare
figure in parentheses after its name ("Sindh (58), Balochistan (26)"), as agency and
disaster-authority reports print them. Each frame is a linking rule as in
:mod:`claimex.pipeline.claims.linking.parsed`: a ``Figure`` in, a ``Link`` named after
the frame out.
"""

from __future__ import annotations

from claimex.pipeline.claims.figure import Figure, Link, LinkResult
from claimex.rules.casualties import is_person_noun

# the fewest parenthesised figures in one sentence that make a breakdown
_MIN_PARTS = 2


def _parenthesised(fig: Figure, start: int, end: int) -> bool:
    doc = fig.doc
    return start > 1 and end < len(doc) and doc[start - 1].text == "(" and \
        doc[end].text == ")"


def cue_breakdown_parenthesis(fig: Figure) -> LinkResult:
    """A bare figure in parentheses after the name of a place or a cause, in a sentence
    that lists two or more of them after a casualty cue, counts what that cue counts:
    "The number of injured is highest in Punjab (654), followed by KP (218) and Sindh
    (78)"; "collapsed structures (252 deaths), drowning (65)". A person's name before the
    parentheses gives an age ("John Smith (58)"), never a part."""
    span, doc = fig.span, fig.doc
    if len(span) != 1 or not span[0].like_num or not _parenthesised(fig, span.start, span.end):
        return None
    name = doc[span.start - 2]
    if name.pos_ not in ("NOUN", "PROPN") or name.ent_type_ in ("PERSON", "NORP") or \
            is_person_noun(name.lemma_) or is_person_noun(name.text):
        return None
    sentence = span[0].sent
    parts = sum(1 for t in sentence if t.text == "(" and t.i + 1 < len(doc) and
                doc[t.i + 1].like_num)
    if parts < _MIN_PARTS:
        return None
    for i in range(span.start - 1, sentence.start - 1, -1):
        found = fig.cues.get(i)
        if found and found[1] in ("noun", "verb", "intransitive", "adjective"):
            return Link(doc[i], found[0], found[1], "cue_breakdown_parenthesis")
    return None
