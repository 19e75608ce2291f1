"""``claimex_claims``: every figure in a text as a claim, casualty figures tied to their cue.

Figures come from :func:`claimex.rules.numbers.find_quantities`. Casualty cues ("killed",
"were wounded", "death toll", "casualties", "detained", "fled") come from a JSONL lexicon
(``resources/casualty_cues.jsonl`` plus a user's own files) loaded at ``initialize`` and
saved by ``to_disk``. A figure is a casualty claim only when it is grammatically tied to a
cue: with a dependency parse, the noun it counts must be the object or passive subject of a
cue verb, the subject of an intransitive cue ("died"), modified by a cue participle
("people killed in"), or counted by a cue noun ("12 deaths", "the death toll rose to 70");
without a parse (``rules.cfg``) a short window rule stands in. Displacement is also said
by verbs that are no cue of their own (:func:`_displacement_by_verb`: "left 3,000 people
homeless", "camps housing 20,000 people", "lost their homes"); a figure that counts
places or things ("sheltering in 52 evacuation centres") or is an age after a name ("Bana
Alabed, 7,") is never a displacement figure. Every other figure is a
``quantity`` claim. Press-release style implicit counts ("killed the Taliban leader", "a
Taliban leader and two suspected insurgents", "killed no civilians") become casualty claims
too.

Claims go to ``doc.spans[spans_key]`` over the figure's tokens and, in the same order, to
``doc._.claimex_claims`` as plain dicts with character offsets relative to the doc (a span
extension cannot hold them: several figures can share one token, "22,24,26").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import orjson
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path, registry

from claimex.errors import ConfigError
from claimex.io.jsonl import read_config_jsonl
from claimex.pipeline.extensions import doc_text, register_extensions
from claimex.rules.casualties import (
    BARE_PLURAL_BOUNDS,
    CAUSATIVE_VERBS,
    DISPLACEMENT_UNITS,
    DISPLACING_ACTIONS,
    GENERIC_PERSON_WORDS,
    HOSTING_VERBS,
    PLACING_VERBS,
    POPULATION_NOUNS,
    REFUGE_PLACES,
    RESULTATIVE_VERBS,
    SETTLEMENT_NOUNS,
    SHELTER_NOUNS,
    TOTAL_NOUNS,
    UNSPECIFIED_PLURAL_BOUNDS,
    displacement_unit,
    implicit_count,
    is_bare_plural,
    is_combatant_noun,
    is_figure_label,
    is_generic_victim,
    is_non_person_noun,
    is_person_noun,
    is_role_noun,
    is_unspecified_plural,
    label_unit,
    person_classes,
    whole_count_bounds,
)
from claimex.rules.numbers import Quantity, find_quantities, find_zero_quantifiers

CUES_FILE = "cues.jsonl"
CATEGORIES = ("killed", "injured", "killed_or_injured", "captured", "missing", "displaced")
CUE_KINDS = ("verb", "intransitive", "noun", "adjective", "place")
_OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_LOCATION_LABELS = {"PLACE", "COUNTRY"}
_LINKING_VERBS = {"be", "remain", "become", "stay", "register", "report", "leave", "confirm",
                  "live", "shelter", "take", "seek", "find", "move", "arrive", "accommodate",
                  "house", "list", "record", "count", "place", "put", "join", "transfer",
                  "host"}
# Cue verbs that take places as well as people: "captured the town", "seized Robotyne".
_TERRITORY_VERBS = {"capture", "seize", "take", "overrun"}
# Verbs whose subject bears the injury named as their object: "suffered injuries".
_INJURY_VERBS = {"suffer", "sustain", "receive", "incur", "bear"}
# Prepositions that put a linked figure in a place: "live in relief camps", "moved to
# emergency shelters", "were staying at evacuation centres".
_PLACE_PREPS = {"as", "in", "at", "into", "with", "to", "inside"}


def read_cues(path: str | Path) -> list[dict[str, str]]:
    """Cue rows of a JSONL file: ``{"category": ..., "kind": ..., "text": ...}``."""
    rows = []
    for number, row in enumerate(read_config_jsonl(path, "cue lexicon"), start=1):
        if row.get("category") not in CATEGORIES or row.get("kind") not in CUE_KINDS:
            raise ConfigError(f"cue lexicon {path}, entry {number}: category must be one of "
                              f"{CATEGORIES} and kind one of {CUE_KINDS}")
        rows.append({"category": row["category"], "kind": row["kind"], "text": str(row["text"])})
    return rows


@registry.misc("claimex.casualty_cues.v1")
def builtin_and_user_cues(builtin: bool = True, paths: list[str] = []) -> list[dict[str, str]]:  # noqa: B006
    """Registered as ``claimex.casualty_cues.v1``: the shipped cue lexicon plus a user's own."""
    rows: list[dict[str, str]] = []
    if builtin:
        with resources.as_file(
            resources.files("claimex.resources") / "casualty_cues.jsonl"
        ) as shipped:
            rows.extend(read_cues(shipped))
    for path in paths:
        rows.extend(read_cues(path))
    return rows


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
        self.cues: list[dict[str, str]] = []
        self._build([])

    def _build(self, cues: list[dict[str, str]]) -> None:
        self.cues = cues
        self._matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._cue_of: dict[int, tuple[str, str]] = {}
        for cue in cues:
            key = self.nlp.vocab.strings.add(f"{cue['category']}|{cue['kind']}")
            self._cue_of[key] = (cue["category"], cue["kind"])
            self._matcher.add(f"{cue['category']}|{cue['kind']}",
                              [self.nlp.make_doc(cue["text"])])

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None, cues: list[dict[str, str]] | None = None
                   ) -> None:
        """Load the cue lexicon (usually from ``claimex.casualty_cues.v1``)."""
        self._build(cues if cues is not None else builtin_and_user_cues())

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / CUES_FILE).write_bytes(
            b"".join(orjson.dumps(c, option=orjson.OPT_APPEND_NEWLINE) for c in self.cues))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClaimFinder:
        self._build(read_cues(ensure_path(path) / CUES_FILE))
        return self

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        cues = self._find_cues(doc)
        parsed = doc.has_annotation("DEP")
        claims: list[tuple[Span, dict[str, Any]]] = []
        antecedents: list[tuple[int, str, Quantity]] = []
        # noun counted by a figure -> (its unit, the figure's claim index, quantity, span)
        heads: dict[int, _Head] = {}
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
            if quantity.kind != "count":
                counted, link = None, None
            elif parsed:
                counted = _counted_noun(span)
                link = _link_parsed(span, counted, cues) or _link_passive_window(
                    doc, span, counted, cues) or _link_active_window(doc, words, counted, cues)
            else:
                counted = doc[span.end] if span.end < len(doc) and doc[span.end].is_alpha else None
                link = _link_window(doc, span, cues, self.window)
            if link is None and quantity.kind == "count":
                link = _link_label(doc, span, cues)
            if link is None and parsed and quantity.kind == "count" and _in_headline(span, text):
                # "Strike On Apartment Kills Eight": the parse of Title Case is no guide
                link = _link_window(doc, span, cues, self.window)
            if link is None and parsed and quantity.kind == "count":
                link = _link_across_insertion(doc, words, cues)
            if link is not None and parsed and quantity.high != 0 and _is_disjunctive(
                    link[0], cues):
                link = None
            if link is None and quantity in zeros:
                continue
            if link is not None and link[1] == "displaced" and counted is not None:
                head = _restated(doc, words, displacement_unit(_unit_word(counted)), heads)
                if head is not None:
                    # "About 125 families (more than 800 people)": one claim, the figure
                    # stated first, which takes the cue if the restatement has it
                    _, index, first, first_span, first_counted = head
                    if claims[index][1]["category"] != "displaced":
                        claim = self._claim(doc, text, first, first_span, first_counted, link,
                                            cues)
                        claim["counted"] = first_counted.i
                        claims[index] = (first_span, claim)
                    link = None
            if parsed and counted is not None and quantity.kind == "count" and \
                    counted.pos_ in ("NOUN", "PROPN") and counted.i >= span.end:
                antecedents.append((counted.i, counted.lemma_.lower(), quantity))
            claim = self._claim(doc, text, quantity, span, counted, link, cues)
            if link is not None and counted is not None:
                claim["counted"] = counted.i
                if span.start > 0 and doc[span.start - 1].lower_ in _DEFINITE_WORDS:
                    # "killing all 11 insurgents": the group of 11 introduced before
                    earlier = [q for i, lemma, q in antecedents if i < span.start and
                               lemma == counted.lemma_.lower() and q.low == quantity.low]
                    if earlier:
                        claim["antecedent_at"] = earlier[-1].start
            if parsed and counted is not None and quantity.kind == "count" and \
                    counted.i >= span.end and (claim["category"] in ("displaced", "count")):
                word = _unit_word(counted).lower()
                if claim["category"] == "displaced" or word in DISPLACEMENT_UNITS:
                    heads[counted.i] = (displacement_unit(word), len(claims), quantity, span,
                                        counted)
            claims.append((span, claim))
        if parsed:
            figures = {c["counted"]: c for _, c in claims if c.get("counted") is not None}
            figures.update((span.root.i, c) for span, c in claims if c["type"] == "casualty")
            claims.extend(self._implicit_counts(doc, cues, figures,
                                                {s.start for s, _ in claims}, antecedents))
            _mark_rank_and_file(doc, claims)
            _mark_sequels(doc, claims)
        for _, claim in claims:
            counted = claim.pop("counted", None)
            nouns = claim.pop("class_nouns", None) or ([counted] if counted is not None else [])
            if claim["type"] == "casualty" and parsed:
                claim["classes"] = person_classes([doc[i].lemma_ for i in nouns])
                if claim["classes"] == ["civilian"]:
                    cue = _cue_token(doc, claim)
                    claim["bystander"] = cue is not None and _is_bystander_cue(cue)
        spans = []
        for span, claim in sorted(claims, key=lambda item: item[1]["start"]):
            result = Span(doc, span.start, span.end, label=claim["category"])
            spans.append((result, claim))
        doc.spans[self.spans_key] = [s for s, _ in spans]
        doc._.claimex_claims = [claim for _, claim in spans]
        return doc

    def _find_cues(self, doc: Doc) -> dict[int, tuple[str, str]]:
        """Token index of each cue's head word -> (category, kind)."""
        found: dict[int, tuple[str, str]] = {}
        matches = [(m, Span(doc, s, e)) for m, s, e in self._matcher(doc)]
        for match_id, span in sorted(matches, key=lambda m: -(m[1].end - m[1].start)):
            category, kind = self._cue_of[match_id]
            head = _cue_head(span, kind)
            if kind == "verb" and head.pos_ == "NOUN" and head.lower_.endswith("ing"):
                kind = "noun"  # "the killing of several ISAF soldiers"
            if head.i not in found:
                found[head.i] = (category, kind)
        return found

    def _claim(self, doc: Doc, text: str, quantity: Quantity, span: Span, counted: Token | None,
               link: tuple[Token, str, str, str] | None, cues: dict[int, tuple[str, str]]
               ) -> dict[str, Any]:
        if link is None:
            category, rule = _quantity_category(quantity), "quantity"
            kind = "quantity"
            cue = None
        else:
            cue, category, _, rule = link
            kind = "casualty"
        low, high = quantity.low, quantity.high
        if kind == "casualty" and category != "displaced":
            low, high = whole_count_bounds(low, high, quantity.qualifier)
        unit = quantity.unit
        if category == "displaced":
            unit = displacement_unit(_unit_word(counted) if counted is not None else None)
            if rule == "cue_label":
                unit = label_unit([t.text for t in _label(doc, span)])
            elif cue is not None and cue.lower_ in _HOUSING_ONLY and rule != "cue_settlement" and (
                    counted is None or counted.i in range(span.start, span.end)):
                unit = "houses"  # "31 houses were destroyed and more than 300 damaged"
        negated = quantity.low == 0 and quantity.high == 0
        return {
            "type": kind,
            "category": category,
            "rule": rule,
            "start": quantity.start,
            "end": quantity.end,
            "value": {"text": text[quantity.start:quantity.end], "low": low,
                      "high": high, "qualifier": quantity.qualifier, "unit": unit},
            "subject": _subject(counted, span),
            "actor": _actor(cue, counted) if cue is not None and link[2] != "intransitive"
            else None,
            "location": self._location(doc, cue if cue is not None else span.root),
            "negated": negated or (cue is not None and _is_negated(cue)),
            "cue_start": cue.idx if cue is not None else None,
            "additive": cue is not None and doc.has_annotation("DEP") and (
                rule == "cue_gapped" or _is_additive(counted, cue, cues)),
            "background": cue is not None and doc.has_annotation("DEP") and _is_background(
                cue, counted),
        }

    def _implicit_counts(self, doc: Doc, cues: dict[int, tuple[str, str]],
                         figures: dict[int, dict[str, Any]], taken_starts: set[int],
                         antecedents: list[tuple[int, str, Quantity]] = ()  # type: ignore[assignment]
                         ) -> list[tuple[Span, dict[str, Any]]]:
        """Casualty claims without a figure of their own: "killed the Taliban leader"
        (one), "detained a Taliban leader and two suspected insurgents" (three: the
        coordinated phrases under one cue are added up; each figure keeps its own claim;
        "the man, a facilitator, and three suspects" and "the leader along with three
        suspects" are four). Cues in a disjunction of categories ("captured or killed")
        count nothing."""
        out: list[tuple[Span, dict[str, Any]]] = []
        for index, (category, kind) in cues.items():
            cue = doc[index]
            if _is_purpose(cue):
                continue
            disjunctive = _is_disjunctive(cue, cues)
            if kind == "noun":
                victims = [obj for prep in cue.children if prep.dep_ == "prep" and
                           prep.lower_ == "of" for obj in prep.children if obj.dep_ == "pobj"]
            elif kind in ("verb", "intransitive") and cue.pos_ in ("VERB", "AUX"):
                victims = _victims(cue, kind)
            else:
                continue
            for victim in victims:
                group = _coordinated(victim, cue)
                if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for v in group
                       for c in v.children):
                    group = [victim]
                if len(group) == 1 and victim.i in figures:
                    continue
                counts = []
                highs: list[float] = []
                separate: list[Token] = []
                vague = bare = False
                unit = None
                for noun in group:
                    det = next((c for c in noun.children if c.dep_ in ("det", "predet")), None)
                    noun = _name_headed(noun)
                    if noun.i in figures:
                        figure = figures[noun.i]
                        unbounded = figure["value"]["high"] == float("inf")
                        if figure["category"] != category or unbounded or (
                                counts and category == "displaced" and
                                figure["value"]["unit"] != unit):
                            # "300 families in Tana and 1,200 people in Garissa": no sum
                            counts = None
                            break
                        unit = figure["value"]["unit"]
                        first = doc.char_span(figure["start"], figure["end"],
                                              alignment_mode="expand")
                        counts.append((noun, first[0] if first is not None else noun,
                                       figure["value"]["low"]))
                        highs.append(figure["value"]["high"])
                        vague = vague or figure["value"]["qualifier"] == "vague"
                        continue
                    plural = noun.tag_ in ("NNS", "NNPS")
                    is_name = noun.ent_type_ == "PERSON" or (noun.pos_ == "PROPN" and (
                        noun.ent_type_ in ("", "PERSON") or any(
                            c.dep_ == "appos" and is_person_noun(c.lemma_) for c in noun.children)))
                    if is_name and noun.ent_type_ != "PERSON" and cue.lemma_ in _TERRITORY_VERBS \
                            and not any(c.dep_ == "appos" for c in noun.children):
                        # "Robotyne has been captured": towns are captured too; a name
                        # counts as a captive only when the model or an apposition says who
                        counts = None
                        break
                    if noun.pos_ not in ("NOUN", "PROPN", "PRON") and not _is_person_adj(noun):
                        counts = None
                        break
                    if noun.lower_ == "them" and len(group) > 1:
                        # "detaining them along with one other insurgent": "them" counts
                        # the people it takes up
                        taken_up = _pronoun_count(noun, antecedents)
                        if taken_up is None:
                            counts = None
                            break
                        counts.append((noun, noun, taken_up[0]))
                        highs.append(taken_up[1])
                        vague = vague or taken_up[2] == "vague"
                        continue
                    value = implicit_count(det.text if det is not None else None,
                                           noun.lemma_ or noun.text, plural, is_name)
                    if category == "displaced" and value and (is_name or noun.pos_ == "PRON"):
                        # "Bana Alabed ... was also evacuated": a person, not a figure
                        counts = None
                        break
                    if value is None and det is None and not disjunctive and \
                            category in _BARE_PLURAL_CATEGORIES and \
                            _reports_past(cue) and is_bare_plural(
                                noun.lemma_, plural, [c.lower_ for c in noun.children
                                                      if c.dep_ in ("amod", "nummod")]):
                        # "detained suspected insurgents", "the commander and other
                        # suspected insurgents": a plural is at least two
                        low, high = BARE_PLURAL_BOUNDS
                        counts.append((noun, noun.left_edge, low))
                        highs.append(high)
                        bare = True
                        continue
                    if value is None and len(group) > 1 and det is not None and \
                            not disjunctive and _is_people_plural(noun, det):
                        # "a Taliban commander ... as well as a number of suspected
                        # fighters", "the network leaders, facilitator and suspects": the
                        # plural gets a claim of its own (3 and up, or the people it takes
                        # up), the others are counted without it
                        separate.append(noun)
                        continue
                    if value is None:
                        counts = None
                        plural = None if disjunctive else self._unspecified_plural(
                            doc, cue, cues, group, taken_starts, antecedents)
                        if plural is not None:
                            out.append(plural)
                        break
                    counts.append((noun, det, value))
                    highs.append(value)
                if counts is not None:
                    for noun in separate:
                        plural = self._unspecified_plural(doc, cue, cues, [noun], taken_starts,
                                                          antecedents)
                        if plural is not None:
                            out.append(plural)
                if not counts:
                    continue
                first_noun, first_det, _ = counts[0]
                anchor = first_det if first_det is not None else first_noun
                if anchor.i in taken_starts and (len(counts) == 1 or first_noun.i not in figures):
                    continue
                last_noun, last_det, _ = counts[-1]
                end_tok = (first_noun if bare else anchor) if len(counts) == 1 else (
                    last_det or last_noun)
                span = doc[anchor.i:end_tok.i + 1]
                total = float(sum(v for _, _, v in counts))
                top = float(sum(highs))
                if disjunctive and total:
                    continue
                claim = {
                    "type": "casualty", "category": category,
                    "rule": "implicit_bare_plural" if bare and len(counts) == 1 else
                    "implicit_count" if len(counts) == 1 else "implicit_count_sum",
                    "counted": first_noun.i,
                    "class_nouns": [noun.i for noun, _, _ in counts],
                    "start": span.start_char, "end": span.end_char,
                    "value": {"text": span.text, "low": total, "high": top,
                              "qualifier": "vague" if vague else "at_least" if bare else
                              "exact" if top == total else "range",
                              "unit": displacement_unit(first_noun.text)
                              if category == "displaced" else None},
                    "subject": _subject(first_noun, None),
                    "actor": _actor(cue) if kind == "verb" else None,
                    "location": self._location(doc, cue),
                    "negated": total == 0 or _is_negated(cue),
                    "cue_start": cue.idx,
                    "additive": _is_additive(first_noun, cue, cues),
                }
                out.append((span, claim))
                taken_starts.add(anchor.i)
        return out

    def _counted_before(self, doc: Doc, cue: Token, pronoun: Token, category: str, kind: str,
                        antecedents: list[tuple[int, str, Quantity]], taken_starts: set[int]
                        ) -> tuple[Span, dict[str, Any]] | None:
        """ "Three insurgents fired on the patrol ... killing them": as many as the people
        last counted within a few sentences before the pronoun; nothing without them."""
        value = _pronoun_count(pronoun, antecedents)
        if value is None or pronoun.i in taken_starts:
            return None
        taken_starts.add(pronoun.i)
        found = self._implicit_claim(doc, doc[pronoun.i:pronoun.i + 1], cue, category, kind,
                                     "implicit_anaphora", value, None, False)
        index = _pronoun_antecedent(pronoun, antecedents)
        found[1]["antecedent_at"] = next(q.start for i, _, q in antecedents if i == index)
        return found

    def _implicit_claim(self, doc: Doc, span: Span, cue: Token, category: str, kind: str,
                        rule: str, value: tuple[float, float, str], counted: Token | None,
                        additive: bool) -> tuple[Span, dict[str, Any]]:
        """The claim dict of a count without a figure of its own, over ``span``."""
        low, high, qualifier = value
        return span, {
            "type": "casualty", "category": category, "rule": rule,
            "class_nouns": [counted.i] if counted is not None else [],
            "start": span.start_char, "end": span.end_char,
            "value": {"text": span.text, "low": low, "high": high, "qualifier": qualifier,
                      "unit": displacement_unit(counted.text if counted is not None else None)
                      if category == "displaced" else None},
            "subject": _subject(counted, None),
            "actor": _actor(cue) if kind == "verb" else None,
            "location": self._location(doc, cue),
            "negated": _is_negated(cue),
            "cue_start": cue.idx,
            "additive": additive,
        }

    def _unspecified_plural(self, doc: Doc, cue: Token, cues: dict[int, tuple[str, str]],
                            group: list[Token], taken_starts: set[int],
                            antecedents: list[tuple[int, str, Quantity]] = ()  # type: ignore[assignment]
                            ) -> tuple[Span, dict[str, Any]] | None:
        """A casualty claim of 3 and up for "killing the insurgents", "a number of insurgents"
        (see :func:`is_unspecified_plural`), in a past report only: "are killing civilians"
        says nothing countable. A definite plural that takes up people counted before
        ("engaged by two armed insurgents ... the insurgents were killed") counts as many
        as that figure said, and adds nothing to it; one inside a partitive ("one of the
        insurgents killed") counts nothing of its own."""
        if len(group) != 1 or not _reports_past(cue):
            return None
        category, kind = cues[cue.i]
        noun = group[0]
        if noun.lower_ == "them":
            return self._counted_before(doc, cue, noun, category, kind, antecedents,
                                        taken_starts)
        det = next((c for c in noun.children if c.dep_ in ("det", "predet")), None)
        if noun.lower_ == "number":
            of = [o for p in noun.children if p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]
            if not of or not is_person_noun(of[0].lemma_):
                return None
            head = of[0]
        else:
            head = noun
        if det is None or det.i in taken_starts or not is_unspecified_plural(
                det.text, noun.lemma_ if noun.lower_ != "number" else "number",
                noun.tag_ in ("NNS", "NNPS")):
            return None
        rule, qualifier, additive = "implicit_plural", "vague", _is_additive(head, cue, cues)
        low, high = UNSPECIFIED_PLURAL_BOUNDS
        span = doc[det.i:noun.i + 1]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
                noun.head.head.pos_ == "NUM" or noun.head.head.lower_ in _PARTITIVE_HEADS):
            # "one of the insurgents killed ... was Yasir": one, not the whole set
            one = noun.head.head
            if one.lower_ != "one" or one.i in taken_starts:
                return None
            span, det = doc[one.i:one.i + 1], one
            low = high = 1.0
            rule, qualifier = "implicit_partitive", "exact"
        antecedent = None
        if det.lower_ in ("the", "these", "those"):
            earlier = [(i, q) for i, lemma, q in antecedents
                       if i < det.i and lemma == head.lemma_.lower()]
            if earlier:
                antecedent, quantity = earlier[-1]
                low, high = whole_count_bounds(quantity.low, quantity.high, quantity.qualifier)
                rule, qualifier, additive = "implicit_anaphora", quantity.qualifier, False
        taken_starts.add(det.i)
        found = self._implicit_claim(doc, span, cue, category, kind, rule,
                                     (low, high, qualifier), head, additive)
        if antecedent is not None:
            found[1]["antecedent_at"] = quantity.start
        return found

    def _location(self, doc: Doc, anchor: Token) -> dict[str, Any] | None:
        """The place of the anchor's sentence nearest it; with a parse, places that a
        locative preposition introduces ("in Andar district", "near Kabul") come first, so
        that a name the model mistakes for a place ("the Taliban leader, Alaudin") does not
        win; the subject of an active verb (an actor or a speaker) and a name modifying
        another noun ("U.S. air strikes") are no location."""
        entities = doc.spans.get(self.entities_key, [])
        sentence = anchor.sent if doc.has_annotation("SENT_START") else doc[:]
        parsed = doc.has_annotation("DEP")
        best = None
        for ent in entities:
            if ent.label_ not in _LOCATION_LABELS:
                continue
            if not (sentence.start <= ent.start and ent.end <= sentence.end):
                continue
            if parsed and ent.root.dep_ == "nsubj":
                continue  # "Russia killed 20 rebels, Syria said": actors and speakers
            if parsed and ent.root.dep_ in ("compound", "amod") and \
                    ent.root.head.lemma_.lower() not in _PLACE_HEADS:
                continue  # "killed in U.S. air strikes": a modifier, not a place
            rank = (0 if not parsed or _is_locative(ent.root) else 1, abs(ent.start - anchor.i))
            if best is None or rank < best[0]:
                best = (rank, ent)
        if best is None:
            return None
        ent = best[1]
        return {"text": ent.text, "start": ent.start_char, "end": ent.end_char,
                "canonical": ent._.claimex_canonical}


