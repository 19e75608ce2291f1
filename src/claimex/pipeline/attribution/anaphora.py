"""Who a described speaker is: news copy names a source once and then describes it ("the
Syrian Arab News Agency (SANA) reported ... According to the state-run news agency, ...");
a reader takes the description for the name. Pure functions over spaCy tokens; the
attribution component stores what they find as the speaker's ``canonical``.

>>> _DESCRIBED_WINDOW
1500
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from claimex.pipeline.extensions import doc_text
from claimex.rules.speakers import named_part

_DESCRIBED_WINDOW = 1500  # characters: a description takes up a name named close before it
_NAME_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})
# the short name in brackets after a name: "the Syrian Arab News Agency (SANA)"
_ACRONYM_AFTER_RE = re.compile(r" \([A-Z][A-Za-z.\-]*[A-Z]\)")


def described_antecedent(doc: Doc, speaker: dict[str, Any],
                         named: list[dict[str, Any]]) -> str | None:
    """The name a definite description speaker stands for: "the" and common words only
    (an appositive after them left out), its head noun also in a name given before it; the
    nearest such name among the speakers named before (``named``) and the names the entity
    recogniser found, with the short name in brackets after it ("the Syrian Arab News
    Agency (SANA) reported ... According to the state-run news agency" -> "the Syrian Arab
    News Agency (SANA)"; "the rights organisation Sawasiah said ... The organisation,
    founded by ..., said" -> "the rights organisation Sawasiah"). None for a speaker with a
    name of its own, an indefinite one ("a police source"), or no such name before it."""
    name = named_part(speaker["text"])
    start = speaker["start"] + max(speaker["text"].find(name), 0)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    if span is None or span[0].lower_ != "the" or any(t.pos_ == "PROPN" for t in span):
        return None
    head = span.root
    if head.pos_ != "NOUN" or head.i == span.start:
        return None
    words = {head.lower_, head.lemma_.lower()}
    found: tuple[int, str] | None = None
    for earlier in named:
        text = named_part(earlier["text"])
        if earlier["end"] <= speaker["start"] and _names_with(doc, earlier["start"],
                                                               earlier["end"], words):
            found = max(found or (-1, ""), (earlier["end"], text))
    for ent in doc.ents:
        if ent.label_ in _NAME_LABELS and ent.end_char <= speaker["start"] and \
                any(t.lower_ in words for t in ent):
            found = max(found or (-1, ""), (ent.end_char, ent.text))
    if found is None or speaker["start"] - found[0] > _DESCRIBED_WINDOW:
        return None
    acronym = _ACRONYM_AFTER_RE.match(doc_text(doc), found[0])
    return found[1] + acronym.group(0) if acronym and not found[1].endswith(")") else found[1]


def _names_with(doc: Doc, start: int, end: int, words: set[str]) -> bool:
    """Whether the words from ``start`` to ``end`` hold a proper name and one of
    ``words`` (the head of a description)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" for t in span) and any(
        t.lower_ in words or t.lemma_.lower() in words for t in span)
