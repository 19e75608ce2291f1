"""Who a speaker that names nobody stands for (its ``canonical``), beyond the pronouns of
:func:`~claimex.pipeline.attribution.parse._antecedent`: a document speaker stands for
whoever issued it ("A ministry statement said" -> "ministry"; "The report confirmed",
after "a report issued by the disaster authority" -> "the disaster authority"); a definite
description stands for the earlier speaker it describes ("the state-run news agency",
after "the Northern News Agency (NNA) reported" -> that name). Every speech verb's
subject and every quote's speaker in the document can be the one named before, not only
the speakers of claims.

>>> _DESCRIPTION_DETERMINERS
('the', 'this', 'that')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.attrs import POS
from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Doc, Span, Token

from claimex.pipeline.attribution.parse import (
    _ANTECEDENT_WINDOW,
    _PRONOUN_WORDS,
    _before_clause,
    _phrase,
    _subjects,
)

_DESCRIPTION_DETERMINERS = ("the", "this", "that")
_VERB_POS = frozenset({VERB, AUX})  # the part-of-speech ids of a speech verb's token
# how a document names who issued it: "a statement from the army", "a report by the NDMA"
_ISSUER_PREPS = frozenset({"from", "by", "of"})


def doc_speakers(doc: Doc, is_cue: Callable[[Token], bool],
                 quoted: list[Any]) -> list[dict[str, Any]]:
    """Every speaker the document names, in order: the subject of each speech verb ("the
    provincial government said in a statement") and each quote's speaker ("“…,” said
    Tan"), as speaker dicts (``text``, ``start``, ``end``)."""
    found = [{"text": q.text, "start": q.start, "end": q.end} for q in quoted if q is not None]
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if pos not in _VERB_POS:  # read off one array: no Token object for the other words
            continue
        token = doc[i]
        if not is_cue(token):
            continue
        subjects = [s for s in _subjects(token) if s.dep_ == "nsubj"][:1]
        found.extend(_phrase(s, token.text, "reported") for s in subjects
                     if s.lower_ not in _PRONOUN_WORDS)  # a pronoun names nobody new
        if token.dep_ == "acl" and token.tag_ in ("VBD", "VBZ") and token.head.i < token.i:
            # "..., the news agency (NNA) reported": a name the parse hung the verb on
            span = doc[token.head.left_edge.i:token.i]
            while len(span) > 1 and span[-1].is_punct and span[-1].text != ")":
                span = span[:-1]
            found.append({"text": span.text, "start": span.start_char, "end": span.end_char})
    return sorted(found, key=lambda s: s["start"])


def _head(doc: Doc, speaker: dict[str, Any]) -> Token | None:
    span = doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    return span.root if span is not None else None


def issuer(head: Token, is_source: Callable[[Token], bool]) -> Span | None:
    """Who issued the document ``head`` names: the object of "from"/"by"/"of" after it or
    of a "by" agent of a participle on it ("a statement from the general staff", "a
    casualty list provided by Nasser Hospital"), else a noun before it that is no document
    ("A ministry statement" -> ministry, "The NDMA breakdown" -> NDMA); None where it
    names nobody."""
    for child in head.children:
        preps = [child] if child.dep_ == "prep" and child.lower_ in _ISSUER_PREPS else [
            a for a in child.children if a.dep_ == "agent"] if child.dep_ == "acl" else []
        for prep in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj" and not is_source(obj) and (
                        obj.pos_ == "PROPN" or obj.ent_type_ or prep.lower_ != "of"):
                    return head.doc[obj.left_edge.i:obj.i + 1]  # the name, not its clauses
    for child in head.children:
        if child.dep_ == "compound" and child.i < head.i and child.pos_ in ("NOUN", "PROPN") \
                and not is_source(child):
            return head.doc[child.left_edge.i:child.i + 1]
    return None


def _span(token: Token) -> Span:
    found = _phrase(token, "", "")
    return token.doc.char_span(found["start"], found["end"], alignment_mode="expand")


