"""The fallbacks of :func:`claimex.pipeline.attribution.reported.reported_parsed` after its
walk (", X said." after the figure, ", court records show." closing the sentence, "In a
poll, ..." opening it), read once a sentence instead of once a figure.

Each reader finds, once a sentence, every candidate that does not depend on the figure,
in the order the one-figure reader tries them, with what the figure must satisfy; a
figure then takes the first candidate it satisfies. The answers are those of
``Attributor._said_after``, :func:`~claimex.pipeline.attribution.surface.said_at_end`
and :func:`~claimex.pipeline.attribution.surface.opening_source` for every figure.

The readings of a document live on the component next to its per-document caches, and
are dropped when the component starts a new document (a new ``_sentence_sources``).

>>> speaker = _Candidate(5, True, {"start": 0, "end": 3})  # ", officials said" at token 5
>>> speaker.fits(4, 10), speaker.fits(5, 10), speaker.fits(4, 2)
(True, False, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span

from claimex.pipeline.attribution.parse import _phrase
from claimex.pipeline.attribution.surface import _when


@dataclass(frozen=True)
class _Candidate:
    """A speaker a fallback finds at token ``at``; ``after`` when the figure must end
    before that token (``figure.end < at``)."""

    at: int
    after: bool
    found: dict[str, Any]

    def fits(self, figure_end: int, figure_start_char: int) -> bool:
        """Whether a figure ending at token ``figure_end`` and starting at character
        ``figure_start_char`` takes this speaker: before it where it must be, and not
        inside it."""
        if self.after and not self.at > figure_end:
            return False
        return not self.found["start"] <= figure_start_char < self.found["end"]


class SentenceFallbacks:
    """The fallbacks of one document's sentences, read once a sentence (keyed by the
    sentence's first and last token), for a component with ``_is_cue``, ``_is_source``,
    ``finding_verbs`` and ``speech_verbs``.

    >>> SentenceFallbacks(None).said_after_cache
    {}
    """

    def __init__(self, attributor: Any):
        self.attributor = attributor
        self.said_after_cache: dict[tuple[int, int], list[_Candidate]] = {}
        self.at_end_cache: dict[tuple[int, int], tuple[int, dict[str, Any]] | None] = {}
        self.opening_cache: dict[tuple[int, int], list[tuple[int, int, dict[str, Any]]]] = {}

    def said_after(self, figure: Span, sentence: Span) -> dict[str, Any] | None:
        """``Attributor._said_after``: ", X said." after the figure, or a parenthetical
        ", X said," anywhere; a finding verb needs a document subject."""
        key = (sentence.start, sentence.end)
        candidates = self.said_after_cache.get(key)
        if candidates is None:
            candidates = self.said_after_cache[key] = self._said_after_candidates(sentence)
        for candidate in candidates:
            if candidate.fits(figure.end, figure.start_char):
                return dict(candidate.found)
        return None

    def _said_after_candidates(self, sentence: Span) -> list[_Candidate]:
        lexicon = self.attributor
        candidates = []
        for token in sentence:
            if token.pos_ != "VERB":
                continue
            if token.dep_ == "parataxis":
                after = False
            elif token.dep_ == "ROOT" or (token.dep_ == "relcl" and
                                          token.i == sentence.end - 2):
                after = True
            else:
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects:
                continue
            finding = token.lower_ in lexicon.finding_verbs or \
                token.lemma_ in lexicon.finding_verbs
            if lexicon._is_cue(token) or (finding and lexicon._is_source(subjects[0])):
                candidates.append(_Candidate(token.i, after,
                                             _phrase(subjects[0], token.text, "reported")))
        return candidates

    def said_at_end(self, figure: Span, sentence: Span) -> dict[str, Any] | None:
        """:func:`~claimex.pipeline.attribution.surface.said_at_end`: ", court records
        show." closing the sentence, for a figure that ends before its last comma."""
        key = (sentence.start, sentence.end)
        if key not in self.at_end_cache:
            self.at_end_cache[key] = self._at_end(sentence)
        reading = self.at_end_cache[key]
        if reading is None or figure.end > reading[0]:
            return None
        return dict(reading[1])

    def _at_end(self, sentence: Span) -> tuple[int, dict[str, Any]] | None:
        """The last comma before the closing verb, with the speaker it gives; None
        where the sentence closes on no such verb."""
        lexicon = self.attributor
        words = [t for t in sentence if not (t.is_punct or t.is_space or t.is_quote)]
        while len(words) > 1 and _when(words[-1]):
            words.pop()
        if not words:
            return None
        verb = words[-1]
        speech = verb.lower_ in lexicon.speech_verbs
        if not (speech or verb.lower_ in lexicon.finding_verbs) or \
                verb.dep_ in ("relcl", "acl"):
            return None
        commas = [t.i for t in sentence if t.text == "," and t.i < verb.i]
        if not commas:
            return None
        between = sentence.doc[commas[-1] + 1:verb.i]
        if not 0 < len(between) <= 12 or between[0].tag_ in ("WDT", "WP", "IN") or any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in between) or not any(
                t.pos_ in ("NOUN", "PROPN", "PRON") for t in between):
            return None
        if not speech and not any(lexicon._is_source(t) for t in between):
            return None
        return commas[-1], {"text": between.text, "start": between.start_char,
                            "end": between.end_char, "cue": verb.text, "kind": "reported",
                            "via": None}

    def opening_source(self, figure: Span, sentence: Span) -> dict[str, Any] | None:
        """:func:`~claimex.pipeline.attribution.surface.opening_source`: a document after
        an "In" opening the sentence or a paragraph in it, before the figure."""
        key = (sentence.start, sentence.end)
        openings = self.opening_cache.get(key)
        if openings is None:
            openings = self.opening_cache[key] = self._openings(sentence)
        for at, obj, found in openings:
            if at < figure.start and obj < figure.start:
                return dict(found)
        return None

    def _openings(self, sentence: Span) -> list[tuple[int, int, dict[str, Any]]]:
        """Every "In" opening the sentence or a paragraph in it with a document object:
        its index, its first document's index and that document as a speaker."""
        doc = sentence.doc
        openings = []
        for token in sentence:
            if token.lower_ != "in" or not (token.i == sentence.start or "\n" in doc[
                    token.i - 1].text or "\n" in doc[token.i - 1].whitespace_):
                continue
            objects = [o for o in token.children if o.dep_ == "pobj" and
                       self.attributor._is_source(o)]
            if objects:
                openings.append((token.i, objects[0].i, _phrase(objects[0], "in", "reported")))
        return openings


def sentence_fallbacks(attributor: Any) -> SentenceFallbacks:
    """The :class:`SentenceFallbacks` of the document the component is reading: a new one
    whenever the component has started a new document (its ``_sentence_sources`` dict,
    made afresh for each document, is no longer the one these readings were made with)."""
    held = getattr(attributor, "_fallbacks_of_document", None)
    sources = getattr(attributor, "_sentence_sources", None)
    # the old dict stays referenced here, so a new one can never share its identity
    if held is None or held[0] is not sources or sources is None:
        held = attributor._fallbacks_of_document = (sources, SentenceFallbacks(attributor))
    return held[1]
