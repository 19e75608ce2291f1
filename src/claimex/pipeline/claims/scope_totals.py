"""Totals over a period that the parse hides from a figure's own clause, for
:func:`claimex.pipeline.claims.scope.claim_scope` (scope ``aggregate``):

* a time phrase shared by conjoined verbs, which the parse hangs on one of them only:
  "The group has shot dead 300 people and maimed 900 more since 1990" (the "since" on
  "maimed" dates "shot dead" too), "since when over 300 guards have died and some 900
  rebels fallen" (:func:`shared_time_words`; a "since" clause with a verb of its own
  on the later verb is left to that verb);
* a time phrase that stretches over a period ("over the course of 2019", "in the span of
  two decades": :func:`spans_a_period`, ``resources/words/period_span_nouns.txt``);
* a relative clause in the perfect right after a war's noun, wherever the parse hangs
  it: "a bomb attack in the long civil war which has claimed some 90,000 lives"
  (:func:`war_total_after`; :func:`is_protracted` reads the noun);
* a figure counted over a stretch of weeks or more: "were lost over three years of war"
  (:func:`~claimex.pipeline.claims.scope_running_tolls.counted_over_a_period`);
* a round number of people in the perfect with no event of its own: "hundreds of
  villagers have also been killed" (:func:`running_total`,
  ``resources/words/running_total_words.txt``).

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["over", "the", "course", "of", "2019"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 2, 3],
...           deps=["prep", "det", "pobj", "prep", "pobj"])
>>> spans_a_period(doc[2])
True
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from claimex import lexicon
from claimex.pipeline.claims.scope_running_tolls import counted_over_a_period, toll_over_a_period

# Wars, offensives, crackdowns: events that last a period (resources/words).
PROTRACTED_EVENTS = lexicon.nouns("protracted_events")
SPAN_NOUNS = lexicon.words("period_span_nouns")
PERIOD_UNITS = lexicon.words("period_units")
YEAR_RE = re.compile(r"^(19|20)\d\d$")  # a year written out: "since 1990"
# Prepositions whose objects can date a whole sentence when the parse hangs them on the
# last of several conjoined verbs.
_TIME_PREPOSITIONS = frozenset({"since", "over", "during", "throughout"})
_RELATIVE_PRONOUNS = frozenset({"which", "that"})
RUNNING_TOTAL_WORDS = lexicon.words("running_total_words")
SINGLE_EVENT_NOUNS = lexicon.nouns("single_event_nouns")
_HARMED = frozenset({"killed", "injured", "killed_or_injured"})


def is_protracted(token: Token) -> bool:
    """Whether a word names an event that lasts a period ("war", "insurgency",
    "fighting"), by its lemma or, for "Fighting" tagged as a verb (lemma "fight"), by
    its form."""
    return token.lemma_.lower() in PROTRACTED_EVENTS or token.lower_ in PROTRACTED_EVENTS


def spans_a_period(token: Token) -> bool:
    """Whether a noun stretches a time phrase over a period of weeks or more: "course" in
    "over the course of 2019" or "over the course of the past three years"; not "over
    the course of the day"."""
    if token.lower_ not in SPAN_NOUNS or token.dep_ != "pobj":
        return False
    objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return any(YEAR_RE.match(o.text) or o.lower_ in PERIOD_UNITS for o in objects)


def shared_time_words(verb: Token) -> list[Token]:
    """The time words a figure's clause verb shares with the verbs conjoined to it (see
    the module docstring): the "since" opening the clause its first conjunct stands in
    ("since when over 300 guards have died and some 900 rebels fallen"), and the
    "since", "over", "during" or "throughout" phrases a later conjunct carries after
    itself ("has killed 300 and wounded 900 more since 1990": the parse hangs the phrase
    on the last verb). ``scope`` judges the words as it judges its own clause's."""
    out: list[Token] = []
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pcomp" and first.head.lower_ == "since":
        out.append(first.head)
    for conjunct in verb.children:
        if conjunct.dep_ != "conj" or conjunct.pos_ not in ("VERB", "AUX") or \
                conjunct.i < verb.i:
            continue
        for child in conjunct.children:
            if child.i > conjunct.i and child.dep_ == "prep" and \
                    child.lower_ in _TIME_PREPOSITIONS:
                out.extend(child.subtree)
    return out


def is_perfect(verb: Token) -> bool:
    """Whether a verb is in the perfect: "have" among its auxiliaries ("has killed")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def war_total_after(verb: Token) -> bool:
    """Whether a figure's verb is a relative clause in the perfect that opens right after
    a war's noun: "the island's long separatist conflict which has claimed some 90,000
    lives", even where the parse hangs the clause on an earlier noun ("an attack")."""
    if verb.dep_ != "relcl" or not is_perfect(verb):
        return False
    pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and
                    c.lower_ in _RELATIVE_PRONOUNS), None)
    if pronoun is None or pronoun.i == 0:
        return False
    before = verb.doc[pronoun.i - 1]
    if before.is_punct and before.i > 0:
        before = verb.doc[before.i - 1]
    return is_protracted(before) or is_protracted(verb.head)


def running_total(verb: Token, claim: dict[str, Any], tokens: list[Token]) -> bool:
    """Whether a figure of people killed or hurt is a round number ("hundreds",
    "thousands") in a clause in the perfect that names no event of its own: "hundreds of
    villagers have also been killed" is a total to date; "hundreds have been killed in
    the blast" (``resources/words/single_event_nouns.txt``) is that event's."""
    if claim["category"] not in _HARMED or not is_perfect(verb):
        return False
    if not RUNNING_TOTAL_WORDS & set(claim["value"]["text"].lower().split()):
        return False
    return not any(t.dep_ == "pobj" and t.lemma_.lower() in SINGLE_EVENT_NOUNS
                   for t in tokens)


def hidden_total(verb: Token, claim: dict[str, Any], tokens: list[Token]) -> bool:
    """A war's total in a relative clause (:func:`war_total_after`), a running total
    (:func:`running_total`), a toll over a period (:func:`toll_over_a_period`) or a figure
    counted over a stretch of weeks or more (:func:`counted_over_a_period`)."""
    return war_total_after(verb) or running_total(verb, claim, tokens) or \
        toll_over_a_period(tokens) or counted_over_a_period(tokens)