def _is_people_plural(noun: Token, det: Token) -> bool:
    """Whether a noun phrase is an unspecified plural of people (:func:`is_unspecified_plural`):
    "the insurgents", "a number of suspected fighters"."""
    if noun.lower_ == "number":
        return det.lower_ == "a" and any(
            o.dep_ == "pobj" and is_person_noun(o.lemma_) for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    return is_unspecified_plural(det.text, noun.lemma_, noun.tag_ in ("NNS", "NNPS"))


def _pronoun_antecedent(pronoun: Token, antecedents: list[tuple[int, str, Quantity]]
                        ) -> int | None:
    """The token index of the people "them" takes up: those last counted within a few
    sentences before it ("Three insurgents fired on the patrol ... killing them")."""
    earlier = [i for i, lemma, _ in antecedents
               if i < pronoun.i and pronoun.i - i <= 60 and is_person_noun(lemma)]
    return earlier[-1] if earlier else None


def _pronoun_count(pronoun: Token, antecedents: list[tuple[int, str, Quantity]]
                   ) -> tuple[float, float, str] | None:
    """How many "them" takes up (:func:`_pronoun_antecedent`), None without them."""
    index = _pronoun_antecedent(pronoun, antecedents)
    if index is None:
        return None
    quantity = next(q for i, _, q in reversed(antecedents) if i == index)
    low, high = whole_count_bounds(quantity.low, quantity.high, quantity.qualifier)
    return low, high, quantity.qualifier


def _cue_head(span: Span, kind: str = "verb") -> Token:
    """The word of a cue phrase that carries the grammar: "shot" in "shot dead", the noun
    of a noun or place cue ("people" in "displaced people", "camps" in "relief camps")."""
    if len(span) == 1:
        return span[0]
    if kind in ("noun", "place"):
        return span.root
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    if verbs:
        return verbs[0]
    root = span.root
    if root.pos_ == "ADP" and root.head.pos_ == "VERB" and root.head.i < root.i:
        # "took the two occupants of the vehicle into custody", "placed him under arrest"
        return root.head
    return root


def _counted_noun(span: Span) -> Token | None:
    """The noun a figure counts: "civilians" in "at least 40 civilians", "militants" in
    "dozens of militants", the figure itself when it stands alone ("5 were injured")."""
    root = span.root
    head = root
    if root.dep_ in ("npadvmod", "advmod") and root.head.dep_ == "amod" and \
            root.head.head.pos_ in ("NOUN", "PROPN"):
        head = root.head.head  # "three dozen suspected insurgents": "dozen" hangs on "suspected"
    elif root.dep_ in ("nummod", "quantmod", "amod", "det", "npadvmod", "compound") and \
            root.head.pos_ in ("NOUN", "PROPN", "PRON"):
        head = root.head
        # "several suspected Islamic Movement of Uzbekistan insurgents": the figure hangs
        # on the first word of a name that modifies the noun it counts
        while head.dep_ in ("compound", "nmod") and head.head.i > head.i and \
                head.head.pos_ in ("NOUN", "PROPN") and head.head.i - root.i <= 8:
            head = head.head
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and head.i in range(span.start, span.end):
                return objects[0]
    return head


def _link_parsed(span: Span, counted: Token | None, cues: dict[int, tuple[str, str]]
                 ) -> tuple[Token, str, str, str] | None:
    """The cue a figure is grammatically tied to: (cue token, category, kind, rule)."""
    figure = span.root
    gapped = cues.get(figure.head.i)
    if gapped and figure.dep_ == "conj" and figure.pos_ == "NUM" and \
            gapped[1] in ("verb", "intransitive") and figure.head.i < figure.i and \
            (counted is None or counted.i in range(span.start, span.end)) and not any(
                c.pos_ in ("VERB", "AUX", "ADJ") for c in figure.children):
        # a bare figure standing for a repeated clause: "killed 12 people in Idlib and 5
        # in Hama", "709,841 people displaced in Jajpur and 363,832 in Puri"
        return figure.head, gapped[0], gapped[1], "cue_gapped"
    nominal = cues.get(figure.head.i)
    if nominal and figure.dep_ == "nummod" and figure.head.pos_ == "ADJ" and \
            nominal[1] in ("noun", "adjective") and figure.head.i == span.end:
        # "a toll of 44 dead": the cue adjective stands for the people it counts
        return figure.head, nominal[0], nominal[1], "cue_noun"
    if counted is None:
        return None
    doc = span.doc
    if counted.i in range(span.start, span.end) and figure.dep_ == "appos" and \
            figure.head.pos_ == "PROPN" and figure.i > figure.head.i and \
            doc[span.start - 1].text == "," and span.end < len(doc) and \
            doc[span.end].text == ",":
        return None  # "Bana Alabed, 7, ... was evacuated": an age after a name
    for child in figure.children:
        # "15 people reported dead, nine missing and 61,000 people displaced": the cue on
        # the figure itself wins over the noun the parse hangs the figure on
        found = cues.get(child.i)
        if found and child.dep_ in ("amod", "acl") and child.i == span.end and \
                found[1] in ("adjective", "intransitive", "verb") and counted.i >= span.end:
            return child, found[0], found[1], "cue_modifier"
    noun = counted
    owned = noun.head if noun.dep_ == "poss" else None
    marker = next((c for c in noun.children if c.tag_ == "POS" and c.i == noun.i + 1), None)
    if owned is None and marker is not None:
        # the parse misses the possessive in text from PDF ("120,000  familiesŠ—È  homes
        # were  damaged"): the word after the possessive ending is what they own
        owned = next((t for t in doc[marker.i + 1:marker.i + 3] if not t.is_space), None)
    if owned is not None and noun.i >= span.end and owned is not noun and \
            displacement_unit(owned.text) == "houses":
        # "120,000 families' homes were destroyed": the families lost their homes
        found = _link_parsed(span, owned, cues)
        return found if found is not None and found[1] == "displaced" else None
    if noun.lemma_ in TOTAL_NOUNS and noun.i >= span.end:
        # "brings to 274,000 the total number of people displaced"
        found = _total_cue(noun, cues)
        if found is not None:
            return found
    things = is_non_person_noun(noun.lemma_ or noun.text) or is_non_person_noun(noun.text)
    housing = displacement_unit(noun.text) == "houses"

    def cue(token: Token) -> tuple[str, str] | None:
        """The cue on ``token`` if it can count ``noun``: things are never casualties, and
        destroyed or damaged buildings count only as housing lost (displacement)."""
        found = cues.get(token.i)
        if found is None or (things and not (housing and found[0] == "displaced")):
            return None
        if token.lower_ in _HOUSING_ONLY and not housing:
            return None
        return found

    found = cue(noun)
    if found and found[1] in ("noun", "adjective") and noun.i not in range(span.start, span.end):
        return noun, found[0], found[1], "cue_noun"
    for child in noun.children:
        found = cue(child)
        if found and child.dep_ in ("acl", "relcl", "amod") and found[1] != "noun" and \
                not _is_agent_modifier(child, found) and not (
                    child.i < span.start <= noun.i and any(
                        t.like_num or t.pos_ == "CCONJ" or t.text == ","
                        for t in noun.doc[child.i + 1:span.start])):
            # a modifier before another figure is that one's: "25 missing, 628,000
            # relocated and 9.96 million people affected"
            return child, found[0], found[1], "cue_modifier"
        if child.dep_ == "relcl" and _is_passive_or_copular(child):
            # "four men who had been shot and killed"
            for conj in child.conjuncts:
                found = cue(conj)
                if found and found[1] in ("verb", "intransitive") and not any(
                        c.dep_ in (*_SUBJECT_DEPS, "dobj") for c in conj.children):
                    return conj, found[0], found[1], "cue_modifier"
        if child.dep_ == "prep" and child.lower_ == "with":
            for obj in child.children:
                found = cue(obj)
                if found and found[0] == "injured":
                    return obj, "injured", found[1], "cue_with"
        if child.dep_ in ("acl", "relcl") and child.lemma_ in _LINKING_VERBS and \
                noun.i >= span.start:
            # "5,400 people registered as displaced", "people staying in relief camps"
            found = _predicate_cue(child, cue)
            if found is not None:
                return found
    climb = noun
    if climb.dep_ == "pobj" and climb.head.lower_ == "of" and \
            climb.head.head.lemma_ in TOTAL_NOUNS and climb.head.head.i < span.start:
        # "a total of 77 houses collapsed", "a final figure of 116 homes have been destroyed"
        climb = climb.head.head
    partitive = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    if partitive and span.start <= noun.head.head.i < span.end:
        climb = noun.head.head
    while climb.dep_ in ("conj", "appos") and climb.head is not climb:
        climb = climb.head
    if climb.dep_ == "pobj" and climb.head.lower_ == "with" and \
            climb.head.head.lower_ in ("along", "together") and climb.head.head.dep_ == "prep":
        # "detained the leader along with three other suspected insurgents"
        governor = climb.head.head.head
        found = cue(governor)
        if found and found[1] == "verb":
            return governor, found[0], found[1], "cue_object"
    governor = climb.head
    if governor.dep_ in ("aux", "auxpass") and governor.head is not governor:
        governor = governor.head
    found = cue(governor)
    if found and governor is not climb:
        category, kind = found
        dep = climb.dep_
        if kind == "verb" and (dep in _OBJECT_DEPS or (
                dep == "npadvmod" and climb.i > governor.i and climb.pos_ == "NOUN")):
            return governor, category, kind, "cue_object"
        if kind == "verb" and dep == "nsubj" and (
                _is_passive_or_copular(governor) or category == "displaced"):
            return governor, category, kind, "cue_object"
        if kind == "intransitive" and dep in _SUBJECT_DEPS:
            return governor, category, kind, "cue_subject"
        if kind in ("adjective", "noun") and dep in ("nsubj", "nsubjpass", "attr", "amod",
                                                     "compound"):
            return governor, category, kind, "cue_predicate"
    found = _injury_complement(climb, governor, cue) or _casualty_by_frame(
        span, climb, governor, cues, cue)
    if found is not None:
        return found
    if climb.dep_ in ("dobj", "nsubjpass") and governor.lemma_ in CAUSATIVE_VERBS:
        found = _caused_displacement(governor, cues)
        if found is not None:
            return found
    found = _displacement_by_verb(climb, governor, span, cues)
    if found is not None:
        return found
    found = _displacement_by_movement(noun, climb, governor)
    if found is not None:
        return found
    found = _settlement_destroyed(noun, span)
    if found is not None:
        return found
    if climb.dep_ == "nsubjpass" and governor.pos_ == "VERB" and governor.i not in cues:
        for conj in governor.conjuncts:
            # "Several individuals were identified and detained": a cue verb right after a
            # passive one, sharing its subject (no subject or object of its own)
            found = cue(conj)
            if found and found[1] == "verb" and governor.i < conj.i <= governor.i + 3 and \
                    not any(c.dep_ in (*_SUBJECT_DEPS, "dobj") for c in conj.children):
                return conj, found[0], found[1], "cue_conjunct"
    if climb.dep_ in _SUBJECT_DEPS and governor.pos_ in ("VERB", "AUX"):
        for conj in governor.conjuncts:
            # "Two insurgents fired on the patrol and were killed": a later passive (or
            # intransitive) cue verb of the same subject, with no subject of its own
            found = cue(conj)
            shared = _shared_subject(conj, found[1]) if found and conj.i > governor.i else None
            if shared is not None and shared.i == climb.i:
                return conj, found[0], found[1], "cue_shared_subject"
    if climb.dep_ in _SUBJECT_DEPS:
        for child in governor.children:
            # "are estimated to have been displaced", "had to evacuate", "are believed to
            # have died": the cue is the complement of a raising or modal verb
            found = cue(child)
            if found and child.dep_ == "xcomp" and child.i > climb.i and (
                    found[0] == "displaced" or found[1] == "intransitive" or (
                        found[1] == "verb" and _is_passive_or_copular(child))):
                return child, found[0], found[1], "cue_complement"
            if child.dep_ == "xcomp" and child.i > climb.i and child.lemma_ in _LINKING_VERBS:
                # "200 people had to be placed in temporary shelters"
                found = _predicate_cue(child, cue)
                if found is not None and found[1] == "displaced":
                    return found
    if climb.dep_ in _SUBJECT_DEPS and governor.lemma_ in _LINKING_VERBS:
        found = _predicate_cue(governor, cue)
        if found is not None:
            return found
    if climb.dep_ == "nsubj" and governor.lemma_ == "have":
        # "41,000 households had their houses destroyed"
        for child in governor.children:
            found = cues.get(child.i)
            if found and found[0] == "displaced" and child.dep_ in ("ccomp", "xcomp", "oprd") \
                    and any(displacement_unit(c.text) == "houses" for c in child.children
                            if c.dep_ in ("nsubj", "dobj", "nsubjpass")):
                return child, found[0], found[1], "cue_predicate"
    if climb.dep_ == "pobj" and climb.head.dep_ in ("prep", "agent") and \
            climb.head.lower_ in ("of", "to", "at", "by"):
        prep = climb.head
        target = prep.head
        found = cue(target)
        if found and found[1] == "noun":
            return target, found[0], found[1], "cue_noun_of"
        for child in target.children:
            if child.dep_ in ("nsubj", "dobj", "nsubjpass") and child.i in cues and \
                    cues[child.i][1] == "noun":
                return child, cues[child.i][0], "noun", "cue_toll"
            if child.dep_ in ("nsubj", "dobj", "nsubjpass") and child.lemma_ in TOTAL_NOUNS:
                found = _total_cue(child, cues)
                if found is not None:
                    return found
    if climb.dep_ in ("attr", "acomp") and climb.i in range(span.start, span.end):
        # "the total number of IDPs is now 253,000", "the number of displaced
        # families is estimated to be 349"
        verbs = [governor, governor.head] if governor.dep_ == "xcomp" else [governor]
        for verb in verbs:
            for child in verb.children:
                if child.dep_ in _SUBJECT_DEPS and child.lemma_ in TOTAL_NOUNS:
                    found = _total_cue(child, cues)
                    if found is not None:
                        return found
    if counted.i in range(span.start, span.end):
        for child in counted.children:
            found = cue(child)
            if found and found[1] in ("noun", "adjective"):
                return child, found[0], found[1], "cue_noun"
    return None


def _casualty_by_frame(span: Span, climb: Token, governor: Token,
                       cues: dict[int, tuple[str, str]],
                       cue: Callable[[Token], tuple[str, str] | None]
                       ) -> tuple[Token, str, str, str] | None:
    """A casualty figure said by a frame around a word that is no cue of its own: "left 15
    dead" (a result), "lost 8 fighters", "three children were among the dead", "killed 23
    people, including seven children" (part of a counted group)."""
    dep = climb.dep_
    if dep == "dobj" and governor.lemma_ in RESULTATIVE_VERBS:
        for child in governor.children:
            found = cue(child)
            if found and child.dep_ in ("oprd", "acomp", "xcomp") and child.i > climb.i and \
                    found[0] != "displaced":
                return child, found[0], found[1], "cue_resultative"
    if dep == "dobj" and governor.lemma_ == "lose" and is_combatant_noun(climb.lemma_):
        # the subject lost them, it did not kill them: no actor ("intransitive")
        return governor, "killed", "intransitive", "cue_lost"
    if dep in _SUBJECT_DEPS and governor.lemma_ == "be":
        for prep in governor.children:
            if prep.dep_ == "prep" and prep.lower_ == "among":
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    # "among the dead", "among those killed"
                    for word in (obj, *(c for c in obj.children if c.dep_ in ("acl", "relcl"))):
                        found = cue(word)
                        if found and found[0] != "displaced":
                            return word, found[0], found[1], "cue_among"
    if dep == "pobj" and governor.lower_ in ("including", "among") and \
            governor.head.pos_ in ("NOUN", "PROPN") and governor.head.i < span.start:
        group = governor.head
        found = _link_parsed(span, group, cues)
        if found is not None and group.i not in range(span.start, span.end) and \
                found[1] != "displaced":
            # a displaced group's breakdown ("300 people (including 44 children) were
            # evacuated") is demographics of one figure, which displacement data records
            # once; victims named apart ("including seven children") are claims of their own
            return found[0], found[1], found[2], "cue_including"
    return None


def _injury_complement(climb: Token, governor: Token,
                       cue: Callable[[Token], tuple[str, str] | None]
                       ) -> tuple[Token, str, str, str] | None:
    """An injury named beside the people a verb is about, the verb itself no cue: "treated
    40 soldiers with shrapnel wounds", "12 people were taken to hospital with injuries",
    "25 children suffered injuries", "30 people sustained gunshot wounds"."""
    if governor.pos_ not in ("VERB", "AUX") or governor is climb:
        return None
    if climb.dep_ in _SUBJECT_DEPS and governor.lemma_ in _INJURY_VERBS and \
            not _is_negated(governor):
        for child in governor.children:
            found = cue(child)
            if child.dep_ == "dobj" and found and found[0] == "injured":
                return child, "injured", found[1], "cue_suffered"
    if climb.dep_ in ("dobj", "nsubjpass"):
        preps = [c for c in governor.children if c.dep_ == "prep"]
        # "were taken to hospital with injuries": the parse may hang it on the place
        preps += [p for c in preps for o in c.children if o.dep_ == "pobj"
                  for p in o.children if p.dep_ == "prep" and p.lower_ == "with"]
        for prep in preps:
            if prep.lower_ not in ("with", "for") or prep.i < climb.i:
                continue
            if prep.lower_ == "with" and climb.dep_ == "dobj" and prep.i != climb.right_edge.i + 1:
                continue  # "attacked the 40 soldiers at dawn with ..."
            for obj in (o for p in prep.children if p.dep_ == "pobj"
                        for o in (p, *p.conjuncts)):
                found = cue(obj)
                if found and found[0] == "injured":
                    return obj, "injured", found[1], "cue_with"
    return None


def _unit_word(noun: Token) -> str:
    """The word a counted noun is, a word broken at a line end put back together: "fami-
    lies" (tokens "fami", "-", "lies") is "families"."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_ and \
            not doc[noun.i - 2].whitespace_ and doc[noun.i - 2].is_alpha:
        joined = doc[noun.i - 2].text + noun.text
        if joined.lower() in DISPLACEMENT_UNITS:
            return joined
    return noun.text


_Head = tuple[str, int, Quantity, Span, Token]


def _restated(doc: Doc, span: Span, unit: str, heads: dict[int, _Head]) -> _Head | None:
    """The figure that a figure (``span``: its words with their qualifier) restates in
    another unit, right before it: "About 125 families (more than 800 people)", "2,400
    families, or 12,000 people,", "2,759 persons (around 460 families)". Reports give one
    displacement in two units; the figure stated first is the claim (as displacement
    monitors record it), the restatement stays a ``count`` so that the same people are not
    counted twice. ``heads`` maps the noun each earlier figure counts to (its unit, the
    figure's claim index, its quantity, its span, the noun); None when it restates none."""
    i = span.start - 1
    if i < 1:
        return None
    if doc[i].text == "(":
        i -= 1
    elif doc[i].lower_ == "or":
        i -= 1
        if i > 0 and doc[i].text == ",":
            i -= 1
    else:
        return None
    head = heads.get(i)
    return head if head is not None and head[0] != unit else None


def _predicate_cue(verb: Token, cue: Callable[[Token], tuple[str, str] | None]
                   ) -> tuple[Token, str, str, str] | None:
    """A cue completing a linking verb: "were missing", "registered as displaced", "live in
    relief camps", "took refuge"."""
    for child in verb.children:
        found = cue(child)
        if found and child.dep_ in ("acomp", "oprd", "xcomp", "advcl", "attr"):
            return child, found[0], found[1], "cue_predicate"
        if child.dep_ == "dobj" and found and found[0] == "displaced":
            return child, found[0], found[1], "cue_predicate"
        if child.dep_ in ("prep", "advmod") and child.lower_ in _PLACE_PREPS:
            # "moved to hotels and emergency shelters", "staying in or near the camp"
            preps = [child, *(c for c in child.conjuncts if c.pos_ == "ADP")]
            for obj in (o for p in preps for o in p.children if o.dep_ in ("pcomp", "pobj")):
                for place in (obj, *obj.conjuncts):
                    found = cue(place)
                    if found and found[0] == "displaced":
                        return place, found[0], found[1], "cue_predicate"
    return None


def _displacement_by_verb(climb: Token, governor: Token, span: Span,
                          cues: dict[int, tuple[str, str]]) -> tuple[Token, str, str, str] | None:
    """Displacement said by a verb that is no cue of its own, for the noun a figure counts
    (``climb``) and the word it hangs on (``governor``): "left 3,000 people homeless",
    "leaving 483 homeless", "camps housing 20,000 people", "forced them to join 195,000
    Iraqis in 21 camps", "29,739 people lost their homes", "16,000 families were affected
    and evacuated", "175,500 staying in 224 temporary shelters" (a figure the parse hangs on
    the verb), "483 homeless" (a figure on a cue noun)."""
    def displaced(token: Token) -> bool:
        return cues.get(token.i, ("",))[0] == "displaced"

    dep = climb.dep_
    if dep == "nummod" and climb.i in range(span.start, span.end):
        if displaced(governor) and cues[governor.i][1] in ("noun", "adjective"):
            return governor, "displaced", cues[governor.i][1], "cue_noun"
        if governor.pos_ == "VERB" and governor.lemma_ in _LINKING_VERBS:
            found = _predicate_cue(governor, lambda t: cues.get(t.i))
            if found is not None and found[1] == "displaced":
                return found
        return None
    if dep == "dobj" and governor.lemma_ in RESULTATIVE_VERBS:
        for child in governor.children:
            if child.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and displaced(child):
                return governor, "displaced", "verb", "cue_resultative"
    if dep == "dobj" and is_non_person_noun(climb.lemma_):
        return None
    if dep == "dobj" and governor.lemma_ in HOSTING_VERBS:
        places = [c for c in governor.children if c.dep_ == "nsubj"]
        if governor.dep_ in ("acl", "relcl"):
            places.append(governor.head)
        if any(cues.get(p.i, ("", ""))[1] == "place" and displaced(p) for p in places):
            return governor, "displaced", "verb", "cue_host"
    if dep == "dobj" and governor.lemma_ in PLACING_VERBS:
        found = _predicate_cue(governor, lambda t: cues.get(t.i))
        if found is not None and found[1] == "displaced" and found[2] == "place":
            return found
    if dep in _SUBJECT_DEPS and governor.lemma_ == "lose" and any(
            c.dep_ == "dobj" and displacement_unit(c.text) == "houses"
            for c in governor.children):
        return governor, "displaced", "verb", "cue_lost_homes"
    if dep in _SUBJECT_DEPS and governor.pos_ in ("VERB", "AUX") and governor.i not in cues \
            and not is_non_person_noun(climb.lemma_):
        for conj in governor.conjuncts:
            # "16,000 families were affected and evacuated": a cue verb right after, sharing
            # the subject (no subject or object of its own)
            if governor.i < conj.i <= governor.i + 3 and displaced(conj) and cues[conj.i][1] in (
                    "verb", "intransitive") and not any(
                        c.dep_ in (*_SUBJECT_DEPS, "dobj") for c in conj.children):
                return conj, "displaced", cues[conj.i][1], "cue_conjunct"
    return None


def _is_place(token: Token) -> bool:
    """A word that names a place people live in or leave: a name ("eastern Aleppo"), a
    place or country entity, or a settlement noun ("their villages", "the city")."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC") or \
        token.lemma_.lower() in SETTLEMENT_NOUNS


def _displacement_by_movement(noun: Token, climb: Token, governor: Token
                              ) -> tuple[Token, str, str, str] | None:
    """Displacement said of a population, the counted noun naming one
    (:data:`POPULATION_NOUNS`; never troops or officials): one that leaves a place or
    arrives in one ("about 310 households arrived in Kalonda Kibuyu", "more than 4,500
    people left eastern Aleppo", "500 of the 4,000 villagers had left"); that is given a
    roof ("2.14 lakh people have been accommodated", "300 families were housed in tents");
    that has none ("299 families have been found in need of emergency shelter", "remain
    without shelter"); that stays where people take refuge ("were staying at the UN
    base", "living in tents"); that crosses a border (people, or a nationality: "52,000
    Afghans crossed the border"). Not "people were left" (passive), "left 20 people dead"
    (object) or "left the meeting" (no place)."""
    if climb.dep_ not in _SUBJECT_DEPS or governor.pos_ not in ("VERB", "AUX"):
        return None
    children = list(governor.children)
    nationals = noun.tag_ == "NNPS" or (noun.ent_type_ == "NORP" and noun.tag_ == "NNS")
    if governor.lemma_ == "cross" and (noun.lower_ in POPULATION_NOUNS or nationals) and (
            any(c.dep_ == "dobj" and c.lemma_ in ("border", "frontier") for c in children)
            or any(c.dep_ == "prep" and c.lower_ in ("into", "to") for c in children)) and \
            not _is_passive_or_copular(governor):
        # "52,000 Afghans crossed the border from Pakistan", "3,000 people crossed into
        # Uganda": a population crossing a border is a refugee flow
        return governor, "displaced", "intransitive", "cue_crossing"
    if noun.lower_ not in POPULATION_NOUNS:
        return None
    for prep in children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "without"):
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ == "in" and obj.lemma_ == "need":
                # "299 families have been found in need of emergency shelter"
                obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"), obj)
            if obj.lemma_.lower() in SHELTER_NOUNS:
                return obj, "displaced", "noun", "cue_shelter_need"
    if governor.lemma_ in ("stay", "sleep", "live", "camp", "shelter") and any(
            c.dep_ == "prep" and c.lower_ in ("at", "in", "inside") and any(
                o.lemma_.lower() in REFUGE_PLACES for o in c.children if o.dep_ == "pobj")
            for c in children):
        # "6,000 people were staying at the UN mission's base", "living in tents"
        return governor, "displaced", "intransitive", "cue_refuge"
    if _is_passive_or_copular(governor):
        if governor.lemma_ in ("accommodate", "house") and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in children):
            # "2.14 lakh people have been accommodated", "were housed in tents"; not what a
            # place can take ("10,000 people can be accommodated")
            return governor, "displaced", "verb", "cue_housed"
        return None
    if governor.lemma_ == "arrive" and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at", "into", "to") and any(
                _is_place(o) for o in c.children if o.dep_ == "pobj") for c in children):
        return governor, "displaced", "intransitive", "cue_arrival"
    if governor.lemma_ == "leave" and not any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "attr", "dative") for c in children):
        places = [c for c in children if c.dep_ == "dobj"]
        if all(_is_place(p) for p in places):
            return governor, "displaced", "intransitive", "cue_departure"
    return None


_DESTROYING_VERBS = frozenset({"destroy", "raze", "flatten", "level", "wash", "wipe", "bury",
                               "obliterate"})
_PARTIAL = frozenset({"partially", "partly", "half", "largely"})


def _settlement_destroyed(noun: Token, span: Span) -> tuple[Token, str, str, str] | None:
    """The people of a settlement that was destroyed lost their homes: "the entire town,
    which had a population of 4,500, was destroyed", "a village of 300 inhabitants was
    razed", "the village, home to about 800 people, was washed away". Not a settlement
    "partially destroyed"."""
    people = noun
    if noun.i in range(span.start, span.end) and noun.dep_ == "pobj" and \
            noun.head.lower_ == "of" and noun.head.head.lemma_ == "population":
        people = noun.head.head  # "a population of 4,500"
    elif noun.lower_ not in POPULATION_NOUNS:
        return None
    token = people
    for _ in range(8):
        if token.dep_ in _SUBJECT_DEPS:
            break
        if token.dep_ not in ("pobj", "prep", "dobj", "relcl", "acl", "advmod", "appos",
                              "nmod") or token.head is token:
            return None
        token = token.head
    else:
        return None
    verb = token.head
    if token is people or not _is_place(token) or \
            verb.lemma_ not in _DESTROYING_VERBS or not _is_passive_or_copular(verb) or \
            any(c.lower_ in _PARTIAL for c in verb.children):
        return None
    return verb, "displaced", "verb", "cue_settlement"


def _caused_displacement(verb: Token, cues: dict[int, tuple[str, str]]
                         ) -> tuple[Token, str, str, str] | None:
    """Displacement caused by ``verb`` ("forced"): "forced 6,000 people to flee", "forced
    300,000 people into evacuation shelters", "were forced out of their homes"."""
    for child in verb.children:
        if child.dep_ == "xcomp" and (child.lemma_ in DISPLACING_ACTIONS or cues.get(
                child.i, ("",))[0] == "displaced"):
            return child, "displaced", "verb", "cue_causative"
        if child.dep_ == "agent":
            # "were pushed by drought over the border into Melkadida refugee camp"
            for prep in child.subtree:
                if prep.dep_ == "prep" and prep.lower_ in ("into", "to") and any(
                        cues.get(o.i, ("", ""))[1] == "place" for o in prep.children
                        if o.dep_ == "pobj"):
                    return prep, "displaced", "verb", "cue_causative"
        if child.dep_ == "prep" and child.lower_ in ("into", "from", "out", "to"):
            objects = [o for o in child.children if o.dep_ == "pobj"] + [
                o for p in child.children if p.dep_ == "prep" for o in p.children
                if o.dep_ == "pobj"]
            for obj in objects:
                if cues.get(obj.i, ("",))[0] == "displaced" or (
                        child.lower_ != "to" and displacement_unit(obj.text) == "houses"):
                    return child, "displaced", "verb", "cue_causative"
    return None


def _total_cue(total: Token, cues: dict[int, tuple[str, str]]
               ) -> tuple[Token, str, str, str] | None:
    """The cue a total is of: "the number of people displaced", "the total number of
    IDPs", "the number of displaced families"."""
    for prep in total.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            found = cues.get(obj.i)
            if found and found[1] == "noun":
                return obj, found[0], found[1], "cue_total"
            for child in obj.children:
                found = cues.get(child.i)
                if found and child.dep_ in ("acl", "relcl", "amod") and found[1] != "place":
                    return child, found[0], found[1], "cue_total"
    return None


def _is_disjunctive(cue: Token, cues: dict[int, tuple[str, str]]) -> bool:
    """Whether a capture cue and another casualty cue are alternatives ("captured or
    killed a large number of insurgents"): the figure is not known to be either."""
    category = cues.get(cue.i, ("",))[0]
    pairs = [c for c in cue.children if c.dep_ == "conj"]
    if cue.dep_ == "conj":
        pairs.append(cue.head)
    for other in pairs:
        other_category = cues.get(other.i, ("",))[0]
        if not other_category or other_category == category or "captured" not in (
                category, other_category):
            continue
        first = cue if cue.i < other.i else other
        if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") and c.i < max(cue.i, other.i)
               for c in first.children):
            return True
    return False


# A bare plural counts people taken or hurt one by one ("detained suspected insurgents":
# two or more); "people fled" speaks of a population, and "at least two" displaced says
# nothing a reader of displacement figures can use.
_BARE_PLURAL_CATEGORIES = frozenset({"killed", "injured", "captured", "killed_or_injured"})

_PARTITIVE_HEADS = {"one", "some", "several", "many", "most", "few", "two", "three", "none",
                    "all", "each", "any", "both"}


def _name_headed(noun: Token) -> Token:
    """The person noun of "an Islamic Movement of Uzbekistan facilitator", which the parse
    hangs under the name ("Movement", with "facilitator" the object of its "of")."""
    if noun.pos_ != "PROPN" or noun.ent_type_ == "PERSON":
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and is_person_noun(obj.lemma_) \
                        and obj.i - noun.i <= 6 and not any(
                            c.dep_ in ("det", "nummod") for c in obj.children):
                    return obj
    return noun


def _coordinated(victim: Token, cue: Token) -> list[Token]:
    """The people one cue counts, in order: ``victim`` and its conjuncts; those of an
    apposition ("the man, an IED facilitator, and three additional suspects"); "along
    with" or "together with" phrases on the cue or the victim. A singular indefinite
    phrase right after a generic person word and a comma describes it ("one, a
    facilitator, and several suspected insurgents"): the same person, not another."""
    group = [victim]
    for conj in victim.conjuncts:
        if conj.i > victim.i:
            group.append(conj)
    for appos in victim.children:
        if appos.dep_ == "appos":
            group.extend(c for c in appos.conjuncts if c.i > appos.i and c not in group)
    # "the leader who operated out of Kandahar, along with one suspected insurgent": the
    # parse hangs the phrase after a comma on the relative clause
    clauses = [c for c in victim.children if c.dep_ in ("relcl", "acl")]
    for owner in (cue, victim, *clauses):
        for prep in owner.children:
            if owner in clauses and not (prep.i > 0 and prep.doc[prep.i - 1].text == ","):
                continue
            if prep.dep_ == "prep" and prep.lower_ in ("along", "together"):
                for word in prep.children:
                    if word.lower_ == "with":
                        group.extend(o for o in word.children if o.dep_ == "pobj")
    group.sort(key=lambda t: t.i)
    kept = [group[0]]
    first_det = next((c for c in victim.children if c.dep_ == "det"), None)
    for noun in group[1:]:
        previous = kept[-1]
        if is_non_person_noun(noun.lemma_) or is_non_person_noun(noun.text):
            continue  # "several suspects and multiple AK-47s": the rifles are no one
        det = next((c for c in noun.children if c.dep_ == "det"), None)
        if noun.conjuncts and noun in victim.conjuncts and first_det is not None and \
                first_det.lower_ in ("a", "an", "the") and det is None and \
                noun.tag_ == "NN" and victim.tag_ == "NN" and is_role_noun(noun.lemma_) and \
                is_role_noun(victim.lemma_) and not any(
                    c.dep_ in ("nummod", "poss") for c in noun.children):
            continue  # "a Taliban IED manufacturer and facilitator": one person, two roles
        if previous.lower_ in GENERIC_PERSON_WORDS and det is not None and \
                det.lower_ in ("a", "an") and noun.tag_ in ("NN", "NNP") and \
                noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "," and \
                noun.left_edge.i - 2 == previous.i:
            continue
        kept.append(noun)
    return kept


_HOUSING_ONLY = {"destroyed", "damaged", "collapsed", "washed", "razed",
                 "destroying", "damaging", "destruction", "damage", "buried"}
_PASSIVE_FILLERS = {"were", "was", "are", "is", "been", "have", "has", "had", "being", "be",
                    "reportedly", "still", "also", "all", "pre", "-", "newly", "later", "could",
                    "would", "may", "might", "will", "can", "become", "became", "becomes"}


def _link_active_window(doc: Doc, words: Span, counted: Token | None,
                        cues: dict[int, tuple[str, str]]) -> tuple[Token, str, str, str] | None:
    """A safety net where the parse goes astray on an active cue verb right before a figure
    of people (``words``: the figure with its qualifier): "..., killing at least 13 people
    including three monks, residents said" (the parse makes "people" the subject of
    "said")."""
    if counted is None or counted.i < words.end or counted.i - words.end > 3 or \
            words.start == 0 or not is_person_noun(counted.lemma_):
        return None
    verb = doc[words.start - 1]
    found = cues.get(verb.i)
    if found is None or found[1] != "verb" or found[0] == "displaced" or verb.pos_ != "VERB" or \
            verb.tag_ not in ("VBG", "VBD") or _is_passive_or_copular(verb):
        return None
    return verb, found[0], found[1], "window_active"


def _link_passive_window(doc: Doc, span: Span, counted: Token | None,
                         cues: dict[int, tuple[str, str]]) -> tuple[Token, str, str, str] | None:
    """A safety net where the parse goes astray: "7,200 people were pre-emptively
    evacuated", "1.5 million peoplecould  become  displaced", "2,759 persons (around 460
    families) became\nhomeless" (figure, its noun, auxiliaries, modals or adverbs, then a
    cue verb or a cue adjective)."""
    if counted is None or counted.i < span.start or counted.i - span.end > 3:
        return None
    if counted.i < span.end:
        # a range the parse gets wrong ("between  one  to  1.5  million  people"): the
        # figure heads itself; the person noun right after it is what it counts
        after = next((t for t in doc[span.end:span.end + 3] if not t.is_space), None)
        if after is not None and after.pos_ == "NOUN" and is_person_noun(after.lower_):
            counted = after
    housing = counted.i >= span.end and displacement_unit(counted.text) == "houses"
    if not is_person_noun(counted.lemma_) and counted.i >= span.end and not housing:
        return None
    i = max(counted.i, span.end - 1) + 1
    # "one person of interest was detained": a short phrase on the noun is skipped
    attached = {t.i for c in counted.rights if c.dep_ == "prep" and c.lower_ == "of"
                for t in c.subtree}
    limit = 5 + (len(attached) if len(attached) <= 3 else 0)
    seen = 0  # words looked at, not counting line breaks, runs of spaces and a bracket
    while i < len(doc) and seen < limit:
        token = doc[i]
        if token.is_space:
            i += 1  # "peoplecould  become  displaced", "became\nhomeless" (PDF text)
            continue
        if i in cues and (cues[i][1] in ("verb", "intransitive", "adjective") or (
                cues[i] == ("displaced", "noun") and token.pos_ == "ADJ")) and (
                token.lower_ in _HOUSING_ONLY if housing else
                token.lower_ not in _HOUSING_ONLY or counted.i < span.end):
            # "150 houses destroyed": housing counts only as housing lost, and people are
            # not destroyed ("a market used by 3,000 people was destroyed"); a figure
            # without its noun may count housing ("31 houses destroyed and 300 damaged")
            return token, cues[i][0], cues[i][1], "window_passive"
        if token.text == "(" and seen == 0:
            # "2,759 persons (around 460 families) became homeless": a restatement in
            # brackets right after the noun is skipped
            close = next((j for j in range(i + 1, min(len(doc), i + 10))
                          if doc[j].text == ")"), None)
            if close is None:
                return None
            i = close + 1
            continue
        seen += 1
        if i in attached and len(attached) <= 3:
            i += 1
            continue
        if token.lower_ not in _PASSIVE_FILLERS and token.pos_ != "ADV":
            return None
        i += 1
    return None


def _link_across_insertion(doc: Doc, span: Span, cues: dict[int, tuple[str, str]]
                           ) -> tuple[Token, str, str, str] | None:
    """A figure separated from its cue by an attribution set off by commas, which the parse
    hangs the figure on: "forced the evacuation of, according to the latest data, 17,631
    people", "displaced, according to officials, some 5,000 people". ``span``: the figure
    with its qualifier."""
    if span.start < 4 or doc[span.start - 1].text != ",":
        return None
    for k in range(span.start - 2, max(2, span.start - 14) - 1, -1):
        token = doc[k]
        if token.text in (",", ".", ";"):
            return None
        if token.lower_ == "according" and doc[k - 1].text == ",":
            before = doc[k - 2]
            found = cues.get(before.head.i) if before.lower_ == "of" else None
            if found and found[1] == "noun":
                return before.head, found[0], found[1], "cue_noun_of"
            found = cues.get(before.i)
            if found and found[1] == "verb" and before.pos_ == "VERB":
                return before, found[0], found[1], "cue_object"
            return None
    return None


_LABEL_TOKENS = 16


def _label(doc: Doc, span: Span) -> list[Token]:
    """The words on a figure's line that label it: those before it when the line ends with
    it (or goes on in brackets or after a semicolon), else those after it when it starts
    the line; [] when the line is more than a label and a figure."""
    start, end = span.start, span.end
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
        if span.start - start > _LABEL_TOKENS:
            return []  # a long line is prose, not a label and a figure
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
        if end - span.end > _LABEL_TOKENS:
            return []
    before, after = list(doc[start:span.start]), list(doc[span.end:end])
    if before and (not after or after[0].text in ("(", ";", ".")):
        return before
    return after if not before else []


def _link_label(doc: Doc, span: Span, cues: dict[int, tuple[str, str]]
                ) -> tuple[Token, str, str, str] | None:
    """A displacement figure in a table row or a fact line of a situation report, which
    a label names on its line (:func:`is_figure_label`): "Number of displaced: 452",
    "IDPs total 122 387", "Completely destroyed housing: 146", "3,030 People Evacuated /
    Displaced". Not a count of places ("Evacuation centres: 12"), and destroyed or damaged
    things only where the label names housing."""
    label = _label(doc, span)
    if not is_figure_label([t.text for t in label]):
        return None
    found = [t for t in label if cues.get(t.i, ("",))[0] == "displaced"]
    last = [t for t in label if t.is_alpha][-1]
    housing = label_unit([t.text for t in label]) == "houses"
    if not found or (not housing and cues.get(last.i, ("", ""))[1] == "place"):
        return None
    for cue in found:
        if cue.lower_ in _HOUSING_ONLY and not housing:
            continue
        return cue, "displaced", cues[cue.i][1], "cue_label"
    return None


def _in_headline(span: Span, text: str) -> bool:
    """Whether a figure stands in the text's headline: its first line, short and written in
    Title Case (most of its words of four letters or more, at least three, capitalised).
    Title Case lines further down are other stories' headlines (related links, a page's
    furniture), not claims of this one."""
    start = text.rfind("\n", 0, span.start_char) + 1
    if text[:start].strip():
        return False
    end = text.find("\n", span.end_char)
    line = text[start:end if end >= 0 else len(text)]
    if len(line) > _HEADLINE_CHARS:
        return False
    words = _LONG_WORD.findall(line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_HEADLINE_CHARS = 200
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _link_window(doc: Doc, span: Span, cues: dict[int, tuple[str, str]], window: int
                 ) -> tuple[Token, str, str, str] | None:
    """Without a parse: a cue in the same clause, right after the counted words (passive,
    intransitive, "12 deaths") or right before the figure (active "killed 12 soldiers")."""
    stop = {",", ";", ".", "!", "?", ":", "but", "while", "after", "before", "as"}
    for i in range(span.end, min(len(doc), span.end + window)):
        token = doc[i]
        if token.lower_ in stop or token.like_num:
            break
        if i in cues:
            category, kind = cues[i]
            return token, category, kind, "window_after"
    for i in range(span.start - 1, max(-1, span.start - 4), -1):
        token = doc[i]
        if token.lower_ in stop or token.like_num:
            break
        if i in cues and cues[i][1] == "verb":
            return token, cues[i][0], "verb", "window_before"
    return None


def _victims(cue: Token, kind: str) -> list[Token]:
    deps = {"dobj", "nsubjpass"} if kind == "verb" else {"nsubj", "nsubjpass"}
    victims = [c for c in cue.children if c.dep_ in deps]
    if kind == "verb" and not victims and _is_passive_or_copular(cue):
        victims = [c for c in cue.children if c.dep_ == "nsubj"]
    if not victims and (kind == "intransitive" or _is_passive_or_copular(cue)):
        # "an insurgent attacked the outpost and was killed"
        shared = _shared_subject(cue, kind)
        victims = [shared] if shared is not None else []
    if not victims and cue.dep_ in ("acl", "relcl") and cue.head.pos_ in ("NOUN", "PROPN"):
        victims = [cue.head]
    if not victims and cue.dep_ in ("xcomp", "oprd") and cue.tag_ == "VBN" and \
            _is_passive_or_copular(cue.head):
        # "a Taliban commander was confirmed killed", "two were reported detained"
        victims = [c for c in cue.head.children if c.dep_ in _SUBJECT_DEPS]
    return [v for v in victims if v.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or
            _is_person_adj(v)]


def _is_person_adj(token: Token) -> bool:
    """A person noun the tagger took for an adjective: "detained the individual" (a
    determiner says it is a noun)."""
    return token.pos_ == "ADJ" and is_person_noun(token.lemma_) and any(
        c.dep_ == "det" for c in token.children)


def _shared_subject(verb: Token, kind: str) -> Token | None:
    """The subject a coordinated verb without one of its own shares with the first verb of
    its coordination: "insurgents" in "two insurgents fired on the patrol and were killed",
    "came out of a house and were then targeted and killed". Only for a passive cue verb
    or an intransitive one (a subject shared with an active transitive verb does the act:
    "two gunmen entered the village and killed three guards"), and only where no verb of
    the chain has a subject of its own or is a subordinate clause's."""
    if verb.dep_ != "conj" or (kind != "intransitive" and not _is_passive_or_copular(verb)):
        return None
    current = verb
    doc = verb.doc
    while current.dep_ == "conj" and current.head.i != current.i:
        if any(c.dep_ in (*_SUBJECT_DEPS, "expl") for c in current.children):
            return None
        start = min([current.i, *(c.i for c in current.children if c.i < current.i and
                                   c.dep_ in ("aux", "auxpass", "advmod", "neg"))])
        if start == 0 or (doc[start - 1].pos_ != "CCONJ" and doc[start - 1].text != ","):
            return None  # "the leader and two individuals ... were detained": a noun, not
            # "and", before the verb says the parse lost its subject
        current = current.head
        if current.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in current.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            return subjects[0]
    return None


def _is_passive_or_copular(verb: Token) -> bool:
    """A passive or copular verb; a bare participle coordinated with a passive shares its
    auxiliary ("two were killed and several others detained")."""
    if any(c.dep_ in ("auxpass",) for c in verb.children) or (verb.tag_ == "VBN" and any(
            c.lower_ in ("was", "were", "been", "be", "are", "is") for c in verb.children)):
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head is not verb and \
        not any(c.dep_ in ("aux", "dobj") for c in verb.children) and \
        verb.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children)


def _is_agent_modifier(verb: Token, found: tuple[str, str]) -> bool:
    """Whether the noun a cue verb modifies does the act rather than suffers it: "four
    operations targeting leaders, detaining numerous suspects", "militants who killed
    two": an active participle or an active relative clause of a transitive cue."""
    if found[1] != "verb" or found[0] == "displaced" or _is_passive_or_copular(verb):
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBG"
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in verb.children)


def _reports_past(cue: Token) -> bool:
    """Whether a cue verb reports what happened ("killed", "were detained", "returned fire,
    killing"), not a habit or a plan ("are killing civilians")."""
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "conj"):
        # "returned fire, killing one and wounding two", not "is responsible for weapons
        # facilitation, kidnapping Afghan citizens and planning attacks"
        return cue.head is not cue and cue.head.pos_ in ("VERB", "AUX") and (
            cue.head.tag_ in ("VBD", "VBN") or _reports_past(cue.head))
    return cue.tag_ in ("VBD", "VBN")


def _is_purpose(cue: Token) -> bool:
    """A cue in a purpose infinitive says what was meant, not what happened: "conducted
    an operation to detain a Taliban leader"."""
    return cue.tag_ == "VB" and cue.dep_ in ("acl", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


_ADDITIVE_MODIFIERS = {"additional", "other", "others", "more", "another", "further"}
_ADDITIVE_ADVERBS = {"also", "too", "additionally", "further"}


def _is_background(cue: Token, counted: Token | None) -> bool:
    """Whether a cue verb describes a thing named in the story rather than telling it: "a
    conflict that has killed more than 100,000 people", "an IED attack that killed four
    soldiers" (a relative or participle clause on a noun that is not the people counted)."""
    head = cue.head
    return cue.pos_ == "VERB" and cue.dep_ in ("relcl", "acl") and head is not cue and \
        head.pos_ in ("NOUN", "PROPN") and (counted is None or head.i != counted.i) and \
        not is_person_noun(head.lemma_)


def _contrasts_with_other_category(counted: Token, cue: Token,
                                   cues: dict[int, tuple[str, str]]) -> bool:
    """Whether a cue of another casualty category stands earlier in the sentence of
    ``counted``, so that "others" sets its people apart from that category's."""
    category = cues.get(cue.i, ("",))[0]
    sentence = counted.sent
    return any(sentence.start <= i < counted.i and found[0] != category and
               found[0] != "displaced" for i, found in cues.items())


def _is_comparative_qualifier(word: Token) -> bool:
    """Whether "more" is the qualifier "more than" of a figure ("more than 470,000"), not
    the "more" of an addition ("two more insurgents")."""
    doc = word.doc
    return word.lower_ == "more" and word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "than"


def _is_additive(counted: Token | None, cue: Token, cues: dict[int, tuple[str, str]]) -> bool:
    """Whether a casualty figure adds to ones reported before it: "four additional
    insurgents", "two others", "also detained two", "arrested a leader and detained three",
    "killed four insurgents and confirmed a leader was killed"."""
    if counted is not None and (counted.lower_ in _ADDITIVE_MODIFIERS or any(
            c.lower_ in _ADDITIVE_MODIFIERS and not _is_comparative_qualifier(c)
            for c in counted.children if c.dep_ in ("amod", "det", "advmod", "nummod"))):
        # "30 people were killed and 90 others wounded": the others are other than the
        # people of another category just before them, no addition to earlier wounded
        return not _contrasts_with_other_category(counted, cue, cues)
    if any(c.lower_ in _ADDITIVE_ADVERBS for c in cue.children if c.dep_ == "advmod"):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            o.lower_ == "addition" and not any(o.children) for o in c.children)
           for c in cue.children):
        return True  # "In addition, the security force detained ..."
    if cue.dep_ == "conj" and cue.head.i in cues and cues[cue.head.i][0] == cues.get(
            cue.i, ("",))[0]:
        return any(c.dep_ in ("dobj", "nsubjpass") for c in cue.head.children)
    first = cue.head.head
    if cue.dep_ == "ccomp" and cue.head.dep_ == "conj" and first.i < cue.i and \
            first.i in cues and cues[first.i][0] == cues.get(cue.i, ("",))[0]:
        # "killed four insurgents and confirmed Qari Ziauddin was killed"
        return any(c.dep_ in ("dobj", "nsubjpass") for c in first.children)
    return False


