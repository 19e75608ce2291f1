"""The parse path of a figure's reporter, for the ``claimex_attribution`` component
(:class:`claimex.pipeline.attribution.Attributor`): walking up the dependency tree from the
figure to the verb that reports it ("the army said it killed 30 fighters" gives "the
army"), with the fallbacks the component tries when no verb on that path has a subject
that speaks ("according to", a counting verb's subject, ", X said." at the end).

The functions take the component itself for its lexicons (speech, finding, evidence and
stance verbs) and its tests for a document or a source.

>>> sorted(_COUNTING_VERBS)[:3]
['count', 'document', 'estimate']
"""

from __future__ import annotations

from typing import Any, Protocol

from spacy.tokens import Span, Token

from claimex.pipeline.attribution.frames import (
    coordinated_clause,
    infinitive_subjects,
    participle_agent,
    participle_subjects,
    possessed_source,
    without_source_prep,
)
from claimex.pipeline.attribution.parse import (
    _PRONOUN_WORDS,
    _agent_like,
    _cited_as_a_thing,
    _counted,
    _is_passive,
    _modal,
    _not_speech_frame,
    _phrase,
    _same_number,
    _speaker,
    _subjects,
)
from claimex.pipeline.attribution.surface import opening_source, said_at_end


class AttributionLexicon(Protocol):
    """What the parse path needs of the attribution component
    (:class:`claimex.pipeline.attribution.Attributor`): its verb lexicons and its tests
    for a speech cue, a source, a document subject and the sentence-wide sources."""

    evidence_verbs: frozenset[str]
    finding_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    not_speech: frozenset[str]

    def _in_source(self, token: Token, child: Token | None) -> dict[str, Any] | None: ...
    def _is_cue(self, token: Token) -> bool: ...
    def _is_source(self, token: Token) -> bool: ...
    def _document_subject(self, verb: Token) -> bool: ...
    def _subjects_of(self, verb: Token) -> list[Token]: ...
    def _said_after(self, figure: Span, sentence: Span) -> dict[str, Any] | None: ...
    def _source_of(self, sentence: Span) -> dict[str, Any] | None: ...


# Verbs whose subject is the source of a figure: "the ministry put the death toll at 30",
# "the monitor recorded 40 deaths", "officials gave a toll of 12".
_COUNTING_VERBS = {"put", "give", "place", "estimate", "record", "document", "count", "tally",
                   "register", "verify", "raise", "revise", "update"}


