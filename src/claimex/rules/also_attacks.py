"""A second attack told with "also" (session 19, frame: a second attack told with "also" on
its own verb, read by :func:`claimex.assemble.toll_incidents.separate_incidents`).

A report leads with one attack and, later, tells another one in a sentence of its own whose
attack verb carries "also" (or "too"), with its victims in the clause after it: "Militants
ambushed a convoy near Dorn, killing four guards ... Rebels also shelled a fuel depot in
Varn, killing two workers" is six. The figure adds to the lead's. It does not where the
lead names the target itself ("killed 12 people at a checkpoint and in a mortar attack on
a school ... The militants also shelled the school, killing three": the lead's total holds
them), nor where "also" stands on a verb of harm ("Two guards were also wounded": the
running tallies read those, :mod:`claimex.rules.running_tallies`).

Plain strings in, a boolean out; the verbs are ``resources/words/second_attack_verbs.txt``
(their forms generated), the words left out of a target ``target_phrase_stops.txt``.

>>> tells_a_second_attack("Rebels also shelled a fuel depot in Varn, killing two workers.",
...                       "Militants ambushed a convoy near Dorn, killing four guards.",
...                       50)
True
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.guard import never_raises

_ATTACK_VERBS = lexicon.forms("second_attack_verbs")
_STOPS = lexicon.words("target_phrase_stops")
_ADDITIVE = ("also", "too")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")
# How many words may stand between "also" and the attack verb ("also reportedly shelled").
_VERB_REACH = 2
# How many words of the target phrase (after the verb, up to a comma) are compared with the
# lead's words.
_TARGET_WORDS = 8


def _words(text: str) -> list[tuple[str, int]]:
    return [(m.group().lower(), m.start()) for m in _WORD_RE.finditer(text)]


@never_raises(fallback=lambda sentence, lead_sentence, offset: False)
def tells_a_second_attack(sentence: str, lead_sentence: str, offset: int) -> bool:
    """Whether ``sentence`` tells a second attack whose figure, at ``offset`` in it, adds to
    the lead's: an attack verb with "also" or "too" at most two words before it, the figure
    after the verb, and no word of the verb's target (the words after it up to a comma,
    less :data:`_STOPS`) in ``lead_sentence``.

    >>> lead = "A mortar attack on a school in Harl killed five pupils."
    >>> tells_a_second_attack("Gunmen also attacked a bus near Tove, killing two.", lead, 44)
    True
    >>> tells_a_second_attack("Gunmen also attacked the school, killing two.", lead, 40)
    False
    >>> tells_a_second_attack("Two teachers were also wounded in the attack.", lead, 0)
    False
    """
    words = _words(sentence)
    lead_words = {word for word, _ in _words(lead_sentence)}
    for k, (word, start) in enumerate(words):
        if word not in _ATTACK_VERBS or start >= offset:
            continue
        before = [w for w, _ in words[max(0, k - _VERB_REACH - 1):k]]
        if not any(w in _ADDITIVE for w in before):
            continue
        end = sentence.find(",", start)
        end = offset if end == -1 or end > offset else end
        target = [w for w, s in words[k + 1:] if s < end and w not in _STOPS][:_TARGET_WORDS]
        return bool(target) and not any(w in lead_words for w in target)
    return False
