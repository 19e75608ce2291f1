"""What the figures of a text add up to (:func:`running_tallies`): a press release tells one
operation in several steps, "arrested a militia commander ... Troops also held three more
suspects" is four captured.

>>> lead = {"category": "captured", "section": 0, "start": 0, "end": 9,
...         "value": {"low": 1}, "additive": False, "negated": False}
>>> more = {"category": "captured", "section": 0, "start": 60, "end": 64,
...         "value": {"low": 4}, "additive": True, "negated": False}
>>> running_tallies([lead, more])
[(0, 1, 5.0)]
"""

from __future__ import annotations

TALLIED_CATEGORIES = frozenset({"killed", "injured", "captured"})


# Rules that link a figure stated as a total ("the death toll rose to 112", "the total
# number of people killed stands at 300"): a total adds to nothing.
TOTAL_RULES = frozenset({"cue_toll", "cue_total", "cue_raised_toll"})


def running_tallies(claims: list[dict]) -> list[tuple[int, int, float]]:
    """Where a text adds figures up: ``(index of the claim the tally starts from, index of
    the additive claim, total)`` for each claim marked ``additive``.

    Press releases report one operation in several steps: "arrested a militia commander ...
    Troops also held three more suspects" is four captured. A
    claim marked additive (see ``claimex_claims``) adds its low bound to the figure of its
    category stated last before it in the same section (or to the tally that figure
    started); later additions build on the tally. Each figure that is not additive starts a
    new tally: a release tells the operation once in its lead and again in its body
    ("captured a facilitator and detained several suspects ... detained the facilitator.
    They also detained several suspects"), and the body's additions add to the body's
    figures, not to the lead's total. A figure inside an earlier claim's span (the "two" of
    "a leader and two") is already counted there; negated, hypothetical and questioned
    figures count nothing. An addition stated before what it adds to ("Two more
    gunmen died in the raid ... the ringleader died in the raid")
    adds the single target reported next. ``claims`` are claim dicts in text order with
    ``category``, ``section``, ``start``, ``end``, ``value.low``, ``additive``,
    ``negated`` and optionally ``rule``, ``modality``, ``sequel`` and ``classes``. Displacement
    figures add up only where a bare figure stands for a repeated clause (``rule``
    ``cue_gapped``, same unit): "48,210 people displaced in Sennar and 17,905 in Kassala" is
    66,115.

    A claim marked ``sequel`` (a later step of the narrative: "Afterwards, a group
    of fighters fired on the patrol ... killing all of them") adds to the figure before it
    too, but only where that figure's tally did not start in the lead (the claims marked
    ``lead``; without the mark, the first figure of its category in the section), which
    sums the operation up ("killed a number of gunmen"): the body's steps make up that sum
    rather than add to it.

    An addition that counts a kind of people (``classes``: see
    :func:`~claimex.rules.casualties.person_classes`) the tally before it does not ("two
    soldiers and a civilian contractor. Four more insurgents died too") adds to the latest
    earlier tally of its kind where there is one ("one of the insurgents killed ... was
    Yasir": four insurgents). Civilians hurt in the operation (``bystander``: "a boy died and a
    second one was hurt in the raid") are more people than the insurgents
    counted before them and add to them.
    A ``background`` figure (one describing a thing the story names: "a conflict that has
    killed more than 100,000 people") neither adds nor is added to, nor does a figure of
    another event or of a period (``scope`` ``background`` or ``aggregate``) or a copy of
    an earlier one (``repeat_of``).
    Sequels and bystanders add only where neither figure is a source's (``speaker``). A
    figure stated as a total (``rule`` in :data:`TOTAL_RULES`: "the death toll has risen
    to 112") adds to nothing.
    """
    first: dict[tuple[int, str], int] = {}
    last: dict[tuple[int, str], tuple[float, int]] = {}
    kinds: dict[tuple[int, str], list[tuple[float, int, frozenset[str] | None]]] = {}
    covered_until: dict[tuple[int, str], int] = {}
    waiting: set[tuple[int, str]] = set()
    gapped: dict[int, tuple[float, int, str | None]] = {}  # section -> displacement sum
    tallies = []
    for index, claim in enumerate(claims):
        category = claim["category"]
        if claim.get("negated") or claim.get("modality") in ("hypothetical", "question",
                                                             "negated"):
            continue
        if category == "displaced":
            # displacement figures add up only where a bare figure repeats the clause
            # before it: "48,210 people displaced in Sennar and 17,905 in Kassala"
            unit = claim["value"].get("unit")
            before = gapped.get(claim["section"])
            if claim.get("rule") == "cue_gapped" and before is not None and before[2] == unit:
                total = before[0] + float(claim["value"]["low"])
                tallies.append((before[1], index, total))
                gapped[claim["section"]] = (total, before[1], unit)
            else:
                gapped[claim["section"]] = (float(claim["value"]["low"]), index, unit)
            continue
        if category not in TALLIED_CATEGORIES:
            continue
        key = (claim["section"], category)
        if claim["start"] < covered_until.get(key, -1) or claim.get("background") or \
                claim.get("scope") in ("background", "aggregate") or \
                claim.get("repeat_of") is not None:
            continue
        covered_until[key] = max(covered_until.get(key, -1), claim["end"])
        low = float(claim["value"]["low"])
        single_target = claim.get("rule") == "implicit_count" and low == 1
        first.setdefault(key, index)
        told = key in last and not claim.get("speaker") and not claims[last[key][1]].get(
            "speaker")  # figures in the text's own voice, not sources' tolls
        sequel = claim.get("sequel") and told and not (
            claims[last[key][1]]["lead"] if "lead" in claims[last[key][1]]
            else last[key][1] == first[key])
        classes = frozenset(claim["classes"]) if claim.get("classes") else None
        states = kinds.setdefault(key, [])
        state_classes = states[-1][2] if states else None
        bystanders = claim.get("bystander") and told and classes and state_classes and \
            not classes & state_classes
        adds = claim.get("additive") or sequel or bystanders or (
            key in waiting and single_target)
        if claim.get("rule") in TOTAL_RULES:
            adds = False  # "the death toll rose to 112": a total, not a part
        if adds and key in last:
            running, origin = last[key]
            if claim.get("additive") and classes and state_classes and \
                    not classes & state_classes:
                running, origin = next(((t, o) for t, o, c in reversed(states)
                                        if c and classes & c), (running, origin))
            total = running + low
            tallies.append((origin, index, total))
            last[key] = (total, origin)
            origin_classes = next((c for t, o, c in states if o == origin), None)
            states.append((total, origin, classes | origin_classes
                           if classes and origin_classes else None))
        else:
            last[key] = (low, index)
            states.append((low, index, classes))
        if claim.get("additive") and last[key][1] == index:  # added to nothing yet
            waiting.add(key)
        else:
            waiting.discard(key)
    return tallies
