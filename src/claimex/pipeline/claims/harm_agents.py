"""Reads the parse for :mod:`claimex.rules.other_than_agent`: an "another" figure that is
the object of a single person's harm ("a man stabbed another man", "the gunman who
shot another motorist", "charged with wounding another") names the one victim. Such a
claim is no addition (``additive`` False) and is marked ``other_than_agent`` so that the
toll assembly does not count it as a victim told after others
(:mod:`claimex.assemble.toll_victims`).

>>> import spacy
>>> nlp = spacy.blank("en")
>>> mark_victims_other_than_agent(nlp("no parse"), [])
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex.pipeline.claims.narrative import cue_token
from claimex.rules.other_than_agent import HarmFrame, names_the_one_victim

_HARM_CATEGORIES = ("killed", "injured", "killed_or_injured")
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# how a verb without a subject of its own hangs on the verb whose subject does it:
# "accused of stabbing" (pcomp under a preposition), "seen stabbing" (xcomp)
_CONTROLLED = ("pcomp", "xcomp", "advcl")


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def harm_agent(verb: Token) -> Token | None:
    """The word of the one who does a harm verb: its subject ("A man stabbed ..."), the
    noun a relative clause or participle hangs on ("the shooter who wounded ...", "a man
    stabbing ..."), or the subject of the verb that a gerund or infinitive completes ("He
    was accused of injuring ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        if subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return subject
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.dep_ in _CONTROLLED:
        governor = verb.head.head if verb.head.dep_ == "prep" else verb.head
        if governor.pos_ in ("VERB", "AUX"):
            return _subject(governor)
    return None


def _frame(doc: Doc, claim: dict[str, Any], claims: list[tuple[Span, dict[str, Any]]]
           ) -> HarmFrame | None:
    """The harm frame of an implicit "another" figure, None where it is not one."""
    counted = claim.get("counted")
    verb = cue_token(doc, claim)
    if counted is None or verb is None or verb.pos_ != "VERB":
        return None
    word = doc[counted]
    agent = harm_agent(verb)
    sentence = word.sent
    before = 0
    for span, other in claims:
        if other is claim or other.get("category") not in _HARM_CATEGORIES or \
                other.get("type") != "casualty" or not sentence.start_char <= other["start"] \
                or other["start"] >= claim["start"]:
            continue
        if agent is not None and span.start <= agent.i < max(span.end, span.root.i + 1):
            continue  # the agent read as a victim of its own verb
        if agent is not None and other.get("counted") == agent.i:
            continue
        before += 1
    return HarmFrame(
        figure=claim["value"]["text"],
        relation=word.dep_ if word.head.i == verb.i else "",
        passive=any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children),
        agent=agent.text if agent is not None else None,
        agent_tag=agent.tag_ if agent is not None else "",
        victims_before=before,
        adverbs=tuple(c.lower_ for c in verb.children if c.dep_ == "advmod"))


def mark_victims_other_than_agent(doc: Doc, claims: list[tuple[Span, dict[str, Any]]]
                                  ) -> None:
    """Mark the implicit "another" figures that name the one victim of a single person's
    harm (see the module docstring)."""
    if not doc.has_annotation("DEP"):
        return
    for _, claim in claims:
        if claim.get("type") != "casualty" or claim.get("category") not in _HARM_CATEGORIES \
                or claim.get("rule") != "implicit_count" or claim["value"]["low"] != 1:
            continue
        frame = _frame(doc, claim, claims)
        if frame is not None and names_the_one_victim(frame):
            claim["additive"] = False
            claim["other_than_agent"] = True
