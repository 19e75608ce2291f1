"""The day entries of a chronology told in the present (issue 14; frame: a chronology entry in
the present), read by :func:`claimex.assemble.tolls.document_tolls`.

Chronologies tell each day's incidents in the historical present, one sentence an incident,
with no opener between them: "Four guards are shot dead at a depot in Tarrow. Two farmers
die when their bus hits a mine. A porter is wounded." A note whose lead tells its casualties
in the present, and whose later sentences of the lead's paragraph tell new people harmed in
the present ("Two farmers die", "a third guard dies later"), adds them: six killed. A later
figure that is a part of people told before ("Two of them are children", "are among the
dead"), that counts others than a group told before, that names a victim, or that retells
the lead's figure adds nothing; nor does any sentence where the lead sums up several
incidents itself, or a sentence told in the past ("Two farmers had died in March").

>>> told_in_the_present("Two farmers die when their bus hits a mine.")
True
>>> told_in_the_present("Two farmers died when their bus hit a mine.")
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from claimex import lexicon
from claimex.assemble.toll_figures import bounds_only, finite_high, states_a_figure, vague_word
from claimex.assemble.toll_places import counts_new_victims
from claimex.rules.round_ups import WORD_RE, sums_up_incidents

# A casualty verb in the present: "is/are (shot) killed", "die(s)", "kill(s)", "is/are
# wounded" (resources/words/present_casualty_verbs.txt: the forms after "is"/"are" and the
# finite forms).
_ENTRIES = lexicon.entries("present_casualty_verbs")
_PARTICIPLES = "|".join(sorted(e[1] for e in _ENTRIES if e[0] == "participle"))
_FINITE = "|".join(sorted(e[1] for e in _ENTRIES if e[0] == "finite"))
_PRESENT = re.compile(rf"\b(?:(?:is|are)(?:\s+\w+)?\s+(?:{_PARTICIPLES})|{_FINITE})\b",
                      re.IGNORECASE)
_PART_WORDS = frozenset({"among", "of"})
_ROUND_UP_WORDS = lexicon.words("round_up_words")


def in_lead_paragraph(text: str, lead_start: int | None, sentence_start: int) -> bool:
    r"""Whether a claim's sentence is in its section's first paragraph: no line break between
    where the lead starts and the claim's sentence (a one-paragraph entry is all first
    paragraph; a news body's later paragraphs are not).

    >>> in_lead_paragraph("Four are shot. Two more die.\nLater, one.", 0, 15)
    True
    >>> in_lead_paragraph("Four are shot. Two more die.\nLater, one.", 0, 29)
    False
    """
    if lead_start is None or sentence_start <= lead_start:
        return True
    return "\n" not in text[lead_start:sentence_start]


def told_in_the_present(sentence: str) -> bool:
    """Whether a sentence tells casualties in the present ("are killed", "dies", "kill",
    "is wounded"; ``resources/words/present_casualty_verbs.txt``)."""
    return _PRESENT.search(sentence) is not None


def _sentence(claim: dict[str, Any]) -> str:
    return (claim.get("evidence") or {}).get("sentence") or ""


def _is_part(claim: dict[str, Any]) -> bool:
    """Whether a figure is a part of people told before: "of" or "among" in the next words
    after it ("Two of them are children", "Six guards are among the dead"); a part told
    with "including" is read by its own rule (``cue_including``)."""
    suffix = ((claim.get("evidence") or {}).get("suffix") or "").lower()
    return bool(set(WORD_RE.findall(suffix)[:4]) & _PART_WORDS)


def _lead_count(claim: dict[str, Any]) -> bool:
    return (states_a_figure(claim) or claim["provenance"]["rule"] == "implicit_count_sum") \
        and not bounds_only(claim) and not vague_word(claim) and \
        claim["provenance"]["rule"] != "cue_including"


def present_day_incidents(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                          lead: Sequence[int]) -> tuple[float, float | None, list[int]] | None:
    """The toll of a chronology entry told in the present (frame: a chronology entry in the
    present): the lead's largest figure, where the lead's sentence is told in the present
    (:func:`told_in_the_present`), plus the largest figure of each later sentence of the
    lead's paragraph and section told in the present that counts new people
    (:func:`~claimex.assemble.toll_places.counts_new_victims`; not a part, :func:`_is_part`;
    not a vague word or a ceiling; not the lead's figure again). None where no such sentence
    follows or where the lead sums up several incidents itself.

    >>> def figure(low, sentence, start, sentence_start, subject="guards"):
    ...     return {"value": {"low": low, "high": low, "qualifier": "exact", "text": "x"},
    ...             "provenance": {"rule": "cue_object"}, "start": start, "section": 0,
    ...             "subject": {"text": subject}, "lead_paragraph": True,
    ...             "evidence": {"sentence_start": sentence_start, "sentence": sentence,
    ...                          "suffix": " die"}}
    >>> present_day_incidents([figure(4, "Four guards are shot dead in Tarrow.", 0, 0),
    ...                        figure(2, "Two farmers die when a bus hits a mine.", 37, 37,
    ...                               "farmers")], [0, 1], [0])
    (6.0, 6.0, [0, 1])
    """
    figures = [i for i in lead if i in counted and _lead_count(claims[i])]
    if not figures:
        return None
    first = max(figures, key=lambda i: claims[i]["value"]["low"])
    lead_sentence = _sentence(claims[first])
    start = (claims[first].get("evidence") or {}).get("sentence_start")
    offset = claims[first]["start"] - start if start is not None else 0
    if not told_in_the_present(lead_sentence) or sums_up_incidents(lead_sentence, offset) or \
            {w.lower() for w in WORD_RE.findall(lead_sentence)} & _ROUND_UP_WORDS:
        return None
    lead_sentences = {_sentence(claims[i]) for i in lead}
    lead_told = {(claims[i]["value"]["low"], ((claims[i].get("subject") or {}).get("text") or
                                              "").lower()) for i in lead}
    later: dict[str, list[int]] = {}
    for i in counted:
        claim, sentence = claims[i], _sentence(claims[i])
        told = (claim["value"]["low"], ((claim.get("subject") or {}).get("text") or "").lower())
        if i in lead or sentence in lead_sentences or not claim.get("lead_paragraph") or \
                claim.get("section") != claims[first].get("section") or told in lead_told or \
                bounds_only(claim) or vague_word(claim) or _is_part(claim) or \
                claim["provenance"]["rule"] == "cue_including" or \
                not counts_new_victims(claim) or not told_in_the_present(sentence):
            continue
        later.setdefault(sentence, []).append(i)
    if not later:
        return None
    used = [first] + [max(members, key=lambda i: claims[i]["value"]["low"])
                      for members in later.values()]
    highs = [finite_high(claims[i]["value"]["high"]) for i in used]
    high = None if None in highs else float(sum(h for h in highs if h is not None))
    return (float(sum(claims[i]["value"]["low"] for i in used)), high, sorted(used))
