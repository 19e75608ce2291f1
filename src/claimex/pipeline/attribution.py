"""``claimex_attribution``: who makes each claim, and how sure the text is of it.

Runs after ``claimex_claims`` and completes the claim dicts in ``doc._.claimex_claims``:

* ``speaker``: a direct quote's speaker (:func:`claimex.rules.attribution.quote_speaker`),
  else the subject of the speech verb the figure's clause reports ("the army said it
  killed 30 fighters"; a pronoun subject is the last speaker named before it), else the
  object of "according to". None when nobody is quoted: the caller then attributes the
  claim to the comment's author or the article.
* ``modality``: ``hypothetical`` ("if", "suppose", "would"), ``question`` (the sentence
  asks), ``negated`` ("killed no civilians", "did not kill", a speaker who denies),
  ``hedged`` (a hedge word in the sentence) or ``asserted``; ``hedges`` lists the hedge
  words found.

Cue lexicons (speech verbs, hedges, negators, hypothetical markers) are JSONL
(``resources/attribution_cues.jsonl`` plus a user's own), loaded at ``initialize`` and
saved by ``to_disk``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import orjson
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path, registry

from claimex.errors import ConfigError
from claimex.io.jsonl import read_config_jsonl
from claimex.pipeline.extensions import doc_text, register_extensions
from claimex.rules.attribution import find_quotes, is_question, matched_cues, quote_speaker

CUE_KINDS = ("speech_verb", "hedge", "negator", "hypothetical")
CUES_FILE = "cues.jsonl"
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "who"}
# Verbs whose subject is the source of a figure: "the ministry put the death toll at 30",
# "the monitor recorded 40 deaths", "officials gave a toll of 12".
_COUNTING_VERBS = {"put", "give", "place", "estimate", "record", "document", "count", "tally",
                   "register", "verify", "raise", "revise", "update"}
_ACCORDING_RE = re.compile(
    r"\baccording\s+to\s+(?P<speaker>(?:the\s+|a\s+|an\s+)?[\w.'’\-]+(?:\s+(?!said\b)"
    r"[\w.'’\-]+){0,6}?)(?=\s*(?:[,.;:)]|$|\s+(?:on|in|at|who|which|that)\b))", re.I)
_SAID_AFTER_RE = re.compile(r",\s*(?P<speaker>(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[\w.'’\-]+){0,5}?)"
                            r"\s+(?P<cue>said|says|told|reported|added|claimed)\s*[.,]", re.I)


@registry.misc("claimex.attribution_cues.v1")
def builtin_and_user_attribution_cues(builtin: bool = True, paths: list[str] = []  # noqa: B006
                                      ) -> list[dict[str, str]]:
    """Registered as ``claimex.attribution_cues.v1``: the shipped lexicon plus a user's own."""
    rows: list[dict[str, Any]] = []
    if builtin:
        with resources.as_file(
            resources.files("claimex.resources") / "attribution_cues.jsonl"
        ) as shipped:
            rows.extend(read_config_jsonl(shipped, "attribution cue lexicon"))
    for path in paths:
        rows.extend(read_config_jsonl(path, "attribution cue lexicon"))
    for row in rows:
        if row.get("kind") not in CUE_KINDS or not isinstance(row.get("text"), str):
            raise ConfigError(f"attribution cue {row!r}: kind must be one of {CUE_KINDS}")
    return [{"kind": row["kind"], "text": row["text"]} for row in rows]