# Arrests are told target first, then the rank and file detained with him; strikes on a
# target report a total he is usually among ("killed 15 insurgents ... the leader was
# among those killed").
_RANK_AND_FILE_CATEGORIES = frozenset({"captured"})


def _mark_rank_and_file(doc: Doc, claims: list[tuple[Span, dict[str, Any]]]) -> None:
    """Mark additive the first rank-and-file figure of a capture reported after a ranked
    target, in a later sentence: "captured a Haqqani network leader ... Multiple suspected
    insurgents were detained during the operation" is four, the leader not one of them.
    Only the first such figure of a category, and only where no rank-and-file figure of it
    came before: a release that restates its lead ("arrested a leader and detained two
    suspects ... detained two suspected insurgents") counts the suspects once. Definite
    ("the suspects") and partitive ("one of the insurgents") figures take up people
    already counted and stay as they are."""
    ranked: dict[str, int] = {}
    generic_seen: set[str] = set()
    for _, claim in sorted(claims, key=lambda item: item[1]["start"]):
        index = claim.get("counted")
        if claim["type"] != "casualty" or index is None or claim["negated"] or \
                claim["category"] not in _RANK_AND_FILE_CATEGORIES:
            continue
        noun = doc[index]
        category = claim["category"]
        if not is_generic_victim(noun.lemma_) and not is_generic_victim(noun.lower_):
            if claim["rule"] == "implicit_count" and claim["value"]["low"] == 1 and (
                    is_person_noun(noun.lemma_) or noun.pos_ == "PROPN"):
                ranked.setdefault(category, noun.sent.start)
            continue
        if category in generic_seen:
            continue
        generic_seen.add(category)
        definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
                       for c in noun.children)
        partitive = noun.dep_ == "pobj" and noun.head.lower_ == "of"
        including = any(c.dep_ == "prep" and c.lower_ in ("including", "among")
                        for c in noun.children)
        bound = claim["value"]["qualifier"] in ("more_than", "at_least")
        if category in ranked and ranked[category] < noun.sent.start and not (
                definite or partitive or including or bound):
            claim["additive"] = True


