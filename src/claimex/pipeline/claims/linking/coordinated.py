"""Coordinated cue verbs the parser reads as nouns.

In the telegraphic register of incident notes a second cue verb follows the first one's
object: "A suicide bomber claims 18 lives and wounds 40 in Kano". The parser reads "lives
and wounds" as two coordinated plural nouns, and the figure after "wounds" as counting
"lives": the verb keeps its own category here.
"""

from __future__ import annotations

from claimex.pipeline.claims.figure import Figure, LinkResult

_COORDINATORS = frozenset({"and", ",", "while"})
_VERB_OR_PLURAL_TAGS = frozenset({"VBZ", "NNS"})


def cue_verb_before_figure(fig: Figure) -> LinkResult:
    """A present-tense cue verb right before its figure, coordinated with a clause before
    it, keeps its own category even when the parser reads it as a plural noun: "and wounds
    40" in "claims 18 lives and wounds 40" (40 injured, not killed)."""
    start = fig.words.start
    if start < 2:
        return None
    verb, coordinator = fig.doc[start - 1], fig.doc[start - 2]
    if coordinator.lower_ not in _COORDINATORS or verb.tag_ not in _VERB_OR_PLURAL_TAGS:
        return None
    found = fig.cue(verb)
    if found and found[1] == "verb" and not fig.in_figure(verb):
        return fig.link(verb, found, "cue_verb_before_figure")
    return None