def document_issuer(doc: Doc, speaker: dict[str, Any],
                    is_source: Callable[[Token], bool]) -> str | None:
    """The ``canonical`` of a document speaker ("The report confirmed ...", "the statement
    continued"): who issued it (:func:`issuer`), else the issuer of the last document
    named before it in the window ("... according to a report issued by the NDMA. The
    report confirmed ..."), or the speaker of a verb that spoke "in" one ("the army said in
    a statement"); None for a speaker that is no document."""
    head = _head(doc, speaker)
    if head is None or not is_source(head) or head.pos_ not in ("NOUN", "PROPN"):
        return None
    own = issuer(head, is_source)
    if own is not None:
        return own.text
    floor = speaker["start"] - _ANTECEDENT_WINDOW
    for token in reversed(doc[:head.i]):
        if token.idx < floor:
            break
        if not (is_source(token) and token.pos_ in ("NOUN", "PROPN")):
            continue
        found = issuer(token, is_source)
        if found is None and token.dep_ == "pobj" and token.head.lower_ == "in":
            verb = token.head.head
            subjects = [s for s in _subjects(verb) if s.dep_ == "nsubj"] if \
                verb.pos_ in ("VERB", "AUX") else []
            found = _span(subjects[0]) if subjects else None
        if found is not None:
            return found.text
    return None


def described(doc: Doc, speaker: dict[str, Any],
              named: list[dict[str, Any]]) -> str | None:
    """The ``canonical`` of a definite description ("The organisation, founded by ...,
    said", "According to the state-run news agency"): the last speaker ``named`` before it
    whose words hold the description's head noun and a name ("the human rights
    organisation Lakewatch", "the Northern News Agency (NNA)"); None for a speaker that
    is no such description or describes nobody named."""
    head = _head(doc, speaker)
    if head is None or head.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in _DESCRIPTION_DETERMINERS for c in head.children):
        return None
    noun = head.lower_
    for earlier in reversed(named):
        if earlier["end"] > speaker["start"] or \
                speaker["start"] - earlier["end"] > _ANTECEDENT_WINDOW:
            continue
        words = _with_modifiers(doc, earlier)
        if noun in words.lower().split() and any(w[:1].isupper() for w in words.split()[1:]):
            return words
    return None


def _with_modifiers(doc: Doc, speaker: dict[str, Any]) -> str:
    """A speaker's words with the nouns, adjectives and determiner right before it ("the
    human rights organisation" before "Lakewatch"), which the parse may have left out."""
    span = doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    if span is None:
        return speaker["text"]
    start = span.start
    while start > max(0, span.start - 6) and doc[start - 1].tag_[:2] in ("NN", "JJ", "DT") \
            and not doc[start - 1].whitespace_.count("\n"):
        start -= 1
    return doc[start:span.end].text


def restricted(doc: Doc, speaker: dict[str, Any]) -> str | None:
    """The ``canonical`` of a speaker that carries a relative clause after its noun
    ("Ferry crew who swam ashore told the coastguard 9 were missing" -> "Ferry crew"): the
    words before the clause, which name the speaker; None for a speaker without one."""
    head = _head(doc, speaker)
    if head is None:
        return None
    clauses = [c for c in head.children if c.dep_ == "relcl" and c.i > head.i]
    if not clauses:
        return None
    words = _before_clause(head, clauses[0])
    return words if words and words != speaker["text"] else None


def canonical(doc: Doc, speaker: dict[str, Any], named: list[dict[str, Any]],
              everyone: list[dict[str, Any]], is_source: Callable[[Token], bool],
              antecedent: Callable[..., str | None]) -> str | None:
    """Who ``speaker`` stands for: a pronoun's ``antecedent`` among the claims' speakers
    ``named`` and ``everyone`` the document names before it, else the issuer of a document
    speaker (:func:`document_issuer`), else the speaker a definite description describes
    (:func:`described`), else the words before a relative clause the speaker carries
    (:func:`restricted`)."""
    others = [e for e in everyone if not any(  # a claim's speaker wins over its own parts
        e["start"] < n["end"] and n["start"] < e["end"] for n in named)]
    before = sorted([*named, *others], key=lambda s: s["start"])
    return antecedent(doc, speaker, before) or document_issuer(doc, speaker, is_source) or \
        described(doc, speaker, before) or restricted(doc, speaker)