# Adverbs that move a narrative on to a later step: "Later, several armed insurgents
# engaged the force", "The force was then attacked from multiple directions".
_SEQUENCERS = frozenset({"then", "later", "subsequently", "afterwards", "afterward",
                         "thereafter"})
_SEQUENCER_RE = re.compile(r"\b(?:" + "|".join(sorted(_SEQUENCERS)) + r")\b", re.IGNORECASE)
# Verbs a sequencer can move on without a new event: "the force later confirmed ...".
_FINDING_VERBS = frozenset({"confirm", "determine", "report", "identify", "assess", "learn",
                            "discover", "find", "say", "announce", "indicate", "reveal",
                            "verify", "establish", "state", "tell", "know", "believe"})
_INDEFINITE_DETERMINERS = frozenset({"a", "an", "another", "one"})
_DEFINITE_WORDS = frozenset({"all", "the", "these", "those"})


def _mark_sequels(doc: Doc, claims: list[tuple[Span, dict[str, Any]]]) -> None:
    """Mark ``sequel`` a casualty figure that a narrative step separates from the figure of
    its category before it: "An armed insurgent ... killed the individual. Later, several
    armed insurgents engaged the force. The security force returned fire, killing all
    individuals" reports two engagements, and people killed in the first are not killed
    again in the second. The step is a sequencing adverb ("then", "later") between the two
    figures on a verb that tells a new event, not a finding ("later confirmed"), or people
    first counted between the two figures whom the second takes up: "killing four
    insurgents ... a group of 11 heavily-armed insurgents approached ... killing all 11
    insurgents" (``antecedent_at``: where the people a definite phrase or "them" takes up
    were counted).
    People counted from a definite first person ("the leader", "him", a name; "the leader
    and two of his associates") can retell the first step and are no sequel. Both figures
    must tell the narrative (:func:`_tells_the_narrative`) in the text's own voice (not
    :func:`_is_reported`): a toll over a war, a relative clause about another attack, a
    source's toll, are no steps of it; nor is a figure the text gave before.
    :func:`claimex.rules.casualties.running_tallies` decides what a sequel adds to."""
    if sum(claim["type"] == "casualty" for _, claim in claims) < 2:
        return
    steps = []
    for match in _SEQUENCER_RE.finditer(doc_text(doc)):
        word = doc.char_span(match.start(), match.end())
        if word is not None and len(word) == 1:
            t = word[0]
            if t.dep_ == "advmod" and t.head.pos_ in ("VERB", "AUX") and \
                    t.head.lemma_ not in _FINDING_VERBS:
                steps.append(t.idx)
    last_end: dict[str, int | None] = {}
    values: dict[str, set[float]] = {}
    covered_until = -1
    for span, claim in sorted(claims, key=lambda item: item[1]["start"]):
        if claim["type"] != "casualty" or claim["negated"]:
            continue
        if claim["start"] < covered_until:
            continue  # the "two" of "a leader and two"
        covered_until = max(covered_until, claim["end"])
        category = claim["category"]
        before = last_end.get(category)
        cue = _cue_token(doc, claim)
        # a step in the clause of the figure before is that figure's own ("he was treated
        # and then detained"): steps count from its cue on
        last_end[category] = max(claim["end"], claim["cue_start"] or 0) if (
            cue is not None and _tells_the_narrative(cue) and not _is_reported(cue)) else None
        told = values.setdefault(category, set())
        stated = claim["value"]["qualifier"] != "vague" and claim["value"]["low"] >= 2
        retold = stated and claim["value"]["low"] in told  # "Daesh executed 128" again
        if stated:
            told.add(claim["value"]["low"])
        if last_end[category] is None or retold:
            continue
        antecedent = claim.get("antecedent_at")
        if before is None or not (any(before <= step < claim["start"] for step in steps) or (
                antecedent is not None and before <= antecedent < claim["start"])):
            continue
        if claim["rule"] in ("implicit_count", "implicit_count_sum") and \
                doc[span.start].lower_ not in _INDEFINITE_DETERMINERS:
            continue  # "the leader and two of his associates": the target retold
        claim["sequel"] = True


