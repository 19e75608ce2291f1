"""Reporting frames the attribution component reads off the parse beyond a verb and its own
subject: a speech verb in a participle clause ("..., saying she favors $12"), whose subject
is the main clause's. Pure functions over spaCy tokens.

>>> _PARTICIPLE_LINKS
('advcl', 'xcomp', 'conj')
"""

from __future__ import annotations

from collections.abc import Callable

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

