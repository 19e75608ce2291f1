"""Document tolls (``tolls.jsonl``, ``claimex.toll/1``): per document, speaker and category,
the people harmed in the event(s) the text reports, inferred from its claims.

Claims say what the text says, figure by figure; a toll says what they add up to, for one
speaker: the article (its title and body) or one commenter. Per category:

* only ``reported`` claims count (never ``background`` or ``aggregate`` ones: "a bombing
  that killed six last spring", "240 detained since March"), asserted or hedged, and
  neither a revised figure ("first put at nine": the later one stands) nor a repeat of
  one (a headline printed twice);
* a stated figure, a sum of parts (where the text adds figures up: "captured a leader
  ... detained four additional suspects" is five, see
  :func:`claimex.rules.casualties.running_tallies`) and victims told one by one ("A man
  was shot and killed ... Another man was found dead") are candidates; the largest
  stands, so a stated total beats its parts (of equal ones the widest: "Raiders kill 21
  herders" in a headline, "raiders killed at least 21 herders" below it, is at least 21; a
  vague count word gives way to a number of the same low bound: "Four farmers were killed
  ... many militants dead" is four, :func:`_preference`). Of the victims told one by one the first
  counts, and each later one only where the text says it is another
  (``resources/words/new_victim_words.txt``: "another", "a second"; or marked additive:
  "also"): local news introduces one victim twice ("A woman is in hospital ... officers found
  a 38-year-old woman with a knife wound" is one); "another" that only sets a victim against
  one of the other outcome in its own sentence ("One driver died and another was hurt"
  under "1 dead, another hurt") adds no one, and the lead's such split stands over the
  body's retellings (:func:`set_against_another_outcome`, session 13). A count of people
  hurt told with a cue that leaves their outcome open ("Eight people were shot, one
  fatally", "found four victims with gunshot wounds") takes in the dead: as an injured
  figure it counts the people hurt less the speaker's killed toll (a person wounded who
  died counts once, as killed); so does a group whose own sentence picks its dead out of
  it ("one of them later died"), with its retellings and the sums of its parts
  (:mod:`claimex.assemble.toll_groups`, session 12);
* of the dead and the hurt (``LEAD_TOLL_CATEGORIES``), where the lead (a section's first
  sentence, after its dateline) states a figure, only the lead's figures stand as stated
  ones, and the lead's largest figure told again ("Taliban kill 9 officers" over a body's
  "At least nine"): "Raiders killed at least 21 herders ... A local leader said 37 people
  were killed" is at least 21 (a later figure is a source's, a part, or people hurt who died);
  the attackers' dead told beside a lead's figure of the people they attacked add to it
  ("killed 11 farmers ... seven Taliban gunmen were also killed" is 18,
  :func:`other_side_dead`);
  a separate incident told after the lead in a sentence that says so adds to it ("killing
  six people ... Also in the north, police killed a suspect" is 7,
  :func:`claimex.assemble.toll_incidents.separate_incidents`);
  where the lead names a target without a figure, the text's own later figures stand too
  ("killed Abdul Jamil, a Taliban leader. The strikes killed 15 insurgents" is 15);
  arrests are told step by step, so their figures all stand;
* with no such figure, "nobody was hurt" (a negated zero) is a toll of 0 (``basis``
  ``zero``); with none at all there is no toll line (read as 0);
* a toll's ``time`` is the reported event's: the time of the first figure of it the
  speaker gives, whatever its category (a release's lead: "killed two insurgents in
  Helmand Monday") among those the text dates, in their own sentence or an earlier one,
  before those only the publication date dates (:func:`event_time`); its ``location``
  that of the figure the toll takes.

>>> from claimex.records import Section
>>> sections = [Section(0, "article", 0, 40)]
>>> claims = [{"id": "c1", "section": 0, "type": "casualty", "category": "killed",
...            "value": {"low": 2.0, "high": 2.0, "unit": None}, "modality": "asserted",
...            "scope": "reported", "provenance": {"rule": "cue_object"}, "start": 0,
...            "evidence": {"exact": "two"}, "time": None, "location": None}]
>>> [(t.category, t.low, t.high, t.basis) for t in document_tolls("d", sections, claims, [])]
[('killed', 2.0, 2.0, 'stated')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from claimex.assemble import toll_figures
from claimex.assemble.toll_figures import bounds_only, finite_high, states_a_figure, vague_word
from claimex.assemble.toll_groups import groups_with_their_dead, sums_of_a_group
from claimex.assemble.toll_incidents import separate_incidents
from claimex.assemble.toll_sides import other_side_dead
from claimex.records import Section, TollRecord, toll_id

COUNTED_MODALITIES = ("asserted", "hedged")
CASUALTY_CATEGORIES = ("killed", "injured", "killed_or_injured", "captured", "missing",
                       "displaced")
# The determiners of a victim told on its own: "A man was shot", "Another man died".
_INDEFINITE = ("a", "an", "one", "another")
# Rules of victims counted without a figure, one at a time.
_ONE_VICTIM_RULES = ("implicit_count",)
# Categories whose toll the lead states, when it states one: the dead and the hurt of the
# event ("Raiders killed at least 21 herders", whatever figures sources give below it);
# arrests are told step by step (a target in the lead, the rank and file after it).
LEAD_TOLL_CATEGORIES = ("killed", "injured", "killed_or_injured")
# The outcomes a victim told as "another" may be set against in its own sentence.
_OUTCOMES = ("killed", "injured")


def _speakers(sections: Sequence[Section]) -> dict[tuple[str, str | None], list[int]]:
    """The speakers of a document and their sections: the article (every section that is
    no comment), then each commenter (by author name; a comment without an author line is
    a speaker of its own)."""
    speakers: dict[tuple[str, str | None], list[int]] = {}
    for section in sections:
        if section.kind == "comment":
            key = ("author", section.author or f"#{section.index}")
        else:
            key = ("article", None)
        speakers.setdefault(key, []).append(section.index)
    return speakers


def counts_in_toll(claim: dict[str, Any]) -> bool:
    """Whether a claim can make a toll: a casualty figure of the reported event, asserted or
    hedged, no revised figure, no repeat of another."""
    return claim.get("type") == "casualty" and claim.get("modality") in COUNTED_MODALITIES \
        and (claim.get("scope") or "reported") == "reported" and not claim.get("revised") \
        and claim.get("repeat_of") is None


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# how far from the reported event's day a figure dated in its own sentence may lie and
# still be a part of it
EVENT_DAYS = 7


def dated_apart(claim: dict[str, Any], when: dict[str, Any] | None) -> bool:
    """Whether a figure dated in its own sentence lies more than :data:`EVENT_DAYS` days
    from the reported event's day (``when``, :func:`event_time`): an earlier incident told
    for context ("A 19-year-old died after he was stabbed at a tram stop on Friday ... On
    May 3, a cyclist had his throat slashed as he rode home"), no part of the event's toll.
    Both days must be known to the day.

    >>> when = {"value": "2023-04-11", "start": 162}
    >>> def figure(value, start):
    ...     return {"time": {"value": value, "start": start, "inferred": False},
    ...             "evidence": {"sentence_start": 600, "sentence": "x" * 80}}
    >>> dated_apart(figure("2023-04-01", 603), when), dated_apart(figure("2023-04-10", 603),
    ...                                                         when)
    (True, False)
    >>> dated_apart(figure("2023-04-01", 100), when)  # dated by an earlier sentence
    False
    """
    time = claim.get("time") or {}
    if not when or not _ISO_DAY.match(str(when.get("value") or "")) or \
            not _ISO_DAY.match(str(time.get("value") or "")) or time.get("start") is None \
            or time.get("inferred"):
        return False
    evidence = claim.get("evidence") or {}
    start = evidence.get("sentence_start")
    if start is None or not start <= time["start"] < start + len(evidence.get("sentence") or ""):
        return False
    gap = date.fromisoformat(time["value"]) - date.fromisoformat(when["value"])
    return abs(gap.days) > EVENT_DAYS


def _is_zero(claim: dict[str, Any]) -> bool:
    value = claim["value"]
    return claim.get("type") == "casualty" and claim.get("modality") == "negated" and \
        value["low"] == 0 and value["high"] == 0 and \
        (claim.get("scope") or "reported") == "reported"


def _one_victim(claim: dict[str, Any]) -> bool:
    """A victim told on its own: an implicit count of one with an indefinite determiner
    ("A woman was wounded", "another man")."""
    words = (claim["evidence"].get("exact") or "").lower().split()
    return claim["provenance"]["rule"] in _ONE_VICTIM_RULES and claim["value"]["low"] == 1 \
        and bool(words) and words[0] in _INDEFINITE


def _time_evidence(claim: dict[str, Any]) -> int:
    """How a figure's time is attested, lower first: a date of the text (its own
    sentence's or an earlier one's), the publication date standing in, none."""
    time = claim.get("time")
    if not time or time.get("value") is None:
        return 2
    return 1 if time.get("start") is None else 0


def event_time(claims: Sequence[dict[str, Any]], event: Sequence[int]
               ) -> dict[str, Any] | None:
    """The reported event's time: that of the first of its figures (``event``, indexes
    into ``claims``) that the text dates, in its own sentence or an earlier one; else that
    of the first figure. A headline only the publication date dates ("Haqqani Network
    Leader Captured") does not hide the lead's "detained several insurgents in Khost
    province overnight"; nor does an undated headline ("Suicide Bomber Kills, Injures
    Several Fighters") hide "On August 21, a suicide bomber ... seven fighters were killed".

    >>> lead = {"start": 60, "time": {"text": "overnight", "value": "2010-09-28",
    ...                               "start": 80, "end": 89, "inferred": False}}
    >>> headline = {"start": 5, "time": {"text": None, "value": "2010-09-29",
    ...                                  "start": None, "end": None, "inferred": True}}
    >>> event_time([headline, lead], [0, 1])["value"]
    '2010-09-28'
    """
    if not event:
        return None
    first = min(event, key=lambda i: (_time_evidence(claims[i]), claims[i]["start"]))
    return claims[first].get("time")


def _is_new_victim(claim: dict[str, Any]) -> bool:
    """Whether a victim told on its own says it is another one than those before it:
    "Another man was found dead", "A second male was pronounced dead", "also"."""
    words = set((claim["evidence"].get("exact") or "").lower().split())
    words.update(((claim.get("subject") or {}).get("text") or "").lower().split())
    return bool(claim.get("additive")) or bool(words & toll_figures.NEW_VICTIM_WORDS)


def set_against_another_outcome(claim: dict[str, Any], claims: Sequence[dict[str, Any]]
                                ) -> bool:
    """Whether a victim told as another one is set against a victim of the other outcome
    told before it in its own sentence: in "One driver died and another was hurt" the
    hurt one is another than the dead one, not one more than the hurt told in earlier
    sentences (a headline "1 dead, another hurt" over that lead is one hurt person).

    >>> def figure(category, exact, start):
    ...     return {"category": category, "start": start, "evidence": {"exact": exact,
    ...             "sentence_start": 0}, "value": {"low": 1, "high": 1}}
    >>> dead, hurt = figure("killed", "One", 0), figure("injured", "another", 18)
    >>> set_against_another_outcome(hurt, [dead, hurt])
    True
    >>> set_against_another_outcome(hurt, [hurt])
    False
    """
    words = set((claim["evidence"].get("exact") or "").lower().split())
    if not words & toll_figures.NEW_VICTIM_WORDS:
        return False
    sentence = claim["evidence"].get("sentence_start")
    return any(other.get("category") in _OUTCOMES and other.get("category") !=
               claim.get("category") and other["evidence"].get("sentence_start") == sentence
               and other["start"] < claim["start"] and other["value"]["low"] == 1
               for other in claims)


def enumerated_victims(victims: Sequence[dict[str, Any]],
                       contrasted: Sequence[int] = ()) -> list[int]:
    """Which of the victims told one by one (in text order) are counted: the first, and
    each later one that says it is another (:func:`_is_new_victim`), unless it is another
    only than a victim of the other outcome in its own sentence (``contrasted``, indexes
    into ``victims``: :func:`set_against_another_outcome`).

    >>> def victim(exact, subject):
    ...     return {"evidence": {"exact": exact}, "subject": {"text": subject}}
    >>> enumerated_victims([victim("A", "man"), victim("a", "old man"),
    ...                     victim("A", "second male")])
    [0, 2]
    >>> enumerated_victims([victim("another", None), victim("another", None)], [1])
    [0]
    """
    return [i for i, claim in enumerate(victims)
            if i == 0 or (_is_new_victim(claim) and i not in contrasted)]


def _takes_in_the_dead(claim: dict[str, Any], killed: float) -> bool:
    """Whether an injured figure counts everyone hurt, the dead among them: two or more
    people told with a cue that leaves their outcome open ("Eight people were shot",
    ``outcome_open``), not set apart from others ("six others were shot"), more than the
    ``killed`` toll.

    >>> claim = {"outcome_open": True, "value": {"low": 8, "high": 8},
    ...          "evidence": {"exact": "Eight"}, "subject": {"text": "people"}}
    >>> _takes_in_the_dead(claim, 1.0), _takes_in_the_dead({**claim, "subject":
    ...     {"text": "others"}}, 1.0)
    (True, False)
    """
    return bool(claim.get("outcome_open")) and claim["value"]["low"] >= 2 and \
        claim["value"]["low"] > killed and not _is_new_victim(claim)


def _less(high: float | None, killed: float) -> float | None:
    return None if high is None else max(high - killed, 0.0)


def lead_and_its_retelling(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                           lead: Sequence[int]) -> list[int]:
    """The figures that stand where the lead states one (indexes into ``claims``, among
    ``counted``): the lead's, and the lead's largest figure told again below it, maybe with
    its "at least" ("Taliban kill 9 officers" over "At least nine officers were killed").
    Where the lead's figures only give a ceiling (:func:`bounds_only`: "up to 400"), the
    body's first count inside it stands too ("Up to 40 people were killed ... Twelve people
    were confirmed dead" is 12).

    >>> def figure(low, high, qualifier=None):
    ...     return {"value": {"low": low, "high": high, "qualifier": qualifier},
    ...             "provenance": {"rule": "cue_object"}}
    >>> up_to = [figure(0, 40, "at_most"), figure(12, 12), figure(370, 370)]
    >>> lead_and_its_retelling(up_to, [0, 1, 2], [0])
    [0, 1]
    >>> lead_and_its_retelling([figure(13, None), figure(37, 37)], [0, 1], [0])
    [0]
    """
    top = max(claims[i]["value"]["low"] for i in lead)
    stated = [i for i in counted if i in lead or claims[i]["value"]["low"] == top]
    figures = [i for i in lead if states_a_figure(claims[i])]
    if figures and all(bounds_only(claims[i]) for i in figures):
        low = min(claims[i]["value"]["low"] for i in figures)
        highs = [claims[i]["value"]["high"] for i in figures]
        high = None if None in highs else max(highs)
        inside = [i for i in counted if i not in stated and not bounds_only(claims[i]) and
                  states_a_figure(claims[i]) and low <= claims[i]["value"]["low"] and
                  (high is None or claims[i]["value"]["low"] <= high)]
        stated += inside[:1]
    return sorted(stated)


def sum_high(claims: Sequence[dict[str, Any]], tallies: Sequence[tuple[int, int, float]],
             k: int) -> float | None:
    """The upper bound of the ``k``-th running sum: the sum of its parts' upper bounds where
    each part is an exact count ("four police were also wounded ... Nine other civilians
    were wounded" is 13, no more), else open (None): "at least 20 ... three more" is at
    least 23. The parts are the figure the sum starts from and each addition to it so far.

    >>> def figure(low, high):
    ...     return {"value": {"low": low, "high": high}}
    >>> sum_high([figure(4, 4), figure(9, 9)], [(0, 1, 13.0)], 0)
    13.0
    >>> sum_high([figure(20, None), figure(3, 3)], [(0, 1, 23.0)], 0) is None
    True
    """
    origin, _, total = tallies[k]
    parts = [origin] + [index for start, index, _ in tallies[:k + 1] if start == origin]
    values = [claims[i]["value"] for i in parts]
    highs = [finite_high(v["high"]) for v in values]
    if None in highs or sum(float(v["low"]) for v in values) != total:
        return None
    return float(sum(h for h in highs if h is not None))


def _preference(candidate: tuple[float, float | None, str, list[int], int],
                claims: Sequence[dict[str, Any]] = ()) -> tuple[float, bool, bool, float]:
    """How a toll's candidates rank: the largest low bound; of equal ones a count the text
    states over a vague word or bare plural of one claim (:func:`vague_word`: "three
    men were wounded" over "several people were hurt", "The victims were taken to a
    nearby hospital"), then a stated figure, then the widest upper bound, an open one
    first: a headline drops the body's "at least" ("Raiders kill 21 herders" over "raiders
    killed at least 21 herders": at least 21).

    >>> sorted([(13.0, 13.0, "stated", [0], 0), (13.0, None, "stated", [1], 1)],
    ...        key=_preference)[-1][1] is None
    True
    >>> figures = [{"value": {"low": 3, "high": 3, "qualifier": "exact"}},
    ...            {"value": {"low": 3, "high": 9, "qualifier": "vague"}}]
    >>> max([(3.0, 3.0, "stated", [0], 0), (3.0, 9.0, "stated", [1], 1)],
    ...     key=lambda c: _preference(c, figures))[1]
    3.0
    """
    low, high, basis = candidate[0], candidate[1], candidate[2]
    vague = bool(claims) and basis == "stated" and len(candidate[3]) == 1 and \
        vague_word(claims[candidate[4]])
    return low, not vague, basis == "stated", float("inf") if high is None else high



def document_tolls(doc_id: str, sections: Sequence[Section], claims: Sequence[dict[str, Any]],
                   tallies: Sequence[tuple[int, int, float]]) -> list[TollRecord]:
    """The tolls of one document (see the module docstring). ``claims`` are claim dicts (a
    ``claimex.claim/1`` record's fields, plus ``revised`` and ``repeat_of`` where the
    claims component marks them), in text order; ``tallies`` are the running sums of
    :func:`claimex.rules.casualties.running_tallies` over them, as (index of the first
    figure, index of the figure that adds, total)."""
    tolls = []
    for (kind, name), indexes in _speakers(sections).items():
        mine = [i for i, c in enumerate(claims) if c["section"] in indexes]
        event = [i for i in mine if counts_in_toll(claims[i])]
        when = event_time(claims, event)
        # an earlier incident told for context, dated in its own sentence
        apart = {i for i in event if dated_apart(claims[i], when)}
        killed = 0.0  # the speaker's killed toll, once known
        killed_claims: list[int] = []  # the killed figures that count in it
        shifted: list[tuple[float, float | None, str, list[int], int]] = []
        for category in CASUALTY_CATEGORIES:
            members = [i for i in mine if claims[i].get("category") == category]
            if not members:
                continue
            counted = [i for i in members if counts_in_toll(claims[i]) and i not in apart]
            with_dead: set[int] = set()
            group_lead: list[int] = []
            if category == "injured" and killed:
                # "Eight people were shot, one fatally": seven hurt who lived; "The pair
                # were rushed to a clinic, where one of them later died": one
                with_dead = groups_with_their_dead(
                    claims, counted, killed_claims, killed,
                    lambda claim, dead=killed: _takes_in_the_dead(claim, dead))
                group_lead = [i for i in counted if i in with_dead and claims[i].get("lead")]
                counted = [i for i in counted if i not in with_dead]
                shifted += [(max(float(claims[i]["value"]["low"]) - killed, 0.0),
                             _less(finite_high(claims[i]["value"]["high"]), killed), "stated",
                             [i], i) for i in sorted(with_dead)]
            # (low, high, basis, claim indexes, the claim that gives time and place)
            stated = counted
            both_sides = None
            incidents = None
            if category in LEAD_TOLL_CATEGORIES:
                # "Raiders killed at least 21 herders ... [later] 37 people were killed":
                # the lead's total of the event stands
                lead = [i for i in counted if claims[i].get("lead")]
                if not lead and any(states_a_figure(claims[i]) for i in group_lead):
                    # the lead's group, told with its dead, stands less them; its
                    # retellings with it
                    stated = [i for i in lead_and_its_retelling(
                        claims, counted + group_lead, group_lead) if i not in with_dead]
                elif any(states_a_figure(claims[i]) for i in lead):
                    stated = lead_and_its_retelling(claims, counted, lead)
                    both_sides = other_side_dead(claims, counted, lead) \
                        if category == "killed" else None
                    incidents = separate_incidents(claims, counted, lead)
                elif lead:  # a target named in the lead: the text's own total may take
                    stated = lead + [i for i in counted if states_a_figure(claims[i]) and
                                     not claims[i].get("speaker")]
            candidates: list[tuple[float, float | None, str, list[int], int]] = [
                (float(claims[i]["value"]["low"]), finite_high(claims[i]["value"]["high"]),
                 "stated", [i], i) for i in stated]
            candidates += [c for c in shifted if c[0] > 0]
            if both_sides is not None:
                candidates.append((both_sides[0], both_sides[1], "sum", both_sides[2],
                                   both_sides[2][0]))
            if incidents is not None:
                # "killing six people ... Also in the north, police killed a suspect": 7
                candidates.append((incidents[0], incidents[1], "sum", incidents[2],
                                   incidents[2][0]))
            shifted = []
            sums = [(float(total), sum_high(claims, tallies, k), "sum", [origin, index], index)
                    for k, (origin, index, total) in enumerate(tallies)
                    if index in counted and origin in counted]
            if with_dead:
                # parts that add up to the group told with its dead: less the dead
                sums = sums_of_a_group(sums, {float(claims[i]["value"]["low"])
                                              for i in with_dead}, killed)
            candidates += sums
            told = [i for i in counted if _one_victim(claims[i])]
            contrasted = [k for k, i in enumerate(told) if set_against_another_outcome(
                claims[i], [claims[j] for j in mine])]
            victims = [told[k] for k in enumerated_victims([claims[i] for i in told],
                                                           contrasted)]
            if len(victims) >= 2:
                candidates.append((float(len(victims)), float(len(victims)), "enumerated",
                                   victims, victims[0]))
            split = [told[k] for k in contrasted if claims[told[k]].get("lead")]
            if split and category in LEAD_TOLL_CATEGORIES and not any(
                    claims[i].get("lead") and states_a_figure(claims[i]) for i in counted):
                # "left one man dead and another hurt. ... another man had also been
                # struck": the lead gave the split; the body's victims retell it
                candidates = [(float(len(split)), float(len(split)), "enumerated", split,
                               split[0])]
            zeros = [i for i in members if _is_zero(claims[i])]
            if candidates:
                low, high, basis, used, main = max(candidates,
                                                   key=lambda c: _preference(c, claims))
            elif zeros:
                low, high, basis, used, main = 0.0, 0.0, "zero", zeros, zeros[0]
            else:
                continue
            chosen = claims[main]
            if category == "killed":
                killed = low
                killed_claims = counted
            speaker = name if kind == "author" else None
            unit = chosen["value"].get("unit") if category == "displaced" else "people"
            tolls.append(TollRecord(
                id=toll_id(doc_id, f"{kind}:{speaker or ''}", category),
                doc_id=doc_id,
                speaker={"kind": kind, "name": None if speaker and speaker.startswith("#")
                         else speaker, "sections": list(indexes)},
                category=category, unit=unit or "people", low=low, high=high, basis=basis,
                modality="hedged" if any(claims[i].get("modality") == "hedged" for i in used
                                         ) and basis != "zero" else "asserted",
                claim_ids=[claims[i]["id"] for i in used],
                time=when or chosen.get("time"), location=chosen.get("location")))
    return tolls