# What kills people in an attack on them rather than in the operation reported: "killed
# in an IED attack", "wounded by a roadside bomb".
_ATTACK_NOUNS = frozenset({"attack", "explosion", "blast", "bombing", "bomb", "ied", "ambush",
                           "bomber", "device", "mine"})


def _cue_token(doc: Doc, claim: dict[str, Any]) -> Token | None:
    """The cue token of a claim dict (from its ``cue_start``)."""
    if claim.get("cue_start") is None:
        return None
    span = doc.char_span(claim["cue_start"], claim["cue_start"] + 1, alignment_mode="expand")
    return span.root if span is not None else None


def _tells_the_narrative(cue: Token) -> bool:
    """Whether a cue tells a step of the story the text tells, in the simple past: "killed",
    "were detained", "returned fire, killing"; not a toll over a period ("have been killed",
    "has killed hundreds since 2014") nor a clause about something else ("an airstrike
    which killed 12", "a video showing fighters killing 25")."""
    verbs = [cue]
    if cue.tag_ == "VBG" and cue.dep_ == "acl":
        # "fired on the approaching insurgents killing all 11": a participle the parse
        # hangs on the noun before it, of a clause in the past
        head = cue.head
        while head.dep_ in ("pobj", "prep", "dobj") and head.head.i != head.i:
            head = head.head
        if head.tag_ != "VBD":
            return False
        verbs.append(head)
    elif cue.dep_ in ("relcl", "acl") or not _reports_past(cue):
        return False
    while verbs[-1].dep_ in ("advcl", "xcomp", "conj") and verbs[-1].head.i != verbs[-1].i \
            and len(verbs) < 5:
        verbs.append(verbs[-1].head)
    return not any((c.lemma_ == "have" and c.dep_ == "aux") or c.lower_ == "since" or any(
        m.lower_ == "since" for m in c.children if m.dep_ == "mark")
                   for verb in verbs for c in verb.children)


