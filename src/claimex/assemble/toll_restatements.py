"""A headline's figure told again in the body is one group, not two (issue 14, session 18;
see :mod:`claimex.assemble.tolls`). A wire report gives its figure in a title line and
tells it again below ("Gunmen kill 4 guards at a depot" above "Four security guards were
shot dead"): the body's figure restates the headline's, so it neither adds to it as a part
of a running sum nor as the other side's dead (frame: the headline's figure told again,
:func:`restatements`).

A body figure restates the headline's where the headline's figure stands in a title line
(the first line of its sentence, no full stop at its end: :func:`in_a_title_line`), and the
body figure has the same category (the caller asks per category), the same bounds, the same
named group of victims (:func:`same_named_group`: "militia" and "militiamen", "others" and
"others"; a generic noun such as "people" names no group), and is not told as more people
or another incident: no word of ``resources/words/another_incident_words.txt`` ("another",
"also", "more") in its sentence, and no date of its own other than the headline's. The
session-17 form (any victims, no title line; reverted in 5f69f38) lowered the shootings
check half; this form asks for a named group and a title line.

>>> def figure(low, subject, sentence, start):
...     return {"value": {"low": low, "high": low}, "subject": {"text": subject},
...             "provenance": {"rule": "cue_object"}, "lead": start == 0,
...             "evidence": {"sentence": sentence, "sentence_start": start, "start": start}}
>>> headline = figure(4, "guards", "Gunmen kill 4 guards at a depot", 0)
>>> again = figure(4, "security guards", "Four security guards were shot dead.", 40)
>>> more = figure(4, "guards", "Four more guards were shot dead later.", 80)
>>> sorted(restatements([headline, again, more], [0, 1, 2]))
[1]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimex import lexicon
from claimex.assemble.toll_figures import states_a_figure
from claimex.assemble.toll_sides import _told_at_another_time
from claimex.rules.round_ups import WORD_RE

# Words that tell a figure as more people or another incident ("two more", "also").
ANOTHER_INCIDENT_WORDS = lexicon.words("another_incident_words")
# Nouns that count victims without naming a group ("five people", "12 persons").
UNNAMED_GROUP_NOUNS = lexicon.words("unnamed_group_nouns")
# What ends a line that is a sentence, not a title.
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "\u201d")


def _head(claim: dict[str, Any]) -> str:
    """The last word of a figure's victims, lower-cased ("pro-government militiamen":
    "militiamen"), empty where the figure names none."""
    words = WORD_RE.findall(((claim.get("subject") or {}).get("text") or "").lower())
    return words[-1] if words else ""


def same_named_group(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether two figures name the same group of victims: both name one, neither with a
    noun of :data:`UNNAMED_GROUP_NOUNS`, and the head noun of one begins the other's
    ("militia" and "militiamen", "soldier" and "soldiers", "others" and "others");
    "militia" and "militants" are two sides, "people" names no group.

    >>> same_named_group({"subject": {"text": "5 militia"}}, {"subject": {"text": "militiamen"}})
    True
    >>> same_named_group({"subject": {"text": "militia"}}, {"subject": {"text": "militants"}})
    False
    >>> same_named_group({"subject": {"text": "3 others"}}, {"subject": {"text": "three others"}})
    True
    >>> same_named_group({"subject": None}, {"subject": {"text": "12 people"}})
    False
    """
    heads = sorted((_head(first), _head(second)), key=len)
    if not heads[0] or any(head in UNNAMED_GROUP_NOUNS for head in heads):
        return False
    return heads[1].startswith(heads[0])


def in_a_title_line(claim: dict[str, Any]) -> bool:
    """Whether a figure stands in a title line: the line of its sentence that holds it (up
    to a line break) is the sentence's first and does not end as a sentence does ("Gunmen
    kill 4 guards at a depot", not "Gunmen killed four guards on Monday.").

    >>> def figure(sentence, at):
    ...     return {"evidence": {"sentence": sentence, "sentence_start": 0, "start": at}}
    >>> in_a_title_line(figure("Gunmen kill 4 guards\\n\\nGunmen killed four guards.", 12))
    True
    >>> in_a_title_line(figure("Gunmen killed four guards on Monday.", 14))
    False
    """
    evidence = claim.get("evidence") or {}
    sentence = evidence.get("sentence") or ""
    start, sentence_start = evidence.get("start"), evidence.get("sentence_start")
    if start is None or sentence_start is None:
        return False
    at = start - sentence_start
    if "\n" in sentence[:at].strip():
        return False
    end = sentence.find("\n", at)
    line = sentence[:end if end >= 0 else len(sentence)].strip()
    return bool(line) and not line.endswith(_SENTENCE_ENDS)


def _told_as_another_incident(claim: dict[str, Any]) -> bool:
    """Whether a figure's sentence tells it as more people or another incident: a word of
    :data:`ANOTHER_INCIDENT_WORDS` in it ("Two more soldiers died", "also killed")."""
    sentence = (claim.get("evidence") or {}).get("sentence") or ""
    return any(word in ANOTHER_INCIDENT_WORDS for word in WORD_RE.findall(sentence.lower()))


def _sentence_start(claim: dict[str, Any]) -> int | None:
    return (claim.get("evidence") or {}).get("sentence_start")


def told_apart(claim: dict[str, Any], headline: dict[str, Any]) -> bool:
    """Whether a figure stands apart from the headline's: in another sentence, or in the
    same one on a later line (a title line that the parser runs into the first sentence of
    the body: "Rebels kill 3 guards\\nRebels killed three guards at a post").

    >>> def figure(start):
    ...     return {"evidence": {"sentence": "Rebels kill 3 guards\\nRebels killed three guards",
    ...                          "sentence_start": 0, "start": start}}
    >>> told_apart(figure(35), figure(12)), told_apart(figure(12), figure(12))
    (True, False)
    """
    if _sentence_start(claim) != _sentence_start(headline):
        return True
    evidence, first = claim.get("evidence") or {}, headline.get("evidence") or {}
    if evidence.get("start") is None or first.get("start") is None:
        return False
    sentence, offset = evidence.get("sentence") or "", evidence.get("sentence_start") or 0
    between = sentence[first["start"] - offset:evidence["start"] - offset]
    return "\n" in between


def restatements(claims: Sequence[dict[str, Any]], counted: Sequence[int]) -> set[int]:
    """The counted figures (indexes into ``claims``, one category, in text order) that
    restate the headline's: the first figure of the lead, where it stands in a title line
    (:func:`in_a_title_line`), and each later figure told apart from it (:func:`told_apart`:
    another sentence, or a later line) with its bounds and
    its named group (:func:`same_named_group`), not told as more people or another incident
    (:func:`_told_as_another_incident`, a date of its own other than the headline's)."""
    lead = [i for i in counted if claims[i].get("lead") and states_a_figure(claims[i])]
    if not lead or not in_a_title_line(claims[lead[0]]):
        return set()
    headline = claims[lead[0]]
    value = (headline["value"]["low"], headline["value"]["high"])
    return {i for i in counted if i > lead[0] and states_a_figure(claims[i]) and
            (claims[i]["value"]["low"], claims[i]["value"]["high"]) == value and
            told_apart(claims[i], headline) and
            same_named_group(headline, claims[i]) and
            not _told_as_another_incident(claims[i]) and
            not _told_at_another_time(claims[i], headline)}
