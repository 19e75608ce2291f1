"""Reporting frames the attribution component reads off the parse beyond a verb and its own
subject: a speech verb in a participle clause ("..., saying she favors $12"), whose subject
is the main clause's; the verb of a colon introduction ("as the website notes:"). Pure
functions over spaCy tokens.

>>> _PARTICIPLE_LINKS
('advcl', 'xcomp', 'conj')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex.pipeline.extensions import doc_text

# documents whose findings run on over the sentences after the one that names them
_FINDINGS = frozenset({"poll", "survey", "study"})
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


def introducing_verb(sentence: Span, is_cue: Callable[[Token], bool],
                     subjects: Callable[[Token], list[Token]]) -> tuple[Token, Token] | None:
    """The speech verb nearest the colon that ends a sentence introducing what follows, with
    its subject, where the root is some other verb: "The group contributed to the movement,
    as the Heritage Foundation website notes:" (notes, website)."""
    for token in reversed(sentence):
        if token.pos_ == "VERB" and is_cue(token) and token.dep_ != "ROOT":
            found = [s for s in subjects(token) if s.dep_ == "nsubj"]
            if found:
                return token, found[0]
    return None


def poll_goes_on(doc: Doc, sentence: Span, documents: dict[int, dict[str, Any]],
                 sentence_of: Callable[[Doc, Span], Span]) -> dict[str, Any] | None:
    """A sentence that names no source, right after one (in its paragraph) whose figures a
    poll, survey or study gave, goes on with its findings: "Trump gained, according to a
    new poll. Seventy-two percent now believe he could win." ``documents``: the speaker of
    each such sentence so far, by the index of its first token."""
    text = doc_text(doc)
    start = sentence.start_char
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip()
    if not before.endswith("."):
        return None
    stop = doc.char_span(line_start + len(before) - 1, line_start + len(before),
                         alignment_mode="expand")
    if stop is None:
        return None
    found = documents.get(sentence_of(doc, stop).start)
    return dict(found) if found is not None else None
