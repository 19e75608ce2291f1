"""Casualty claims without a figure of their own: implicit counts.

Press releases state most casualties this way: "killed the Taliban leader, Alaudin" is
one killed, "detained a Taliban leader and two suspected insurgents" three (each figure
keeps its own claim too), "killing him" one, "killing them" as many as the people
counted just before, "killed no civilians" zero; "killing the insurgents" or "a number of
insurgents" is a vague claim of 3 and up, "detained suspected insurgents" 2 and up.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex.pipeline.claims.companions import text_has_companions
from claimex.pipeline.claims.copular_states import copular_state_subjects
from claimex.pipeline.claims.cue_words import is_disjunctive
from claimex.pipeline.claims.cues import HARM_CATEGORIES, Cues
from claimex.pipeline.claims.grammar import (
    PARTITIVE_HEADS,
    TERRITORY_VERBS,
    is_negated,
    is_purpose,
    reports_past,
)
from claimex.pipeline.claims.group_plurals import names_a_group
from claimex.pipeline.claims.narrative import is_additive
from claimex.pipeline.claims.resultatives import result_clause_bearer, resultative_objects
from claimex.pipeline.claims.roles import actor, location, subject
from claimex.pipeline.claims.scene_clauses import scene_subject
from claimex.pipeline.claims.victim_nouns import (
    coordinated,
    cue_victims,
    is_age_noun,
    is_ordinal_victim,
    is_people_plural,
    is_person_adj,
    name_headed,
)
from claimex.pipeline.claims.victims import injury_bearers
from claimex.rules.casualties import (
    BARE_PLURAL_BOUNDS,
    UNSPECIFIED_PLURAL_BOUNDS,
    displacement_unit,
    implicit_count,
    is_bare_plural,
    is_person_noun,
    is_unspecified_plural,
    whole_count_bounds,
)
from claimex.rules.numbers import Quantity

# noun token index, its lemma, the quantity that counted it: people counted so far
Antecedents = list[tuple[int, str, Quantity]]

# A bare plural counts people taken or hurt one by one ("detained suspected insurgents":
# two or more); "people fled" speaks of a population, and "at least two" displaced says
# nothing a reader of displacement figures can use.
_BARE_PLURAL_CATEGORIES = frozenset({"killed", "injured", "captured", "killed_or_injured"})


def _pronoun_antecedent(pronoun: Token, antecedents: Antecedents
                        ) -> int | None:
    """The token index of the people "them" takes up: those last counted within a few
    sentences before it ("Three insurgents fired on the patrol ... killing them")."""
    earlier = [i for i, lemma, _ in antecedents
               if i < pronoun.i and pronoun.i - i <= 60 and is_person_noun(lemma)]
    return earlier[-1] if earlier else None


def _pronoun_count(pronoun: Token, antecedents: Antecedents
                   ) -> tuple[float, float, str] | None:
    """How many "them" takes up (:func:`_pronoun_antecedent`), None without them."""
    index = _pronoun_antecedent(pronoun, antecedents)
    if index is None:
        return None
    quantity = next(q for i, _, q in reversed(antecedents) if i == index)
    low, high = whole_count_bounds(quantity.low, quantity.high, quantity.qualifier)
    return low, high, quantity.qualifier


def _scene_group(cue: Token, victim: Token, cues: Cues, figures: dict[int, dict[str, Any]]
                 ) -> Token:
    """The subject a plural pronoun victim takes up (:func:`scene_subject`) where it is
    coordinated people or counted by a figure, else the victim itself."""
    scene = scene_subject(cue, victim, cues)
    return scene if scene is not None and (scene.conjuncts or scene.i in figures) else victim


def _is_numeric_ordinal(word: Token) -> bool:
    """ "19th", "14th", "2nd": an ordinal written in digits."""
    text = word.lower_
    return len(text) > 2 and text[:-2].isdigit() and text[-2:] in ("st", "nd", "rd", "th")


def _is_masthead(name: Token) -> bool:
    """Whether a name is a dateline or an outlet's name, never a person counted: a word in
    capitals ("DAYTON —", "CARLSBAD (KGTV)"), or one before a dash or a bracketed outlet
    at the start of a line."""
    if len(name.text) > 1 and name.text.isupper() and name.is_alpha:
        return True
    doc = name.doc
    after = doc[name.i + 1] if name.i + 1 < len(doc) else None
    line_start = name.i == 0 or "\n" in doc[name.i - 1].text_with_ws or \
        doc[name.i - 1].is_space
    return line_start and after is not None and after.text in ("—", "–", "(")


def _is_source_label(noun: Token) -> bool:
    """Whether a word opening a line before a colon labels who says what follows, as a
    headline does ("Police: Man killed, woman injured in shooting"): never a victim."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    line_start = noun.i == 0 or "\n" in doc[noun.i - 1].text_with_ws or doc[noun.i - 1].is_space
    return line_start and after is not None and after.text == ":"


