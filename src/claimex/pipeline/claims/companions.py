"""People added to a group by "along with" or "together with", wherever the parse hangs
the phrase (session 13, issue 14).

Event notes tell the dead of both sides in one clause: "four gunmen die in the ensuing
clash along with two officers" is six. The model hangs "along with" in three ways: "with"
under "along" as a preposition of the cue or of the victim (read since the ISAF releases:
"detained the leader along with three suspects"); "with" under "along" taken for a particle
of the cue; "with" under the cue with "along" a particle before it, or an empty
preposition of the cue before it ("the commander was detained along with his three
guards", session 18); and "along" under the noun of the cue's own adjunct ("die in the
ensuing clash along with ..."), which says nothing of the clash itself.
:func:`companion_owner` names the word whose people the phrase adds to in each case.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimex.pipeline.extensions import doc_text
from claimex.rules.casualties import is_person_noun

# The adverbs that make "with" add people: "along with", "together with".
COMPANION_ADVERBS = frozenset({"along", "together"})
# The dependencies an adjunct's noun climbs through to its clause's verb: "in the ensuing
# clash" (pobj, prep), "in ensuing battle" (dobj of a pcomp, pcomp, prep).
_ADJUNCT_DEPS = frozenset({"pobj", "pcomp", "prep"})
# How many arcs an adjunct's noun climbs at most to reach its verb.
_MAX_CLIMB = 4
# A pre-check on a sentence's text: every phrase companion_owner reads has "along" or
# "together" right before "with" (the token before it), with at most a space between.
_COMPANION_TEXT_RE = re.compile(r"(?:" + "|".join(sorted(COMPANION_ADVERBS)) + r")\s*with",
                                re.IGNORECASE)


def _clause_verb(noun: Token) -> Token | None:
    """The verb whose adjunct a non-person noun is: "die in the ensuing clash" -> "die"; None
    when the noun is no such adjunct."""
    word = noun
    for _ in range(_MAX_CLIMB):
        if word.dep_ in _ADJUNCT_DEPS or (word.dep_ == "dobj" and word.head.dep_ == "pcomp"):
            word = word.head
        else:
            break
        if word.pos_ in ("VERB", "AUX") and word.dep_ not in _ADJUNCT_DEPS:
            return word
    return None


def _is_companion_adverb(word: Token) -> bool:
    """Whether ``word`` is the "along" (or "together") of a companion phrase whose "with" the
    parse hangs beside it on the same word: a particle or adverb, or a preposition with no
    object of its own ("was detained along with his three guards": "along" and "with" both
    prepositions of "detained")."""
    return word.lower_ in COMPANION_ADVERBS and (
        word.dep_ in ("prt", "advmod") or (word.dep_ == "prep" and not any(word.children)))


def companion_owner(with_word: Token) -> Token | None:
    """The word whose people the "along with" or "together with" phrase of ``with_word``
    adds to: the word "along" hangs on ("detained the leader along with three suspects":
    "detained"), the verb "with" hangs on when "along" is its particle ("three rebels are
    killed along with two guards": "killed"); where that word is a thing's noun in the
    verb's own adjunct, the verb ("die in the ensuing clash along with two officers":
    "die"). None for any other "with".

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("rebels die in battle along with two guards")
    >>> heads, deps = [1, 1, 1, 2, 3, 4, 7, 5], ["nsubj", "ROOT", "prep", "pobj", "prep",
    ...                                          "prep", "nummod", "pobj"]
    >>> for token, head, dep in zip(doc, heads, deps):
    ...     token.head, token.dep_ = doc[head], dep
    >>> doc[1].pos_, doc[3].pos_ = "VERB", "NOUN"
    >>> companion_owner(doc[5]).text
    'die'
    """
    if with_word.lower_ != "with":
        return None
    head = with_word.head
    if head.lower_ in COMPANION_ADVERBS and head.i == with_word.i - 1 and head.head.i != head.i:
        owner = head.head
    elif with_word.dep_ == "prep" and any(
            _is_companion_adverb(c) and c.i == with_word.i - 1 for c in head.children):
        owner = head
    else:
        return None
    if owner.pos_ == "NOUN" and not is_person_noun(owner.lemma_):
        return _clause_verb(owner) or owner
    return owner


def text_has_companions(doc: Doc) -> bool:
    """Whether a doc's text has "along with" or "together with" anywhere: where it has not,
    no sentence of it has (the pattern has no anchors nor boundaries, so a match within a
    sentence is one within the text), and :func:`companions` finds nobody."""
    return _COMPANION_TEXT_RE.search(doc_text(doc)) is not None


def companions(owner: Token) -> list[Token]:
    """The people an "along with" or "together with" phrase adds to ``owner``'s, in its
    sentence (the objects of each such "with" whose :func:`companion_owner` is ``owner``):
    for "die" in "four gunmen die in the ensuing clash along with two officers", "officers"."""
    sentence = owner.sent
    if _COMPANION_TEXT_RE.search(doc_text(owner.doc), sentence.start_char,
                                 sentence.end_char) is None:
        return []  # no "along with" / "together with" in the sentence: nobody to add
    return [obj for word in sentence if word.lower_ == "with" and
            companion_owner(word) == owner for obj in word.children if obj.dep_ == "pobj"]
