""""N more" with "more" on the number (frame: more on the number,
:func:`more_on_the_number`).

"Police arrested two suspects on Sunday. Three more suspects were arrested on Monday" is
five captured: "more" marks the three as added to the two. The parse often hangs "more"
on the number ("Three" <- "more") rather than on the noun, where the additive words of a
counted noun are looked for; this reads it there too. "More than three" is a qualifier of
the figure, not an addition, and "more" before the number is never taken.
"""

from __future__ import annotations

from spacy.tokens import Token

# The additive word that may hang on the number rather than on the noun.
_MORE = "more"


def more_on_the_number(counted: Token) -> bool:
    """Whether a counted noun's number carries "more" right after it ("Three more
    suspects"), not "more than" ("more than three suspects").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Three", "more", "suspects", "were", "arrested"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 0, 4, 4, 4],
    ...           deps=["nummod", "amod", "nsubjpass", "auxpass", "ROOT"])
    >>> more_on_the_number(doc[2])
    True
    >>> words = ["more", "than", "three", "suspects", "were", "arrested"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 0, 3, 5, 5, 5],
    ...           deps=["advmod", "prep", "nummod", "nsubjpass", "auxpass", "ROOT"])
    >>> more_on_the_number(doc[3])
    False
    """
    doc = counted.doc
    for number in counted.children:
        if number.dep_ != "nummod" or number.i >= counted.i:
            continue
        for word in number.children:
            if word.lower_ == _MORE and word.i == number.i + 1 and \
                    (word.i + 1 >= len(doc) or doc[word.i + 1].lower_ != "than"):
                return True
    return False
