"""The tense a casualty figure is told in, for the document toll
(:mod:`claimex.assemble.toll_tense`): wire copy tells the day's event in the simple past
("Gunmen killed four villagers on Monday") and a running count in the present perfect
("The insurgency has claimed more than 3,000 lives", "have lost their lives in clashes",
"has been devastated by strikes, resulting in the deaths of ..."). Each casualty claim gets
``tense``: ``"perfect"``, ``"past"`` or None (a figure without a finite verb of its own,
a present tense, a parse missing).

>>> import spacy
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("claimex_claims"); _ = nlp.initialize()
>>> [c.get("tense") for c in nlp("12 soldiers were killed")._.claimex_claims]
[None]
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex.pipeline.claims.scope import anchor_token, clause_verb

# Clauses a participle or a conjunct hangs on, whose tense it shares when it has no
# subject of its own: "has been devastated by strikes, resulting in the deaths of 40".
_SHARED_CLAUSE_DEPS = ("advcl", "conj", "xcomp")


def _finite_verb(verb: Token) -> Token:
    """The finite verb whose tense a figure's clause takes: the clause's own verb, or the
    verb a subjectless participle or conjunct hangs on (three steps at most)."""
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children) \
                or verb.dep_ not in _SHARED_CLAUSE_DEPS or verb.head is verb:
            return verb
        verb = verb.head
    return verb


def verb_tense(verb: Token) -> str | None:
    """``"perfect"`` for a verb with the auxiliary "have" ("has killed", "have been
    martyred", "had died"), ``"past"`` for a simple past ("killed", "were killed"), else
    None."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" for a in auxes):
        return "perfect"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    return None


def mark_tense(doc: Doc, claims: list[tuple[Span, dict[str, Any]]]) -> None:
    """Set ``tense`` on every casualty claim of a parsed text (see the module docstring)."""
    if not doc.has_annotation("DEP"):
        return
    for span, claim in claims:
        if claim["type"] != "casualty":
            continue
        verb = clause_verb(anchor_token(doc, claim, span))
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        claim["tense"] = verb_tense(_finite_verb(verb))
