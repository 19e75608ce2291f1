"""Whose voice a claim is in when the parse finds no one else: a first-person speaker
outside a quote is the text's own voice (the outlet's, the writer's, the commenter's), no
quoted speaker; a sentence that goes on from the figure before it ("Another soldier was
wounded") is told by whoever told that one. Functions over speaker dicts and spaCy spans.

>>> not_own_voice({"text": "we", "kind": "reported"}, frozenset({"we"})) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from claimex.pipeline.attribution.parse import _phrase
from claimex.rules.speakers import post_signature


class Lexicon(Protocol):
    """What :func:`continued_speaker` needs of the attribution component."""

    continuation: frozenset[str]
    own_voice: frozenset[str]

    def _is_cue(self, token: Token) -> bool: ...

    def _source_of(self, sentence: Span) -> dict[str, Any] | None: ...

    def _said_after(self, figure: Span, sentence: Span) -> dict[str, Any] | None: ...


def not_own_voice(speaker: dict[str, Any] | None,
                  own_voice: frozenset[str]) -> dict[str, Any] | None:
    """A first-person speaker outside a quote (``own_voice`` cues: "I", "we") is the text's
    own voice: "Weeks ago, we reported the driver had been shot" (the outlet), "Once again
    I have to acknowledge the death of another soldier" (the writer). None for it, so the
    claim goes to the article or the comment's author. Callers add the document nouns
    that name no source (``unnamed_source`` cues: "Reports indicate that an attack has left
    three dead", a hedge, not a speaker). Any other speaker as it is.

    >>> not_own_voice({"text": "We", "kind": "reported"}, frozenset({"we"})) is None
    True
    >>> not_own_voice({"text": "Police", "kind": "reported"}, frozenset({"we"}))["text"]
    'Police'
    >>> not_own_voice(None, frozenset({"we"})) is None
    True
    """
    if speaker is not None and speaker["kind"] == "reported" and \
            speaker["text"].lower() in own_voice:
        return None
    return speaker


def continues_figure(figure: Span, continuation: frozenset[str]) -> bool:
    """Whether the noun phrase of a figure says it goes on from a figure before it
    (``continuation`` cues: "another", "other", "others"): "Another soldier was wounded",
    "More than 17 others were injured"; not "Two soldiers were wounded"."""
    root = figure.root
    head = root if root.pos_ in ("NOUN", "PROPN", "PRON") or root.head is root else root.head
    if head.pos_ not in ("NOUN", "PROPN", "PRON"):
        head = root
    doc = figure.doc
    words = doc[min(head.left_edge.i, figure.start):max(head.i + 1, figure.end)]
    return any(t.lower_ in continuation for t in words)


def previous_sentence(doc: Doc, sentence: Span, text: str,
                      sentence_of: Callable[[Span], Span]) -> Span | None:
    """The sentence right before ``sentence`` in its paragraph (no line break between
    them), or None at a paragraph's start."""
    if sentence.start == 0:
        return None
    previous = sentence_of(doc[sentence.start - 1:sentence.start])
    words = [t for t in previous if not t.is_space]
    if not words or previous.end != sentence.start or \
            "\n" in text[words[-1].idx + len(words[-1]):sentence.start_char]:
        return None
    return previous


def continued_speaker(attributor: Lexicon, figure: Span, sentence: Span, text: str,
                      sentence_of: Callable[[Span], Span]) -> dict[str, Any] | None:
    """A sentence that names nobody and goes on from the figure of the sentence before it in
    its paragraph ("According to the Observatory, 12 soldiers were killed. More than 17
    others were injured."; "... in the south, the military said. Another soldier was
    wounded in the attack.") is told by that sentence's speaker: the subject of its main
    speech verb, its "according to X", or its closing ", X said."; None where the figure
    does not go on from another (:func:`continues_figure`) or the sentence before credits
    nobody."""
    if not continues_figure(figure, attributor.continuation):
        return None
    previous = previous_sentence(figure.doc, sentence, text, sentence_of)
    if previous is None:
        return None
    root = previous.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if root.pos_ == "VERB" and attributor._is_cue(root) and subjects:
        found = _phrase(subjects[0], root.text, "reported")
    else:
        found = attributor._source_of(previous) or attributor._said_after(previous[0:1],
                                                                          previous)
    if found is None or found["text"].lower() in attributor.own_voice:
        return None
    return dict(found)


def post_author(text: str, at: int) -> dict[str, Any] | None:
    """The author of an embedded post the figure stands in, named on its signature line
    (:func:`claimex.rules.speakers.post_signature`): "3 days ago the militants killed over a
    hundred of our soldiers ...⏎⏎— Ann Reyes (@annreyes) November 23, 2018" (Ann Reyes,
    kind ``author``, as a comment's, cue "—"); None outside such a post.

    >>> post_author("12 soldiers died.\\n— Ann Reyes (@ar) May 3, 2021", 0)["text"]
    'Ann Reyes'
    """
    found = post_signature(text, at)
    if found is None:
        return None
    start, end = found
    return {"text": text[start:end], "start": start, "end": end,
            "cue": "—", "kind": "author", "via": None}
