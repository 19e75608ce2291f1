"""How sure the text is of a claim: ``hypothetical`` ("if", "suppose", "would", "let's say",
"imagine 50 dead"), ``question``, ``negated`` ("killed no civilians", "did not kill", a
speaker who denies; not "not to mention 35 wounded", which adds), ``hedged`` (the hedge
words: "likely", "I heard", "rumour has it") or ``asserted``, with the hedge words found.

>>> sorted(Cues.__annotations__)  # the cue lists of the attribution component it reads
['asserting', 'hedges', 'hypothetical', 'negators']
"""

from __future__ import annotations

from typing import Any, Protocol

from spacy.tokens import Span, Token

from claimex import lexicon
from claimex.pipeline.attribution.parse import (
    _hypothetical_after,
    _negated_figure,
    _negator_outside,
)
from claimex.pipeline.extensions import doc_text
from claimex.rules.attribution import is_question, matched_cues, rise_to_come_hedges


class Cues(Protocol):
    """The cue lists of ``claimex_attribution`` that modality reads."""

    hedges: frozenset[str]
    hypothetical: frozenset[str]
    asserting: frozenset[str]
    negators: frozenset[str]


def modality(lexicon: Cues, claim: dict[str, Any], sentence: Span, figure: Span,
             speaker: dict[str, Any] | None) -> tuple[str, list[str]]:
    """The modality of ``claim`` (its figure in ``sentence``, said by ``speaker``) and the
    hedge words of the sentence, as the module docstring lists them."""
    text = doc_text(sentence.doc)[sentence.start_char:sentence.end_char]
    hedges = [h for h in matched_cues(text, lexicon.hedges) if h != "may" or " may " in text]
    before = text[:max(0, claim["start"] - sentence.start_char)]
    rise_only = rise_to_come_hedges(text, claim.get("end", claim["start"]) - sentence.start_char)
    hedges = [h for h in hedges if h not in rise_only]
    if matched_cues(before, lexicon.hypothetical) or \
            _hypothetical_after(text, lexicon.hypothetical):
        return "hypothetical", hedges
    if is_question(text):
        return "question", hedges
    denied = speaker is not None and (speaker.get("cue") or "").lower() in (
        "denied", "denies")
    asserting = matched_cues(before, lexicon.asserting)
    negated = claim.get("negated") or _negated_figure(figure) or text.strip().lower(
        ).startswith("not ")
    if negated and asserting and not _negator_outside(before, asserting, lexicon.negators):
        negated = False  # "not to mention 35 wounded": the "not" adds, it does not deny
    if negated or denied:
        return "negated", hedges
    if not hedges:
        report = raised_report(_cue_token(sentence, claim))
        if report is not None:
            hedges = [report.lower_]
    if hedges:
        return "hedged", hedges
    return "asserted", hedges


RAISING_REPORT_VERBS = lexicon.words("raising_report_verbs")


def _cue_token(sentence: Span, claim: dict[str, Any]) -> Token | None:
    """The claim's cue word (its ``cue_start``) in ``sentence``, or None."""
    start = claim.get("cue_start")
    if start is None:
        return None
    return next((t for t in sentence if t.idx == start), None)


def raised_report(cue: Token | None) -> Token | None:
    """The report verb of a raising passive that governs the harm ``cue``, or None: in
    "Four guards were reported killed", "two are said to have been wounded" and "one was
    said to be missing" the victims are the verb's subject and the harm its complement,
    told as hearsay (the "reportedly killed" of the annotation rules). "Police reported
    four killed" (active) and "were confirmed dead" are no such frame."""
    if cue is None or cue.dep_ not in ("xcomp", "oprd", "acomp"):
        return None
    verb = cue.head
    if verb.lemma_ == "be" and verb.dep_ == "xcomp":
        verb = verb.head  # "said to be missing"
    if verb.lemma_.lower() not in RAISING_REPORT_VERBS or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    return verb
