"""A participle of association after a counted noun (frame: association participle,
:func:`cue_after_association`).

"Three men linked to the gang were arrested" counts three captured: "linked to the gang"
says who the men are, the clause's verb "were arrested" says what befell them. The parse
may read the participle as the main verb with the men as its subject and hang the cue
verb on it as a conjunct, with no "and" between them; the figure then reaches no cue.
The participles are the lemmas of ``resources/words/association_participles.txt``
("linked", "tied", "connected", "affiliated", "associated").
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon
from claimex.pipeline.claims.figure import Figure, LinkResult
from claimex.pipeline.claims.grammar import SUBJECT_DEPS

# Lemmas of the participles of association (resources/words/association_participles.txt).
ASSOCIATION_PARTICIPLES = lexicon.words("association_participles")

# Prepositions that open the participle's complement: "linked to", "affiliated with".
_COMPLEMENT_PREPOSITIONS = frozenset({"to", "with"})


def _is_association_participle(verb: Token) -> bool:
    """A past form of an association verb followed at once by "to" or "with"."""
    doc = verb.doc
    return verb.lemma_.lower() in ASSOCIATION_PARTICIPLES and verb.tag_ in ("VBN", "VBD") and \
        verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in _COMPLEMENT_PREPOSITIONS


def clause_verb_after_association(verb: Token) -> Token | None:
    """The passive verb of the clause that an association participle was taken to head:
    its conjunct with an auxiliary of the passive and no subject of its own, with no "and"
    or comma between the participle and it (then the two are not coordinated).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Two", "clerks", "linked", "to", "the", "fraud", "were", "detained"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 2, 5, 3, 7, 2],
    ...           deps=["nummod", "nsubj", "ROOT", "prep", "det", "pobj", "auxpass", "conj"],
    ...           tags=["CD", "NNS", "VBD", "IN", "DT", "NN", "VBD", "VBN"],
    ...           lemmas=["two", "clerk", "link", "to", "the", "fraud", "be", "detain"])
    >>> clause_verb_after_association(doc[2]).text
    'detained'
    >>> doc[6].dep_ = "cc"
    >>> clause_verb_after_association(doc[2]) is None
    True
    """
    if not _is_association_participle(verb):
        return None
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i:
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in conj.children) or \
                not any(c.dep_ == "auxpass" for c in conj.children):
            continue
        between = doc[verb.i + 1:conj.i]
        if any(t.dep_ == "cc" and t.head.i == verb.i for t in between) or \
                any(t.text in (",", ";") and t.head.i in (verb.i, conj.i) for t in between):
            continue
        return conj
    return None


def cue_after_association(fig: Figure) -> LinkResult:
    """The cue verb of a clause whose counted subject carries an association participle:
    "Three men linked to the gang were arrested", "Two suspects tied to the robbery have
    been detained" (see the module docstring)."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ != "nsubj" or governor is None or climb.head.i != governor.i:
        return None
    verb = clause_verb_after_association(governor)
    found = fig.cue(verb) if verb is not None else None
    if found and found[1] == "verb":
        return fig.link(verb, found, "cue_after_association")
    return None
