"""Victims listed after a cue that the parse breaks up (session 10).

Wire copy lists the people a strike killed as a coordination of counted or singular noun
phrases: "killing a boy, four nurses and a driver", "Bodies of two fishermen and one boy
were found", "Two soldiers, a policeman and four civilians were wounded". The small English
model often hangs the later conjuncts somewhere else (an apposition of the cue's subject,
an adverbial, the object of another verb, a fragment), so only the first item becomes a
casualty claim. The frame reads the list from the token sequence instead: after the
people a casualty claim counts come items separated by commas and a final "and", each a
count word or numeral, or "a"/"an", before a person noun (a few adjectives or nouns
between); a bare plural is no item ("including women and children" shares the figure
before it, and is a subset of it); every item not yet a casualty claim becomes one of the
first claim's category (rule ``listed_victims``), a part of the same figure (its cue, its
scope):
"killing a boy, four nurses and a driver" gives "four" (4) and "a" driver (1) beside "a" boy.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex.pipeline.claims.narrative import REPORTING_VERBS
from claimex.pipeline.claims.roles import subject
from claimex.rules.casualties import is_person_noun

RULE = "listed_victims"
_ARTICLES = frozenset({"a", "an"})
# words that may stand between an item's figure or article and its person noun
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN"})
_MAX_MODIFIERS = 3
# a conjunct that is the subject of another verb starts a clause, not a list item
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

Claim = tuple[Span, dict[str, Any]]


def _item_end(doc: Doc, start: int, figure_starts: set[int]) -> Token | None:
    """The person noun of a list item starting at token ``start``: "three women", "a man",
    "one child", "two young girls"; None when no item starts there."""
    first = doc[start]
    if first.lower_ not in _ARTICLES and first.idx not in figure_starts:
        # a bare plural ("women and children", "children and adults") shares the figure
        # or the vague word before it, or is a subset after "including": no count
        return None
    i = start + 1
    modifiers = 0
    while i < len(doc):
        word = doc[i]
        if word.is_punct or word.lower_ in ("and", "or"):
            return None
        if is_person_noun(word.lemma_) and word.pos_ == "NOUN":
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "NOUN" and not nxt.is_punct and \
                    modifiers < _MAX_MODIFIERS and is_person_noun(nxt.lemma_):
                # "police officers": the last noun of a compound heads it
                modifiers += 1
                i += 1
                continue
            return word
        if word.pos_ not in _MODIFIER_POS or modifiers >= _MAX_MODIFIERS:
            return None
        modifiers += 1
        i += 1
    return None


def _starts_a_clause(item: Token, first: Token) -> bool:
    """Whether a conjunct is the subject of a verb of its own rather than a list item:
    "three officers" in "killed two soldiers, three officers said" (a reporting verb, or a
    verb that does not govern the first item), not "one boy" in "Bodies of two fishermen and
    one boy were found"."""
    if item.dep_ not in _SUBJECT_DEPS:
        return False
    verb = item.head
    return verb.lemma_ in REPORTING_VERBS or first not in verb.subtree


def listed_items(doc: Doc, noun: Token, figure_starts: set[int]
                 ) -> list[tuple[Token, Token]]:
    """The items (first word, person noun) listed after ``noun`` with commas and a final
    "and": after "boy" in "killing a boy, four nurses and a driver" ("four", "nurses"),
    ("a", "driver"). Empty unless the list closes with "and" and an item."""
    items: list[tuple[Token, Token]] = []
    i = noun.i + 1
    while i < len(doc):
        word = doc[i]
        if word.lower_ == "and":
            closing = True
            i += 1
        elif word.text == ",":
            closing = i + 1 < len(doc) and doc[i + 1].lower_ == "and"
            i += 2 if closing else 1
        else:
            return []
        if i >= len(doc):
            return []
        end = _item_end(doc, i, figure_starts)
        if end is None or _starts_a_clause(end, noun):
            return []
        items.append((doc[i], end))
        if closing:
            return items
        i = end.i + 1
    return []


def _item_claim(first: dict[str, Any], span: Span, noun: Token, low: float, high: float,
                qualifier: str) -> dict[str, Any]:
    """The claim of one listed item: the first item's claim with its own words and count,
    marked ``additive`` so that the tolls add the items up ("two fishermen and one boy" is
    three killed, :func:`claimex.rules.running_tallies.running_tallies`)."""
    claim = {key: value for key, value in first.items() if key != "antecedent_at"}
    claim.update({
        "rule": RULE, "start": span.start_char, "end": span.end_char,
        "value": {"text": span.text, "low": low, "high": high, "qualifier": qualifier,
                  "unit": first["value"].get("unit")},
        "subject": subject(noun, None), "counted": noun.i, "class_nouns": [noun.i],
        # a part of one figure: the tolls add it to the item before it
        "additive": True,
    })
    return claim


def recover_listed_victims(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims with the later items of each victim list as claims of the first item's
    category: "killing a boy, four nurses and a driver" is a boy (1), four nurses (4) and
    a driver (1) killed; "Bodies of two fishermen and one boy" 2 and 1 killed. A figure of an
    item that is a casualty claim already keeps its claim; an item inside a claim's words
    ("Two soldiers, a policeman and four" summed up) is not counted again."""
    figure_at = {c["start"]: n for n, (_, c) in enumerate(claims)
                 if c["type"] == "quantity" and c["category"] == "count"}
    covered = [(c["start"], c["end"]) for _, c in claims if c["type"] == "casualty"]
    out = list(claims)
    added: list[Claim] = []
    for _, claim in claims:
        noun_index = claim.get("counted")
        if claim["type"] != "casualty" or noun_index is None or \
                claim["rule"] == "implicit_count_sum" or claim["category"] == "displaced":
            continue
        noun = doc[noun_index]
        for start, end in listed_items(doc, noun, set(figure_at)):
            begin = start.idx
            if any(s <= begin < e for s, e in covered):
                continue
            if start.idx in figure_at:
                index = figure_at.pop(start.idx)
                figure_span, figure = out[index]
                value = figure["value"]
                words = doc.char_span(figure["start"], figure["end"], alignment_mode="expand")
                if words is None:
                    continue
                out[index] = (figure_span, _item_claim(
                    claim, words, end, value["low"], value["high"], value["qualifier"]))
                covered.append((figure["start"], figure["end"]))
            else:
                words = doc[start.i:start.i + 1]
                added.append((words, _item_claim(claim, words, end, 1.0, 1.0, "exact")))
                covered.append((words.start_char, words.end_char))
    return out + added