class ImplicitCounts:
    """Finds the implicit counts of a doc; ``entities_key`` names the entity spans that
    give a claim its location, ``places`` the doc and its ``roles.place_spans`` if taken."""

    def __init__(self, entities_key: str):
        self.entities_key, self.places = entities_key, (None, None)

    def _location(self, doc: Doc, anchor: Token) -> dict[str, Any] | None:
        return location(doc, anchor, self.entities_key, self.places[1] if self.places[0] is doc
                        else None)

    def find(self, doc: Doc, cues: Cues, figures: dict[int, dict[str, Any]],
             taken_starts: set[int], antecedents: Antecedents = ()  # type: ignore[assignment]
             ) -> list[tuple[Span, dict[str, Any]]]:
        """Casualty claims without a figure of their own: "killed the Taliban leader"
        (one), "detained a Taliban leader and two suspected insurgents" (three: the
        coordinated phrases under one cue are added up; each figure keeps its own claim;
        "the man, a facilitator, and three suspects" and "the leader along with three
        suspects" are four; "at least three smugglers and their two drivers", five or more).
        Cues in a disjunction of categories ("captured or killed") count nothing."""
        out: list[tuple[Span, dict[str, Any]]] = []
        along = None  # text_has_companions(doc), read at the first victim
        for index, (category, kind) in cues.items():
            cue = doc[index]
            if is_purpose(cue):
                continue
            disjunctive = is_disjunctive(cue, cues)
            result_objects = resultative_objects(cue)
            bearer = None if result_objects else result_clause_bearer(cue)
            stated_of = copular_state_subjects(cue) if kind == "noun" else []
            if result_objects:
                # "The explosion left a 31-year-old woman dead"
                victims = result_objects
            elif bearer is not None:
                # "left one tenant dead and another badly burned"
                victims = [bearer]
            elif stated_of:
                # "A cyclist is dead after the collision": a summary of the state
                victims = stated_of
            elif kind == "noun":
                victims = [obj for prep in cue.children if prep.dep_ == "prep" and
                           prep.lower_ == "of" for obj in prep.children if obj.dep_ == "pobj"]
            elif kind in ("verb", "intransitive") and cue.pos_ in ("VERB", "AUX"):
                victims = cue_victims(cue, kind)
                if category in HARM_CATEGORIES:
                    # "A cook and a waiter were leaving when they were shot": the group
                    # the pronoun takes up (a counted one is its figure's claim)
                    victims = [_scene_group(cue, v, cues, figures) for v in victims]
            else:
                victims = []
            if category == "injured" and cue.pos_ == "NOUN":
                # "a man with multiple stab wounds", "A man suffered a gunshot wound"
                victims = [*victims, *injury_bearers(cue)]
            for victim in victims:
                if along is None:
                    along = text_has_companions(doc)
                group = coordinated(victim, cue, along)
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
                    noun = name_headed(noun)
                    if noun.i in figures:
                        figure = figures[noun.i]
                        # an open figure adds its low end ("at least 3 ... and their 2"; see bare)
                        if figure["category"] != category or (
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
                    if is_name and noun.ent_type_ != "PERSON" and cue.lemma_ in TERRITORY_VERBS \
                            and not any(c.dep_ == "appos" for c in noun.children):
                        # "Robotyne has been captured": towns are captured too; a name
                        # counts as a captive only when the model or an apposition says who
                        counts = None
                        break
                    if _is_source_label(noun):
                        # "Police: Man killed, woman injured": who says so, no victims
                        counts = None
                        break
                    if is_name and _is_masthead(noun):
                        # "CARLSBAD (KGTV) — Two people were killed": a dateline or an
                        # outlet, never a victim
                        counts = None
                        break
                    if noun.pos_ not in ("NOUN", "PROPN", "PRON") and not is_person_adj(noun) \
                            and noun.lower_ != "another" and not is_ordinal_victim(noun):
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
                    if any(_is_numeric_ordinal(c) for c in noun.children):
                        # "the 19th London teenager to be killed this year": a rank in
                        # a running count, not one more person
                        counts = None
                        break
                    value = implicit_count(det.text if det is not None else None,
                                           "person" if is_age_noun(noun) else
                                           noun.lemma_ or noun.text, plural, is_name)
                    if category == "displaced" and value and (is_name or noun.pos_ == "PRON"):
                        # "Bana Alabed ... was also evacuated": a person, not a figure
                        counts = None
                        break
                    if value is None and det is None and not disjunctive and \
                            category in _BARE_PLURAL_CATEGORIES and float("inf") not in highs and \
                            not names_a_group(noun, self.entities_key) and \
                            reports_past(cue) and is_bare_plural(
                                noun.lemma_, plural, [c.lower_ for c in noun.children
                                                      if c.dep_ in ("amod", "nummod")]):
                        # "detained suspected insurgents", "the commander and other
                        # insurgents": at least two (not after "at least 9 patients and")
                        low, high = BARE_PLURAL_BOUNDS
                        counts.append((noun, noun.left_edge, low))
                        highs.append(high)
                        bare = True
                        continue
                    if value is None and len(group) > 1 and det is not None and \
                            not disjunctive and is_people_plural(noun, det):
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
                              "qualifier": "vague" if vague else "at_least" if bare or
                              top == float("inf") else "exact" if top == total else "range",
                              "unit": displacement_unit(first_noun.text)
                              if category == "displaced" else None},
                    "subject": subject(first_noun, None),
                    "actor": actor(cue) if kind == "verb" and cue.pos_ != "NOUN" else None,
                    "location": self._location(doc, cue),
                    "negated": total == 0 or is_negated(cue),
                    "cue_start": cue.idx,
                    "additive": is_additive(first_noun, cue, cues),
                }
                if stated_of:
                    # the lead's summary: where the body tells its victims again, the
                    # body's claims settle their outcome and make the tolls (copular_states,
                    # rules.told_states)
                    claim["told_as_state"] = True
                out.append((span, claim))
                taken_starts.add(anchor.i)
        return out

    def _counted_before(self, doc: Doc, cue: Token, pronoun: Token, category: str, kind: str,
                        antecedents: Antecedents, taken_starts: set[int]
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
            "subject": subject(counted, None),
            "actor": actor(cue) if kind == "verb" else None,
            "location": self._location(doc, cue),
            "negated": is_negated(cue),
            "cue_start": cue.idx,
            "additive": additive,
        }

    def _unspecified_plural(self, doc: Doc, cue: Token, cues: Cues,
                            group: list[Token], taken_starts: set[int],
                            antecedents: Antecedents = ()  # type: ignore[assignment]
                            ) -> tuple[Span, dict[str, Any]] | None:
        """A casualty claim of 3 and up for "killing the insurgents", "a number of insurgents"
        (see :func:`is_unspecified_plural`), in a past report only: "are killing civilians"
        says nothing countable. A definite plural that takes up people counted before
        ("engaged by two armed insurgents ... the insurgents were killed") counts as many
        as that figure said, and adds nothing to it; one inside a partitive ("one of the
        insurgents killed") counts nothing of its own."""
        if len(group) != 1 or not reports_past(cue):
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
        rule, qualifier, additive = "implicit_plural", "vague", is_additive(head, cue, cues)
        low, high = UNSPECIFIED_PLURAL_BOUNDS
        span = doc[det.i:noun.i + 1]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
                noun.head.head.pos_ == "NUM" or noun.head.head.lower_ in PARTITIVE_HEADS):
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
