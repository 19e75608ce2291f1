"""A bracketed share takes the scope of the total it breaks down (scope, after
:func:`claimex.pipeline.claims.scope_breakdowns.mark_breakdowns`).

A list of names with bracketed figures ("The monsoon has killed 300 people since June. By
district: Alba (40), Brenn (25)") tells the parts of a total; each part is linked by
:func:`claimex.pipeline.claims.linking.parenthesized_lists.cue_before_bracketed_list`, and,
read alone in its clause, it looks like a figure of the reported event. It takes the scope
of the total it breaks down: the nearest casualty figure before the list, in the list's
sentence or the sentence before it in its paragraph, that

* is of the same category (a list of "casualties", ``killed_or_injured``, breaks down a
  count of the dead or of the injured too),
* is not itself a bracketed share, and
* is not smaller than the share (a part is no larger than its whole).

A list after the day's toll stays ``reported`` ("Floods killed 30 people on Monday. The
dead were from Alba (12) and Brenn (18)"); a list with no such total before it keeps the
scope its clause gives it.

>>> compatible_categories("killed_or_injured", "killed"), compatible_categories("injured", "killed")
(True, False)
>>> breaks_down(40, (300, 300)), breaks_down(400, (300, 300))
(True, False)
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

SHARE_RULE = "cue_before_bracketed_list"
_EITHER = "killed_or_injured"


def compatible_categories(share: str, total: str) -> bool:
    """Whether a share of category ``share`` can be a part of a total of category
    ``total``: the same category, or a list of casualties (``killed_or_injured``) after a
    count of the dead or of the injured."""
    return share == total or (share == _EITHER and total in ("killed", "injured"))


def breaks_down(part: float | None, total: tuple[float | None, float | None]) -> bool:
    """Whether a figure (its upper value) is no larger than a total (its lower value)."""
    low = total[0]
    return part is not None and low is not None and part <= low


def _sentence_before(sentence: Span) -> Span | None:
    """The sentence before ``sentence`` in its paragraph (None at a paragraph's start or
    the text's)."""
    if sentence.start == 0 or "\n" in sentence.doc[sentence.start - 1].text_with_ws:
        return None
    return sentence.doc[sentence.start - 1].sent


def _upper(claim: dict[str, Any]) -> float | None:
    value = claim["value"]
    return value["high"] if value["high"] is not None else value["low"]


def mark_bracketed_shares(claims: list[tuple[Span, dict[str, Any]]]) -> None:
    """Give every casualty claim linked by :data:`SHARE_RULE` the scope of the total before
    its list (see the module docstring)."""
    casualties = sorted(((span, claim) for span, claim in claims
                         if claim["type"] == "casualty" and claim.get("scope")),
                        key=lambda item: item[0].start)
    shares = [(span, claim) for span, claim in casualties if claim["rule"] == SHARE_RULE]
    for span, claim in shares:
        sentence = span.sent
        before = _sentence_before(sentence)
        reach = before.start if before is not None else sentence.start
        list_start = min(s.start for s, c in shares if s.sent == sentence)
        for total_span, total in reversed(casualties):
            if total_span.start >= list_start or total_span.start < reach or \
                    total["rule"] == SHARE_RULE:
                continue
            if not compatible_categories(claim["category"], total["category"]):
                continue
            if breaks_down(_upper(claim), (total["value"]["low"], total["value"]["high"])):
                claim["scope"] = total["scope"]
            break