_REPORTING_VERBS = frozenset({"say", "add", "tell", "report", "state", "announce", "claim",
                              "confirm", "accord", "estimate", "quote", "cite"})


def _is_reported(cue: Token) -> bool:
    """Whether the sentence of a cue reports what a source says ("Fifteen volunteers were
    killed, said the Civil Defence", "according to the monitor"): sources' tolls retell
    more often than they narrate."""
    return any(t.lemma_.lower() in _REPORTING_VERBS and t.pos_ == "VERB" for t in cue.sent)


def _is_bystander_cue(cue: Token) -> bool:
    """Whether a cue reports people hurt in the operation itself, with no one named as
    doing it: "One child was killed and another wounded during the operation", "two
    civilians died in the crossfire", not "the
    strike that killed three civilians" (a clause about something), "civilians killed by
    insurgents" or "killed in an IED attack" (an attack on them)."""
    if cue.pos_ != "VERB" or not _tells_the_narrative(cue) or not (
            _is_passive_or_copular(cue) or cue.lemma_ in ("die", "perish")):
        return False
    for verb in (cue, *(c for c in cue.children if c.dep_ == "conj")):
        for child in verb.children:
            if child.dep_ == "agent":
                return False
            if child.dep_ == "prep" and any(
                    o.lemma_.lower() in _ATTACK_NOUNS for o in child.children
                    if o.dep_ == "pobj"):
                return False
    return True


