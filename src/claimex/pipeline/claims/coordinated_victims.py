"""Victims told in one coordinated subject or object whose parse the implicit counts miss.

"A boy and two adults were injured" is three hurt: the conjuncts of a coordinated subject
or object of a harm predicate add up to one count (a number word gives its figure, "a",
"an", "one", a possessive or a definite article before a singular noun 1).
:mod:`claimex.pipeline.claims.implicit` sums such a phrase where the parse hangs every
conjunct on the cue's own person noun; the small English model breaks three shapes of it,
so only one conjunct is counted there and the tolls take the largest part (two, not
three):

- two subjects of one verb with "and" between them and no ``conj`` arc ("One suspect and
  three deputies suffered minor injuries": both ``nsubj`` of "suffered");
- a coordination under a word that is no person ("date 2019-05-11 A girl and two women
  were wounded": the stored page's date line becomes the subject, "girl" its apposition);
- a result participle on the last conjunct ("the crash left three teens and a woman
  injured": "injured" modifies "woman" alone).

The frame reads the conjuncts of a casualty claim's counted noun (its ``conj`` arcs, or the
subjects or objects of the same head, :data:`~claimex.pipeline.claims.grammar.PEOPLE_DEPS`)
that stand next to each other with only commas and a final "and" between them, and tells
them as the parts of one figure, as :mod:`claimex.pipeline.claims.victim_lists` does for a
list after a cue: a conjunct no claim counts gets a claim (rule ``coordinated_victims``),
each conjunct after the first is marked additive, and the tolls add them up; each figure
keeps its own claim and words (the gold of numeral conjuncts is one row each: "three
children" and "two adults"). Nothing changes where a claim already counts the phrase, where
a conjunct's count is not told ("a man and his children"), or where the phrase is a part
of a figure: it breaks a stated total down ("Three people, a man and two women, were hurt"
is three), lists a subset ("including a boy and two women") or is "among" the dead
(:func:`is_breakdown`).

>>> item_value("a", "boy", False), item_value("the", "son", False), item_value(None, "men", True)
(1, 1, None)
"""

from __future__ import annotations

import itertools
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex.pipeline.claims.grammar import PEOPLE_DEPS, nummod_value
from claimex.pipeline.claims.roles import subject
from claimex.pipeline.claims.victim_nouns import is_age_noun, is_total
from claimex.rules.casualties import implicit_count, is_person_noun

RULE = "coordinated_victims"
# the words that may stand between two conjuncts
_JOINERS = frozenset({",", "and"})
# claims that already count a whole coordinated phrase, or one item of a list
_SUMMING_RULES = frozenset({"implicit_count_sum", "listed_victims", RULE})
# the dependencies of the words that open a conjunct before its noun
_PREMODIFIER_DEPS = frozenset({"det", "predet", "nummod", "amod", "compound", "poss", "nmod",
                               "quantmod"})
# openers that are one word whatever the parse hangs on them ("date ... -02 One suspect")
_OPENING_DEPS = frozenset({"det", "predet", "nummod", "poss"})
# words before a phrase that make it a part of a figure told before it
_SUBSET_WORDS = frozenset({"including", "includes", "include", "among"})

Claim = tuple[Span, dict[str, Any]]


def item_value(determiner: str | None, noun: str, plural: bool) -> int | None:
    """How many one conjunct without a number word counts: 1 for a singular person noun
    after "a", "an", "one" or "the" (a possessive is read as "the": "her son"); None for a
    plural ("the children": how many is not told) or a word that is no person."""
    if plural:
        return None
    return implicit_count(determiner, noun, plural, False)


def _is_person(word: Token) -> bool:
    """A person noun, or an age standing for one ("an 18-year-old")."""
    return (word.pos_ in ("NOUN", "PROPN") and is_person_noun(word.lemma_)) or is_age_noun(word)


def _count(noun: Token) -> float | None:
    """What one conjunct counts: its number word ("two adults", "her two children": 2),
    else 1 for a singular with an article or a possessive; None where it does not say."""
    figure = nummod_value(noun)
    if figure is not None:
        return figure
    det = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
    if det is None:
        return None
    value = item_value("the" if det.dep_ == "poss" else det.lower_,
                       "person" if is_age_noun(noun) else noun.lemma_,
                       noun.tag_ in ("NNS", "NNPS"))
    return float(value) if value is not None else None


def _start(noun: Token) -> int:
    """The first word of a conjunct: its leftmost modifier before it ("A" of "A 14-year-old
    boy")."""
    return min([noun.i, *(c.i if c.dep_ in _OPENING_DEPS else c.left_edge.i
                          for c in noun.children
                          if c.i < noun.i and c.dep_ in _PREMODIFIER_DEPS)])


def _dangling(noun: Token) -> Token | None:
    """The person noun right after an "and" that the parse leaves on ``noun`` with no
    conjunct ("date 2021-02-02 One suspect and three officers suffered": "and" on
    "suspect", the apposition of "date", and "officers" the verb's subject)."""
    if noun.conjuncts:
        return None
    for cc in noun.children:
        if cc.dep_ == "cc" and cc.lower_ == "and":
            return next((w for w in noun.doc[cc.i + 1:cc.i + 8]
                         if _is_person(w) and _start(w) == cc.i + 1), None)
    return None


