"""The parts of an aggregate total are aggregate too (scope, after
:func:`claimex.pipeline.claims.scope.mark_scope`).

A season's or a war's total is often told with its parts: by province ("the hill country
the worst-hit with 310 of them, followed by the coast with 95"), by cause, by group ("since
June, 1,400 people have died, including 300 children"). Each part, read alone, looks
like a figure of the reported event and would take the toll from the day's own deaths
beside it ("three more died in the past 24 hours"). A part is ``aggregate`` where:

* an ``aggregate`` figure of the same category comes before it and is larger (a part is
  smaller than its whole), and
* it is told as a share: in a later sentence that says so, or right after one that does
  ("By cause, the breakdown puts landslides first, with 160. Lightning killed 41.")
  (``resources/words/breakdown_marks.txt``: "breakdown", "worst-hit", "followed by",
  "respectively", "as follows"), or in the total's own sentence, hung on it by "including",
  "with", "among", "of whom", "of them" (``resources/words/breakdown_links.txt``), and
* its sentence names no time of its own: a weekday, "yesterday", "today", "overnight",
  "the past 24 hours", or "more"/"another" (the day's increment is the news).

A breakdown of a *reported* total stays ``reported`` (the parts of one earthquake's toll).

>>> told_as_a_share("A provincial breakdown shows the north worst hit with 300.")
True
>>> told_as_a_share("Three more people died in the north on Monday.")
False
>>> names_its_own_time("Three more people died in the north.")
True
>>> is_a_part(300, (910, 910))
True
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from claimex import lexicon

_SHARE_PHRASES = tuple(" ".join(entry) for entry in lexicon.entries("breakdown_marks"))
_SHARE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in _SHARE_PHRASES)
                       + r")(?![\w-])")
_LINK_WORDS = lexicon.words("breakdown_links")
_DAY_WORDS = lexicon.words("weekdays") | frozenset({"yesterday", "today", "tonight",
                                                    "overnight"})
_OWN_TIME_RE = re.compile(r"\b(?:past|last|previous)\s+(?:24|twenty-four|48|forty-eight)"
                          r"\s+hours\b|\b(?:more|another)\b(?!\s+than\b)")


def told_as_a_share(sentence: str) -> bool:
    """Whether a sentence tells figures as shares of a total: "breakdown", "worst-hit",
    "followed by", "respectively", "as follows" (see the module docstring)."""
    return bool(_SHARE_RE.search(sentence.lower()))


def names_its_own_time(sentence: str) -> bool:
    """Whether a sentence dates its figure by a day of its own or tells it as an increment:
    "on Monday", "yesterday", "in the past 24 hours", "three more"."""
    lowered = sentence.lower()
    return bool(_OWN_TIME_RE.search(lowered)) or any(
        word in _DAY_WORDS for word in re.findall(r"[a-z]+", lowered))


def is_a_part(part: float | None, total: tuple[float | None, float | None]) -> bool:
    """Whether a figure (its upper value) is smaller than a total's lower value."""
    low = total[0]
    return part is not None and low is not None and part < low


def hung_on_the_total(between: list[str]) -> bool:
    """Whether the words between a total and a later figure of its sentence hang the figure
    on it: "..., including 300 children", "..., with 600 in the south", "of whom 40"."""
    return any(word.lower() in _LINK_WORDS for word in between)


def _sentence_before(sentence: Span) -> str:
    """The text of the sentence before ``sentence`` in its paragraph ("" at a paragraph's
    start or the text's)."""
    if sentence.start == 0 or "\n" in sentence.doc[sentence.start - 1].text_with_ws:
        return ""
    return sentence.doc[sentence.start - 1].sent.text


def mark_breakdowns(claims: list[tuple[Span, dict[str, Any]]]) -> None:
    """Set ``scope`` to ``aggregate`` on every reported casualty claim that is a part of an
    aggregate total before it (see the module docstring)."""
    totals = [(span, claim) for span, claim in claims
              if claim["type"] == "casualty" and claim.get("scope") == "aggregate"]
    if not totals:
        return
    for span, claim in claims:
        if claim["type"] != "casualty" or claim.get("scope") != "reported":
            continue
        sentence = span.sent
        if names_its_own_time(sentence.text):
            continue
        value = claim["value"]
        part = value["high"] if value["high"] is not None else value["low"]
        for total_span, total in totals:
            if total["category"] != claim["category"] or total_span.end > span.start or \
                    not is_a_part(part, (total["value"]["low"], total["value"]["high"])):
                continue
            if total_span.sent == sentence:
                between = [t.text for t in span.doc[total_span.end:span.start]]
                shared = hung_on_the_total(between)
            else:
                shared = told_as_a_share(sentence.text) or told_as_a_share(
                    _sentence_before(sentence))
            if shared:
                claim["scope"] = "aggregate"
                break
