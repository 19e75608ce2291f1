"""The sex a victim's noun names, and what it says about victims told one by one.

Local news tells the hurt of one shooting one at a time, often with no word that says a
victim is another one: "A man was shot in the back on Elm Street. A woman, 34, is in
stable condition after she was hit in the arm." A victim told on its own is mostly the one
told before ("A man was shot ... A 25-year-old man was taken to a hospital"), so a toll
counts a later one only with "another", "second", "also"
(:func:`claimex.assemble.toll_victims.enumerated_victims`); but a woman told after a man
cannot be him. The nouns are the groups of ``resources/words/sexed_person_nouns.txt``.

>>> sex_of("woman"), sex_of("old man"), sex_of("victim"), sex_of(None)
('female', 'male', None, None)
>>> names_another_sex("woman", ["man"]), names_another_sex("woman", ["man", "girl"])
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence

from claimex import lexicon
from claimex.rules.guard import never_raises

_SEXES = {word: sex for sex, words in lexicon.groups("sexed_person_nouns").items()
          for word in words}


def sex_of(noun_phrase: str | None) -> str | None:
    """The sex the head (last word) of a singular person noun phrase names: "male",
    "female", or None where the noun names none ("victim", "teen", "person")."""
    words = (noun_phrase or "").lower().replace(".", "").split()
    return _SEXES.get(words[-1]) if words else None


def _names_another_sex(subject: str | None, earlier: Sequence[str | None]) -> bool:
    sex = sex_of(subject)
    if sex is None or not earlier:
        return False
    sexes = [sex_of(phrase) for phrase in earlier]
    return None not in sexes and sex not in sexes


@never_raises(fallback=lambda subject, earlier: False)
def names_another_sex(subject: str | None, earlier: Sequence[str | None]) -> bool:
    """Whether a victim told on its own (its noun phrase, ``subject``) is another person
    than every victim told before it (``earlier``, their noun phrases): it names a sex, and
    each of them names the other one. A victim whose noun names no sex ("A teen was shot
    ... A woman was hit") may be one told before: False, as for none told before."""
    return _names_another_sex(subject, earlier)
