"""Reporting frames the attribution component reads off the parse beyond a verb and its own
subject: a speech verb in a participle clause ("..., saying she favors $12"), whose subject
is the main clause's; "with X saying ..."; an infinitive speech verb ("went on to say"); a
passive participle on a noun with its agent ("the toll documented by the charity"). Pure
functions over spaCy tokens.

>>> _PARTICIPLE_LINKS
('advcl', 'xcomp', 'conj')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

# how a participle clause hangs on the verb whose subject it shares
_PARTICIPLE_LINKS = ("advcl", "xcomp", "conj")


def participle_subjects(verb: Token, subjects: Callable[[Token], list[Token]]) -> list[Token]:
    """The subject a participle speech verb shares with the clause it hangs on: "Clinton is
    more conservative, saying she favors $12" (Clinton), "His campaign sued the DNC,
    claiming the move would cost $600,000 a day" (His campaign). Empty for a verb with a
    subject of its own, no participle, or one on a noun ("a memo saying ...")."""
    token = verb
    if token.tag_ != "VBG" or subjects(token):
        return []
    speaker = with_subject(verb)
    if speaker is not None:
        return [speaker]
    for _ in range(3):
        if token.dep_ not in _PARTICIPLE_LINKS or token.head.i == token.i or \
                token.head.pos_ not in ("VERB", "AUX"):
            return []
        token = token.head
        found = subjects(token)
        if found:
            # a passive subject is what is said, no speaker: "10 bodies were recovered,
            # contradicting a report saying ..."
            return [] if found[0].dep_ == "nsubjpass" else found
    return []


def with_subject(verb: Token) -> Token | None:
    """"... gave a higher toll, with military spokesman Mak Hazu, saying 13 were found":
    the object of a "with" right before a participle (a comma between them at most) is who
    does it; None where no such "with" stands there."""
    if verb.tag_ != "VBG" or verb.head.i == verb.i:
        return None
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i > verb.i:
            continue
        for obj in prep.children:
            gap = verb.doc[obj.right_edge.i + 1:verb.i]
            if obj.dep_ == "pobj" and all(t.is_punct for t in gap) and len(gap) <= 1:
                return obj
    return None


def infinitive_subjects(verb: Token, subjects: Callable[[Token], list[Token]]) -> list[Token]:
    """The subject of the verb an infinitive speech verb completes: "The source went on to
    say that ..." (The source), "the agency continued to report ..."; empty for a verb
    with a subject of its own or no such infinitive."""
    if verb.tag_ != "VB" or verb.dep_ != "xcomp" or verb.head.i == verb.i or subjects(verb) or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    return [s for s in subjects(verb.head) if s.dep_ == "nsubj"]


def participle_agent(verb: Token) -> list[Token]:
    """A passive participle on a noun names what is counted, its agent who counts it: "the
    toll documented by Doctors Without Borders" (Doctors Without Borders); empty without
    a "by" agent."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl":
        return []
    return [o for c in verb.children if c.dep_ == "agent" for o in c.children
            if o.dep_ == "pobj"]



def without_source_prep(speaker: dict[str, Any], subject: Token,
                        is_source: Callable[[Token], bool]) -> dict[str, Any]:
    """"The coalition in a statement said ...": a document after "in" on the speaker's
    head is how it spoke, no part of its name (the speaker is "The coalition"); the
    speaker as it is where no such "in" follows the head."""
    doc = subject.doc
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > subject.i and any(
                o.dep_ == "pobj" and is_source(o) for o in prep.children):
            span = doc[subject.left_edge.i:prep.i]
            if span.start_char != speaker["start"] or span.end_char > speaker["end"]:
                return speaker
            return {**speaker, "text": span.text, "end": span.end_char}
    return speaker


def possessed_source(noun: Token, child: Token,
                     is_source: Callable[[Token], bool]) -> dict[str, Any] | None:
    """"given Ukraine's estimates of over 400,000 casualties", "the ministry's tally of 30
    dead": a figure in the "of" of a document or figure noun belongs to its possessor
    (Ukraine, the ministry); None for another noun, no possessor, or a pronoun one."""
    if noun.pos_ != "NOUN" or not is_source(noun) or child.dep_ != "prep" or \
            child.lower_ != "of" or child.i < noun.i:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    if not owners:
        return None
    tokens = [t for t in owners[0].subtree if t.dep_ != "case"]
    span = noun.doc[tokens[0].i:tokens[-1].i + 1]
    return {"text": span.text, "start": span.start_char, "end": span.end_char,
            "cue": noun.text, "kind": "reported", "via": None}


# The conjunctions that join a clause to the one before it rather than make it an object:
# "raid a flat and three gunmen die".
_CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "while", "as"})


def coordinated_clause(clause: Token) -> bool:
    """Whether a clause the parse makes a verb's object (``ccomp``) opens with a coordinating
    conjunction, so that it is the next clause of the sentence, not what the verb's subject
    says: event notes run two clauses on ("Troops raid a farm and four fighters die in the
    clash"), and the model sometimes hangs the second on the first as its complement.

    >>> import spacy
    >>> doc = spacy.blank("en")("Troops raid farm and four fighters die")
    >>> coordinated_clause(doc[6]), coordinated_clause(doc[1])
    (False, False)
    >>> doc[6].head, doc[4].head, doc[5].head = doc[1], doc[5], doc[6]
    >>> coordinated_clause(doc[6])
    True
    """
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].lower_ in _CLAUSE_CONJUNCTIONS
