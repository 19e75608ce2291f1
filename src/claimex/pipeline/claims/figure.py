"""What a linking rule looks at and what it returns: :class:`Figure` and :class:`Link`.

A :class:`Figure` is one count found in a doc with what the rules ask of it: its tokens,
its words with their qualifier ("at least 13"), the noun it counts, the cues of the doc,
and, derived once, the word the noun's phrase hangs on (``governor``). A rule is a
function ``Figure -> Link | None``; it may also return :data:`STOP` to say that the rules
of its group cannot link the figure, whatever the later ones of the group would say (an
age after a name, "Bana Alabed, 7,"), so that the next group (the window rules) decides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from claimex import lexicon
from claimex.pipeline.claims.cues import Cues
from claimex.rules.casualties import TOTAL_NOUNS, displacement_unit, is_non_person_noun

# Cue words that count only housing, never people: "150 houses destroyed", in every
# form (matched on the text: rules.cfg has no lemmas).
HOUSING_ONLY = frozenset({"destruction", "damage"}) | frozenset(
    form for verb in ("destroy", "damage", "collapse", "wash", "raze", "bury")
    for form in lexicon.inflections(verb, "VERB"))


@dataclass(frozen=True, slots=True)
class Link:
    """A figure tied to a casualty cue: the cue's head token, the category and kind of the
    cue, and the name of the rule that tied them (``provenance.rule`` of the claim; a name
    in :data:`claimex.pipeline.claims.registry.LINKERS`)."""

    cue: Token
    category: str
    kind: str
    rule: str


class _Stop:
    def __repr__(self) -> str:
        return "STOP"


STOP = _Stop()
LinkResult = Link | _Stop | None


@dataclass(eq=False)
class Figure:
    """One count in a doc, as the linking rules see it.

    ``span`` holds the figure's own tokens ("13"), ``words`` the figure with its qualifier
    ("at least 13"), ``counted`` the noun it counts ("people"; the figure itself when it
    stands alone), ``cues`` the doc's cues by head token, ``parsed`` whether the doc has a
    dependency parse, ``window`` the reach of the window rules in tokens, ``relink`` the
    walker of the
    parsed rules, for rules that ask how another noun would link ("120,000 families'
    homes were destroyed": the homes).
    """

    doc: Doc
    span: Span
    words: Span
    counted: Token | None
    cues: Cues
    parsed: bool = True
    window: int = 6
    relink: Callable[[Figure], Link | None] = field(default=lambda figure: None, repr=False)

    def counting(self, noun: Token) -> Figure:
        """The same figure, counting ``noun`` instead."""
        return replace(self, counted=noun)

    @cached_property
    def things(self) -> bool:
        """Whether the counted noun names things, which are never casualties."""
        noun = self.counted
        return noun is not None and (is_non_person_noun(noun.lemma_ or noun.text) or
                                     is_non_person_noun(noun.text))

    @cached_property
    def housing(self) -> bool:
        """Whether the counted noun is housing ("houses", "homes")."""
        return self.counted is not None and displacement_unit(self.counted.text) == "houses"

    def cue(self, token: Token) -> tuple[str, str] | None:
        """The cue on ``token`` if it can count the counted noun: things are never
        casualties, and destroyed or damaged buildings count only as housing lost
        (displacement)."""
        found = self.cues.get(token.i)
        if found is None or (self.things and not (self.housing and found[0] == "displaced")):
            return None
        if token.lower_ in HOUSING_ONLY and not self.housing:
            return None
        return found

    def link(self, token: Token, found: tuple[str, str], rule: str) -> Link:
        """A :class:`Link` to the cue ``found`` on ``token``."""
        return Link(token, found[0], found[1], rule)

    @cached_property
    def climb(self) -> Token | None:
        """The head of the counted noun's phrase: the noun, or the total or partitive it
        stands in ("a total of 77 houses", "dozens of them"), or the first conjunct or the
        word an apposition describes."""
        noun, span = self.counted, self.span
        if noun is None:
            return None
        climb = noun
        if climb.dep_ == "pobj" and climb.head.lower_ == "of" and \
                climb.head.head.lemma_ in TOTAL_NOUNS and climb.head.head.i < span.start:
            # "a total of 77 houses collapsed", "a final figure of 116 homes have been
            # destroyed"
            climb = climb.head.head
        partitive = noun.dep_ == "pobj" and noun.head.lower_ == "of"
        if partitive and span.start <= noun.head.head.i < span.end:
            climb = noun.head.head
        while climb.dep_ in ("conj", "appos") and climb.head.i != climb.i:
            climb = climb.head
        return climb

    @cached_property
    def governor(self) -> Token | None:
        """The word the phrase of the counted noun hangs on (an auxiliary skipped)."""
        if self.climb is None:
            return None
        governor = self.climb.head
        if governor.dep_ in ("aux", "auxpass") and governor.head.i != governor.i:
            governor = governor.head
        return governor

    def in_figure(self, token: Token) -> bool:
        """Whether ``token`` is one of the figure's own tokens."""
        return self.span.start <= token.i < self.span.end
