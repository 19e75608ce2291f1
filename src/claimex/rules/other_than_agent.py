""""Another" that means someone other than the attacker (issue 14, session 17): in "a man
stabbed another man", "one teen shot another", "the gunman who shot another motorist",
"charged with wounding another", the figure "another" is the object of a harm verb whose
agent is a single person, and it names the one victim, not one more than victims told
before it. Local news opens with that frame, then tells the same victim again ("The
hurt man was driven to a clinic"), so read as an addition it doubles the toll.

Plain values in, a boolean out: the parse is read by
:mod:`claimex.pipeline.claims.harm_agents`. The words are
``resources/words/harm_agent_nouns.txt`` (with ``person_nouns.txt``) and
``further_victim_adverbs.txt``.

>>> names_the_one_victim(HarmFrame(figure="another man", relation="dobj", passive=False,
...     agent="man", agent_tag="NN", victims_before=0, adverbs=()))
True
>>> names_the_one_victim(HarmFrame(figure="another man", relation="dobj", passive=False,
...     agent="man", agent_tag="NN", victims_before=0, adverbs=("then",)))
False
"""

from __future__ import annotations

from dataclasses import dataclass

from claimex import lexicon
from claimex.rules.casualties import is_person_noun

_AGENT_NOUNS = lexicon.nouns("harm_agent_nouns")
_FURTHER_ADVERBS = lexicon.words("further_victim_adverbs")
# Singular personal pronouns an agent can be told by ("he stabbed another man").
_SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Tags of a singular noun or name.
_SINGULAR_TAGS = frozenset({"NN", "NNP"})


@dataclass(frozen=True)
class HarmFrame:
    """What the parse says of an "another" figure and the harm verb it hangs on.

    ``figure`` the figure's words ("another", "another man"); ``relation`` its
    dependency on the verb ("dobj"); ``passive`` whether the verb is passive; ``agent`` the
    word of the verb's doer (its subject, the noun a relative clause or a participle hangs
    on, or the subject of the verb a gerund completes: "accused of stabbing"), None where
    none is found; ``agent_tag`` that word's tag; ``victims_before`` the victims counted
    before the figure in its sentence, the agent left out; ``adverbs`` the verb's adverbs.
    """

    figure: str
    relation: str
    passive: bool
    agent: str | None
    agent_tag: str
    victims_before: int
    adverbs: tuple[str, ...] = ()


def is_person_agent(word: str, tag: str) -> bool:
    """Whether an agent word is a single person: a singular person noun ("man", "teen",
    "shooter"), a name, or "he"/"she".

    >>> is_person_agent("shooter", "NN"), is_person_agent("blast", "NN")
    (True, False)
    >>> is_person_agent("gunmen", "NNS")
    False
    """
    lower = word.lower()
    if lower in _SINGULAR_PRONOUNS:
        return True
    if tag not in _SINGULAR_TAGS:
        return False
    return tag == "NNP" or is_person_noun(lower) or lower in _AGENT_NOUNS


def names_the_one_victim(frame: HarmFrame) -> bool:
    """Whether an "another" figure names the one victim of a single person's harm rather
    than one more victim: "another" (alone or before a noun, no number) is the direct
    object of an active harm verb whose agent is a single person, no victim is counted
    before it in its sentence ("killed a woman and wounded another" adds), and the verb
    tells no further step ("then stabbed another man" adds).

    >>> frame = HarmFrame("another", "dobj", False, "teen", "NN", 0)
    >>> names_the_one_victim(frame)
    True
    >>> names_the_one_victim(HarmFrame("another", "dobj", False, "teen", "NN", 1))
    False
    """
    words = frame.figure.lower().split()
    if not words or words[0] != "another" or len(words) > 3 or \
            any(w[:1].isdigit() for w in words):
        return False
    if frame.relation != "dobj" or frame.passive or frame.agent is None:
        return False
    if frame.victims_before or any(a.lower() in _FURTHER_ADVERBS for a in frame.adverbs):
        return False
    return is_person_agent(frame.agent, frame.agent_tag)
