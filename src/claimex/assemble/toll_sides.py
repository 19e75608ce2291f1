"""The dead of both sides of a clash in a document's killed toll (see
:mod:`claimex.assemble.tolls`): a lead counting the people attacked ("killed 11 farmers")
and a figure of the attackers' dead beside it ("seven Taliban gunmen were also killed")
add up (:func:`other_side_dead`).

>>> def figure(low, subject):
...     return {"value": {"low": low, "high": low, "qualifier": "exact"},
...             "subject": {"text": subject}, "provenance": {"rule": "cue_object"}}
>>> other_side_dead([figure(4, "police officers"), figure(13, "militants")], [0, 1], [0])
(17.0, 17.0, [0, 1])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex import lexicon
from claimex.assemble.toll_figures import bounds_only, finite_high, states_a_figure
from claimex.reconcile.settings import load_side_words
from claimex.reconcile.victims import side_index, victim_sides
from claimex.rules.claim_places import told_in_own_sentence

# Nouns of the attackers' side (militants, insurgents): their dead add to a lead's figure of
# the people they attacked (:func:`other_side_dead`).
COMBATANT_NOUNS = lexicon.nouns("combatant_nouns")
_SIDE_INDEX = side_index(load_side_words())


def _combatants(claim: dict[str, Any]) -> bool:
    """Whether a figure counts armed men of the attackers' side: its victims' words hold a
    noun of :data:`COMBATANT_NOUNS` ("seven Taliban gunmen", "13 militants")."""
    words = ((claim.get("subject") or {}).get("text") or "").replace("-", " ").split()
    return any(w.lower() in COMBATANT_NOUNS or w in COMBATANT_NOUNS for w in words)


def _names_its_victims(claim: dict[str, Any]) -> bool:
    """Whether a figure says who its victims are: a headline's "Nine Killed" does not,
    so it cannot tell the people attacked from the attackers (the lead below it, "killed
    nine insurgents", does)."""
    return bool(((claim.get("subject") or {}).get("text") or "").strip())


def _source_of_the_other_side(claim: dict[str, Any], victims: dict[str, Any]) -> bool:
    """Whether a figure's source is of another side than the victims of the lead's figure
    (``resources/victim_sides.jsonl``): "Israeli troops killed five Palestinians ... 'Four
    terrorists were eliminated,' an Israeli army spokesman said" counts the same dead in
    the other side's words."""
    attribution = claim.get("attribution") or {}
    source = victim_sides(attribution.get("speaker"), attribution.get("canonical"),
                          _SIDE_INDEX)
    attacked = victim_sides((victims.get("subject") or {}).get("text"), None, _SIDE_INDEX)
    return bool(source) and bool(attacked) and not source & attacked


def _told_at_another_time(claim: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether the text dates two figures differently, each in its own words (not the
    publication date, not a date carried over): "killing 11 soldiers on Monday ... had
    'neutralised' around 30 militants near Gao last week" are two events.

    >>> def dated(value, inferred=False):
    ...     return {"time": {"value": value, "start": 0, "inferred": inferred}}
    >>> _told_at_another_time(dated("2022-W38"), dated("2022-09-26"))
    True
    >>> _told_at_another_time(dated("2022-09"), dated("2022-09-26"))
    False
    """
    values = []
    for figure in (claim, other):
        time = figure.get("time") or {}
        if time.get("value") is None or time.get("start") is None or time.get("inferred"):
            return False
        values.append(str(time["value"]))
    first, second = values
    return not (first.startswith(second) or second.startswith(first))


def _told_at_another_place(claim: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether the text places two figures in different places: "killing at least 9
    patients in El Fasher ... In Khartoum, the army said it had killed more than 100
    rebels" are two events.

    >>> def placed(name):
    ...     return {"location": {"text": name, "canonical": None}}
    >>> _told_at_another_place(placed("Khartoum"), placed("El Fasher"))
    True
    >>> _told_at_another_place(placed("Khartoum"), {"location": None})
    False
    """
    names = []
    for figure in (claim, other):
        location = _own_sentence_place(figure)
        name = location.get("canonical") or location.get("text")
        if not name:
            return False
        names.append(name.lower())
    return names[0] != names[1]


def _own_sentence_place(figure: dict[str, Any]) -> dict[str, Any]:
    """The figure's location where its own sentence names it; a place the claim takes from
    its paragraph (:mod:`claimex.rules.claim_places`) is too weak to set the attackers'
    dead apart from the lead's: "In Tarrow, gunmen raided a post. Six of them died." are one
    clash.

    >>> figure = {"location": {"text": "Tarrow", "start": 3}, "start": 40,
    ...           "evidence": {"sentence": "Six of them died.", "sentence_start": 35}}
    >>> _own_sentence_place(figure)
    {}
    """
    location = figure.get("location") or {}
    return location if told_in_own_sentence(location, figure.get("evidence")) else {}


def other_side_dead(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                    lead: Sequence[int]) -> tuple[float, float | None, list[int]] | None:
    """The dead of both sides of a clash, where the lead counts the people attacked and a
    figure of the attackers' dead stands beside it, in the lead or below it (frame: the
    other side's dead): "An air raid killed 11 farmers ... He said seven Taliban gunmen
    were also killed" is 18. The lead's largest figure that names its
    victims (:func:`_names_its_victims`; a headline's "Nine Killed" does not), who are
    not combatants (:func:`_combatants`) plus the largest figure of combatants among the
    counted ones (a figure of their own, not a part told with "including", nor a vague one,
    nor one the text dates or places otherwise than the lead's:
    :func:`_told_at_another_time`, :func:`_told_at_another_place`; an
    opposing source's count of the same dead, "'Four terrorists were eliminated,' an
    Israeli army spokesman said", is not one);
    None when either is missing. A lead that counts combatants ("Air strikes killed four
    insurgents ... a separate raid killed more than 20") adds nothing; nor does a lead whose
    total the combatants' figure and another make up ("left 12 people dead, including four
    soldiers ... Eight insurgents were also killed": they are among the 12).

    >>> def figure(low, high, subject, rule="cue_object"):
    ...     return {"value": {"low": low, "high": high, "qualifier": None},
    ...             "subject": {"text": subject}, "provenance": {"rule": rule}}
    >>> clash = [figure(11, 11, "farmers"), figure(7, 7, "Taliban gunmen")]
    >>> other_side_dead(clash, [0, 1], [0])
    (18.0, 18.0, [0, 1])
    >>> other_side_dead([figure(4, 4, "insurgents"), figure(20, None, "militants")],
    ...                 [0, 1], [0]) is None
    True
    >>> other_side_dead([figure(12, 12, "people"), figure(4, 4, "soldiers", "cue_including"),
    ...                  figure(8, 8, "insurgents")], [0, 1, 2], [0, 1]) is None
    True
    """
    figures = [i for i in lead if states_a_figure(claims[i]) and not bounds_only(claims[i])
               and _names_its_victims(claims[i])]
    if not figures:
        return None
    first = max(figures, key=lambda i: claims[i]["value"]["low"])
    armed = [i for i in counted if states_a_figure(claims[i]) and _combatants(claims[i])
             and not bounds_only(claims[i]) and
             claims[i]["provenance"]["rule"] != "cue_including" and
             claims[i]["value"].get("qualifier") != "vague" and
             not _source_of_the_other_side(claims[i], claims[first]) and
             not _told_at_another_time(claims[i], claims[first]) and
             not _told_at_another_place(claims[i], claims[first])]
    if _combatants(claims[first]) or not armed:
        return None
    second = max(armed, key=lambda i: (i in lead, claims[i]["value"]["low"]))
    total, armed_dead = claims[first]["value"]["low"], claims[second]["value"]["low"]
    if any(claims[j]["value"]["low"] + armed_dead == total for j in counted
           if j not in (first, second) and states_a_figure(claims[j])):
        return None  # the lead's total holds them: "12 people, including four soldiers"
    highs = [finite_high(claims[i]["value"]["high"]) for i in (first, second)]
    high = None if None in highs else float(sum(h for h in highs if h is not None))
    return (float(claims[first]["value"]["low"]) + float(claims[second]["value"]["low"]),
            high, sorted([first, second]))
