"""The linking rules in the order they are tried: the one list of rule names.

:data:`LINKERS` holds every rule that ties a figure to a casualty cue, as
``Linker(name, function, needs_parse)``. ``needs_parse`` is True for rules that read the
dependency parse (skipped with ``rules.cfg``), False for none. The component walks the
list for each count and takes the first :class:`~claimex.pipeline.claims.figure.Link`;
the link's ``rule`` (the claim's ``provenance.rule``) is the name of the rule that made
it. A rule may answer :data:`~claimex.pipeline.claims.figure.STOP`: then no later rule of
its group (:data:`PARSED` frames) is asked, and the walk goes on with the first rule of
the next group (the windows); a STOP of the :data:`NEVER` group (numbers that are no
counts of people: ages, wounds) ends the walk with no link.

Adding a casualty construction is one function in ``linking/parsed.py`` (or
``linking/noun_phrase.py``, ``linking/tolls.py``, ``linking/elliptic.py``, ``linking/states.py``,
``linking/coordination.py``, ``linking/captives.py``, ``linking/lower_bounds.py``,
``linking/missing_states.py``,
``displacement.py``, ``linking/windows.py``) with a docstring example, one entry here, and
one row in ``tests/pipeline/test_linkers.py``.

>>> [linker.name for linker in LINKERS][:3]
['not_an_age_range', 'not_wounds', 'not_freed_captives']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from claimex.pipeline.claims import displacement
from claimex.pipeline.claims.figure import STOP, Figure, Link, LinkResult
from claimex.pipeline.claims.linking import (
    captives,
    coordination,
    elliptic,
    lower_bounds,
    missing_states,
    nonpeople,
    noun_phrase,
    parenthesized_lists,
    parsed,
    place_shares,
    raised_tolls,
    states,
    tolls,
    windows,
)


class Linker(NamedTuple):
    """One linking rule: its name (the ``provenance.rule`` of what it links), the function,
    whether it needs a dependency parse, and its group (a STOP skips the rest of it)."""

    name: str
    function: Callable[[Figure], LinkResult]
    needs_parse: bool
    group: str


def _parsed(*functions: Callable[[Figure], LinkResult]) -> list[Linker]:
    return [Linker(f.__name__, f, True, "parsed") for f in functions]


# Numbers that are no counts of people: a STOP here stops every rule, windows included.
NEVER = [
    Linker("not_an_age_range", nonpeople.not_an_age_range, False, "never"),
    Linker("not_wounds", nonpeople.not_wounds, False, "never"),
    Linker("not_freed_captives", captives.not_freed_captives, False, "never"),
]

PARSED = _parsed(
    noun_phrase.not_an_age,
    coordination.cue_verb_before_figure,
    coordination.cue_verb_conjoined_object,
    nonpeople.cue_fatally,
    noun_phrase.cue_gapped,
    noun_phrase.cue_toll_adjective,
    noun_phrase.cue_on_figure,
    noun_phrase.cue_owner_housing,
    noun_phrase.cue_total_after,
    captives.cue_harm_to_captives,
    noun_phrase.cue_noun,
    noun_phrase.cue_modifier,
    noun_phrase.cue_dead_modifier,
    elliptic.cue_state_after_noun,
    noun_phrase.cue_noun_with,
    noun_phrase.cue_clause_predicate,
    parsed.cue_along_with,
    parsed.cue_object,
    parsed.cue_passive_subject,
    elliptic.cue_bare_participle,
    elliptic.cue_participle_after_prefix,
    parsed.cue_subject,
    parsed.cue_predicate_noun,
    parsed.cue_suffered,
    parsed.cue_with,
    parsed.cue_resultative,
    states.cue_left_in_state,
    states.cue_result_clause,
    parsed.cue_lost,
    parsed.cue_among,
    parsed.cue_including,
    displacement.cue_causative,
    displacement.displaced_on_figure,
    displacement.displaced_resultative,
    displacement.cue_host,
    displacement.displaced_placed,
    displacement.cue_lost_homes,
    displacement.displaced_conjunct,
    displacement.cue_crossing,
    displacement.cue_shelter_need,
    displacement.cue_refuge,
    displacement.cue_housed,
    displacement.cue_arrival,
    displacement.cue_departure,
    displacement.cue_settlement,
    parsed.cue_conjunct,
    parsed.cue_shared_subject,
    parsed.cue_complement,
    parsed.cue_believed,
    parsed.cue_predicate,
    parsed.cue_had_destroyed,
    tolls.cue_noun_of,
    tolls.cue_toll,
    tolls.cue_toll_revision,
    raised_tolls.cue_raised_toll,
    tolls.cue_total_copular,
    tolls.cue_toll_copular,
    tolls.cue_toll_amount,
    tolls.cue_noun_in_figure,
    coordination.cue_shared_negative,
    missing_states.cue_gone_missing,
    missing_states.cue_left_missing,
)

WINDOWS = [
    Linker("cue_after_plus", lower_bounds.cue_after_plus, False, "windows"),
    Linker("window_passive", windows.window_passive, True, "windows"),
    Linker("window_active", windows.window_active, True, "windows"),
    Linker("window_after", windows.window_after, False, "windows"),
    Linker("window_before", windows.window_before, False, "windows"),
    Linker("cue_label", windows.cue_label, False, "windows"),
    Linker("cue_across_insertion", windows.cue_across_insertion, True, "windows"),
    Linker("cue_question_answer", windows.cue_question_answer, False, "windows"),
    Linker("cue_before_bracketed_list", parenthesized_lists.cue_before_bracketed_list, True,
           "windows"),
    Linker("cue_before_place_share", place_shares.cue_before_place_share, True, "windows"),
]

LINKERS: list[Linker] = [*NEVER, *PARSED, *WINDOWS]

# Rules of claims that no linker makes: figures that are no casualty, counts without a
# figure of their own (:mod:`claimex.pipeline.claims.implicit`).
OTHER_RULES = ("quantity", "implicit_count", "implicit_count_sum", "implicit_bare_plural",
               "implicit_plural", "implicit_partitive", "implicit_anaphora", "implicit_event",
               "listed_victims", "implicit_uncounted")
RULE_NAMES = frozenset(linker.name for linker in LINKERS) | frozenset(OTHER_RULES)


def link_figure(figure: Figure, linkers: list[Linker] = LINKERS) -> Link | None:
    """The first link the ``linkers`` find for ``figure`` (see the module docstring)."""
    stopped: str | None = None
    for linker in linkers:
        if linker.group == stopped or (linker.needs_parse and not figure.parsed):
            continue
        found = linker.function(figure)
        if found is STOP:
            if linker.group == "never":
                return None
            stopped = linker.group
        elif found is not None:
            return found
    return None


def link_parsed(figure: Figure) -> Link | None:
    """The link the parsed frames alone find (what ``Figure.relink`` asks)."""
    return link_figure(figure, [*NEVER, *PARSED])
