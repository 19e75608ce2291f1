"""Later sentences of an incident note that harm new people by a cause of their own (issue
14, session 20; frame: a later sentence with its own subject and cause), read by
:func:`claimex.assemble.tolls.document_tolls`.

An event note leads with one incident and may tell another in a later sentence of its
paragraph, with no opener, in any tense: "Gunmen shot dead six guards at a depot. Two
farmers died when a mortar shell hit their field." The later sentence counts people of
its own (a figure with its own noun) harmed by a cause of its own: an agent or event it
brings in as new ("a mortar shell", "another bomber", "Other raids"), as the harm's agent
or in a clause of how they were harmed ("when a ..."). Its largest figure adds: eight.
It adds nothing where it tells a part of the lead's total (a bare number, "Twelve were
killed when ...", or "of them"/"among the dead"), retells people told before ("All four
are killed"), points back to the lead's event ("in the blast"), or where the lead sums up
several incidents itself ("Raids across the valley killed 25 ...": its parts follow).

>>> tells_its_own_cause("Two farmers died when a mortar shell hit their field.", [])
True
>>> tells_its_own_cause("Two farmers died in the blast.", ["the blast"])
False
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex import lexicon
from claimex.assemble.toll_figures import bounds_only, finite_high, states_a_figure, vague_word
from claimex.assemble.toll_places import counts_new_victims, refers_back, tells_a_story_sentence
from claimex.rules.round_ups import WORD_RE, sums_up_incidents

_MARKS = lexicon.groups("own_cause_marks")
_NEW = frozenset(_MARKS["new"])
_LINKS = frozenset(_MARKS["links"])
_RETOLD = frozenset(_MARKS["retold"])
_CONTEXT = frozenset(_MARKS["context"])
_EARLIER = frozenset(_MARKS["earlier"])
_ROUND_UP_WORDS = lexicon.words("round_up_words")
_PART_WORDS = frozenset({"among", "of"})
# How many words may stand between a link word and the new cause's determiner ("when
# suddenly a shell ...": 1).
_LINK_GAP = 1


def brings_in_a_new_cause(phrase: str) -> bool:
    """Whether an agent or cause phrase brings in something new: its first word is a
    determiner of a new referent ("a roadside bomb", "Other raids"), not "the bomber".

    >>> brings_in_a_new_cause("a roadside bomb near the market")
    True
    >>> brings_in_a_new_cause("the bomber")
    False
    """
    words = [w.lower() for w in WORD_RE.findall(phrase)]
    return bool(words) and words[0] in _NEW


def tells_a_context_event(sentence: str) -> bool:
    """Whether a sentence tells an event for context, not a new incident of the note: it
    dates an event before the note's ("a raid last month killed nine", "two years ago",
    "earlier"), or a relative clause brings in the event to describe a noun ("were sent to
    the district where a double bombing killed 40 people").

    >>> tells_a_context_event("Troops went to the district where a double bombing killed 40.")
    True
    >>> tells_a_context_event("A raid last month killed nine herders.")
    True
    >>> tells_a_context_event("Two farmers died when a mortar shell hit their field.")
    False
    """
    words = [w.lower() for w in WORD_RE.findall(sentence)]
    return bool(set(words) & _EARLIER) or any(
        word in _CONTEXT and any(later in _NEW for later in words[k + 1:k + 2 + _LINK_GAP])
        for k, word in enumerate(words))


def tells_its_own_cause(sentence: str, actors: Sequence[str], figure_at: int = 0) -> bool:
    """Whether a sentence tells a cause of its own for the harm it counts: one of the
    agents the claims of the sentence name (``actors``) brings in something new
    (:func:`brings_in_a_new_cause`), the sentence opens with a new referent before its
    figure (at ``figure_at``: "A gang of bandits later shot dead four traders"; not "A
    porter was hurt", where the figure is the opening itself), or a clause opened by a link
    word ("when", "after", "as") starts with a new referent ("died when a suicide bomber
    struck"); not where the sentence points back to an event told before ("in the attack",
    :func:`~claimex.assemble.toll_places.refers_back`), nor where it tells an event for
    context (:func:`tells_a_context_event`).

    >>> tells_its_own_cause("A gang of bandits shot dead four traders.", [], 30)
    True
    >>> tells_its_own_cause("A porter was hurt.", [], 0)
    False
    """
    if refers_back(sentence) or tells_a_context_event(sentence):
        return False
    if any(brings_in_a_new_cause(actor) for actor in actors):
        return True
    opening = WORD_RE.search(sentence)
    if opening and opening.end() <= figure_at and opening.group().lower() in _NEW:
        return True
    words = [w.lower() for w in WORD_RE.findall(sentence)]
    return any(word in _LINKS and any(later in _NEW for later in words[k + 1:k + 2 + _LINK_GAP])
               for k, word in enumerate(words))


def counts_people_of_its_own(claim: dict[str, Any]) -> bool:
    """Whether a later figure counts people of its own: a count with its own noun ("two
    farmers"; not a bare number, "Twelve were killed", which counts people told before),
    not a part ("of"/"among" after it; "including"), not pointed back to ("All four",
    "the two guards"), not "others" or a name, not a vague word or a ceiling.

    >>> def figure(text, subject, prefix="", suffix=" died"):
    ...     return {"value": {"low": 2, "high": 2, "qualifier": "exact", "text": text},
    ...             "subject": {"text": subject} if subject else None,
    ...             "provenance": {"rule": "cue_subject"},
    ...             "evidence": {"exact": text, "prefix": prefix, "suffix": suffix}}
    >>> counts_people_of_its_own(figure("Two", "farmers"))
    True
    >>> counts_people_of_its_own(figure("Two", None))
    False
    >>> counts_people_of_its_own(figure("two", "guards", prefix="the "))
    False
    >>> counts_people_of_its_own(figure("Two", "farmers", suffix=" of them died"))
    False
    """
    evidence = claim.get("evidence") or {}
    before = [w.lower() for w in WORD_RE.findall(evidence.get("prefix") or "")][-1:]
    after = [w.lower() for w in WORD_RE.findall(evidence.get("suffix") or "")][:4]
    figure = [w.lower() for w in WORD_RE.findall(evidence.get("exact") or "")][:1]
    if not (claim.get("subject") or {}).get("text") or set(before + figure) & _RETOLD or \
            set(after) & _PART_WORDS:
        return False
    return claim["provenance"]["rule"] != "cue_including" and counts_new_victims(claim) and \
        not bounds_only(claim) and not vague_word(claim)


def _sentence(claim: dict[str, Any]) -> str:
    return (claim.get("evidence") or {}).get("sentence") or ""


def _offset(claim: dict[str, Any]) -> int:
    start = (claim.get("evidence") or {}).get("sentence_start")
    return claim["start"] - start if start is not None else 0


def _lead_count(claim: dict[str, Any]) -> bool:
    return (states_a_figure(claim) or claim["provenance"]["rule"] == "implicit_count_sum") \
        and not bounds_only(claim) and not vague_word(claim) and \
        claim["provenance"]["rule"] != "cue_including"


def own_cause_incidents(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                        lead: Sequence[int]) -> tuple[float, float | None, list[int]] | None:
    """The toll of a note's lead and the later sentences of its paragraph that harm new
    people by a cause of their own (frame: a later sentence with its own subject and
    cause): the lead's largest count plus the largest figure of each later story sentence
    of the lead's paragraph and section that tells its own cause
    (:func:`tells_its_own_cause`) and counts people of its own
    (:func:`counts_people_of_its_own`), not the lead's figure again. None where no such
    sentence follows or where the lead sums up several incidents itself.

    >>> def figure(low, sentence, start, subject, actor=None):
    ...     return {"value": {"low": low, "high": low, "qualifier": "exact", "text": "x"},
    ...             "provenance": {"rule": "cue_object"}, "start": start, "section": 0,
    ...             "subject": {"text": subject}, "lead_paragraph": True,
    ...             "actor": {"text": actor} if actor else None,
    ...             "evidence": {"sentence_start": start, "sentence": sentence,
    ...                          "exact": "x", "prefix": "", "suffix": " died"}}
    >>> own_cause_incidents([figure(6, "Gunmen shot dead six guards.", 0, "guards"),
    ...                      figure(2, "Two farmers died when a shell hit a field.", 29,
    ...                             "farmers")], [0, 1], [0])
    (8.0, 8.0, [0, 1])
    """
    figures = [i for i in lead if i in counted and _lead_count(claims[i])]
    if not figures:
        return None
    first = max(figures, key=lambda i: claims[i]["value"]["low"])
    lead_sentence = _sentence(claims[first])
    if sums_up_incidents(lead_sentence, _offset(claims[first])) or \
            {w.lower() for w in WORD_RE.findall(lead_sentence)} & _ROUND_UP_WORDS:
        return None
    lead_sentences = {_sentence(claims[i]) for i in lead}
    lead_told = {(claims[i]["value"]["low"], ((claims[i].get("subject") or {}).get("text") or
                                              "").lower()) for i in lead}
    actors: dict[str, list[str]] = {}
    for claim in claims:
        actor = (claim.get("actor") or {}).get("text")
        if actor:
            actors.setdefault(_sentence(claim), []).append(actor)
    later: dict[str, list[int]] = {}
    for i in counted:
        claim, sentence = claims[i], _sentence(claims[i])
        told = (claim["value"]["low"], ((claim.get("subject") or {}).get("text") or "").lower())
        if i in lead or sentence in lead_sentences or not claim.get("lead_paragraph") or \
                claim.get("section") != claims[first].get("section") or \
                claim["start"] < claims[first]["start"] or told in lead_told or \
                not tells_a_story_sentence(sentence) or not counts_people_of_its_own(claim) or \
                not tells_its_own_cause(sentence, actors.get(sentence, []), _offset(claim)):
            continue
        later.setdefault(sentence, []).append(i)
    if not later:
        return None
    used = [first] + [max(members, key=lambda i: claims[i]["value"]["low"])
                      for members in later.values()]
    highs = [finite_high(claims[i]["value"]["high"]) for i in used]
    high = None if None in highs else float(sum(h for h in highs if h is not None))
    return (float(sum(claims[i]["value"]["low"] for i in used)), high, sorted(used))
