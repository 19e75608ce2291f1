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
  :func:`claimex.rules.running_tallies.running_tallies`) and victims told one by one ("A man
  was shot and killed ... Another man was found dead") are candidates; the largest
  stands, so a stated total beats its parts (of equal ones the widest: "Raiders kill 21
  herders" in a headline, "raiders killed at least 21 herders" below it, is at least 21; a
  vague count word gives way to a number of the same low bound: "Four farmers were killed
  ... many militants dead" is four,
  :func:`~claimex.assemble.toll_candidates._preference`). Of the victims told one by one
  the first counts, and each later one only where the text says it is another
  (``resources/words/new_victim_words.txt``: "another", "a second"; or marked additive:
  "also"): local news introduces one victim twice ("A woman is in hospital ... officers found
  a 38-year-old woman with a knife wound" is one); "another" that only sets a victim against
  one of the other outcome in its own sentence ("One driver died and another was hurt"
  under "1 dead, another hurt") adds no one, and the lead's such split stands over the
  body's retellings (:mod:`claimex.assemble.toll_victims`, session 13); nor does the
  "another" of a single person's harm ("a man stabbed another man", marked
  ``other_than_agent``: :mod:`claimex.rules.other_than_agent`, session 17). A count of people
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
  an addition told in the sentence of the total it adds to is inside it ("The toll rose
  to 14 as another worker died" is 14, :mod:`claimex.assemble.toll_increments`, session 18);
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
  before those only the publication date dates
  (:func:`~claimex.assemble.toll_time.event_time`); its ``location`` that of the figure
  the toll takes.

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

from collections.abc import Sequence
from typing import Any

from claimex.assemble.toll_candidates import (
    _less,
    _preference,
    lead_and_its_retelling,
    sum_high,
)
from claimex.assemble.toll_figures import finite_high, states_a_figure
from claimex.assemble.toll_groups import groups_with_their_dead, sums_of_a_group
from claimex.assemble.toll_hurt_parts import hurt_beside_parts_of_the_dead
from claimex.assemble.toll_incidents import separate_incidents
from claimex.assemble.toll_increments import increments_of_a_total
from claimex.assemble.toll_note_present import present_day_incidents
from claimex.assemble.toll_sides import other_side_dead
from claimex.assemble.toll_time import dated_apart, event_time
from claimex.assemble.toll_victims import (
    _one_victim,
    _takes_in_the_dead,
    enumerated_victims,
    set_against_another_outcome,
)
from claimex.records import Section, TollRecord, toll_id

COUNTED_MODALITIES = ("asserted", "hedged")
CASUALTY_CATEGORIES = ("killed", "injured", "killed_or_injured", "captured", "missing",
                       "displaced")
# Categories whose toll the lead states, when it states one: the dead and the hurt of the
# event ("Raiders killed at least 21 herders", whatever figures sources give below it);
# arrests are told step by step (a target in the lead, the rank and file after it).
LEAD_TOLL_CATEGORIES = ("killed", "injured", "killed_or_injured")


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


def _is_zero(claim: dict[str, Any]) -> bool:
    value = claim["value"]
    return claim.get("type") == "casualty" and claim.get("modality") == "negated" and \
        value["low"] == 0 and value["high"] == 0 and \
        (claim.get("scope") or "reported") == "reported"


def document_tolls(doc_id: str, sections: Sequence[Section], claims: Sequence[dict[str, Any]],
                   tallies: Sequence[tuple[int, int, float]]) -> list[TollRecord]:
    """The tolls of one document (see the module docstring). ``claims`` are claim dicts (a
    ``claimex.claim/1`` record's fields, plus ``revised`` and ``repeat_of`` where the
    claims component marks them), in text order; ``tallies`` are the running sums of
    :func:`claimex.rules.running_tallies.running_tallies` over them, as (index of the first
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
            day_entry = None
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
                    day_entry = present_day_incidents(claims, counted, lead)
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
            if category == "injured" and killed and not any(
                    claims[i].get("lead") and states_a_figure(claims[i]) for i in counted):
                # "Bombs killed seven ... killed four and wounded 12 ... killing three and
                # wounding two": the incidents' hurt add up (14)
                hurt = hurt_beside_parts_of_the_dead(claims, counted, killed_claims, killed)
                if hurt is not None:
                    candidates.append((hurt[0], hurt[1], "sum", hurt[2], hurt[2][0]))
            if day_entry is not None:
                # "Four guards are shot dead. Two farmers die when a bus hits a mine": 6
                candidates.append((day_entry[0], day_entry[1], "sum", day_entry[2],
                                   day_entry[2][0]))
            shifted = []
            inside = increments_of_a_total(claims, tallies)
            sums = [(float(total), sum_high(claims, tallies, k), "sum", [origin, index], index)
                    for k, (origin, index, total) in enumerate(tallies)
                    if index in counted and origin in counted and (origin, index) not in inside]
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
