"""Custody taken: "custody" as a capture cue (frame: custody taken,
:func:`custody_taken`).

"Custody" is a capture cue only as the object of a verb of taking it, with "of" before the
people it counts: "The patrol took custody of a courier and two other suspects" is three
captured; a parent who "won custody of her two children" or "has custody of the twins"
captures no one, nor does a court that "granted custody of the boys". The verbs are the
lemmas of ``resources/words/custody_taking_verbs.txt``. Bodies stay the dead's ("took custody
of three bodies": their own noun cue, killed).
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimex import lexicon
from claimex.pipeline.claims.cues import Cues
from claimex.pipeline.extensions import doc_text

# Lemmas of the verbs whose object "custody" is taken (resources/words/custody_taking_verbs.txt).
TAKING_VERBS = lexicon.words("custody_taking_verbs")


def custody_taken(doc: Doc, cues: Cues) -> Cues:
    """The capture cues of a parsed doc's "custody" taken (see the module docstring): each
    "custody" that is the direct object of a taking verb and is followed by "of", as a noun
    cue of ``captured`` keyed by its token, where no cue stands there already.

    >>> import spacy
    >>> words = ["Guards", "took", "custody", "of", "two", "stowaways"]
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words,
    ...                        heads=[1, 1, 1, 2, 5, 3], lemmas=["guard", "take", "custody",
    ...                        "of", "two", "stowaway"],
    ...                        deps=["nsubj", "ROOT", "dobj", "prep", "nummod", "pobj"])
    >>> custody_taken(doc, {})
    {2: ('captured', 'noun')}
    >>> doc[1].lemma_ = "win"
    >>> custody_taken(doc, {})
    {}
    """
    found: Cues = {}
    if "custody" not in doc_text(doc).lower():
        return found  # a token whose lower-case form is "custody" is in the lower-cased text
    for token in doc:
        if token.lower_ != "custody" or token.dep_ != "dobj" or token.i in cues or \
                token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "of":
            continue
        if token.head.lemma_.lower() in TAKING_VERBS:
            found[token.i] = ("captured", "noun")
    return found
