"""Separate incidents of one dispatch in a document's toll (see
:mod:`claimex.assemble.tolls`): a wire report leads with one event and tells another one
after it, in a sentence opened by a fronted adjunct that says so ("In a separate incident,
...", "Also in the north, ...", "Separately, ...",
``resources/words/separate_incident_openers.txt``); the incident's figures add to the
lead's figure (frame: a separate incident, :func:`separate_incidents`); so do the figures of
an incident told apart, with a time or a source of its own, at another place, without an
opener (frame: an incident told apart, :mod:`claimex.assemble.toll_places`).

>>> opens_a_separate_incident("Also Tuesday, gunmen fired on a bus near the border.")
True
>>> opens_a_separate_incident("Also, two police officers were wounded in the attack.")
False
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex import lexicon
from claimex.assemble.toll_figures import bounds_only, finite_high, states_a_figure, vague_word
from claimex.assemble.toll_places import incidents_elsewhere
from claimex.rules.round_ups import WORD_RE, sums_up_incidents

# (opener words, whether more words must follow before the comma)
_OPENERS = tuple((tuple(w for w in entry if w != "+"), "+" in entry)
                 for entry in lexicon.entries("separate_incident_openers"))
# How many words a fronted adjunct may hold before its comma ("On the same day as the raid
# on the depot,": 10).
_ADJUNCT_WORDS = 12
# Words of a lead that sums up several incidents itself ("killed in separate bombings and
# shootings across Iraq"): the incidents told after it are its parts.
_ROUND_UP_WORDS = lexicon.words("round_up_words")
# Words that start the adjunct of time or place an opener with "+" needs after it ("Also
# in the north,", "Also Friday,"); not a verb ("Also killed in the attack was the driver,").
_ADJUNCT_STARTS = lexicon.words("incident_adjunct_starts") | lexicon.words("weekdays")


def opens_a_separate_incident(sentence: str) -> bool:
    """Whether a sentence opens with a fronted adjunct that tells a separate incident (an
    opener of ``separate_incident_openers``, the adjunct closed by a comma within a few
    words): "In a separate incident, ...", "Elsewhere in Baghdad, ...", "Also on Sunday,
    ..."; not "Also, ..." nor "Separately the ministry said"."""
    head, comma, _ = sentence.strip().lstrip("\"'“‘").partition(",")
    words = [w.lower() for w in WORD_RE.findall(head)]
    if not comma or not words or len(words) > _ADJUNCT_WORDS:
        return False
    return any(tuple(words[:len(opener)]) == opener and (not more or (
        len(words) > len(opener) and words[len(opener)] in _ADJUNCT_STARTS))
        for opener, more in _OPENERS)


def _sentence(claim: dict[str, Any]) -> str:
    return (claim.get("evidence") or {}).get("sentence") or ""


def _offset(claim: dict[str, Any]) -> int:
    """Where a figure stands in its sentence."""
    start = (claim.get("evidence") or {}).get("sentence_start")
    return claim["start"] - start if start is not None else 0


def _counts_people(claim: dict[str, Any]) -> bool:
    """A figure an incident's toll can add: a count of its own, neither a part told with
    "including", nor a vague one ("many insurgents"), nor a ceiling ("up to 40")."""
    return claim["provenance"]["rule"] != "cue_including" and not bounds_only(claim) and \
        not vague_word(claim)


def separate_incidents(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                       lead: Sequence[int]) -> tuple[float, float | None, list[int]] | None:
    """The toll of the lead's event and the separate incidents told after it (frame: a
    separate incident): the lead's largest figure (of equal ones the widest) plus every
    figure (:func:`_counts_people`)
    of the counted ones in a later sentence that opens a separate incident
    (:func:`opens_a_separate_incident`): "A bomb went off at a bus station, killing five
    people ... Also in the east, soldiers stormed a farmhouse and killed a wanted gunman"
    is six. None where no such figure follows, or where the
    lead sums up several incidents itself ("Ten people were killed in separate bombings
    across Iraq ... In a separate incident, a bomb killed three": they are its parts; so is
    "Violence across the north killed eight people ... Also near the border, a shooting
    killed a farmer", :func:`claimex.rules.round_ups.sums_up_incidents`).

    >>> def figure(low, sentence, start, rule="cue_object"):
    ...     return {"value": {"low": low, "high": low, "qualifier": "exact"},
    ...             "provenance": {"rule": rule}, "evidence": {"sentence": sentence},
    ...             "start": start, "end": start + 3}
    >>> separate_incidents([figure(6, "A bomb killed six.", 14),
    ...                     figure(1, "Also in Irbil, police killed a suspect.", 50,
    ...                            "implicit_count")], [0, 1], [0])
    (7.0, 7.0, [0, 1])
    """
    figures = [i for i in lead if states_a_figure(claims[i]) and not bounds_only(claims[i])]
    if not figures:
        return None
    # the lead's largest figure; of equal ones the widest, an open one first: a headline's
    # "Blast kills three" beside the lead's "at least three" is at least three
    first = max(figures, key=lambda i: (claims[i]["value"]["low"],
                                        finite_high(claims[i]["value"]["high"]) is None))
    lead_words = {w.lower() for w in WORD_RE.findall(_sentence(claims[first]))}
    if lead_words & _ROUND_UP_WORDS or sums_up_incidents(_sentence(claims[first]),
                                                         _offset(claims[first])):
        return None
    lead_sentences = {_sentence(claims[i]) for i in lead}
    parts = [i for i in counted if i not in lead and _counts_people(claims[i]) and
             _sentence(claims[i]) not in lead_sentences and
             opens_a_separate_incident(_sentence(claims[i]))]
    # a figure inside another one's words is counted there ("a police chief and another
    # policeman" holds both)
    parts = [i for i in parts if not any(
        j != i and claims[j]["start"] <= claims[i]["start"] and
        claims[i]["end"] <= claims[j]["end"] and
        (claims[j]["end"] - claims[j]["start"]) > (claims[i]["end"] - claims[i]["start"])
        for j in parts)]
    # frame: an incident told apart, at another place, without an opener (toll_places)
    later = [i for i in counted if i not in lead and i not in parts and _counts_people(claims[i])
             and _sentence(claims[i]) not in lead_sentences and claims[i]["start"] >
             claims[first]["start"]]
    parts += incidents_elsewhere(claims, sorted(later, key=lambda i: claims[i]["start"]), first,
                                 lead, parts)
    if not parts:
        return None
    used = [first, *parts]
    highs = [finite_high(claims[i]["value"]["high"]) for i in used]
    high = None if None in highs else float(sum(h for h in highs if h is not None))
    return (float(sum(claims[i]["value"]["low"] for i in used)), high, sorted(used))
