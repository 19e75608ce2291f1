"""Reporting frames the attribution component reads off the parse beyond a verb and its own
subject: a speech verb in a participle clause ("..., saying she favors $12"), whose subject
is the main clause's. Pure functions over spaCy tokens.

>>> _PARTICIPLE_LINKS
('advcl', 'xcomp', 'conj')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

# how a participle clause hangs on the verb whose subject it shares
_PARTICIPLE_LINKS = ("advcl", "xcomp", "conj")


def participle_subjects(verb: Token, subjects: Callable[[Token], list[Token]]) -> list[Token]:
    """The subject a participle speech verb shares with the clause it hangs on: "Clinton is
    more conservative, saying she favors $12" (Clinton), "His campaign sued the DNC,
    claiming the move would cost $600,000 a day" (His campaign). Empty for a verb with a
    subject of its own, no participle, or one on a noun ("a memo saying ...")."""
    token = verb
    if token.tag_ != "VBG" or subjects(token):
        return []
    for _ in range(3):
        if token.dep_ not in _PARTICIPLE_LINKS or token.head is token or \
                token.head.pos_ not in ("VERB", "AUX"):
            return []
        token = token.head
        found = subjects(token)
        if found:
            return found
    return []



# prepositions of the medium a speaker speaks through: "in a statement", "via a post"
_MEDIUM_PREPS = frozenset({"in", "via", "through"})


def without_medium(found: dict[str, Any], subject: Token,
                   is_source: Callable[[Token], bool]) -> dict[str, Any]:
    """A speaker phrase without the medium the parse hung on the subject: "The coalition in
    a statement said ..." is the coalition speaking through a statement ("The coalition");
    the phrase as it is where its last words are no "in", "via" or "through" with a
    document (``is_source``)."""
    preps = [c for c in subject.children if c.dep_ == "prep" and c.i > subject.i and
             c.lower_ in _MEDIUM_PREPS and any(o.dep_ == "pobj" and is_source(o)
                                                for o in c.children)]
    if not preps or preps[-1].right_edge.idx + len(preps[-1].right_edge) != found["end"]:
        return found
    span = subject.doc[subject.left_edge.i:preps[-1].left_edge.i]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    if not span or span.start_char != found["start"]:
        return found
    return {**found, "text": span.text, "end": span.end_char}
