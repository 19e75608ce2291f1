"""A count and its cue noun set apart by a list of modifiers that the parse splits off
from the noun: "Three hooded, bound bodies lay by the canal", "five burned and
mutilated bodies" (frame: a cue noun after the figure's modifiers,
:func:`cue_noun_after_modifiers`). Hyphened modifiers ("bullet-riddled") are a modifier
too, whatever their first word is (:func:`claimex.pipeline.claims.linking.nonpeople.not_wounds`
lets them pass).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex.pipeline.claims.figure import Figure, LinkResult
from claimex.pipeline.claims.linking.nonpeople import hyphened_modifier_start

# Tags of a modifier in a list before its noun: an adjective or a participle (the parse
# takes "blindfolded" for a past tense verb when a comma follows it).
_MODIFIER_TAGS = frozenset({"JJ", "VBN", "VBD"})
# What joins the modifiers of such a list.
_JOINERS = frozenset({",", "and", "-", "–"})
# Tags of the plural noun the figure counts.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# How many words the modifiers may take up.
_REACH = 8


def _modifier(token: Token) -> bool:
    """An adjective or participle of the list, or the first word of a hyphened one."""
    return token.tag_ in _MODIFIER_TAGS or hyphened_modifier_start(token)


def cue_noun_after_modifiers(fig: Figure) -> LinkResult:
    """A plural cue noun right after the figure's list of modifiers (adjectives or
    participles joined by commas, "and" or hyphens) is the noun it counts: "Three
    hooded, bound bodies lay by the canal" (the parse may make "Three" the subject of
    "hooded"). A verb of its own ("Two arrived, wounded soldiers
    said") or any other word between ends the list: no link."""
    doc, end = fig.doc, fig.span.end
    modifiers = 0
    for i in range(end, min(end + _REACH, len(doc))):
        token = doc[i]
        found = fig.cue(token)
        if found and found[1] == "noun" and token.tag_ in _PLURAL_TAGS and modifiers:
            return fig.link(token, found, "cue_noun_after_modifiers")
        if _modifier(token):
            modifiers += 1
        elif token.text.lower() not in _JOINERS:
            return None
    return None
