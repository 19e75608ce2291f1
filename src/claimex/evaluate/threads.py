"""Thread grouping: does ``claimex reconcile`` put a commenter's figure with the right event?

Scored by ``claimex evaluate realpages`` on sets whose gold rows carry ``section`` and
``scope`` (``devsets/comments``, ``devsets/wire``): the claims of each page are reconciled
(:func:`claimex.reconcile.reconcile`, with the page's ``claimex.document/1`` record so that
its comment sections are known), and every gold row *in a comment* that a claim found
(evidence over the anchor, category right; the same matching as the claims row) is judged
by the group its claim landed in:

* a comment figure about the page's own event (gold ``scope`` ``reported``) is right when
  its group also holds a claim that found one of the article's ``reported`` rows of the
  same category (title and body, core or not): "Nonsense, only 5 were killed" joins the
  article's "12 soldiers were killed". Rows of a category the article gives no found
  figure for are not scored (there is no group to join);
* a comment figure about something else (``aggregate``: the war's total; ``background``:
  another attack) is right when its group holds no such article claim.

Rows: ``thread groups`` / ``comment on the page's event`` and ``comment on another event``
(``n`` scored rows, ``correct``, ``accuracy``), and ``disputed`` (of the groups holding an
article figure and a comment figure on the page's event, how many ``summary.disputed``
marks, beside how many the gold's values say disagree, the comment row against an article
row whose claim is in the same group: a check on the dispute rule, not a score).
Misses are listed under ``thread``.

>>> article = {"section": "article", "scope": "reported", "category": "killed"}
>>> comment = {"section": "comment", "scope": "aggregate", "category": "killed"}
>>> thread_verdict(comment, own_group_has_article=False)
True
>>> thread_verdict({**comment, "scope": "reported"}, own_group_has_article=False)
False
>>> thread_verdict(article, own_group_has_article=True) is None   # not a comment row
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from claimex.evaluate.cases import Score
from claimex.evaluate.compare import excerpt, ratio
from claimex.reconcile import reconcile

ON_THE_EVENT = "reported"
ELSEWHERE = ("aggregate", "background")

Matcher = Callable[[dict[str, Any], list[dict[str, Any]]], list[dict[str, Any]]]


def thread_verdict(row: dict[str, Any], own_group_has_article: bool) -> bool | None:
    """Whether a found gold row's claim sits in the right group; None for rows not scored
    (not in a comment, or no scope)."""
    if row.get("section") != "comment" or row.get("scope") not in (ON_THE_EVENT, *ELSEWHERE):
        return None
    if row["scope"] == ON_THE_EVENT:
        return own_group_has_article
    return not own_group_has_article


def score_threads(cases: Iterable[Any], hits_of: Matcher, score: Score) -> None:
    """Add the ``thread groups`` rows to ``score`` (see the module docstring); ``hits_of(row,
    claims)`` gives the casualty claims that found a gold row. Nothing is added for a set
    without comment rows that carry a scope."""
    on_event = on_event_ok = elsewhere = elsewhere_ok = 0
    paired = paired_disputed = paired_should = 0
    for case in cases:
        rows = [r for r in case.gold["rows"] if r["span"] is not None]
        if not any(thread_verdict(r, False) is not None for r in rows):
            continue
        claims = [c for c in case.claims or () if c.get("type") == "casualty"]
        document = getattr(case, "document", None)
        groups = reconcile(claims, documents=[document] if document else None)
        group_of = {cid: g for g in groups for cid in g["claim_ids"]}
        article_claims: dict[str, set[str]] = {}
        article_rows: list[tuple[dict[str, Any], set[str]]] = []
        for row in rows:
            if row.get("section") == "article" and row.get("scope") == ON_THE_EVENT:
                ids = {c["id"] for c in hits_of(row, claims)}
                article_claims.setdefault(row["category"], set()).update(ids)
                article_rows.append((row, ids))
        seen_pairs: set[str] = set()
        for row in rows:
            if thread_verdict(row, False) is None:
                continue
            hits = hits_of(row, claims)
            anchors = article_claims.get(row["category"], set())
            if not hits or (row["scope"] == ON_THE_EVENT and not anchors):
                continue
            groups_hit = [group_of[c["id"]] for c in hits if c["id"] in group_of]
            with_article = any(anchors & set(g["claim_ids"]) for g in groups_hit)
            right = bool(thread_verdict(row, with_article))
            if row["scope"] == ON_THE_EVENT:
                on_event += 1
                on_event_ok += right
            else:
                elsewhere += 1
                elsewhere_ok += right
            if not right:
                score.miss("thread", case.key, f"{row['scope']} {row['category']} "
                           f"{row['anchor']!r}",
                           "with the article's figure" if with_article else "apart",
                           excerpt(case.text, row["span"][0]))
            if row["scope"] == ON_THE_EVENT and with_article:
                group = next(g for g in groups_hit if anchors & set(g["claim_ids"]))
                if group["group_id"] in seen_pairs:
                    continue
                seen_pairs.add(group["group_id"])
                paired += 1
                paired_disputed += bool(group["summary"]["disputed"])
                members = set(group["claim_ids"])
                paired_should += any(not _overlap(row, a) for a, ids in article_rows
                                     if ids & members)
    if on_event or elsewhere:
        score.rows.append({"field": "thread groups", "subset": "comment on the page's event",
                           "n": on_event, "correct": on_event_ok,
                           "accuracy": ratio(on_event_ok, on_event)})
        score.rows.append({"field": "thread groups", "subset": "comment on another event",
                           "n": elsewhere, "correct": elsewhere_ok,
                           "accuracy": ratio(elsewhere_ok, elsewhere)})
    if paired:
        score.notes.append(f"thread groups: {paired_disputed} of {paired} groups joining a "
                           f"comment's figure to the article's are disputed; the gold values "
                           f"disagree in {paired_should}")


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two gold rows' values can be one toll: their [low, high] intervals meet (an open
    high reaches any figure above the low).

    >>> _overlap({"low": 5, "high": 5}, {"low": 3, "high": None})
    True
    >>> _overlap({"low": 5, "high": 5}, {"low": 12, "high": 12})
    False
    """
    a_high = float("inf") if a.get("high") is None else a["high"]
    b_high = float("inf") if b.get("high") is None else b["high"]
    return a["low"] <= b_high and b["low"] <= a_high
