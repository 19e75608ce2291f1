"""The report's structure as a sign of a second incident (issue 14, session 17): a later
figure told with a time of its own ("About an hour later, ...", "Earlier Sunday, ...",
"... occurred two hours earlier") or a source of its own ("In a separate statement, the
harbour police said ...", or a source other than the lead's: "A district official said
... police chief Rolf Anker says") is told apart from the event the report led with. The toll
assembly reads it beside the figure's place (:mod:`claimex.assemble.toll_places`): told
apart and at a place the lead's does not hold, the figure adds; at the lead's place, a new
figure restates the lead.

Plain strings in, booleans out; the words are ``resources/words/relative_time_units.txt``,
``relative_time_shifts.txt``, ``earlier_time_starts.txt`` with the weekdays, and
``own_source_phrases.txt``.

>>> told_apart("About an hour later, a cyclist was struck on Quarry Lane.")
True
>>> told_apart("Two people were hurt on Quarry Lane, firefighters said.")
False
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimex import lexicon
from claimex.rules.guard import never_raises

_UNITS = lexicon.words("relative_time_units")
_SHIFTS = lexicon.words("relative_time_shifts")
# what may follow a fronted "Earlier"/"Later" to make it a time: "in", "on", "that", a
# weekday ("Earlier Sunday,", "Later in the evening,")
_TIME_STARTS = lexicon.words("earlier_time_starts") | lexicon.words("weekdays") | {"that"}
_SOURCE_PHRASES = tuple(" ".join(entry) for entry in lexicon.entries("own_source_phrases"))
_WORD_RE = re.compile(r"[a-z]+")
# How many words a fronted time adjunct may hold before its comma.
_ADJUNCT_WORDS = 8


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


@never_raises(fallback=lambda sentence: False)
def tells_its_own_time(sentence: str) -> bool:
    """Whether a sentence dates its event against another one: a unit of hours or minutes
    followed by "later"/"earlier" anywhere ("The second blaze broke out two hours later"),
    or a fronted "Earlier"/"Later" with a time after it, closed by a comma ("Earlier
    Sunday, ...", "Later that night, ..."); not a bare "Later, ..." (the same event's next
    step) nor "earlier" as a first report ("officials earlier said 14 died").

    >>> tells_its_own_time("Hours earlier, a van overturned near Kell Bridge.")
    True
    >>> tells_its_own_time("Later that night, a second fire broke out in Ashby.")
    True
    >>> tells_its_own_time("Later, the driver died in hospital.")
    False
    >>> tells_its_own_time("Officials earlier said nine people had died.")
    False
    """
    words = _words(sentence)
    if any(word in _UNITS and following in _SHIFTS
           for word, following in pairwise(words)):
        return True
    head, comma, _ = sentence.strip().lstrip("\"'“‘").partition(",")
    fronted = _words(head)
    return bool(comma) and 2 <= len(fronted) <= _ADJUNCT_WORDS and \
        fronted[0] in _SHIFTS and fronted[1] in _TIME_STARTS


@never_raises(fallback=lambda sentence: False)
def cites_its_own_source(sentence: str) -> bool:
    """Whether a sentence credits its figure to a source of its own, apart from the one the
    report led with ("In a separate statement, the coast guard said two divers drowned").

    >>> cites_its_own_source("In a separate statement, the coast guard said two divers drowned.")
    True
    >>> cites_its_own_source("The coast guard said in a statement that two divers drowned.")
    False
    """
    text = " ".join(_words(sentence))
    return any(f" {phrase} " in f" {text} " for phrase in _SOURCE_PHRASES)


@never_raises(fallback=lambda speaker, lead_speakers: False)
def names_another_source(speaker: str | None, lead_speakers: list[str | None]) -> bool:
    """Whether a figure's credited source (``speaker``: its attribution's speaker or the
    name a pronoun stands for; None where the text credits nobody) is another than the
    sources of the lead's figures: both credited, and no last word shared ("police chief
    Rolf Anker says" below "A district official said" is another; "Anker said" below
    "Rolf Anker, the police chief" is the same). A lead in the report's own voice gives no
    source to set one apart from.

    >>> names_another_source("police chief Rolf Anker", ["a district official"])
    True
    >>> names_another_source("Anker", ["Rolf Anker, the police chief"])
    False
    >>> names_another_source("police chief Rolf Anker", [None])
    False
    """
    said = _last_words(speaker)
    leads = [_last_words(lead) for lead in lead_speakers]
    return bool(said) and bool(leads) and all(lead and not lead & said for lead in leads)


def _last_words(name: str | None) -> set[str]:
    """The last word of a source's name and of each comma part of it ("Rolf Anker, the
    police chief": anker, chief)."""
    return {words[-1] for part in (name or "").split(",") if (words := _words(part))}


def told_apart(sentence: str) -> bool:
    """Whether a sentence tells its figure with a time or a source of its own
    (:func:`tells_its_own_time`, :func:`cites_its_own_source`)."""
    return tells_its_own_time(sentence) or cites_its_own_source(sentence)


@never_raises(fallback=lambda text, sentence_start: "")
def paragraph_opening(text: str, sentence_start: int) -> str:
    """The first sentence of the line (paragraph) that holds the sentence starting at
    ``sentence_start``, where that sentence is not the first one and the line starts at most
    :data:`_OPENING_REACH` characters before it (a page without line breaks has no
    paragraphs to read); "" otherwise. A second incident's time is often told in the
    sentence that opens its paragraph, its figures in the next one: "The second fire broke
    out two hours later in Ashby. Firefighters found two residents hurt."

    >>> text = "Lead.\\nThe second fire broke out two hours later in Ashby. Two were hurt."
    >>> paragraph_opening(text, text.index("Two were"))
    'The second fire broke out two hours later in Ashby.'
    >>> paragraph_opening(text, text.index("The second"))
    ''
    """
    start = text.rfind("\n", 0, sentence_start) + 1
    if start >= sentence_start or sentence_start - start > _OPENING_REACH or \
            not text[start:sentence_start].strip():
        return ""
    end = _SENTENCE_END.search(text, start, sentence_start)
    return text[start:end.start() + 1 if end else sentence_start].strip()


# How far before a sentence its paragraph's opening may start (characters).
_OPENING_REACH = 600
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")