class Attributor:
    """Fills speaker, modality and hedges of the doc's claims; see the module docstring."""

    def __init__(self, name: str):
        register_extensions()
        self.name = name
        self._build([])

    def _build(self, cues: list[dict[str, str]]) -> None:
        self.cues = cues
        by_kind: dict[str, set[str]] = {kind: set() for kind in CUE_KINDS}
        for cue in cues:
            by_kind[cue["kind"]].add(cue["text"].lower())
        self.speech_verbs = frozenset(by_kind["speech_verb"])
        self.hedges = frozenset(by_kind["hedge"])
        self.negators = frozenset(by_kind["negator"])
        self.hypothetical = frozenset(by_kind["hypothetical"])

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None, cues: list[dict[str, str]] | None = None
                   ) -> None:
        """Load the cue lexicon (usually from ``claimex.attribution_cues.v1``)."""
        self._build(cues if cues is not None else builtin_and_user_attribution_cues())

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / CUES_FILE).write_bytes(
            b"".join(orjson.dumps(c, option=orjson.OPT_APPEND_NEWLINE) for c in self.cues))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Attributor:
        self._build(read_config_jsonl(ensure_path(path) / CUES_FILE, "attribution cues"))
        return self

    def __call__(self, doc: Doc) -> Doc:
        claims = doc._.claimex_claims
        if not claims:
            return doc
        text = doc_text(doc)
        quotes = find_quotes(text)
        parsed = doc.has_annotation("DEP")
        last_named: list[dict[str, Any]] = []
        for claim in claims:
            figure = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
            if figure is None:
                continue
            sentence = _sentence(doc, figure)
            speaker = self._quoted(text, quotes, claim)
            if speaker is None:
                speaker = (self._reported_parsed(figure, sentence) if parsed
                           else _reported_window(sentence))
            if speaker is not None and speaker["text"].lower() in _PRONOUNS:
                speaker = {**last_named[-1], "cue": speaker["cue"],
                           "kind": speaker["kind"]} if last_named else None
            if speaker is not None:
                last_named.append(speaker)
            claim["speaker"] = speaker
            claim["modality"], claim["hedges"] = self._modality(claim, sentence, figure,
                                                                speaker)
        return doc

    def _quoted(self, text: str, quotes: list[tuple[int, int]], claim: dict[str, Any]
                ) -> dict[str, Any] | None:
        for quote in quotes:
            if quote[0] <= claim["start"] < quote[1]:
                found = quote_speaker(text, quote)
                if found is None:
                    return None
                return {"text": found.text, "start": found.start, "end": found.end,
                        "cue": found.cue, "kind": "quoted", "via": found.via}
        return None

    def _reported_parsed(self, figure: Span, sentence: Span) -> dict[str, Any] | None:
        """The subject of the nearest speech verb above the figure in the parse, or the
        object of "according to" in its sentence."""
        token: Token = figure.root
        seen = 0
        while token.head is not token and seen < 12:
            token = token.head
            seen += 1
            if token.lower_ in ("quoted", "quotes", "cited", "cites"):
                quoted = [c for c in token.children if c.dep_ == "dobj"]
                outlet = [c for c in token.children if c.dep_ == "nsubj"]
                if quoted:
                    found = _phrase(quoted[0], token.text, "reported")
                    found["via"] = _phrase(outlet[0], "", "")["text"] if outlet else None
                    return found
            if token.pos_ == "VERB" and (token.lower_ in self.speech_verbs or
                                         token.lemma_ in _COUNTING_VERBS) and \
                    not _claims_a_thing(token):
                if _is_passive(token):
                    # "were reported killed", "the toll was put at 30 by the ministry": the
                    # passive subject is what is said; the agent, if any, says it
                    agents = [o for c in token.children if c.dep_ == "agent"
                              for o in c.children if o.dep_ == "pobj"]
                    if agents:
                        return _phrase(agents[0], token.text, "reported")
                    continue
                holder = token
                if token.dep_ == "conj" and not _subjects(token):
                    holder = token.head  # "denied the report and said only 12 ...": the
                    # shared subject sits on the first verb, the cue is the nearer one
                subjects = _subjects(holder)
                if subjects:
                    return _speaker(subjects[0], token, figure)
        for token in sentence:
            if token.lower_ == "according":
                objects = [o for prep in token.children for o in prep.children
                           if o.dep_ == "pobj"]
                objects += [o for o in token.children if o.dep_ == "pobj"]
                if objects:
                    return _phrase(objects[0], "according to", "reported")
        for token in sentence:
            if token.lower_ in self.speech_verbs and token.pos_ == "VERB" and token.dep_ in (
                    "ROOT", "parataxis") and token.i > figure.end:
                subjects = [c for c in token.children if c.dep_ == "nsubj"]
                if subjects:
                    return _phrase(subjects[0], token.text, "reported")
        return None

    def _modality(self, claim: dict[str, Any], sentence: Span, figure: Span,
                  speaker: dict[str, Any] | None) -> tuple[str, list[str]]:
        text = sentence.text
        hedges = [h for h in matched_cues(text, self.hedges) if h != "may" or " may " in text]
        before = text[:max(0, claim["start"] - sentence.start_char)]
        if matched_cues(before, self.hypothetical) or _hypothetical_after(text, self.hypothetical):
            return "hypothetical", hedges
        if is_question(text):
            return "question", hedges
        denied = speaker is not None and (speaker.get("cue") or "").lower() in (
            "denied", "denies")
        if claim.get("negated") or denied or _negated_figure(figure) or text.strip().lower(
                ).startswith("not "):
            return "negated", hedges
        if hedges:
            return "hedged", hedges
        return "asserted", hedges


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _claims_a_thing(verb: Token) -> bool:
    """"claimed the lives of 129 loyalists", "claimed responsibility": "claim" with an
    object is no speech verb (a speaker claims that something happened)."""
    return verb.lemma_ == "claim" and any(c.dep_ == "dobj" for c in verb.children)


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
            and c.lower_ not in ("it", "which", "that")]


