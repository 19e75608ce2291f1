"""Casualty frames of elliptic text: a count with a bare participle after it, its
auxiliary left out ("... killed by a stray bullet and three others wounded", "put the
toll at six and 20 others wounded"), or a cue adjective right after the noun as in a
headline or an incident note ("9 persons dead in market blast"). Each frame is a
linking rule as in :mod:`claimex.pipeline.claims.linking.parsed`: a ``Figure`` in, a
``Link`` named after the frame out.
"""

from __future__ import annotations

from claimex.pipeline.claims.figure import Figure, LinkResult

# words that may open a coordinated count: "... and 20 others wounded", "..., 5 hurt"
_OPENERS = frozenset({"and", ",", ";", "while", "with"})


def cue_bare_participle(fig: Figure) -> LinkResult:
    """A count after "and" or a comma with the past participle of a cue verb right after
    its noun and no object of its own: "A man was killed and three others wounded"."""
    noun, words = fig.counted, fig.words
    doc = fig.doc
    if noun is None or noun.i + 1 >= len(doc) or words.start == 0 or \
            doc[words.start - 1].lower_ not in _OPENERS:
        return None
    participle = doc[noun.i + 1]
    found = fig.cue(participle)
    if not found or found[1] != "verb" or participle.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass", "aux") for c in participle.children):
        return None
    return fig.link(participle, found, "cue_bare_participle")


def cue_state_after_noun(fig: Figure) -> LinkResult:
    """A cue adjective right after the counted noun, its copula left out, as headlines and
    incident notes write a toll: "9 persons dead in market blast", "six soldiers
    dead after an ambush" (the parse makes the adjective a modifier of the noun)."""
    noun, doc = fig.counted, fig.doc
    if noun is None or fig.in_figure(noun) or noun.i + 1 >= len(doc):
        return None
    state = doc[noun.i + 1]
    found = fig.cue(state)
    if not found or found[1] not in ("noun", "adjective") or state.pos_ != "ADJ" or \
            state.dep_ != "amod" or state.head.i != noun.i:
        return None
    return fig.link(state, found, "cue_state_after_noun")


# what separates an incident note's date or heading from its first count: "May 4 – 12
# dead", "March 30: 41 killed", "Riverside market bombing - 27 killed"
_PREFIX_MARKS = frozenset({"-", "–", "—", ":", "--"})


def cue_participle_after_prefix(fig: Figure) -> LinkResult:
    """A count right after an incident note's date or heading and its dash or colon, with
    the past participle of a cue verb (or a cue adjective) right after it: "March 30 - 41
    killed near a wedding hall", "May 4 – 12 dead, 30 hurt", "Riverside market bombing -
    27 killed" (the parse hangs the count on the date or the heading before the dash)."""
    words, noun, doc = fig.words, fig.counted, fig.doc
    if words.start == 0 or words.end >= len(doc) or doc[words.start - 1].text not in \
            _PREFIX_MARKS or noun is None or noun.i >= words.start:
        return None
    after = doc[words.end]
    # the noun the parse gives the count is the date's or heading's: its own is none
    found = fig.cues.get(after.i)
    if not found or any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "aux")
                        for c in after.children):
        return None
    if (found[1] == "verb" and after.tag_ in ("VBN", "VBD")) or (
            found[1] in ("noun", "adjective") and after.pos_ == "ADJ"):
        return fig.link(after, found, "cue_participle_after_prefix")
    return None
