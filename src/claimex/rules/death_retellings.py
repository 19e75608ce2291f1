"""Whose death a retelling tells, where the text split the dead from the hurt before it
(session 15, issue 14).

"A cyclist is dead and another rider was hurt ... The victim was found dead beside the
path" retells the dead one; but "The second victim died on Monday", "The wounded rider
later died" or "The victim eventually succumbed" tell the hurt one's death: the retelling
names the hurt one by an ordinal or an "other" (``new_victim_words``), by the word for his
harm (``hurt_group_words``), or tells the death as a change that came after the harm
(``later_death_words``: "later", "since", "succumb"). Plain words in, a yes or no out.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimex import lexicon

_NAMES_ANOTHER = lexicon.words("new_victim_words")
_HURT_WORDS = lexicon.words("hurt_group_words")
_LATER_DEATH = lexicon.words("later_death_words")


def retells_the_hurt(phrase: Iterable[str], predicate: Iterable[str]) -> bool:
    """Whether a retold death is the hurt victim's, not the dead one's, by the words of the
    retelling's noun phrase (``phrase``: "The second victim") and the lemmas of its verb and
    the verb's adverbs (``predicate``: "die", "later").

    >>> retells_the_hurt(["The", "second", "victim"], ["die"])
    True
    >>> retells_the_hurt(["The", "wounded", "rider"], ["die"])
    True
    >>> retells_the_hurt(["The", "victim"], ["die", "later"])
    True
    >>> retells_the_hurt(["The", "victim"], ["pronounce", "dead"])
    False
    """
    words = {w.lower() for w in phrase}
    lemmas = {w.lower() for w in predicate}
    return bool(words & (_NAMES_ANOTHER | _HURT_WORDS) or lemmas & _LATER_DEATH)
