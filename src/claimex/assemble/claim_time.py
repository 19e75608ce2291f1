"""When a claim happened: the date of its sentence, else the last one before it, else the
publication date (the last two marked ``inferred``).

Dates come from ``doc._.claimex_dates`` (chunk offsets); times are returned in document
offsets. Without a date in its sentence a claim takes the last resolved date before it::

    >>> import spacy
    >>> from claimex.io.chunks import Chunk
    >>> doc = spacy.blank("en")("Raid on 3 May. Two were killed.")
    >>> may = {"text": "3 May", "value": "2013-05-03", "start": 8, "end": 13}
    >>> claim = {"start": 15, "end": 18}
    >>> time_of_claim(claim, (15, 31), [may], Chunk(0, 100, 131), doc, {})
    {'text': '3 May', 'value': '2013-05-03', 'start': 108, 'end': 113, 'inferred': True}
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex import lexicon
from claimex.io.chunks import Chunk
from claimex.pipeline.claims.narrative import REPORTING_VERBS

_CLAUSE_POS = frozenset({"VERB", "AUX"})
# the rank of a date that names another event than the claim's (:func:`_clause_rank`)
ANOTHER_EVENT = (5, 0)
# A dateline's brackets: a place in capitals or a capitalised name or two, a country or
# state, then what the brackets hold, at the start of a line ("KABUL, Afghanistan (").
_DATELINE_BRACKETS = re.compile(
    r"(?:^|[\n\u2028])[ \t\u00a0]*[A-Z][A-Za-z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}"
    r"[ \t]*\(([^()\n\u2028]{1,30})\)")
_DATELINE_CHARS = 600


# A later release's dateline, anywhere in a text: a place in capitals, a comma, a country
# or state, then the brackets, at the start of a line ("KANDAHAR AIRFIELD, Afghanistan (").
_RELEASE_DATELINE_BRACKETS = re.compile(
    r"(?:^|[\n\u2028])[ \t\u00a0]*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3},[ \t]*"
    r"[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}[ \t]*\(([^()\n\u2028]{1,30})\)")


def dateline_brackets(text: str) -> list[tuple[int, int]]:
    """What the brackets of a dateline hold: the release's date, never an event date.
    Near the top of a text, wherever the publication date was read from (a headline above
    it: "Daily Update, April 9, 2012") and however it is written ("(May 5. 2014)",
    whose "2014" is no date of its own); further down, the dateline of a later release
    joined to the first (an update below a "---"), its place in capitals.

    >>> text = "Daily Update April 9, 2012\\nMOSUL, Iraq (April 9, 2012) - Forces"
    >>> [text[a:b] for a, b in dateline_brackets(text)]
    ['April 9, 2012']
    >>> later = text + " killed two.\\n" + "x" * 600 + "\\nBASRA, Iraq (April 11) - Update"
    >>> [later[a:b] for a, b in dateline_brackets(later)]
    ['April 9, 2012', 'April 11']
    """
    head = [match.span(1) for match in _DATELINE_BRACKETS.finditer(text, 0, _DATELINE_CHARS)]
    later = [match.span(1) for match in _RELEASE_DATELINE_BRACKETS.finditer(text)
             if match.start(1) >= _DATELINE_CHARS]
    return head + later


def time_of_claim(claim: dict[str, Any], sentence: tuple[int, int], dates: list[dict[str, Any]],
                  chunk: Chunk, doc: Doc, section_time: dict[int, dict[str, Any]]
                  ) -> dict[str, Any] | None:
    """A claim's time: :func:`sentence_time`, else the last resolved date before its
    sentence in its chunk, else the last one of its section (``section_time``, by section
    index), both marked ``inferred``; None when there is none (the publication date then
    stands in)."""
    time = sentence_time(claim, sentence, dates, chunk, doc)
    before = [d for d in dates if d["end"] <= min(claim["start"], sentence[0]) and
              is_dated(d["value"])]
    if time is None and before:
        time = {**time_record(before[-1], chunk), "inferred": True}
    elif time is None and chunk.section in section_time:
        time = {**section_time[chunk.section], "inferred": True}
    return time


def is_dated(value: str) -> bool:
    """Whether a date value says when, at least to the month ("2013-01-24", "XXXX-06-13"
    under a dateline without its year), so that later claims of its section can take it;
    "XXXX-XX-XX" (an unresolved "today") and "XXXX-WXX-5" do not."""
    return "X" not in value or all(len(part) >= 7 and "X" not in part[4:]
                                   for part in value.split("/"))


def sentence_time(claim: dict[str, Any], sentence: tuple[int, int],
                  dates: list[dict[str, Any]], chunk: Chunk, doc: Doc) -> dict[str, Any] | None:
    """The date of the claim's sentence that governs its cue, else the one nearest its
    figure (chunk offsets in, document offsets out); None when the sentence has no date.
    The dateline is not an event date.

    With a dependency parse, a date in the cue's own clause beats one in a clause above it
    ("confirmed today that a leader was arrested Friday": Friday), which beats one in a
    clause below it; a report's date comes after every other (:func:`dates_a_report`), and
    a date of another event ("killed a commander behind the Aug. 8 attack") never dates
    the claim (:func:`premodifies_another_event`). A claim whose sentence has no other date
    takes the last resolved date of its section before it ("An operation in Khost
    yesterday ... Two insurgents were killed."), marked ``inferred``; with none, the
    publication date stands in, also ``inferred``.
    """
    inside = [d for d in dates if sentence[0] <= d["start"] and d["end"] <= sentence[1]]
    if not inside:
        return None
    rank = _clause_rank(doc, claim.get("cue_start"))
    ranked = [(rank(d), d) for d in inside]
    own = [(r, d) for r, d in ranked if r < ANOTHER_EVENT]
    if not own:
        return None
    _, nearest = min(own, key=lambda rd: (rd[0], min(abs(rd[1]["start"] - claim["end"]),
                                                     abs(claim["start"] - rd[1]["end"]))))
    return time_record(nearest, chunk)


def time_record(date: dict[str, Any], chunk: Chunk) -> dict[str, Any]:
    """A date of a chunk as the ``time`` of a claim record, in document offsets."""
    return {"text": date["text"], "value": date["value"], "start": chunk.start + date["start"],
            "end": chunk.start + date["end"], "inferred": False}


def _clause_rank(doc: Doc, cue_start: int | None) -> Callable[[dict[str, Any]], tuple[int, int]]:
    """How closely a date attaches to the claim's cue, lower first: under the cue itself,
    in its clause, in a clause above it (the nearer the better), in one below it, elsewhere,
    then the date of a report (:func:`dates_a_report`), and last a date naming another
    event (:func:`premodifies_another_event`); all equal without a parse."""
    if cue_start is None or not doc.has_annotation("DEP"):
        return lambda date: (0, 0)
    cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if cue is None:
        return lambda date: (0, 0)
    cue_token = cue[0]
    cue_clause = _clause_of(cue_token)
    above = [cue_clause, *(t for t in cue_clause.ancestors if t.pos_ in _CLAUSE_POS)]

    def rank(date: dict[str, Any]) -> tuple[int, int]:
        span = doc.char_span(date["start"], date["end"], alignment_mode="expand")
        if span is None:
            return 4, 0
        if premodifies_another_event(span.root, cue_token):
            return ANOTHER_EVENT
        if dates_a_report(span):
            return 4, 1
        chain = [span.root, *span.root.ancestors]
        if cue_token in chain:
            return 0, 0
        clause = _clause_of(span.root)
        if clause in above:
            return 1 if clause == cue_clause else 2, above.index(clause)
        return (3, 0) if cue_clause in chain else (4, 0)

    return rank


# How a date hangs on the verb it dates: "confirmed today", "said on Monday"
_VERB_DATE_DEPS = frozenset({"npadvmod", "advmod", "tmod"})
_VERB_DATE_PREPOSITIONS = lexicon.words("report_date_prepositions")


def dates_a_report(date: Span, reporting_verbs: frozenset[str] = REPORTING_VERBS) -> bool:
    """Whether a date stands next to a reporting verb (``reporting_verbs.txt``) and hangs
    on it, so that it dates the report rather than the event reported: "Officials today
    confirmed the capture of a smuggler during a raid near the border, Sunday" (Sunday:
    the capture's; today: the confirmation's), "said on Monday". A date further from the
    verb is left alone, however the parser hangs it. Such a date dates a claim only when
    its sentence has no other (:func:`_clause_rank`): "Officials said yesterday that two
    guards were killed".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Officials", "today", "confirmed", "the", "capture"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 4, 2],
    ...           deps=["nsubj", "npadvmod", "ROOT", "det", "dobj"],
    ...           pos=["NOUN", "NOUN", "VERB", "DET", "NOUN"],
    ...           lemmas=["official", "today", "confirm", "the", "capture"])
    >>> dates_a_report(doc[1:2])
    True
    """
    root, start, end = date.root, date.start, date.end
    if root.dep_ == "pobj" and root.head.lower_ in _VERB_DATE_PREPOSITIONS:
        root = root.head
        start = min(start, root.i)
    elif root.dep_ not in _VERB_DATE_DEPS:
        return False
    verb = root.head
    return verb.i != root.i and verb.i in (start - 1, end) and verb.pos_ == "VERB" and \
        verb.lemma_.lower() in reporting_verbs


_PREMODIFIER_DEPS = frozenset({"nmod", "compound", "poss"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})


SAME_EVENT_PREPOSITIONS = lexicon.words("same_event_prepositions")


def premodifies_another_event(date_root: Token, cue: Token) -> bool:
    """Whether a date stands before a noun it dates, a noun that names another event than
    the claim's: neither the cue ("the May 3 killings") nor a noun right under it, nor a
    noun whose phrase holds the cue ("the May 3 ambush that killed a guard"), nor one the
    cue takes through a preposition of ``same_event_prepositions.txt`` ("killed in the May
    3 ambush"); but "one of the men behind the May 3 ambush", "arrested before Saturday's
    vote". Such a date is the time of the event that noun names, not of the claim ("Police
    today confirmed the arrest of a smuggler, one of the men behind the May 3 ambush, in a
    raid near the border, Sunday": Sunday), and dates it only when nothing else does
    (:func:`sentence_time`).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["behind", "the", "Aug.", "7", "attack", "killed"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[5, 4, 4, 2, 0, 5],
    ...           deps=["prep", "det", "nmod", "nummod", "pobj", "ROOT"],
    ...           pos=["ADP", "DET", "PROPN", "NUM", "NOUN", "VERB"])
    >>> premodifies_another_event(doc[2], doc[5])
    True
    """
    noun = date_root.head
    if date_root.dep_ not in _PREMODIFIER_DEPS or noun.pos_ not in _NOUN_POS or \
            date_root.i > noun.i:
        return False
    if cue in (noun, noun.head) or noun.is_ancestor(cue):
        return False
    taker = noun.head
    return not (taker.dep_ == "prep" and taker.lower_ in SAME_EVENT_PREPOSITIONS and
                taker.head == cue)


def _clause_of(token: Token) -> Token:
    """The verb heading the clause a token stands in (the sentence root when none)."""
    while token.pos_ not in _CLAUSE_POS and token.head.i != token.i:
        token = token.head
    return token
