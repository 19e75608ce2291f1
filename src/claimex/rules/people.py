"""Link surname-only mentions of people to the full name used elsewhere in the document."""

from __future__ import annotations

import re

from claimex import lexicon

# Titles before a name: "President", "Gen." (resources/words/title_words.txt).
TITLE_WORDS = lexicon.words("title_words")
_POSSESSIVE_RE = re.compile(r"['’]s?$")


def person_name(mention: str) -> str:
    """A mention without titles in front or a possessive at the end."""
    words = _POSSESSIVE_RE.sub("", mention.strip()).split()
    while len(words) > 1 and words[0].lower() in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def link_people(mentions: list[str]) -> list[str]:
    """The canonical name of each mention: the longest name in ``mentions`` that ends with it.

    "Akar" becomes "Hulusi Akar" when "Hulusi Akar" is mentioned in the same document
    (before or after); a name nobody spells out more fully stays as it is. When two full
    names share the surname ("Bashar al-Assad", "Asma al-Assad"), the surname alone stays
    unlinked: guessing would be worse than leaving it.
    """
    names = [person_name(m) for m in mentions]
    full = {name for name in names if len(name.split()) > 1}
    canonical = []
    for name in names:
        words = name.split()
        candidates = {
            other for other in full
            if len(other.split()) > len(words) and other.split()[-len(words):] == words
        }
        canonical.append(max(candidates, key=len) if len(candidates) == 1 else name)
    return canonical