def _conjuncts(noun: Token) -> list[Token]:
    """The person nouns coordinated with ``noun``, itself included, in order: its ``conj``
    chain (a conjunct that is no person giving way to its apposition), the subjects or
    objects of its head that share its dependency, or the noun an "and" left dangling joins
    it to (:func:`_dangling`)."""
    group = {noun, *noun.conjuncts}
    # a conjunct that is no person stands for the person in its apposition ("date
    # 2020-07-17 A boy and two adults": "date", its apposition "boy", conjunct "adults")
    group.update(a for w in list(group) if not _is_person(w) for a in w.children
                 if a.dep_ == "appos" and _is_person(a))
    group = {w for w in group if _is_person(w)}
    if len(group) == 1 and noun.dep_ in PEOPLE_DEPS:
        group.update(c for c in noun.head.children if c.dep_ == noun.dep_)
    if len(group) == 1:
        start = _start(noun)
        before = noun.doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ == "and" and _dangling(before.head) == noun:
            group.add(before.head)
        else:
            joined = _dangling(noun)
            if joined is not None:
                group.add(joined)
    return sorted((w for w in group if _is_person(w)), key=lambda w: w.i)


def _joined(doc: Doc, nouns: list[Token]) -> bool:
    """Whether the conjuncts stand next to each other with only commas and "and" between
    them, "and" before the last ("a deputy, a nurse and a guard")."""
    for before, after in itertools.pairwise(nouns):
        gap = [w.lower_ for w in doc[before.i + 1:_start(after)]]
        if not gap or any(w not in _JOINERS for w in gap):
            return False
    last_gap = [w.lower_ for w in doc[nouns[-2].i + 1:_start(nouns[-1])]]
    return "and" in last_gap


def is_breakdown(first: Token) -> bool:
    """Whether a coordinated phrase is a part of a figure told with it: the apposition of a
    total ("Three people, a man and two women,",
    :func:`~claimex.pipeline.claims.victim_nouns.is_total`), a subset after "including",
    or the subject of "among" ("Two girls and a boy were among the dead")."""
    if first.dep_ == "appos" and is_total(first.head):
        return True
    start = _start(first)
    if start > 0 and first.doc[start - 1].lower_ in _SUBSET_WORDS:
        return True
    return any(c.dep_ == "prep" and c.lower_ in _SUBSET_WORDS for c in first.head.children)


def _item_claim(first: dict[str, Any], span: Span, noun: Token, count: float,
                additive: bool) -> dict[str, Any]:
    """The claim of a conjunct that no claim counts yet: the claim of the phrase's counted
    noun with the conjunct's own words and count."""
    claim = {key: value for key, value in first.items() if key != "antecedent_at"}
    claim.update({
        "rule": RULE, "start": span.start_char, "end": span.end_char,
        "value": {"text": span.text, "low": count, "high": count, "qualifier": "exact",
                  "unit": None},
        "subject": subject(noun, None), "counted": noun.i, "class_nouns": [noun.i],
        "negated": count == 0, "additive": additive,
    })
    return claim


def coordinated_victims(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims with the conjuncts of each coordinated phrase that no claim adds up yet
    told as parts of one figure (see the module docstring): a conjunct no claim counts gets
    a claim of its own count, and every conjunct after the first is marked ``additive``, so
    that the tolls add them up (:func:`claimex.rules.running_tallies.running_tallies`):
    "date ... One suspect and three officers suffered injuries" gives "One suspect" (1) and
    "three" (3, additive), four hurt."""
    out = list(claims)
    at_start = {c["start"]: n for n, (_, c) in enumerate(claims) if c["type"] == "casualty"}
    # a number no casualty claim takes yet ("three" of "left three teens and a woman hurt")
    figure_at = {c["start"]: n for n, (_, c) in enumerate(claims)
                 if c["type"] == "quantity" and c["category"] == "count"}
    summed = [(c["start"], c["end"]) for _, c in claims
              if c["type"] == "casualty" and c["rule"] in _SUMMING_RULES]
    added: list[Claim] = []
    done: set[int] = set()
    for _, claim in claims:
        noun_index = claim.get("counted")
        if claim["type"] != "casualty" or noun_index is None or \
                claim["category"] == "displaced" or claim["rule"] in _SUMMING_RULES:
            continue
        nouns = _conjuncts(doc[noun_index])
        if len(nouns) < 2 or nouns[0].i in done or not _joined(doc, nouns) or \
                is_breakdown(nouns[0]):
            continue
        start, end = doc[_start(nouns[0])].idx, nouns[-1].idx + len(nouns[-1])
        if any(s < end and start < e for s, e in summed):
            continue
        counts = [_count(noun) for noun in nouns]
        if any(count is None for count in counts):
            continue
        done.add(nouns[0].i)
        for k, (noun, count) in enumerate(zip(nouns, counts, strict=True)):
            words = doc[_start(noun):noun.i + 1]
            index = at_start.get(words.start_char)
            if index is not None and out[index][1]["category"] == claim["category"]:
                if k:
                    out[index] = (out[index][0], {**out[index][1], "additive": True})
                continue
            found = _item_claim(claim, words, noun, float(count),  # type: ignore[arg-type]
                                bool(k) or bool(claim.get("additive")))
            if words.start_char in figure_at:
                out[figure_at.pop(words.start_char)] = (words, found)
            else:
                added.append((words, found))
    return out + added