def _is_negated(cue: Token) -> bool:
    return any(c.dep_ == "neg" for c in cue.children)


def _phrase(tokens: list[Token]) -> dict[str, Any] | None:
    """The span from the first to the last token, without the dates or punctuation a
    headline puts before it ("Tue 05 Jul 2016 Suicide bombing" is "Suicide bombing")."""
    if not tokens:
        return None
    doc = tokens[0].doc
    dates = [(d["start"], d["end"]) for d in doc._.claimex_dates or []]
    while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].dep_ == "case" or any(
            start <= tokens[0].idx < end for start, end in dates)):
        tokens = tokens[1:]
    start, end = tokens[0].i, tokens[-1].i + 1
    span = doc[start:end]
    return {"text": span.text, "start": span.start_char, "end": span.end_char,
            "canonical": None}


def _subject(counted: Token | None, figure: Span | None) -> dict[str, Any] | None:
    """The counted noun phrase without its figure and determiner: "suspected insurgents"."""
    if counted is None or (figure is not None and counted.i in range(figure.start, figure.end)):
        return None
    if counted.pos_ not in ("NOUN", "PROPN"):
        return None
    left = [t for t in counted.lefts if t.dep_ in ("compound", "amod", "nmod", "poss")
            and (figure is None or t.i >= figure.end)]
    tokens = sorted([*left, counted], key=lambda t: t.i)
    start = tokens[0].i
    return _phrase(list(counted.doc[start:counted.i + 1]))


