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

from claimex.pipeline.claims.cues import Cues
from claimex.pipeline.claims.grammar import is_negated
from claimex.pipeline.claims.narrative import cue_token
from claimex.pipeline.claims.roles import actor

# the outcomes one person can have both of in one clause: hurt, then taken
_PAIRED_OUTCOMES = frozenset({"injured", "captured"})


def coordinated_predicates(cue: Token) -> list[Token]:
    """The verbs coordinated with ``cue`` by "and": its conjuncts, the verb it is a
    conjunct of, and that verb's other conjuncts ("was shot, beaten and arrested").

    >>> # "The suspect was shot and arrested": [arrested] for shot, [shot] for arrested
    """
    head = cue.head if cue.dep_ == "conj" else cue
    members = [head, *(t for t in head.children if t.dep_ == "conj")]
    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for m in members for c in m.children):
        return []
    return [t for t in members if t.i != cue.i and t.pos_ in ("VERB", "AUX")]


def other_outcomes(doc: Doc, cues: Cues, claims: list[tuple[Span, dict[str, Any]]]
                   ) -> list[tuple[Span, dict[str, Any]]]:
    """Claims of the second outcome of people counted by a claim whose cue is coordinated
    with a cue of the other paired category: "The suspect was shot and arrested" has an
    injured claim (the first cue took "The suspect"); this adds the captured one, with the
    same span, count and subject. Nothing where that cue has a claim of its own, is negated
    or is a disjunction ("killed or captured").

    >>> # "A gunman was wounded and captured": injured 1 and captured 1
    """
    claimed = {(c.get("cue_start"), c["start"]) for _, c in claims}
    added: list[tuple[Span, dict[str, Any]]] = []
    for span, claim in claims:
        if claim.get("type") != "casualty" or claim["category"] not in _PAIRED_OUTCOMES:
            continue
        cue = cue_token(doc, claim)
        if cue is None or cue.pos_ not in ("VERB", "AUX"):
            continue
        for other in coordinated_predicates(cue):
            category, kind = cues.get(other.i, (None, None))
            if category not in _PAIRED_OUTCOMES or category == claim["category"] or \
                    kind not in ("verb", "intransitive") or is_negated(other) or \
                    (other.idx, claim["start"]) in claimed:
                continue
            twin = copy.deepcopy(claim)
            # "was not hurt and was arrested": the second outcome keeps its own polarity
            twin.update(category=category, cue_start=other.idx,
                        actor=actor(other) if kind == "verb" else None,
                        negated=twin["value"]["high"] == 0)
            added.append((span, twin))
            claimed.add((other.idx, claim["start"]))
    return added
