"""Speakers read off the words of a sentence where the parse missed them: the small English
model takes "show" in "records show" for a noun often enough that the parse path never
reaches it. A reader names the frame it reads and returns a speaker dict, or None.

>>> sorted(Lexicon.__annotations__)  # what a reader needs of the component
['finding_verbs', 'speech_verbs']
"""

from __future__ import annotations

from typing import Any, Protocol

from spacy.tokens import Span, Token

from claimex.pipeline.attribution.parse import _phrase


class Lexicon(Protocol):
    """What the readers need of the attribution component: its speech and finding verbs
    and its test for a document."""

    speech_verbs: frozenset[str]
    finding_verbs: frozenset[str]

    def _is_source(self, token: Token) -> bool: ...


def said_at_end(lexicon: Lexicon, figure: Span, sentence: Span) -> dict[str, Any] | None:
    """", court records show." closing the sentence, read off the words where the
    parse missed it: a speech verb, or a finding verb with a document among the words
    between the last comma and it, names those words as the speaker; words of time after
    the verb (", a militia and state media said Tuesday.") leave it closing."""
    words = [t for t in sentence if not (t.is_punct or t.is_space or t.is_quote)]
    while len(words) > 1 and _when(words[-1]):
        words.pop()  # ", state media said Tuesday.": the day the verb was said on
    if not words or figure.end > words[-1].i:
        return None
    verb = words[-1]
    speech = verb.lower_ in lexicon.speech_verbs
    if not (speech or verb.lower_ in lexicon.finding_verbs) or verb.dep_ in ("relcl", "acl"):
        return None  # ", a charge Iran denies.": a clause on a noun, nobody's report
    commas = [t.i for t in sentence if t.text == "," and figure.end <= t.i < verb.i]
    if not commas:
        return None
    between = sentence.doc[commas[-1] + 1:verb.i]
    if not 0 < len(between) <= 12 or between[0].tag_ in ("WDT", "WP", "IN") or any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in between) or not any(
            t.pos_ in ("NOUN", "PROPN", "PRON") for t in between):
        return None
    if not speech and not any(lexicon._is_source(t) for t in between):
        return None
    return {"text": between.text, "start": between.start_char, "end": between.end_char,
            "cue": verb.text, "kind": "reported", "via": None}


_TIME_WORDS = frozenset({"on", "late", "early", "earlier", "later", "yesterday", "today",
                         "tonight", "last", "this", "morning", "evening", "night"})


def _when(token: Token) -> bool:
    """A word of a time after a verb: "Friday", "late on Tuesday", "yesterday"."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in _TIME_WORDS


def opening_source(lexicon: Lexicon, figure: Span, sentence: Span) -> dict[str, Any] | None:
    """"In an NBC News poll released Monday, 50 percent chose Clinton": a document after
    the "In" that opens the sentence or a paragraph in it is the source of the figures
    after it, wherever the parse hung the "In"."""
    doc = sentence.doc
    for token in doc[sentence.start:figure.start]:
        if token.lower_ != "in" or not (token.i == sentence.start or "\n" in doc[
                token.i - 1].text or "\n" in doc[token.i - 1].whitespace_):
            continue
        objects = [o for o in token.children if o.dep_ == "pobj" and lexicon._is_source(o)]
        if objects and objects[0].i < figure.start:
            return _phrase(objects[0], "in", "reported")
    return None

