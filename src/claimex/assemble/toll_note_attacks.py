"""A new attack told in a one-paragraph incident note (issue 14; frame: a new attack in the
note), read by :func:`claimex.assemble.tolls.document_tolls`.

The entries of chronologies and incident logs tell a day's incidents one after the other in
one paragraph, without the openers of a wire report ("In a separate incident, ..."): "Four
guards were shot dead at a depot in Tarrow. Two more died when a parked van blew up outside
a cafe." A later sentence of the lead's paragraph that brings in an attack of its own, an
attack noun after "a", "an" or "another" (or a plural one after "other"), or a thing brought
in so that blows up, tells another incident, and its figure adds to the lead's (six). A
sentence that names the lead's attack again ("the blast", "the bomber") adds nothing, nor one
that compares an earlier attack ("In a similar attack last year, ...") or dates it to a day
the lead's figure does not have ("... in a roadside bomb attack on Sunday"), nor any sentence
where the lead sums up several incidents itself ("Bombings across the north killed nine":
the sentences after it tell its parts), nor a sentence of a later paragraph (a news body's
paragraphs retell the lead).

>>> brings_in_a_new_attack("Two more died when a parked van blew up outside a cafe.")
True
>>> brings_in_a_new_attack("Two more died when the van blew up.")
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

_ATTACK_ENTRIES = lexicon.entries("new_attack_nouns")
_SINGULARS = "|".join(sorted(entry[0] for entry in _ATTACK_ENTRIES))
_PLURALS = "|".join(sorted(form for entry in _ATTACK_ENTRIES for form in entry[1:]))
_BLOWS_UP = "|".join(sorted(r"\s+".join(entry) for entry in lexicon.entries("new_attack_verbs")))
# up to three words between the determiner and the noun or verb ("a roadside bomb", "another
# suicide car bomber", "a parked van blew up")
_BETWEEN = r"(?:\s+[\w'’-]+){0,3}?"
_NEW_ATTACK = re.compile(
    rf"\b(?:(?:a|an|another){_BETWEEN}\s+(?:{_SINGULARS})|other{_BETWEEN}\s+(?:{_PLURALS})|"
    rf"(?:a|an|another){_BETWEEN}\s+(?:{_BLOWS_UP}))\b", re.IGNORECASE)
_EARLIER = lexicon.words("earlier_attack_words")
_ROUND_UP_WORDS = lexicon.words("round_up_words")


def in_lead_paragraph(text: str, lead_start: int | None, sentence_start: int) -> bool:
    r"""Whether a claim's sentence is in its section's first paragraph: no line break between
    where the lead starts and the claim's sentence (a one-paragraph note is all first
    paragraph; a news body's later paragraphs are not).

    >>> in_lead_paragraph("Four were shot. Two more died.\nLater, one.", 0, 16)
    True
    >>> in_lead_paragraph("Four were shot. Two more died.\nLater, one.", 0, 31)
    False
    """
    if lead_start is None or sentence_start <= lead_start:
        return True
    return "\n" not in text[lead_start:sentence_start]


def brings_in_a_new_attack(sentence: str) -> bool:
    """Whether a sentence brings in an attack not told before: an attack noun
    (``resources/words/new_attack_nouns.txt``) after "a", "an" or "another", a plural one
    after "other", or a thing brought in with "a", "an" or "another" that blows up
    (``new_attack_verbs.txt``); not where it compares an earlier attack
    (``earlier_attack_words.txt``: "In a similar attack last year", "had planted a
    bomb").

    >>> brings_in_a_new_attack("In the south, a roadside bomb hit a minibus, killing 3.")
    True
    >>> brings_in_a_new_attack("Nine guards were killed in other incidents.")
    True
    >>> brings_in_a_new_attack("In a similar attack last year, 30 people were killed.")
    False
    >>> brings_in_a_new_attack("The bomber and ten others died.")
    False
    """
    if not _NEW_ATTACK.search(sentence):
        return False
    return not {w.lower() for w in WORD_RE.findall(sentence)} & _EARLIER


def _sentence(claim: dict[str, Any]) -> str:
    return (claim.get("evidence") or {}).get("sentence") or ""


def _own_count(claim: dict[str, Any]) -> bool:
    """A figure an attack's toll can add: neither a part told with "including", nor a vague
    word ("many people"), nor a ceiling ("up to 40"); and new victims
    (:func:`~claimex.assemble.toll_places.counts_new_victims`: not "others", not a victim
    the text names). People counted without a figure count here ("a policeman died when a
    bomb went off"), not in the lead (:func:`_lead_count`)."""
    return not bounds_only(claim) and not vague_word(claim) and \
        claim["provenance"]["rule"] != "cue_including" and counts_new_victims(claim)


def _lead_count(claim: dict[str, Any]) -> bool:
    """A lead figure the note's toll starts from: a count the text states
    (:func:`~claimex.assemble.toll_figures.states_a_figure`), or a group whose parts it
    states ("three soldiers and four policemen")."""
    return (states_a_figure(claim) or claim["provenance"]["rule"] == "implicit_count_sum") \
        and not bounds_only(claim) and not vague_word(claim) and \
        claim["provenance"]["rule"] != "cue_including"


def _own_day(claim: dict[str, Any], lead_claim: dict[str, Any]) -> bool:
    """Whether a later figure is dated in its own text to another time than the lead's
    figure ("Three civilians were killed in a roadside bomb attack on Sunday" below an
    undated lead): such an attack may be an earlier one told for context."""
    time = claim.get("time") or {}
    if time.get("start") is None or time.get("inferred"):
        return False
    return time.get("value") != (lead_claim.get("time") or {}).get("value")


def _sums_up(lead_claim: dict[str, Any]) -> bool:
    """Whether the lead's sentence sums up several incidents itself ("Bombings across the
    north killed nine", "killed in separate attacks")."""
    sentence = _sentence(lead_claim)
    start = (lead_claim.get("evidence") or {}).get("sentence_start")
    offset = lead_claim["start"] - start if start is not None else 0
    return bool({w.lower() for w in WORD_RE.findall(sentence)} & _ROUND_UP_WORDS) or \
        sums_up_incidents(sentence, offset)


def new_attack_incidents(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                         lead: Sequence[int]) -> tuple[float, float | None, list[int]] | None:
    """The toll of a one-paragraph note that tells a new attack after its lead (frame: a new
    attack in the note): the lead's largest figure plus, for each later sentence of the
    lead's paragraph (``lead_paragraph``), in the section of that figure (a headline's
    figure leads, and the body's first paragraph is not its paragraph), that brings in an
    attack of its own
    (:func:`brings_in_a_new_attack`), that sentence's largest figure (:func:`_own_count`; a
    group "three soldiers and four policemen" is one figure of seven). None where no such
    sentence follows, where no lead figure states a count, or where the lead sums up several
    incidents itself; a figure dated in its own text to another time than the lead's
    (:func:`_own_day`) adds nothing.

    >>> def figure(low, sentence, start, sentence_start):
    ...     return {"value": {"low": low, "high": low, "qualifier": "exact", "text": "x"},
    ...             "provenance": {"rule": "cue_object"}, "start": start,
    ...             "subject": {"text": "guards"}, "lead_paragraph": True,
    ...             "evidence": {"sentence_start": sentence_start, "sentence": sentence}}
    >>> new_attack_incidents([figure(4, "Gunmen shot dead four guards in Tarrow.", 20, 0),
    ...                       figure(2, "Two more died when a parked van blew up.", 40, 40)],
    ...                      [0, 1], [0])
    (6.0, 6.0, [0, 1])
    """
    figures = [i for i in lead if i in counted and _lead_count(claims[i])]
    if not figures:
        return None
    first = max(figures, key=lambda i: claims[i]["value"]["low"])
    if _sums_up(claims[first]):
        return None
    lead_sentences = {_sentence(claims[i]) for i in lead}
    later: dict[str, list[int]] = {}
    for i in counted:
        sentence = _sentence(claims[i])
        if i in lead or sentence in lead_sentences or not claims[i].get("lead_paragraph") or \
                claims[i].get("section") != claims[first].get("section") or \
                not _own_count(claims[i]) or not brings_in_a_new_attack(sentence) or \
                _own_day(claims[i], claims[first]):
            continue
        later.setdefault(sentence, []).append(i)
    if not later:
        return None
    used = [first] + [max(members, key=lambda i: claims[i]["value"]["low"])
                      for members in later.values()]
    highs = [finite_high(claims[i]["value"]["high"]) for i in used]
    high = None if None in highs else float(sum(h for h in highs if h is not None))
    return (float(sum(claims[i]["value"]["low"] for i in used)), high, sorted(used))