def _is_locative(token: Token) -> bool:
    """Whether a locative preposition governs ``token`` within a few steps ("in Andar
    district, Ghazni province", "near the border with Syria")."""
    for _ in range(5):
        if token.dep_ not in ("pobj", "conj", "appos", "compound", "prep") or \
                token.head is token:
            return False
        token = token.head
        if token.dep_ == "prep" and token.lower_ in _LOCATIVE_PREPS:
            return True
    return False


# Nouns a place name can modify and still name a place: "Andar district", "Aleppo city".
_PLACE_HEADS = frozenset({
    "district", "province", "city", "town", "village", "area", "region", "county",
    "governorate", "countryside", "suburb", "suburbs", "outskirts", "neighbourhood",
    "neighborhood", "camp", "border", "state", "capital", "valley", "mountains", "airport",
    "base", "square", "street", "road", "highway", "port", "island", "coast", "desert",
    "prefecture", "municipality", "department", "oblast", "river", "basin", "front",
})
_LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "inside", "across", "around",
                             "from", "throughout", "into", "on", "within", "of", "between"})


def _actor(cue: Token, counted: Token | None = None) -> dict[str, Any] | None:
    """Who did it: the subject of an active cue verb (the one nearest the verb where a bad
    parse gives two), or the agent of a passive one; never the people counted ("600
    civilians fled"); relative clauses left out ("regime bombs that landed on Ghouta")."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if subjects and not _is_passive_or_copular(cue):
        subject = min(subjects, key=lambda c: abs(cue.i - c.i))
        if counted is not None and subject.i == counted.i:
            return None
        subject = _past_dateline(subject, cue)
        return _phrase(_without_clauses(subject))
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _phrase(_without_clauses(objects[0]))
    head = cue.head
    if not subjects and head is not cue and head.pos_ == "VERB" and not _is_passive_or_copular(
            cue) and not _is_passive_or_copular(head) and (
                cue.dep_ == "conj" or (cue.dep_ in ("advcl", "xcomp") and cue.tag_ == "VBG")):
        # "warplanes killed 12 and wounded 30 others", "the force returned fire, killing
        # two": the verb shares the subject of the one it is tied to
        return _actor(head, counted)
    return None


def _past_dateline(subject: Token, cue: Token) -> Token:
    """The subject on the cue's line where the parse took a dateline on the line above for
    it ("KABUL, Afghanistan (March 3, 2012)\nAn Afghan and coalition security force
    killed ..." hangs "force" on "KABUL" as an apposition)."""
    doc = subject.doc
    breaks = [t.i for t in doc[subject.i:cue.i] if t.is_space and "\n" in t.text]
    if not breaks:
        return subject
    after = [c for c in subject.children if c.dep_ == "appos" and breaks[-1] < c.i < cue.i]
    return after[0] if after else subject


def _without_clauses(head: Token) -> list[Token]:
    """The tokens of ``head``'s phrase up to its first relative or participle clause."""
    tokens = list(head.subtree)
    for child in head.rights:
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "punct" and child.i > head.i):
            return [t for t in tokens if t.i < child.left_edge.i]
    return tokens


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


