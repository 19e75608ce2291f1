"""A separate incident told in a later paragraph without an opener (issue 14, session 15).

Agency copy often tells a second incident in a paragraph of its own with no sentence that
announces it: the paragraph changes the source, the victims and usually the place ("A mine
blast killed two border guards near Kalat. ... [new paragraph] Gunmen shot a grain trader
in Spin Dara, a village elder said."). Its figure adds to the document's toll. The same
event told again is no new incident: the same victims (a revised or restated figure, "Both
guards died at the post"), the same source, the same place, or a sentence that names the
event's toll ("the mayor's office gave a toll of three guards").

Frame: *lead* ... [paragraph break] *new source* + *new victim group* + *new place* + a
count of its own (not the lead's; a number, not a victim named alone: local news tells the
victims of its one incident so, paragraph by paragraph).
Plain values in, plain values out; read by :mod:`claimex.assemble.toll_incidents`.

>>> lead = Telling(paragraph=0, source=None, victims="security", place="kalat")
>>> tells_another_incident(Telling(2, "village elder", "trader", "spin dara"), [lead])
True
>>> tells_another_incident(Telling(2, "village elder", "security", None), [lead])
False
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimex import lexicon

_WORD = re.compile(r"[\w'’-]+")
# resources/words/group_less_victim_nouns.txt, source_pronouns.txt, toll_nouns.txt
_GROUP_LESS = lexicon.words("group_less_victim_nouns")
_SOURCE_PRONOUNS = lexicon.words("source_pronouns")
_TOLL_NOUNS = lexicon.words("toll_nouns")
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her"})
# a paragraph starts after a blank line, or after a line that ends a sentence (a wrapped
# line ends mid-sentence and goes on on the next one)
_BREAK = re.compile(r"\n[ \t]*\n\s*|(?<=[.!?\"'”’])[ \t]*\n\s*")


@dataclass(frozen=True)
class Telling:
    """What a figure's sentence says about its incident: its paragraph (0 the first), its
    source (None for the outlet's own voice or a pronoun), its victim group
    (:func:`victim_group`; None where its noun names no group), its place (lower-cased; None
    if none), the words its subject names (lower-cased) and its count (the figure's low bound)."""

    paragraph: int
    source: str | None
    victims: str | None
    place: str | None
    names: frozenset[str] = frozenset()
    count: float | None = None


def paragraph_starts(text: str) -> list[int]:
    """Where the paragraphs of ``text`` after the first start (offsets, ascending).

    >>> paragraph_starts("Two died.\\n\\nA third was hurt.\\nPolice came.")
    [11, 29]
    >>> paragraph_starts("A bomb hit the city of\\nBasra.")
    []
    """
    return [found.end() for found in _BREAK.finditer(text) if found.end() < len(text)]


def paragraph_of(starts: Sequence[int], offset: int) -> int:
    """The paragraph (0 the first) that holds ``offset``, given :func:`paragraph_starts`.

    >>> paragraph_of([11, 29], 5), paragraph_of([11, 29], 11), paragraph_of([11, 29], 40)
    (0, 1, 2)
    """
    return bisect.bisect_right(list(starts), offset)


def source_key(speaker: str | None, kind: str | None) -> str | None:
    """A figure's source as compared: the speaker's words without a leading determiner,
    lower-cased; None for the outlet's own voice (``kind`` "article") or a pronoun.

    >>> source_key("The provincial governor", "reported"), source_key("he", "reported")
    ('provincial governor', None)
    """
    words = [w.lower() for w in _WORD.findall(speaker or "")]
    if kind == "article" or not words or words[0] in _SOURCE_PRONOUNS:
        return None
    if words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words) or None


def victim_group(subject: str | None, classes: Sequence[str] | None = None) -> str | None:
    """A figure's victim group as compared: the kinds of people it counts where the claim
    knows them (``classes``: "security", "civilian"; ``resources/words/person_classes.txt``),
    else the lemma of its subject's last word ("two officers": officer); None where that
    noun names no group ("people", "others").

    >>> victim_group("foreign troops", ["security"]), victim_group("Officers")
    ('security', 'officer')
    >>> victim_group("others") is None
    True
    """
    words = [w.lower() for w in _WORD.findall(subject or "")]
    if classes:
        return "+".join(sorted(classes))
    if not words or words[-1] in _GROUP_LESS:
        return None
    lemmas = sorted(lexicon.lemmas_of(words[-1], "NOUN"), key=len)
    return lemmas[0] if lemmas else words[-1]


def names_the_toll(sentence: str) -> bool:
    """Whether a sentence names an event's total ("gave a toll of three").

    >>> names_the_toll("The mayor's office gave a toll of three."), names_the_toll("Six died.")
    (True, False)
    """
    return bool({w.lower() for w in _WORD.findall(sentence)} & _TOLL_NOUNS)


def same_source(one: str | None, other: str | None) -> bool:
    """Whether two sources (:func:`source_key`) are one: equal, or the words of one all in
    the other ("spokesman" after "spokesman Abdul Rahim").

    >>> same_source("spokesman", "spokesman abdul rahim"), same_source("police", "army")
    (True, False)
    """
    if one is None or other is None:
        return one == other
    return one == other or set(one.split()) <= set(other.split()) or \
        set(other.split()) <= set(one.split())


def same_victims(one: Telling, other: Telling) -> bool:
    """Whether two figures count one victim group: the same group (:func:`victim_group`),
    or the group of one named among the other's subject words ("Kurds" after "Kurd
    fighters").

    >>> same_victims(Telling(0, None, "kurds", None), Telling(0, None, "combatant", None,
    ...                                                        frozenset({"kurd", "fighters"})))
    True
    """
    names, other_names = {_singular(w) for w in one.names}, {_singular(w) for w in other.names}
    return one.victims == other.victims or _singular(one.victims) in other_names or \
        _singular(other.victims) in names


def _singular(word: str | None) -> str | None:
    """A word without a plural "s" ("kurds": kurd), to compare names the lemmatizer
    does not know."""
    return word[:-1] if word and len(word) > 3 and word.endswith("s") else word


def tells_another_incident(telling: Telling, lead: Sequence[Telling],
                           earlier: Sequence[Telling] = (), sentence: str = "") -> bool:
    """Whether a figure tells an incident apart from the ``lead``'s figures and the figures
    told ``earlier`` (the body's, the incidents already found): it stands in a later
    paragraph than the lead's, a source of its own names it (:func:`same_source`), its
    victims form a group that none of them counts (:func:`same_victims`) where the lead names
    one, it names a place of its own that none of them names, its count is none of the
    lead's (a restatement: "six Americans" below "Six soldiers"), and its ``sentence`` names
    no toll.

    >>> lead = [Telling(0, "police", "soldier", "mosul", count=4)]
    >>> tells_another_incident(Telling(3, "a medic", "farmer", "tikrit", count=2), lead)
    True
    >>> tells_another_incident(Telling(0, "a medic", "farmer", "tikrit", count=2), lead)
    False
    >>> tells_another_incident(Telling(3, None, "farmer", "tikrit", count=2), lead)
    False
    >>> tells_another_incident(Telling(3, "a medic", "farmer", "mosul", count=2), lead)
    False
    >>> tells_another_incident(Telling(3, "a medic", "farmer", None, count=2), lead)
    False
    >>> tells_another_incident(Telling(3, "a medic", "farmer", "tikrit", count=4), lead)
    False
    """
    if not lead or not any(t.victims for t in lead) or telling.source is None or \
            telling.victims is None or telling.place is None or names_the_toll(sentence) or \
            telling.count in {t.count for t in lead if t.count is not None}:
        return False
    return telling.paragraph > max(t.paragraph for t in lead) and all(
        not same_source(telling.source, other.source) and not same_victims(telling, other) and
        telling.place != other.place for other in [*lead, *earlier])
