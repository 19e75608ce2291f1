"""One person, two outcomes: coordinated harm and custody predicates sharing one subject.

"The suspect was shot and arrested" tells two things of one person: he was hurt, and he
was taken. The claim makers count a victim phrase once (the first cue that reaches it
takes its span), so the second outcome was lost; here each coordinated predicate of
another category ("wounded and captured", "shot by deputies and taken into custody")
gets the same count for its own category. Death is no second outcome: "shot and killed"
is killed alone, and the pair of categories is only a hurt and a capture.
"""

from __future__ import annotations

import copy
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex import lexicon
from claimex.pipeline.claims.cues import Cues
from claimex.pipeline.claims.grammar import is_negated
from claimex.pipeline.claims.narrative import cue_token
from claimex.pipeline.claims.roles import actor

# the outcomes one person can have both of in one clause: hurt, then taken
_PAIRED_OUTCOMES = frozenset({"injured", "captured"})
# the hurt side must be harm itself ("arrested and taken to the hospital" is care)
HARM_VERBS = lexicon.words("harm_then_custody_verbs")

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def coordinated_predicates(cue: Token) -> list[Token]:
    """The verbs coordinated with ``cue`` by "and": its conjuncts, the verb it is a
    conjunct of, and that verb's other conjuncts ("was shot, beaten and arrested"); only
    conjuncts with no subject of their own ("Three were hurt and one is in custody" tells
    two groups).

    >>> # "The suspect was shot and arrested": [arrested] for shot, [shot] for arrested
    """
    head = cue.head if cue.dep_ == "conj" else cue
    members = [head, *(t for t in head.children if t.dep_ == "conj")]
    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for m in members for c in m.children):
        return []
    if cue.i != head.i and _has_own_subject(cue):
        return []
    return [t for t in members if t.i != cue.i and t.pos_ in ("VERB", "AUX") and
            (t.i == head.i or not _has_own_subject(t))]


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _is_harm(cue: Token, category: str) -> bool:
    return category != "injured" or cue.lemma_.lower() in HARM_VERBS


def other_outcomes(doc: Doc, cues: Cues, claims: list[tuple[Span, dict[str, Any]]]
                   ) -> list[tuple[Span, dict[str, Any]]]:
    """Claims of the second outcome of people counted by a claim whose cue is coordinated
    with a cue of the other paired category: "The suspect was shot and arrested" has an
    injured claim (the first cue took "The suspect"); this adds the captured one, with the
    same span, count and subject. Nothing where that cue has a claim of its own, where
    either cue is negated, or in a disjunction ("wounded or captured").

    >>> # "A gunman was wounded and captured": injured 1 and captured 1
    """
    claimed = {(c.get("cue_start"), c["start"]) for _, c in claims}
    added: list[tuple[Span, dict[str, Any]]] = []
    for span, claim in claims:
        if claim.get("type") != "casualty" or claim["category"] not in _PAIRED_OUTCOMES or \
                claim.get("negated"):
            # "was not hurt and was arrested": the span's modality follows the first verb
            continue
        cue = cue_token(doc, claim)
        if cue is None or cue.pos_ not in ("VERB", "AUX"):
            continue
        for other in coordinated_predicates(cue):
            category, kind = cues.get(other.i, (None, None))
            if category not in _PAIRED_OUTCOMES or category == claim["category"] or \
                    not _is_harm(cue, claim["category"]) or not _is_harm(other, category) or \
                    kind not in ("verb", "intransitive") or is_negated(other) or \
                    (other.idx, claim["start"]) in claimed:
                continue
            twin = copy.deepcopy(claim)
            twin.update(category=category, cue_start=other.idx,
                        actor=actor(other) if kind == "verb" else None)
            added.append((span, twin))
            claimed.add((other.idx, claim["start"]))
    return added
