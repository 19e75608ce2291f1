"""Arrests told place by place (issues 14 and 15, session 15): a statement tells the arrests
of one place and then, in a sentence opened by a place of its own, those of another: "Rangers
detained two poachers in Tsavo. In Amboseli, the rangers arrested one trader." is three
captured, not the larger figure. The place that opens the later sentence must be new: a
place the text named before opens a retelling of the lead ("... detained three poachers in
Tsavo and Amboseli. In Amboseli, ..."), and after a lead that sums several operations up
("during four operations", "in raids across the county") the places are its parts.
Plain strings in, a plain value out; read by :mod:`claimex.pipeline.claims.narrative`.

>>> opens_a_new_place(["Amboseli"], ["Rangers detained two poachers in Tsavo."])
True
>>> opens_a_new_place(["Amboseli"], ["Rangers detained three poachers in Tsavo and Amboseli."])
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimex.rules.round_ups import names_several_incidents


def _named_in(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own (case as written)."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def opens_a_new_place(place_words: Sequence[str], earlier_sentences: Sequence[str]) -> bool:
    """Whether a sentence opened by a place (``place_words``: the proper names of its
    fronted "In ...," adjunct) tells the arrests of a place of its own, after the sentences
    before it in the text (``earlier_sentences``): none of the names stands in them, and
    none of them names several operations
    (:func:`claimex.rules.round_ups.names_several_incidents`: "KABUL (Jan. 18) - Police
    arrested 12 people in raids on Friday.").

    >>> opens_a_new_place(["Nad", "Ali"], ["Marines detained a courier in Marja."])
    True
    >>> opens_a_new_place(["Nad", "Ali"], ["Marines detained six couriers in raids on Friday."])
    False
    >>> opens_a_new_place([], ["Marines detained a courier in Marja."])
    False
    """
    if not place_words:
        return False
    earlier = "\n".join(earlier_sentences)
    if any(_named_in(word, earlier) for word in place_words):
        return False
    return not names_several_incidents(earlier)
