"""Heading labels are no speakers, for the ``claimex_attribution`` component
(:class:`claimex.pipeline.attribution.Attributor`).

A label of two or more words that opens a line or a sentence and ends in a colon
(:func:`claimex.rules.headings.heading_label`), and that names no person or organisation, is
never the speaker of the figures under it: "Older Dispatches: Harbour officials confirmed that 11
passengers drowned" is the officials', "Bystander Report :" over a paragraph is nobody's. A label
that names someone still speaks ("Coast Guard Commander: six drowned", "Harbour Police: two
killed"), as does one that holds a verb of saying ("Continued Okafor:", a speaker introduced).

>>> sorted(_NAMING_LABELS)[:3]
['COUNTRY', 'FACTION', 'GPE']
"""

from __future__ import annotations

from typing import Any, Protocol

from spacy.tokens import Doc, Token

from claimex import lexicon
from claimex.pipeline.entities import ENTITIES_KEY
from claimex.rules.casualties import PERSON_NOUNS
from claimex.rules.headings import heading_label
from claimex.rules.people import TITLE_WORDS

# entity labels (the model's and claimex's) of a name that can speak
_NAMING_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FACTION", "COUNTRY"})
_SPEAKING_HEADS = lexicon.nouns("speaking_bodies") | PERSON_NOUNS | TITLE_WORDS


class Lexicon(Protocol):
    """What the test needs of the attribution component: its verbs of saying (speech,
    quote and finding verbs)."""

    quote_verbs: frozenset[str]


def names_nobody(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the words at ``start:end`` of the doc's text name no person or organisation:
    no name the model or the gazetteer labels as one inside them, no verb of saying
    ("Continued Okafor"), and a last word that is no person, title or speaking body
    ("Older Dispatches", "Bystander Report", "Desk Memo"; not "Coast Guard
    Commander", "Harbour Police", "Transport Ministry")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.ent_type_ in _NAMING_LABELS for t in span) or any(
            e.label_ in _NAMING_LABELS and e.start < span.end and span.start < e.end
            for e in doc.spans.get(ENTITIES_KEY, [])):
        return False
    words = [t for t in span if t.is_alpha]
    if not words:
        return True
    if any(t.tag_.startswith("VB") and (t.lower_ in lexicon.quote_verbs or
                                        t.lemma_.lower() in lexicon.quote_verbs)
           for t in words):
        return False
    head = words[-1]
    return head.lower_ not in _SPEAKING_HEADS and head.lemma_.lower() not in _SPEAKING_HEADS


def heading_speaker(doc: Doc, text: str, speaker: dict[str, Any] | None,
                    lexicon: Lexicon) -> bool:
    """Whether a found ``speaker`` is a heading label that names nobody."""
    if speaker is None or speaker.get("start") is None:
        return False
    start, end = speaker["start"], speaker["end"]
    return heading_label(text, start, end) and names_nobody(doc, start, end, lexicon)


def heading_subject(subject: Token, text: str, lexicon: Lexicon) -> bool:
    """Whether a verb's subject is such a label, which the parser hung on the verb
    ("Older Dispatches" of "Older Dispatches: Harbour officials confirmed ...")."""
    doc = subject.doc
    span = doc[subject.left_edge.i:subject.right_edge.i + 1]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    return heading_label(text, span.start_char, span.end_char) and \
        names_nobody(doc, span.start_char, span.end_char, lexicon)
