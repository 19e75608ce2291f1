"""``claimex_claims``: every figure in a text as a claim, casualty figures tied to their cue.

Figures come from :func:`claimex.rules.numbers.find_quantities`. Casualty cues ("killed",
"were wounded", "death toll", "casualties", "detained", "fled") come from a JSONL lexicon
(``resources/casualty_cues.jsonl`` plus a user's own files, :mod:`.cues`) loaded at
``initialize`` and saved by ``to_disk``. A count is a casualty claim only when a linking
rule (:data:`claimex.pipeline.claims.registry.LINKERS`: the grammatical frames of the
parse, the window rules without one) ties it to a cue; every other figure is a
``quantity`` claim. Press-release implicit counts ("killed the Taliban leader") become
casualty claims too (:mod:`.implicit`).

Claims go to ``doc.spans[spans_key]`` over the figure's tokens and, in the same order, to
``doc._.claimex_claims`` as plain dicts with character offsets relative to the doc (a span
extension cannot hold them: several figures can share one token, "22,24,26").

>>> import spacy
>>> nlp = spacy.blank("en"); finder = nlp.add_pipe("claimex_claims"); _ = nlp.initialize()
>>> [c["category"] for c in nlp("12 soldiers were killed")._.claimex_claims]
['killed']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import orjson
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path

from claimex import lexicon
from claimex.pipeline.claims.cue_words import is_disjunctive, joint_category, unit_word
from claimex.pipeline.claims.cues import CueIndex, Cues, builtin_and_user_cues, read_cues
from claimex.pipeline.claims.custody import custody_taken
from claimex.pipeline.claims.displacement import Head, restated
from claimex.pipeline.claims.figure import HOUSING_ONLY, Figure, Link
from claimex.pipeline.claims.furniture import drop_furniture
from claimex.pipeline.claims.grammar import counted_noun, is_negated
from claimex.pipeline.claims.harm_agents import mark_victims_other_than_agent
from claimex.pipeline.claims.implicit import Antecedents, ImplicitCounts
from claimex.pipeline.claims.light_verbs import light_verb_counts
from claimex.pipeline.claims.linking.windows import figure_label
from claimex.pipeline.claims.narrative import (
    DEFINITE_WORDS,
    REPORTING_VERBS,
    cue_token,
    is_additive,
    is_background,
    is_bystander_cue,
    mark_rank_and_file,
    mark_sequels,
)
from claimex.pipeline.claims.registry import link_figure, link_parsed
from claimex.pipeline.claims.roles import actor, location, place_spans, subject
from claimex.pipeline.claims.scope import mark_scope
from claimex.pipeline.claims.scope_breakdowns import mark_breakdowns
from claimex.pipeline.claims.scope_marks import mark_repeats, mark_revisions
from claimex.pipeline.claims.uncounted import uncounted_casualties
from claimex.pipeline.claims.victim_lists import recover_listed_victims
from claimex.pipeline.claims.victims import is_outcome_open, mark_outcomes
from claimex.pipeline.extensions import doc_text, register_extensions
from claimex.rules.casualties import (
    DISPLACEMENT_UNITS,
    displacement_unit,
    label_unit,
    person_classes,
    whole_count_bounds,
)
from claimex.rules.numbers import Quantity, find_quantities, find_zero_quantifiers
from claimex.rules.place_shares import places_sharing_each


def _each_follows(doc: Doc, end: int) -> bool:
    """Whether "each" is one of the two words after a figure ending at token ``end``, the
    only place :func:`places_sharing_each` looks for it ("two each in ...", "two people each
    ..."): the cheap test that spares most figures the list of words it reads."""
    return any(doc[i].lower_ == "each" for i in range(end, min(end + 2, len(doc))))


CUES_FILE = "cues.jsonl"
REPORTING_FILE = "reporting_verbs.json"


class ClaimFinder:
    """Finds figures and ties casualty figures to their cues; see the module docstring."""

    def __init__(self, nlp: Language, name: str, spans_key: str, entities_key: str,
                 window: int):
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.entities_key = entities_key
        self.window = window
        self.reporting_verbs: frozenset[str] = REPORTING_VERBS
        self._implicit = ImplicitCounts(entities_key)
        self._build([])

    @property
    def cues(self) -> list[dict[str, Any]]:
        """The cue rows in use (lexicon rows, see :mod:`claimex.pipeline.claims.cues`)."""
        return self._index.rows

    def _build(self, cues: list[dict[str, Any]]) -> None:
        self._index = CueIndex(self.nlp, cues)

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None, cues: list[dict[str, Any]] | None = None,
                   speech_verbs: list[str] | None = None) -> None:
        """Load the cue lexicon (usually from ``claimex.casualty_cues.v1``) and the verbs
        that make a clause reported speech: the shared word list plus ``speech_verbs``
        (any form: "tweeted" adds "tweet")."""
        self._build(cues if cues is not None else builtin_and_user_cues())
        extra = {lemma for verb in speech_verbs or () for lemma in lexicon.lemmas_of(verb)}
        self.reporting_verbs = REPORTING_VERBS | frozenset(extra)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / CUES_FILE).write_bytes(
            b"".join(orjson.dumps(c, option=orjson.OPT_APPEND_NEWLINE) for c in self.cues))
        (path / REPORTING_FILE).write_bytes(orjson.dumps(sorted(self.reporting_verbs)))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClaimFinder:
        path = ensure_path(path)
        self._build(read_cues(path / CUES_FILE))
        if (path / REPORTING_FILE).is_file():
            self.reporting_verbs = frozenset(orjson.loads((path / REPORTING_FILE).read_bytes()))
        return self

    def _figure(self, doc: Doc, span: Span, words: Span, cues: Cues, parsed: bool
                ) -> Figure:
        if parsed:
            counted = counted_noun(span)
        else:
            counted = doc[span.end] if span.end < len(doc) and doc[span.end].is_alpha else None
        return Figure(doc, span, words, counted, cues, parsed, self.window, link_parsed)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        cues = self._index.find(doc)
        parsed = doc.has_annotation("DEP")
        if parsed:  # "took custody of two stowaways" (frame: custody taken)
            cues.update(custody_taken(doc, cues))
        claims: list[tuple[Span, dict[str, Any]]] = []
        antecedents: Antecedents = []
        heads: dict[int, Head] = {}
        places = place_spans(doc, self.entities_key)
        self._implicit.places = (doc, places)  # its claims' locations read the same places
        figures = find_quantities(text)
        stated = {(q.start, q.end) for q in figures}
        zeros = [q for q in find_zero_quantifiers(text) if (q.start, q.end) not in stated]
        for quantity in [*figures, *zeros]:
            span = doc.char_span(quantity.value_start, quantity.value_end,
                                 alignment_mode="expand")
            if span is None:
                continue
            # the figure's words with its qualifier ("at least 13"), as its evidence spans them
            words = doc.char_span(quantity.start, quantity.end, alignment_mode="expand") or span
            figure = self._figure(doc, span, words, cues, parsed)
            counted = figure.counted if quantity.kind == "count" else None
            link = link_figure(figure) if quantity.kind == "count" else None
            if link is not None and parsed and quantity.high != 0 and is_disjunctive(
                    link.cue, cues):
                link = None  # "captured or killed": the figure is known to be neither
            if link is not None and joint_category(link.cue, cues) is not None:
                # "50 dead and wounded": the lexicon's phrase counts both
                link = Link(link.cue, "killed_or_injured", link.kind, link.rule)
            if link is None and quantity in zeros:
                continue
            if link is not None and link.category == "displaced" and counted is not None:
                head = restated(doc, words, displacement_unit(unit_word(counted)), heads)
                if head is not None:
                    # "About 125 families (more than 800 people)": one claim, the figure
                    # stated first, which takes the cue if the restatement has it
                    _, index, first, first_span, first_counted = head
                    if claims[index][1]["category"] != "displaced":
                        claim = self._claim(doc, text, first, first_span, first_counted, link,
                                            cues, places)
                        claim["counted"] = first_counted.i
                        claims[index] = (first_span, claim)
                    link = None
            if parsed and counted is not None and quantity.kind == "count" and \
                    counted.pos_ in ("NOUN", "PROPN") and counted.i >= span.end:
                antecedents.append((counted.i, counted.lemma_.lower(), quantity))
            claim = self._claim(doc, text, quantity, span, counted, link, cues, places)
            if link is not None and counted is not None:
                claim["counted"] = counted.i
                if span.start > 0 and doc[span.start - 1].lower_ in DEFINITE_WORDS:
                    # "killing all 11 insurgents": the group of 11 introduced before
                    earlier = [q for i, lemma, q in antecedents if i < span.start and
                               lemma == counted.lemma_.lower() and q.low == quantity.low]
                    if earlier:
                        claim["antecedent_at"] = earlier[-1].start
            if parsed and counted is not None and quantity.kind == "count" and \
                    counted.i >= span.end and (claim["category"] in ("displaced", "count")):
                word = unit_word(counted).lower()
                if claim["category"] == "displaced" or word in DISPLACEMENT_UNITS:
                    heads[counted.i] = (displacement_unit(word), len(claims), quantity, span,
                                        counted)
            claims.append((span, claim))
        if parsed:
            counted_by = {c["counted"]: c for _, c in claims if c.get("counted") is not None}
            counted_by.update((span.root.i, c) for span, c in claims if c["type"] == "casualty")
            taken = {s.start for s, _ in claims}
            claims.extend(self._implicit.find(doc, cues, counted_by, taken, antecedents))
            claims.extend(light_verb_counts(doc, cues, taken, self._implicit._implicit_claim))
            claims = recover_listed_victims(doc, claims)
            claims.extend(uncounted_casualties(doc, cues, claims,
                                               self._implicit._implicit_claim))
            mark_outcomes(doc, claims, cues)
            mark_rank_and_file(doc, claims)
            mark_sequels(doc, claims, self.reporting_verbs)
            mark_victims_other_than_agent(doc, claims)
        self._implicit.places = (None, None)  # the doc is not kept past its call
        claims = drop_furniture(doc, text, claims)
        mark_scope(doc, claims)
        mark_breakdowns(claims)
        mark_revisions(doc, claims)
        mark_repeats(doc, claims)
        for _, claim in claims:
            counted = claim.pop("counted", None)
            nouns = claim.pop("class_nouns", None) or ([counted] if counted is not None else [])
            if claim["type"] == "casualty" and parsed:
                claim["classes"] = person_classes([doc[i].lemma_ for i in nouns])
                if claim["category"] == "injured":
                    cue = cue_token(doc, claim)
                    claim["outcome_open"] = cue is not None and is_outcome_open(
                        cue, doc[counted] if counted is not None else None)
                if claim["classes"] == ["civilian"]:
                    cue = cue_token(doc, claim)
                    claim["bystander"] = cue is not None and is_bystander_cue(cue)
        spans = []
        for span, claim in sorted(claims, key=lambda item: item[1]["start"]):
            spans.append((Span(doc, span.start, span.end, label=claim["category"]), claim))
        doc.spans[self.spans_key] = [s for s, _ in spans]
        doc._.claimex_claims = [claim for _, claim in spans]
        return doc

    def _claim(self, doc: Doc, text: str, quantity: Quantity, span: Span, counted: Token | None,
               link: Link | None, cues: Cues, places: list[Span] | None = None
               ) -> dict[str, Any]:
        """The claim dict of a figure, a casualty claim where ``link`` ties it to a cue;
        ``places``: the doc's :func:`~claimex.pipeline.claims.roles.place_spans`."""
        if link is None:
            category, rule, kind, cue = _quantity_category(quantity), "quantity", "quantity", None
        else:
            cue, category, rule, kind = link.cue, link.category, link.rule, "casualty"
        low, high = quantity.low, quantity.high
        if kind == "casualty" and category != "displaced":
            low, high = whole_count_bounds(low, high, quantity.qualifier)
        if kind == "casualty" and low is not None and _each_follows(doc, span.end):
            # "one each in Alba, Brenn and Corvo": the figure stands for each place
            shares = places_sharing_each([t.text for t in doc[span.end:span.end + 24]])
            if shares:
                low, high = low * shares, None if high is None else high * shares
        unit = quantity.unit
        if category == "displaced":
            unit = displacement_unit(unit_word(counted) if counted is not None else None)
            if rule == "cue_label":
                unit = label_unit([t.text for t in figure_label(doc, span)])
            elif cue is not None and cue.lower_ in HOUSING_ONLY and rule != "cue_settlement" and (
                    counted is None or counted.i in range(span.start, span.end)):
                unit = "houses"  # "31 houses were destroyed and more than 300 damaged"
        negated = quantity.low == 0 and quantity.high == 0
        parsed = doc.has_annotation("DEP")
        return {
            "type": kind,
            "category": category,
            "rule": rule,
            "start": quantity.start,
            "end": quantity.end,
            "value": {"text": text[quantity.start:quantity.end], "low": low,
                      "high": high, "qualifier": quantity.qualifier, "unit": unit},
            "subject": subject(counted, span),
            "actor": actor(cue, counted) if cue is not None and link.kind != "intransitive"
            else None,
            "location": location(doc, cue if cue is not None else span.root, self.entities_key,
                                 places),
            "negated": negated or (cue is not None and is_negated(cue)),
            "cue_start": cue.idx if cue is not None else None,
            "additive": cue is not None and parsed and (
                rule == "cue_gapped" or is_additive(counted, cue, cues)),
            "background": cue is not None and parsed and is_background(cue, counted),
        }


def _quantity_category(quantity: Quantity) -> str:
    return quantity.kind if quantity.kind in ("count", "percent", "money", "fraction",
                                              "duration", "distance") else "other"


@Language.factory(
    "claimex_claims",
    default_config={"spans_key": "claimex_claims", "entities_key": "claimex_entities",
                    "window": 6},
    requires=["doc.spans", "doc._.claimex_dates", "token.is_sent_start"],
    assigns=["doc.spans", "doc._.claimex_claims"],
)
def make_claims(nlp: Language, name: str, spans_key: str, entities_key: str,
                window: int) -> ClaimFinder:
    """The ``claimex_claims`` factory (``spacy_factories`` entry point)."""
    return ClaimFinder(nlp, name, spans_key, entities_key, window)
