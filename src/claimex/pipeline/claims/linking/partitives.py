"""A partitive's group is no count of victims: "Twelve of the 20 workers were killed"
tells twelve dead; the 20 is the group's size (issue 14, session 20;
:func:`claimex.rules.partitive_groups.is_partitive_group`).

The guard answers :data:`~claimex.pipeline.claims.figure.STOP` in the registry's ``never``
group, so that no rule (a window rule reading "20 workers were killed" included) links
the group's figure to the cue of the clause whose subject is the part. A group whose own
phrase tells what happened to it is the victims and keeps its link: "one of the three
injured", "seven of the 37 confirmed dead", "two of the 13 miners who were killed".
It reads the words, not the parse (a relative clause on the group is read where there is a
parse), so it holds with ``rules.cfg`` too.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon
from claimex.pipeline.claims.figure import STOP, Figure, LinkResult
from claimex.rules.partitive_groups import is_partitive_group

# auxiliaries, modals and adverbs: they start the clause's own verb phrase after the group
# (resources/words/passive_fillers.txt)
_CLAUSE_VERB_STARTS = lexicon.words("passive_fillers")
# finite verbs: the clause's own verb after the group, not a word on it
_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# words looked at before the figure: a part, "out", "of", a determiner
_WORDS_BEFORE = 4
# words looked at after the group's phrase for a cue of its own ("confirmed dead")
_OWN_CUE_REACH = 2


def not_a_partitive_group(fig: Figure) -> LinkResult:
    """Guard: the figure after "<part> of (the)" or "<part> out of" is the group's size,
    never a count of victims, unless its own phrase tells the harm: "Twelve of the 20
    workers were killed", "two out of three people were hurt" (STOP on 20 and three);
    "one of the three injured" keeps its cue."""
    doc = fig.doc
    before = [t.lower_ for t in doc[max(0, fig.words.start - _WORDS_BEFORE):fig.words.start]
              if not t.is_space]
    if not is_partitive_group(before) or _group_tells_its_harm(fig):
        return None
    return STOP


def _group_tells_its_harm(fig: Figure) -> bool:
    """Whether the group's own phrase holds a cue: in it ("the 37 dead"), right after it
    before any verb of the clause ("the three injured", "37 confirmed dead"), or in a
    relative clause on its noun ("the 13 miners who were killed")."""
    doc, cues = fig.doc, fig.cues
    end = max(fig.span.end - 1, fig.counted.i if fig.counted is not None else -1) + 1
    if any(i in cues for i in range(fig.span.end, end)):
        return True
    seen = 0
    for token in doc[end:]:
        if seen == _OWN_CUE_REACH:
            break
        if token.is_space:
            continue
        if token.i in cues:
            return _not_the_clause_verb(fig, token)
        if token.lower_ in _CLAUSE_VERB_STARTS:
            break
        seen += 1
    noun = fig.counted
    if fig.parsed and noun is not None:
        return any(child.dep_ == "relcl" and any(t.i in cues for t in child.subtree)
                   for child in noun.children)
    return False


def _not_the_clause_verb(fig: Figure, token: Token) -> bool:
    """Whether a cue right after the group describes it ("the three injured", "37 confirmed
    dead") rather than being the clause's finite verb ("nine of the 14 villagers died"):
    with a parse, not a finite verb; without one, a cue adjective or noun only."""
    if fig.parsed:
        return token.tag_ not in _FINITE_VERB_TAGS
    return fig.cues[token.i][1] in ("adjective", "noun")
