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
that stand next to each other with only commas and a final "and" between them, and adds a
claim of their sum over the whole phrase (rule ``coordinated_victims``); each figure keeps
its own claim, and the tolls take the sum, the largest. Nothing is added where a claim
already counts the phrase, where a conjunct's count is not told ("a man and his
children"), or where the phrase breaks a stated total down ("Three people, a man and two
women, were hurt" is three: :func:`is_breakdown`), or lists a subset ("including a boy
and two women").

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
    """Whether a coordinated phrase breaks down a total told just before it: the apposition
    of a total ("Three people, a man and two women,",
    :func:`~claimex.pipeline.claims.victim_nouns.is_total`) or a subset after
    "including"."""
    if first.dep_ == "appos" and is_total(first.head):
        return True
    start = _start(first)
    return start > 0 and first.doc[start - 1].lower_ in _SUBSET_WORDS


def coordinated_victims(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims of the coordinated phrases whose conjuncts no claim adds up yet, one a
    phrase (see the module docstring): "One suspect and three deputies suffered minor
    injuries" gives "One suspect and three deputies" (4) beside "One" (1) and "three" (3)."""
    casualty = [c for _, c in claims if c["type"] == "casualty"]
    summed = [(c["start"], c["end"]) for c in casualty if c["rule"] in _SUMMING_RULES]
    out: list[Claim] = []
    done: set[int] = set()
    for claim in casualty:
        noun_index = claim.get("counted")
        if noun_index is None or claim["category"] == "displaced" or \
                claim["rule"] in _SUMMING_RULES:
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
        total = float(sum(counts))  # type: ignore[arg-type]
        span = doc[_start(nouns[0]):nouns[-1].i + 1]
        found = {key: value for key, value in claim.items() if key != "antecedent_at"}
        found.update({
            "rule": RULE, "start": span.start_char, "end": span.end_char,
            "value": {"text": span.text, "low": total, "high": total, "qualifier": "exact",
                      "unit": None},
            "subject": subject(nouns[0], None), "counted": nouns[0].i,
            "class_nouns": [noun.i for noun in nouns], "negated": total == 0,
        })
        out.append((span, found))
    return claims + out