def reported_parsed(attributor: AttributionLexicon, figure: Span,
                    sentence: Span) -> dict[str, Any] | None:
    """Who the parse says reports the figure: walking up from it, the subject of the
    nearest speech verb ("she said"), of a finding verb whose subject is a document or
    whose clause holds the figure ("the poll found", "Military Times found Democrats
    favored ..."), a document subject of any verb ("Wednesday's poll has Clinton at 46
    percent"), or a document after "in" ("In a CBS poll, ..."); then the object of
    "according to" in the sentence; then a counting verb's subject ("the ministry put
    the toll at 30"); then ", X said." ending the sentence."""
    token: Token = figure.root
    seen = 0
    fallback: dict[str, Any] | None = None
    # "in a poll", "in Bolton's view": after "according to"
    weak: dict[str, Any] | None = attributor._in_source(token, None)
    clause: dict[str, Any] | None = None  # the subject above a clausal complement
    child = token
    # The walk reads the root once more with the root as its own child (its "in" documents
    # and possessors are then read on every branch); a third reading would change nothing.
    while seen < 12 and (seen == 0 or child.i != token.i) and \
            sentence.start <= token.head.i < sentence.end:  # not over a line break
        child, token = token, token.head
        seen += 1
        if token.lower_ in ("quoted", "quotes", "cited", "cites"):
            quoted = [c for c in token.children if c.dep_ == "dobj" and not
                      _cited_as_a_thing(token, c)]
            outlet = [c for c in token.children if c.dep_ == "nsubj"]
            if quoted:
                found = _phrase(quoted[0], token.text, "reported")
                found["via"] = _phrase(outlet[0], "", "")["text"] if outlet else None
                return found
        owner = possessed_source(token, child, attributor._is_source)  # "Ukraine's estimates of"
        if owner is not None:
            return owner
        # "next they'll claim 2,000 were killed": a speech act to come reports nothing
        speech = token.pos_ == "VERB" and attributor._is_cue(token) and not _modal(token)
        finding = not speech and token.pos_ in ("VERB", "AUX") and (
            token.lower_ in attributor.finding_verbs or token.lemma_ in attributor.finding_verbs)
        counting = token.lemma_ in _COUNTING_VERBS and not speech
        if not ((speech or counting) and attributor._subjects_of(token)) and weak is None:
            weak = attributor._in_source(token, child)
            subjects = [c for c in attributor._subjects_of(token) if c.dep_ == "nsubj"]
            if weak is not None and child.dep_ == "ccomp" and subjects and \
                    _agent_like(subjects[0]):
                # "the General Staff stated in a statement that ...": the statement
                # is how the staff spoke; the clause is theirs
                weak = _phrase(subjects[0], token.text, "reported")
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if not (speech or finding or counting or attributor._document_subject(token)):
            if clause is None and token.pos_ == "VERB" and (
                    token.lemma_ in attributor.evidence_verbs or
                    token.lemma_ in attributor.stance_verbs
                    ) and child.dep_ not in ("nsubj", "nsubjpass", "csubj") and \
                    not _modal(token) and not _not_speech_frame(token, attributor.not_speech):
                subjects = [c for c in attributor._subjects_of(token) if c.dep_ == "nsubj"]
                if subjects and not _counted(subjects[0]) and (
                        token.lemma_ in attributor.evidence_verbs or _agent_like(subjects[0])):
                    clause = _phrase(subjects[0], token.text, "reported")
                    if clause["start"] <= figure.start_char < clause["end"]:
                        clause = None
            if child.dep_ == "ccomp" and child.i > token.i and clause is None and \
                    token.pos_ == "VERB" and not _modal(token) and \
                    not coordinated_clause(child):
                # (a clause before the verb is no object of it but a comma splice:
                # "... killed 150, my cousin serves in that unit")
                # "Sanders pledged that ...": a clause a verb takes as its object is
                # what its subject thinks or says, whatever the verb
                subjects = [c for c in attributor._subjects_of(token) if c.dep_ == "nsubj" and
                            c.lower_ not in ("it", "this", "that", "what", "which")]
                if subjects and not _counted(subjects[0]):
                    clause = _phrase(subjects[0], token.text, "reported")
            continue
        if _is_passive(token):
            # "were reported killed", "the toll was put at 30 by the ministry": the
            # passive subject is what is said; the agent, if any, says it
            agents = [o for c in token.children if c.dep_ == "agent"
                      for o in c.children if o.dep_ == "pobj"]
            if agents and (speech or counting or finding):
                return _phrase(agents[0], token.text, "reported")
            continue
        holder = token
        if token.dep_ == "conj" and not attributor._subjects_of(token):
            holder = token.head  # "denied the report and said only 12 ...": the
            # shared subject sits on the first verb, the cue is the nearer one
        subjects = attributor._subjects_of(holder)
        if not subjects:
            subjects = participle_agent(holder)  # "the toll documented by MSF"
        if not subjects and holder.dep_ == "acl" and (speech or finding) and \
                holder.tag_ != "VB" and holder.head.pos_ in ("NOUN", "PROPN"):
            # (not "a Pentagon proposal to maintain 12 bases": what is proposed)
            subjects = [holder.head]  # "A university poll found ...", parsed as a noun
        if not subjects and speech:
            subjects = participle_subjects(holder, _subjects) or \
                infinitive_subjects(holder, _subjects)  # ", saying ...", "went on to say"
        if not subjects:
            continue
        found = without_source_prep(_speaker(subjects[0], token, figure), subjects[0],
                                    attributor._is_source)
        if found["start"] <= figure.start_char < found["end"] or _counted(subjects[0]):
            # "62 percent of voters said": the counted, not a source
            weak = weak or attributor._in_source(token, child)
            continue
        if speech or attributor._is_source(subjects[0]):
            return reporter_of(attributor, subjects[0], token) or found
        if finding and (child.dep_ in ("ccomp", "xcomp", "advcl") or
                        token.lemma_ in attributor.evidence_verbs) and \
                child.i != token.i:
            return reporter_of(attributor, subjects[0], token) or found
        if counting and fallback is None:
            fallback = found
    found = attributor._source_of(sentence)
    if found is not None:
        return dict(found)
    found = attributor._said_after(figure, sentence) or said_at_end(attributor, figure, sentence)
    if found is not None:
        return found  # ", the General Staff said in a statement": the staff, not the statement
    weak = weak or opening_source(attributor, figure, sentence)
    if weak is not None:
        return weak
    if fallback is not None:
        return fallback
    return clause

def reporter_of(attributor: AttributionLexicon, subject: Token,
                verb: Token) -> dict[str, Any] | None:
    """"Weaver says he's expecting two candidates to drop out": a pronoun subject of the
    same number inside what a named speaker says stands for that speaker, who is the one
    speaking; None when the verb's clause hangs under no such speech verb."""
    if subject.lower_ not in ("he", "she", "they"):
        return None
    token = verb
    for _ in range(4):
        if token.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB" and attributor._is_cue(token) and not _modal(token):
            outer = [c for c in token.children if c.dep_ == "nsubj"]
            if outer and outer[0].lower_ not in _PRONOUN_WORDS and _agent_like(outer[0]) \
                    and _same_number(subject, outer[0]):
                return _phrase(outer[0], token.text, "reported")
            return None
    return None
