"""The two marks that let a toll skip a figure the text itself replaces or repeats
(``claimex.claim/1``; see :mod:`claimex.pipeline.claims.scope`):

* ``revised`` (True): a figure a later one of the same category replaces: "first put at
  nine, the toll was later raised to 13", "rose from 51 to 1,079" (:func:`mark_revisions`);
* ``repeat_of`` (the ``start`` of the first claim): the same figure in the same words
  again, as a headline printed two or three times on a page (:func:`mark_repeats`).

>>> import spacy
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("claimex_claims"); _ = nlp.initialize()
>>> claims = nlp("Six killed in Ashford raid\\n\\nSix killed in Ashford raid")._.claimex_claims
>>> [c.get("repeat_of") for c in claims]
[None, 0]
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from claimex.pipeline.claims.earlier_counts import told_as_an_earlier_count
from claimex.pipeline.claims.scope import anchor_token
from claimex.pipeline.extensions import doc_text

_REVISION_VERBS = frozenset({"rise", "raise", "climb", "increase", "jump", "revise", "up",
                             "reach", "grow", "mount", "soar", "lower", "reduce", "drop",
                             "fall", "decrease", "update", "put", "correct", "bring"})


def _given_from(span: Span) -> bool:
    """A figure a revision starts from: "rose from 51 to 1,079", "raised the toll to 13
    from nine"."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "from" and (
        root.head.head.lemma_.lower() in _REVISION_VERBS or root.head.head.like_num)


def mark_revisions(doc: Doc, claims: list[tuple[Span, dict[str, Any]]]) -> None:
    """Mark ``revised`` a casualty figure that a later figure of its category replaces
    (see the module docstring): one given "from" a revision, when another figure of the
    same category after it (or in the same sentence: "raised the toll to 13 from nine")
    says otherwise; one told as an earlier count ("initially", "at first", "earlier
    reports said": :func:`told_as_an_earlier_count`) when another figure of its category
    stands after it, or before it with the same scope (the lead's "the dozens still
    missing" before "officials initially said 31 were missing")."""
    if not doc.has_annotation("DEP"):
        return
    ordered = sorted((item for item in claims if item[1]["type"] == "casualty"),
                     key=lambda item: item[1]["start"])
    for span, claim in ordered:
        if claim.get("negated"):
            continue
        earlier = told_as_an_earlier_count(doc, span, anchor_token(doc, claim, span))
        if not earlier and not _given_from(span):
            continue
        if any(c["category"] == claim["category"] and c is not claim and
               not c.get("negated") and c["value"]["low"] != claim["value"]["low"] and (
                   c["start"] > claim["start"] or s.sent == span.sent or
                   (earlier and c.get("scope") == claim.get("scope"))) for s, c in ordered):
            claim["revised"] = True


def _line_context(doc: Doc, span: Span, text: str) -> tuple[str, int]:
    """The figure's sentence cut to its line, normalised, and where the figure stands in
    it: what a repeated headline or paragraph shares with its first copy."""
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    start = max(sent.start_char, text.rfind("\n", 0, span.start_char) + 1)
    end = text.find("\n", span.end_char)
    end = sent.end_char if end < 0 else min(end, sent.end_char)
    words = text[start:end].split()
    before = len(text[start:span.start_char].split())
    return " ".join(words).casefold(), before


def mark_repeats(doc: Doc, claims: list[tuple[Span, dict[str, Any]]]) -> None:
    """Mark ``repeat_of`` (the ``start`` of the first copy) a casualty figure printed again
    in the same words, as a headline printed two or three times on a page or a paragraph
    a page repeats: "Raiders kill 21 herders in Plateau\\n\\nRaiders kill 21 herders in
    Plateau" is one figure."""
    first: dict[tuple[Any, ...], int] = {}
    text = doc_text(doc)
    for span, claim in sorted(claims, key=lambda item: item[1]["start"]):
        if claim["type"] != "casualty":
            continue
        context, at = _line_context(doc, span, text)
        if len(context) < 12:
            continue  # "5 killed" alone says too little to be a copy
        key = (context, at, claim["category"], claim["value"]["low"], claim["value"]["high"])
        if key in first:
            claim["repeat_of"] = first[key]
        else:
            first[key] = claim["start"]
