"""Who issued a document that speaks: a claim credited to "A ministry statement", "the
report" or "the statement" is the claim of whoever issued that document, and a reader names
that issuer. Pure functions over spaCy tokens; the attribution component stores what they
find as the speaker's ``canonical``.

>>> _ISSUER_PREPS
('by', 'from')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from claimex.lexicon import nouns
from claimex.pipeline.attribution.parse import _phrase

# "a statement from the army", "a report issued by the NDMA"
_ISSUER_PREPS = ("by", "from")
# entity labels of a word that is no issuer: "Monday's poll", "the 2019 report"
_NOT_ISSUERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})
_ISSUER_WINDOW = 1_500  # characters: a document's issuer is named close before it


def document_issuer(doc: Doc, speaker: dict[str, Any], named: list[dict[str, Any]],
                    is_source: Callable[[Token], bool]) -> str | None:
    """The issuer of a document speaker (its head a source noun, ``is_source``): named in
    the phrase itself ("A ministry statement" -> "ministry"; "the army's statement" -> "the
    army"; "a report issued by the disaster agency" -> "the disaster agency"), else the
    issuer of the document that spoke last before it ("according to a report issued by the
    disaster agency ... The report confirmed that ..." -> "the disaster agency"). None for a
    speaker that is no document, or where no issuer is named."""
    span = doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    if span is None or not is_source(span.root):
        return None
    head = span.root
    found = issuer_in_phrase(head, is_source)
    if found is not None:
        return found
    for earlier in reversed(named):
        if earlier["end"] > speaker["start"] or \
                speaker["start"] - earlier["end"] > _ISSUER_WINDOW:
            continue
        before = doc.char_span(earlier["start"], earlier["end"], alignment_mode="expand")
        if before is not None and is_source(before.root) and earlier.get("canonical"):
            return earlier["canonical"]
    return None


def issuer_in_phrase(head: Token, is_source: Callable[[Token], bool]) -> str | None:
    """The issuer a document's own phrase names: after "by", "from" or "of" on the noun or
    on a participle of it ("a statement from the army", "a casualty list provided by the
    hospital"), a possessive ("the army's statement") or a noun before it ("A ministry
    statement", "The NDMA breakdown": a name, or an institution of the word list
    ``issuer_nouns``, not "A casualty list"); not a date ("Monday's poll") nor another
    document ("the casualty list report")."""
    for holder in (head, *[c for c in head.children if c.dep_ == "acl"]):
        for prep in holder.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in _ISSUER_PREPS:
                objects = [o for o in prep.children if o.dep_ == "pobj" and _issuer(o, is_source)]
                if objects:
                    return _closed(_phrase(objects[0], "", "")["text"])
    for child in head.children:
        if child.dep_ == "poss" and child.i < head.i and _issuer(child, is_source):
            return _phrase(child, "", "")["text"].removesuffix("'s").removesuffix("’s")
    befores = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and
               _issuer(c, is_source) and (c.pos_ == "PROPN" or c.lower_ in nouns("issuer_nouns"))]
    if befores:
        last = befores[-1]
        words = [t for t in last.subtree if t.i < head.i and t.dep_ != "punct"]
        return " ".join(t.text for t in words) if words else None
    return None


def _issuer(token: Token, is_source: Callable[[Token], bool]) -> bool:
    return token.ent_type_ not in _NOT_ISSUERS and not is_source(token) and \
        token.pos_ in ("NOUN", "PROPN")


def _closed(name: str) -> str:
    """A name with the bracket it opened closed, as the phrase leaves a closing bracket out
    ("the disaster agency (NDMA" -> "the disaster agency (NDMA)")."""
    return name + ")" if name.count("(") > name.count(")") else name
