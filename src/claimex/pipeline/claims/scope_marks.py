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

from spacy.tokens import Doc, Span, Token

from claimex.pipeline.claims.scope import anchor_token, clause_verb
from claimex.pipeline.extensions import doc_text
from claimex.rules.revisions import earlier_as_a_time

_FIRST_ADVERBS = frozenset({"initially", "originally", "first", "earlier", "previously"})
_REVISION_VERBS = frozenset({"rise", "raise", "climb", "increase", "jump", "revise", "up",
                             "reach", "grow", "mount", "soar", "lower", "reduce", "drop",
                             "fall", "decrease", "update", "put", "correct", "bring"})


def _first_given(doc: Doc, span: Span, anchor: Token) -> bool:
    """A figure given as one a later figure replaces: "rose from 51 to 1,079", "raised the
    toll to 13 from nine", "first put at nine", "initially said 14 people died"."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "from" and (
            root.head.head.lemma_.lower() in _REVISION_VERBS or root.head.head.like_num):
        return True
    for verb in {clause_verb(anchor), clause_verb(root)}:
        for _ in range(3):
            if any(c.lower_ in _FIRST_ADVERBS and c.dep_ == "advmod" and not (
                    c.lower_ == "earlier" and c.i + 1 < len(doc) and
                    earlier_as_a_time(doc[c.i + 1].text)) for c in verb.children):
                return True  # not "Earlier in the day, three farmers died in a raid"
            if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
                break
            verb = verb.head
    return False


def mark_revisions(doc: Doc, claims: list[tuple[Span, dict[str, Any]]]) -> None:
    """Mark ``revised`` a casualty figure that a later figure of its category replaces
    (see the module docstring): one given "from" a revision or with "initially", "first",
    "originally", "earlier", when another figure of the same category after it (or in the
    same sentence: "raised the toll to 13 from nine") says otherwise."""
    if not doc.has_annotation("DEP"):
        return
    ordered = sorted((item for item in claims if item[1]["type"] == "casualty"),
                     key=lambda item: item[1]["start"])
    for span, claim in ordered:
        if claim.get("negated") or not _first_given(doc, span,
                                                    anchor_token(doc, claim, span)):
            continue
        if any(c["category"] == claim["category"] and c is not claim and
               not c.get("negated") and (c["start"] > claim["start"] or s.sent == span.sent)
               and c["value"]["low"] != claim["value"]["low"] for s, c in ordered):
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
