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

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import orjson
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path

from claimex.io.jsonl import read_config_jsonl
from claimex.pipeline.attribution.antecedents import canonical, doc_speakers
from claimex.pipeline.attribution.cues import (  # the registered lexicon, re-exported
    CUE_KINDS,
    builtin_and_user_attribution_cues,
    expand_cue_rows,
)
from claimex.pipeline.attribution.documents import mute_document
from claimex.pipeline.attribution.headings import heading_speaker, heading_subject
from claimex.pipeline.attribution.modality import modality
from claimex.pipeline.attribution.parse import (
    _PRONOUN_WORDS,
    _antecedent,
    _claims_a_thing,
    _introduction,
    _not_speech_frame,
    _phrase,
    _reported_window,
    _sentence,
    _subjects,
    line_end_tokens,
)
from claimex.pipeline.attribution.reported import reported_parsed
from claimex.pipeline.entities import ENTITIES_KEY
from claimex.pipeline.extensions import doc_text, register_extensions
from claimex.rules.attribution import (
    chain_quote_speakers,
    fills_paragraph,
    find_quotes,
    headline_speaker,
    next_paragraph,
    quote_speaker,
)

CUES_FILE = "cues.jsonl"

# Entity labels of a name before a colon that says where, not who.
_PLACE_LABELS = frozenset({"COUNTRY", "PLACE"})


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
        self.finding_verbs = frozenset(by_kind["finding_verb"])
        self.source_nouns = frozenset(by_kind["source_noun"])
        self.headline_stop = frozenset(by_kind["headline_stop"])
        self.asserting = frozenset(by_kind["asserting"])
        # verbs that name a speaker only next to a quote ("“…,” Cruz continued")
        # lemmas: verbs whose subject takes a stand on what their object says ("Trump
        # pledged to deport 11 million"), and verbs whose subject is evidence ("the email
        # shows ...")
        self.stance_verbs = frozenset(by_kind["stance_verb"])
        self.evidence_verbs = frozenset(by_kind["evidence_verb"])
        self.not_speech = frozenset(by_kind["not_speech_frame"])  # "add to", "slam into"
        self._sentence_sources = {}  # per document: "according to X" of each sentence
        self._subjects_cache = {}  # per document: token index -> its subjects
        self._in_sources_cache = {}  # per document: token index -> its "in" documents
        self.quote_verbs = self.speech_verbs | frozenset(by_kind["quote_verb"]) | frozenset(
            v for v in self.finding_verbs if v not in ("has", "have", "had"))

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
        self._build(expand_cue_rows(read_config_jsonl(ensure_path(path) / CUES_FILE,
                                                      "attribution cues")))
        return self

    def __call__(self, doc: Doc) -> Doc:
        claims = doc._.claimex_claims
        if not claims:
            return doc
        text = doc_text(doc)
        quotes = find_quotes(text)
        speakers = chain_quote_speakers(text, quotes, [
            quote_speaker(text, q, verbs=self.quote_verbs) for q in quotes])
        parsed = doc.has_annotation("DEP")
        self._sentence_sources: dict[tuple[int, int], dict[str, Any] | None] = {}
        self._subjects_cache: dict[int, list[Token]] = {}
        self._in_sources_cache: dict[int, list[tuple[int, Token]]] = {}
        named: list[dict[str, Any]] = []  # the speakers named so far, for "he said"
        everyone: list[dict[str, Any]] | None = None  # every speech verb's subject, quote speaker
        line_ends = line_end_tokens(doc, text)
        for claim in claims:
            figure = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
            if figure is None:
                continue
            sentence = _sentence(doc, figure, line_ends)
            speaker = self._quoted(doc, quotes, speakers, claim, parsed)
            if speaker is None:
                speaker = self._no_heading(doc, text, reported_parsed(self, figure, sentence)
                                           if parsed else _reported_window(sentence))
            if speaker is None:
                speaker = self._no_heading(doc, text, self._headline(doc, text, claim["start"]))
            if speaker is None and parsed:
                speaker = self._no_heading(doc, text,
                                           self._introduced(doc, text, claim["start"]))
            if speaker is not None and speaker.get("canonical") is None:
                if everyone is None:  # once a document, where a claim needs it
                    everyone = doc_speakers(doc, self._is_cue, speakers) if parsed else []
                speaker["canonical"] = canonical(doc, speaker, named, everyone, self._is_source,
                                                 _antecedent) if parsed else None
            if speaker is not None and speaker["text"].lower() not in _PRONOUN_WORDS:
                named.append(speaker)
            claim["speaker"] = speaker
            claim["modality"], claim["hedges"] = modality(self, claim, sentence, figure,
                                                          speaker)
        return doc

    def _no_heading(self, doc: Doc, text: str,
                    speaker: dict[str, Any] | None) -> dict[str, Any] | None:
        """``speaker``, unless it is a heading label that names nobody ("Older Dispatches:",
        "Desk Memo:"; :mod:`~claimex.pipeline.attribution.headings`)."""
        return None if heading_speaker(doc, text, speaker, self) else speaker

    def _quoted(self, doc: Doc, quotes: list[tuple[int, int]], speakers: list[Any],
                claim: dict[str, Any], parsed: bool) -> dict[str, Any] | None:
        """The speaker of the quote the figure stands in: named around it, or (a quote opening
        a paragraph after one that ends with a colon: "Cruz continued:") the subject of the
        sentence before the colon; quoted paragraphs that follow such a quote, naming nobody,
        go on with it ("Ward stated:⏎⏎"…"⏎⏎"…"")."""
        text = doc_text(doc)
        for index, (quote, found) in enumerate(zip(quotes, speakers, strict=True)):
            if not quote[0] <= claim["start"] < quote[1]:
                continue
            if found is not None:
                return {"text": found.text, "start": found.start, "end": found.end,
                        "cue": found.cue, "kind": "quoted", "via": found.via}
            while parsed:
                intro = _introduction(doc, quotes[index][0])
                if intro is not None:
                    found = self._introducer(intro)
                    return {**found, "kind": "quoted"} if found is not None else None
                if index == 0 or speakers[index - 1] is not None or not (
                        fills_paragraph(text, *quotes[index]) and
                        next_paragraph(text[quotes[index - 1][1]:quotes[index][0]])):
                    return None
                index -= 1
            return None
        return None

    def _introduced(self, doc: Doc, text: str, at: int) -> dict[str, Any] | None:
        """A paragraph right after one that ends with a colon ("The group also points out
        some statistics:⏎⏎The minimum wage is $7.25 ...") belongs to whoever introduced it."""
        paragraph = text.rfind("\n", 0, at)
        if paragraph < 0:
            return None
        intro = _introduction(doc, paragraph + 1)
        return self._introducer(intro) if intro is not None else None

    def _introducer(self, sentence: Span) -> dict[str, Any] | None:
        """Who introduces what follows a colon: "Cruz continued:", "According to X:"."""
        for token in sentence:
            if token.lower_ == "according":
                objects = [o for prep in token.children for o in prep.children
                           if o.dep_ == "pobj"] + [o for o in token.children if o.dep_ == "pobj"]
                if objects:
                    return _phrase(objects[0], "according to", "reported")
        root = sentence.root
        subjects = _subjects(root)
        if subjects and (self._is_cue(root) or root.pos_ == "VERB"):
            return _phrase(subjects[0], root.text, "reported")
        if root.pos_ in ("NOUN", "PROPN") and root.lemma_.lower() in self.source_nouns:
            return _phrase(root, "", "reported")  # "Transcript as follows:"
        return None

    def _is_cue(self, token: Token) -> bool:
        return (token.lower_ in self.speech_verbs or token.lemma_ in self.speech_verbs) and \
            not _claims_a_thing(token) and not _not_speech_frame(token, self.not_speech)

    def _is_source(self, token: Token) -> bool:
        """A document, poll, report or data release ("the poll", "new filings")."""
        return token.lemma_.lower() in self.source_nouns or token.lower_ in self.source_nouns

    def _headline(self, doc: Doc, text: str, at: int) -> dict[str, Any] | None:
        """"Senator: 12 bridges need repair": the name before a line's colon; not a place
        or country, which says where, not who ("Syria: two soldiers were killed")."""
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        found = headline_speaker(line, self.headline_stop)
        if found is None or line_start + found[1] >= at:
            return None
        start, end = line_start + found[0], line_start + found[1]
        if any(e.label_ in _PLACE_LABELS and e.start_char <= start and end <= e.end_char
               for e in doc.spans.get(ENTITIES_KEY, [])):
            return None
        return {"text": text[start:end], "start": start, "end": end, "cue": ":",
                "kind": "reported", "via": None}

    def _said_after(self, figure: Span, sentence: Span) -> dict[str, Any] | None:
        """", X said." after the figure, or a parenthetical ", X said," anywhere; a
        finding verb there needs a document subject (", a survey found.")."""
        for token in sentence:
            if token.pos_ != "VERB" or not (
                    (token.dep_ == "ROOT" and token.i > figure.end) or token.dep_ == "parataxis"
                    or (token.dep_ == "relcl" and token.i > figure.end
                        and token.i == sentence.end - 2)):
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects:
                continue
            finding = token.lower_ in self.finding_verbs or token.lemma_ in self.finding_verbs
            if self._is_cue(token) or (finding and self._is_source(subjects[0])):
                found = _phrase(subjects[0], token.text, "reported")
                if not found["start"] <= figure.start_char < found["end"]:
                    return found
        return None

    def _sentence_source(self, sentence: Span) -> dict[str, Any] | None:
        """A source for the whole sentence: "according to X", "per X", "as reported by X",
        "by X's tally"."""
        for token in sentence:
            if token.lower_ == "according":
                objects = [o for prep in token.children for o in prep.children
                           if o.dep_ == "pobj"]
                objects += [o for o in token.children if o.dep_ == "pobj"]
                if objects:
                    return _phrase(objects[0], "according to", "reported")
            elif token.lower_ == "per" and token.dep_ == "prep":
                objects = [o for o in token.children if o.dep_ == "pobj"]
                if objects and (objects[0].pos_ == "PROPN" or self._is_source(objects[0])):
                    return _phrase(objects[0], "per", "reported")
            elif token.lower_ == "by" and token.dep_ in ("agent", "prep") and \
                    self._is_cue(token.head) and any(
                        c.dep_ == "mark" and c.lower_ == "as" for c in token.head.children):
                objects = [o for o in token.children if o.dep_ == "pobj"]
                if objects:
                    return _phrase(objects[0], f"as {token.head.text} by", "reported")
            elif token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                               for c in token.children) and (
                    self._is_cue(token) or token.lemma_ in self.finding_verbs or
                    token.lemma_ == "put"):
                # "As another Pew study noted, ...", "As the chief executive put it, ..."
                subjects = [c for c in token.children if c.dep_ == "nsubj"]
                if subjects:
                    return _phrase(subjects[0], f"as {token.text}", "reported")
            elif token.lower_ == "by" and token.dep_ == "prep":
                objects = [o for o in token.children if o.dep_ == "pobj"]
                if objects and self._is_source(objects[0]) and objects[0].lower_ != "report":
                    return _phrase(objects[0], "by", "reported")
        return None

    def _source_of(self, sentence: Span) -> dict[str, Any] | None:
        """:meth:`_sentence_source`, once a sentence ("according to X" and its kin)."""
        key = (sentence.start, sentence.end)
        if key not in self._sentence_sources:
            self._sentence_sources[key] = self._sentence_source(sentence)
        return self._sentence_sources[key]

    def _document_subject(self, verb: Token) -> bool:
        """A data source subject of any verb ("the poll has Clinton at 46 percent"); a piece
        of writing ("the report was wrong") speaks only through a reporting verb."""
        return any(self._is_source(s) and not mute_document(s) for s in self._subjects_of(verb))

    def _subjects_of(self, verb: Token) -> list[Token]:
        """:func:`~claimex.pipeline.attribution.parse._subjects`, once a token of the
        document (the walks up from each figure cross the same verbs); callers must not
        change the list."""
        found = self._subjects_cache.get(verb.i)
        if found is None:  # a heading the parser hung on the verb is none of them
            text = doc_text(verb.doc)
            found = self._subjects_cache[verb.i] = [
                s for s in _subjects(verb) if not heading_subject(s, text, self)]
        return found

    def _in_source(self, token: Token, child: Token | None) -> dict[str, Any] | None:
        """"In a CBS News poll, Trump led by 13 points": a document after "in" on a word
        above the figure (not on the branch that holds the figure)."""
        for prep, obj in self._in_sources_of(token):
            if child is not None and prep == child.i:
                continue
            return _phrase(obj, "in", "reported")
        return None

    def _in_sources_of(self, token: Token) -> list[tuple[int, Token]]:
        """The "in" preps of a token that have a document object (:meth:`_is_source`),
        each as its index and its first such object, in order; once a token of the
        document."""
        found = self._in_sources_cache.get(token.i)
        if found is None:
            found = self._in_sources_cache[token.i] = [
                (prep.i, objects[0]) for prep in token.children
                if prep.dep_ == "prep" and prep.lower_ == "in"
                for objects in ([obj for obj in prep.children
                                 if obj.dep_ == "pobj" and self._is_source(obj)],)
                if objects]
        return found


@Language.factory(
    "claimex_attribution", default_config={},
    requires=["doc._.claimex_claims", "token.is_sent_start"],
    assigns=["doc._.claimex_claims"],
)
def make_attribution(nlp: Language, name: str) -> Attributor:
    """The ``claimex_attribution`` factory (``spacy_factories`` entry point)."""
    return Attributor(name)
