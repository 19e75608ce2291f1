"""Claims into groups: each claim, in a fixed order, joins the best group it fits."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from claimex.reconcile.claims import PreparedClaim, follows_article, prepare_claim
from claimex.reconcile.compatibility import Matcher
from claimex.reconcile.nouns import normalise
from claimex.reconcile.records import group_record
from claimex.reconcile.settings import ReconcileSettings
from claimex.reconcile.tolls import TollIndex
from claimex.reconcile.victims import side_index


def _block_key(c: PreparedClaim) -> tuple[str, str, str | None]:
    return (c.type, c.category, c.unit if c.type == "quantity" else None)


def _groupable(c: PreparedClaim, settings: ReconcileSettings) -> bool:
    if settings.categories is not None and c.category not in settings.categories:
        return False
    return not (c.type == "quantity" and c.subject_head is None)


def _sentence_places(claims: list[PreparedClaim]) -> None:
    """Known places (all claims' location texts) named in each claim's sentence."""
    names: dict[str, str] = {}
    for c in claims:
        loc = c.record.get("location") or {}
        for raw in (loc.get("text"), loc.get("canonical")):
            norm = normalise(raw)
            if raw and norm:
                names.setdefault(re.sub(r"^(the|a|an) ", "", raw.strip(), flags=re.I), norm)
    if not names:
        return
    alternatives = sorted(names, key=lambda n: (-len(n), n))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in alternatives)
                         + r")(?!\w)")
    for c in claims:
        found = {names[m.group(0)] for m in pattern.finditer(c.sentence)}
        if c.location:
            found.add(c.location)
        c.places = frozenset(found)


def section_kinds(documents: Iterable[Mapping[str, Any]]) -> dict[tuple[str, int], str]:
    """(doc_id, section index) → section kind, from ``claimex.document/1`` dicts.

    >>> section_kinds([{"doc_id": "d", "sections": [{"index": 0, "kind": "title"},
    ...                                               {"index": 2, "kind": "comment"}]}])
    {('d', 0): 'title', ('d', 2): 'comment'}
    """
    return {(str(d.get("doc_id")), int(s["index"])): str(s.get("kind"))
            for d in documents for s in d.get("sections") or ()}


def reconcile(claims: Iterable[Mapping[str, Any]],
              settings: ReconcileSettings | None = None,
              documents: Iterable[Mapping[str, Any]] | None = None,
              tolls: Iterable[Mapping[str, Any]] | None = None) -> list[dict]:
    """Group claim dicts (``claimex.claim/1``) into ``claimex.group/1`` dicts.

    ``documents``: the ``claimex.document/1`` dicts of the claims, whose ``sections`` say
    which sections are comments (None: a claim in its author's own voice is a comment's).
    ``tolls``: the ``claimex.toll/1`` dicts of the claims' documents; each group's
    ``tolls`` lists those resting on its members (None: every group's ``tolls`` is null).
    Tolls do not change the grouping.
    Pure and deterministic: the same claims, in any order, give the same groups in the same
    order (by their first member: doc_id, section, evidence offset).
    """
    settings = settings or ReconcileSettings()
    kinds = section_kinds(documents) if documents is not None else {}
    matcher = Matcher(settings)
    sides = side_index(settings.side_words)
    prepared = [prepare_claim(i, c, settings,
                              kinds.get((str(c.get("doc_id")), int(c.get("section") or 0))),
                              matcher.subject_class, sides)
                for i, c in enumerate(claims)]
    prepared.sort(key=lambda c: (c.doc_id, c.section, c.start, c.end, c.category, c.id))
    _sentence_places(prepared)
    groups: list[list[PreparedClaim]] = []
    blocks: dict[tuple, list[int]] = {}
    deferred: list[PreparedClaim] = []
    for c in prepared:
        if not _groupable(c, settings):
            groups.append([c])
            continue
        if c.wildcard:
            deferred.append(c)
            continue
        _place(c, groups, blocks, matcher, within_document=False)
    for c in deferred:
        if settings.unknown_subject_scope == "none":
            groups.append([c])
            continue
        _place(c, groups, blocks, matcher,
               within_document=settings.unknown_subject_scope == "document")
    index = TollIndex(tolls) if tolls is not None else None
    out = [group_record(members, settings, matcher, index) for members in groups
           if len(members) >= settings.min_members]
    out.sort(key=lambda g: g["_order"])
    for g in out:
        del g["_order"]
    return out


def _place(c: PreparedClaim, groups: list[list[PreparedClaim]], blocks: dict[tuple, list[int]],
           matcher: Matcher, within_document: bool) -> None:
    key = _block_key(c)
    best: tuple | None = None
    best_index = -1
    to_article = matcher.s.comments_follow_article and follows_article(c)
    for gi in blocks.get(key, ()):
        members = groups[gi]
        if within_document and not any(m.doc_id == c.doc_id for m in members):
            continue
        if not all(matcher.compatible(c, m) for m in members):
            continue
        same_doc = [m for m in members if m.doc_id == c.doc_id]
        score = (_article_score(c, same_doc, gi) if to_article
                 else _group_score(c, members, same_doc, gi, matcher))
        if best is None or score < best:
            best, best_index = score, gi
    if best is None:
        blocks.setdefault(key, []).append(len(groups))
        groups.append([c])
    else:
        groups[best_index].append(c)


def _group_score(c: PreparedClaim, members: list[PreparedClaim], same_doc: list[PreparedClaim],
                 gi: int, matcher: Matcher) -> tuple:
    """How well a group fits a claim, best first: a member in the same section, then in the
    same document, the same head noun, the nearest time, the nearest figure of the same
    section, the oldest group."""
    gaps = [g for m in members if (g := matcher.time_gap(c, m)) is not None]
    return (
        not any(m.section == c.section for m in same_doc),
        not same_doc,
        not any(m.subject_head == c.subject_head for m in members),
        min(gaps) if gaps else 0,
        min((_distance(c, m) for m in same_doc if m.section == c.section), default=(2, 0)),
        gi,
    )


def _article_score(c: PreparedClaim, same_doc: list[PreparedClaim], gi: int) -> tuple:
    """How well a group fits a comment's bare figure ("Nonsense, only 5 were killed"):
    a group of the article the comment is under first, then the group of the figure it
    answers (the nearest figure before it in the document: the article's or an earlier
    comment's), then the oldest group."""
    in_article = any(m.section_kind in ("title", "article")
                     or (m.section_kind is None and not m.in_comment) for m in same_doc)
    return (not in_article, min((_distance(c, m) for m in same_doc), default=(2, 0)), gi)


def _distance(c: PreparedClaim, m: PreparedClaim) -> tuple[int, int]:
    """Text distance to a member of the same document; figures before the claim come first
    ("killed 9 civilians, not 7": the bare 7 refers back)."""
    return (0, c.start - m.start) if m.start <= c.start else (1, m.start - c.start)
