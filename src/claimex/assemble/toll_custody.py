"""Armed men wounded by a force that takes people into custody in the same report (see
:mod:`claimex.assemble.tolls`): a security force that returns fire "killing one armed
insurgent and wounding the second" and arrests others holds the ground, and the wounded
man is in its hands too, so he is counted among the captured
(:func:`wounded_in_custody`). A strike that detains nobody ("the air weapons team engaged
the enemy position, killing two insurgents and wounding several others") leaves its
wounded where they fell: no captured toll, nothing added.

>>> def figure(category, low, subject, sentence=0):
...     return {"category": category, "value": {"low": low, "high": low},
...             "subject": {"text": subject} if subject else None,
...             "evidence": {"sentence_start": sentence}, "start": sentence}
>>> clash = [figure("killed", 1, "armed insurgent"), figure("injured", 1, "second")]
>>> wounded_in_custody(clash, [1])
[1]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex import lexicon

# Nouns of armed men of the side a security force fights (``combatant_nouns.txt``).
COMBATANT_NOUNS = lexicon.nouns("combatant_nouns")
# Words that count people of a group just named with no noun of their own: "wounding two
# others", "wounding another", "wounding the second" (``new_victim_words.txt``).
TAKEN_UP_WORDS = lexicon.words("new_victim_words")


def _subject_words(claim: dict[str, Any]) -> list[str]:
    return ((claim.get("subject") or {}).get("text") or "").replace("-", " ").split()


def _armed(words: list[str]) -> bool:
    return any(w.lower() in COMBATANT_NOUNS or w in COMBATANT_NOUNS for w in words)


def _takes_up(words: list[str]) -> bool:
    """Whether victims' words count people of the group just named: none ("killing one
    and wounding two"), or only words such as "others", "another", "the second"."""
    return all(w.lower() in TAKEN_UP_WORDS for w in words)


def wounded_in_custody(claims: Sequence[dict[str, Any]], injured: Sequence[int]
                       ) -> list[int]:
    """The wounded figures (``injured``: indexes into ``claims`` of a speaker's counted
    injured figures) that count armed men of the other side (frame: the armed men wounded
    in the clash, taken in): victims named as combatants ("wounding two insurgents"), or
    taken up from a killed figure of combatants in the same sentence ("killing one armed
    insurgent and wounding the second", "killing one and wounding two others"). Wounded
    civilians ("One child was killed and another wounded") and soldiers are no detainees.

    >>> def figure(category, low, subject, sentence=0):
    ...     return {"category": category, "value": {"low": low, "high": low},
    ...             "subject": {"text": subject} if subject else None,
    ...             "evidence": {"sentence_start": sentence}, "start": sentence}
    >>> children = [figure("killed", 1, "local national child"), figure("injured", 1, None)]
    >>> wounded_in_custody(children, [1])
    []
    >>> wounded_in_custody([figure("killed", 1, None), figure("injured", 2, "others")], [1])
    [1]
    """
    found = []
    for i in injured:
        words = _subject_words(claims[i])
        if _armed(words):
            found.append(i)
            continue
        if not _takes_up(words):
            continue
        sentence = (claims[i].get("evidence") or {}).get("sentence_start")
        partners = [c for c in claims[:i] if c.get("category") == "killed" and
                    (c.get("evidence") or {}).get("sentence_start") == sentence]
        if partners and (_armed(_subject_words(partners[-1])) or
                         not _subject_words(partners[-1])):
            found.append(i)
    return found
