"""A casualty figure told as the first, earlier count of its event (``claimex.claim/1``'s
``revised`` mark; see :mod:`claimex.pipeline.claims.scope_marks`): "officials initially
said", "at first", "earlier reports said", "an earlier toll of". Such a figure never
stands as the toll where another figure of its category is on the page, before it or
after it: a lead's "the dozens still missing" stays the toll over the body's "officials
initially said 31 were missing" (wire rule 4, issue 14).

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp("Police initially said 31 were missing .")
>>> _ = [setattr(t, "dep_", d) for t, d in zip(doc, ["nsubj", "advmod", "ROOT", "nsubj",
...                                                  "ccomp", "acomp", "punct"])]
>>> for t, h in zip(doc, [2, 2, 2, 4, 2, 4, 2]):
...     t.head = doc[h]
>>> told_as_an_earlier_count(doc, doc[3:4], doc[3])
True
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimex import lexicon
from claimex.pipeline.claims.scope import clause_verb
from claimex.rules.revisions import earlier_as_a_time

# resources/words/earlier_count_marks.txt
_EARLIER_MARKS = lexicon.words("earlier_count_marks")
_ADVERB_DEPS = frozenset({"advmod", "npadvmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _marks_earlier(doc: Doc, word: Token) -> bool:
    """Whether ``word`` is an earlier-count mark, not "earlier" opening a time of the event
    ("Earlier on Monday, two died")."""
    if word.lower_ not in _EARLIER_MARKS:
        return False
    return not (word.lower_ == "earlier" and word.i + 1 < len(doc)
                and earlier_as_a_time(doc[word.i + 1].text))


def _modifier_told_earlier(doc: Doc, noun: Token) -> bool:
    """Whether ``noun`` ("reports", "toll") has an earlier-count modifier ("earlier
    reports", "an initial toll"); not "first", which orders victims ("the first two")."""
    return any(g.dep_ == "amod" and g.lower_ != "first" and _marks_earlier(doc, g)
               for g in noun.children)


def _verb_told_earlier(doc: Doc, verb: Token) -> bool:
    """Whether ``verb`` carries an earlier-count mark: an adverb ("initially said"), "at
    first", or a modifier of its subject ("earlier reports said")."""
    for child in verb.children:
        if child.dep_ in _ADVERB_DEPS and _marks_earlier(doc, child):
            return True
        if child.dep_ == "prep" and child.lower_ == "at" and any(
                g.lower_ == "first" for g in child.children):
            return True
        if child.dep_ in _SUBJECT_DEPS and _modifier_told_earlier(doc, child):
            return True
    return False


def told_as_an_earlier_count(doc: Doc, span: Span, anchor: Token) -> bool:
    """Whether the figure ``span`` is told as an earlier count: a mark on its clause's verb
    or on a speech verb up to two clauses above ("officials had at first said that 31
    were missing"), or on the toll noun it counts ("an earlier toll of 12")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _modifier_told_earlier(
            doc, root.head.head):
        return True
    for verb in {clause_verb(anchor), clause_verb(root)}:
        for _ in range(3):
            if _verb_told_earlier(doc, verb):
                return True
            if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
                break
            verb = verb.head
    return False