def _hypothetical_after(text: str, cues: frozenset[str]) -> bool:
    return any(c in ("would have", "would") for c in matched_cues(text, cues))


def _negated_figure(figure: Span) -> bool:
    """"did not kill 40": a negation on the first verb above the figure (needs the parse;
    spaCy must not be asked for heads it does not have)."""
    if not figure.doc.has_annotation("DEP"):
        return False
    head = figure.root.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "neg" for c in head.children)
        if head.head is head:
            break
        head = head.head
    return False


def _sentence(doc: Doc, span: Span) -> Span:
    if doc.has_annotation("SENT_START"):
        return span[0].sent
    return doc[:]


def _phrase(head: Token, cue: str, kind: str) -> dict[str, Any]:
    tokens = [t for t in head.subtree if t.dep_ not in ("punct", "relcl", "acl")
              or t.i == head.i]
    start, end = tokens[0].i, tokens[-1].i + 1
    while end - start > 1 and head.doc[end - 1].is_punct:
        end -= 1
    span = head.doc[start:end]
    return {"text": span.text, "start": span.start_char, "end": span.end_char, "cue": cue,
            "kind": kind, "via": None}


def _speaker(subject: Token, verb: Token, figure: Span) -> dict[str, Any]:
    """The subject of a speech verb as the speaker; where the parse folded the figure's own
    words into that subject ("..., wounding at least 11 people, including five women, the
    camp's management unit said"), the words after its last comma before the verb."""
    found = _phrase(subject, verb.text, "reported")
    if not found["start"] <= figure.start_char < found["end"]:
        return found
    doc = subject.doc
    commas = [t.i for t in doc[figure.end:verb.i] if t.text == ","]
    if not commas:
        return found
    span = doc[commas[-1] + 1:verb.i]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in span):
        return found
    return {"text": span.text, "start": span.start_char, "end": span.end_char,
            "cue": verb.text, "kind": "reported", "via": None}


def _reported_window(sentence: Span) -> dict[str, Any] | None:
    """Without a parse: "according to X", or ", X said." at the end of the sentence."""
    text = sentence.text
    for pattern, cue in ((_ACCORDING_RE, "according to"), (_SAID_AFTER_RE, None)):
        match = pattern.search(text)
        if match:
            start = sentence.start_char + match.start("speaker")
            name = match.group("speaker")
            return {"text": name, "start": start, "end": start + len(name),
                    "cue": cue or match.group("cue"), "kind": "reported", "via": None}
    return None


@Language.factory(
    "claimex_attribution", default_config={},
    requires=["doc._.claimex_claims", "token.is_sent_start"],
    assigns=["doc._.claimex_claims"],
)
def make_attribution(nlp: Language, name: str) -> Attributor:
    """The ``claimex_attribution`` factory (``spacy_factories`` entry point)."""
    return Attributor(name)
