"""``claimex evaluate realpages``: casualty claims and document tolls on real pages.

The format is that of ``../shared/corpora/realpages-dev`` (its README), which the
project's own real-text sets in ``devsets/`` (``shootings``, ``wire``) share: a folder with
``docs.jsonl`` (``id``, ``url``, ``text``), ``gold.jsonl`` (one row per casualty figure:
``quote`` unique in the text, ``anchor`` inside it, ``category``, ``low``/``high``,
``core``, ...), ``nonclaims.jsonl`` (figures that are no casualty) and, where the set has
them, ``tolls.jsonl`` (``doc_id``, ``category``, ``low``, ``high``: the article's toll of
the reported event).

Scoring (the README's rule):

* a gold row is found when a casualty claim's evidence overlaps the row's anchor and its
  category matches (``killed_or_injured`` also accepts ``killed`` or ``injured``); recall
  is over ``core`` rows; precision is the share of casualty claims that overlap any gold
  row, core or not; a casualty claim over a non-claim is counted apart;
* a found core row's value is right when ``low`` and ``high`` both equal the gold's;
* tolls: per document and category (killed, injured, captured and any other the gold
  names), the article's toll (``tolls.jsonl``; :func:`predicted_toll` from the claims
  where an OUTDIR has none) must equal the gold's ``low`` and ``high`` (no row: 0); a
  document is right when all its categories are; killed, injured and captured also get a
  row each (the share of documents whose toll of that category is right);
* scope: where gold rows give a ``scope`` and claims carry one, the share of found core
  rows that a claim of the same scope found;
* speaker (:func:`speaker_right`) and modality: the share of found core rows that a claim
  with the gold's speaker, or the gold's ``modality``, found; the speaker apart for the rows
  whose gold names one (``speaker`` not null);
* thread groups, where gold rows give a ``section`` and ``scope``: whether reconcile puts
  each found comment figure with the article's figure of the page's event or apart
  (:mod:`claimex.evaluate.threads`);
* place, where gold rows give a ``location``: the share of found core rows that a claim
  placed there, exactly and by containment (:mod:`claimex.evaluate.places`).

>>> row = {"quote": "Two men were shot", "anchor": "Two men"}
>>> gold_anchor("Two men were shot dead on Sunday.", row)
(0, 7)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from claimex.errors import UsageError
from claimex.evaluate.cases import COUNTED_MODALITIES, Score
from claimex.evaluate.compare import excerpt, f1, ratio
from claimex.evaluate.gold import GoldItem
from claimex.evaluate.places import score_places
from claimex.evaluate.polnear import last_word
from claimex.evaluate.threads import score_threads
from claimex.io.readers import InputDocument

TOLL_CATEGORIES = ("killed", "injured", "captured")
NOBODY_QUOTED = ("article", "author")
_NAME_PARTS_RE = re.compile(r"\(|\)|,|\band\b")
_APPOSITIVE_RE = re.compile(r",|\s[–—-]\s|\(")


def _rows(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    rows = []
    for number, line in enumerate(path.read_bytes().splitlines(), start=1):
        if line.strip():
            try:
                rows.append(orjson.loads(line))
            except orjson.JSONDecodeError as exc:
                raise UsageError(f"{path}:{number}: malformed JSON: {exc}") from None
    return rows


def gold_anchor(text: str, row: dict[str, Any]) -> tuple[int, int] | None:
    """The character span of a gold row's anchor: inside its quote, which occurs once in
    the text; None when the quote or anchor cannot be found."""
    at = text.find(row.get("quote") or "\0")
    if at < 0:
        return None
    inner = row["quote"].find(row.get("anchor") or "\0")
    return None if inner < 0 else (at + inner, at + inner + len(row["anchor"]))


def load_realpages(path: Path, *, limit: int | None = None) -> list[GoldItem]:
    """Gold items of a realpages-format folder (see the module docstring)."""
    if not (path / "docs.jsonl").is_file():
        raise UsageError(f"{str(path)!r} has no docs.jsonl: give a folder in the realpages "
                         "format (../shared/corpora/realpages-dev, devsets/shootings, ...)")
    gold = _rows(path / "gold.jsonl")
    nonclaims = _rows(path / "nonclaims.jsonl")
    tolls_file = path / "tolls.jsonl"
    tolls = _rows(tolls_file)
    items = []
    for doc in _rows(path / "docs.jsonl")[:limit]:
        doc_id, text = str(doc["id"]), str(doc.get("text") or "")
        rows = [{**r, "span": gold_anchor(text, r)} for r in gold if r["doc_id"] == doc_id]
        nots = [{**r, "span": gold_anchor(text, r)} for r in nonclaims if r["doc_id"] == doc_id]
        items.append(GoldItem(
            InputDocument(doc_id, text, str(path / "docs.jsonl"), url=doc.get("url")),
            {"rows": rows, "nonclaims": nots,
             "tolls": [t for t in tolls if t["doc_id"] == doc_id] if tolls_file.is_file()
             else None}))
    return items


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _claim_span(claim: dict[str, Any]) -> tuple[int, int]:
    return claim["evidence"]["start"], claim["evidence"]["end"]


def _category_ok(gold: str, claimed: str) -> bool:
    return gold == claimed or (gold == "killed_or_injured" and claimed in ("killed", "injured"))


def predicted_toll(claims: Iterable[dict[str, Any]], category: str
                   ) -> tuple[float, float | None]:
    """The article's toll of ``category`` as claims give it: the claim of the article's own
    sections (not a commenter's) with the largest ``low`` among the asserted or hedged
    ones, its (low, high); (0, 0) when there is none. As tolls do, it skips the claims of
    another event or of a period (``scope`` other than ``reported``), a figure a later one
    revises (``revised``) and a copy (``repeat_of``), where claims carry those keys.
    (Tolls as their own records replace this when the pipeline writes them.)

    >>> claim = {"type": "casualty", "category": "killed", "modality": "asserted",
    ...          "value": {"low": 500000, "high": 500000}, "scope": "aggregate"}
    >>> predicted_toll([claim], "killed")
    (0.0, 0.0)
    """
    best: dict[str, Any] | None = None
    for claim in claims:
        if claim.get("type") != "casualty" or claim.get("category") != category or \
                claim.get("modality") not in COUNTED_MODALITIES or \
                (claim.get("attribution") or {}).get("kind") == "author" or \
                claim.get("scope", "reported") not in ("reported", None) or \
                claim.get("revised") or claim.get("repeat_of") is not None:
            continue
        if best is None or claim["value"]["low"] > best["value"]["low"]:
            best = claim
    if best is None:
        return 0.0, 0.0
    return float(best["value"]["low"]), best["value"]["high"]


def toll_bounds(tolls: Iterable[dict[str, Any]], category: str) -> tuple[float, float | None]:
    """The (low, high) of the article's toll of ``category`` among ``claimex.toll/1``
    dicts; (0, 0) when there is none."""
    toll = next((t for t in tolls if t["category"] == category and
                 t["speaker"]["kind"] == "article"), None)
    return (0.0, 0.0) if toll is None else (float(toll["low"]), toll["high"])


def found_by(row: dict[str, Any], claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The casualty claims that found a gold row: evidence over its anchor, category right.

    >>> row = {"span": (0, 7), "category": "killed_or_injured"}
    >>> claim = {"category": "killed", "evidence": {"start": 0, "end": 3}}
    >>> found_by(row, [claim]) == [claim]
    True
    """
    return [c for c in claims if _overlaps(_claim_span(c), row["span"]) and
            _category_ok(row["category"], c["category"])]


def speaker_right(row: dict[str, Any], attribution: dict[str, Any] | None) -> bool:
    """Whether a claim's ``attribution`` gives the gold row's speaker.

    A gold ``speaker`` is matched as the corpora README matches PolNeAR sources: the last
    word of ``attribution.speaker`` or of one of its parts ("Omar Said, a district
    official" is "Omar Said" and "a district official"; "the Relief Monitor
    (TRM)" is also "TRM") or of ``attribution.canonical`` (what a
    pronoun speaker stands for) equals the last word of the gold name, or of one of its
    parts ("Rebel Front (Al-Fajr)", "Anna Kovac and Pierre Dumas"), case-insensitive, a
    possessive 's dropped; the claim must credit someone (kind ``quoted`` or ``reported``).
    A row without a speaker wants nobody quoted (kind ``article`` or ``author``), and where
    it names the comment's author, the same author.

    >>> speaker_right({"speaker": "Rebel Front (Al-Fajr)"},
    ...               {"kind": "reported", "speaker": "Al-Fajr"})
    True
    >>> speaker_right({"speaker": "Karim Nouri"},
    ...               {"kind": "quoted", "speaker": "he", "canonical": "Karim Nouri"})
    True
    >>> speaker_right({"speaker": "monitor sources"}, {"kind": "article", "speaker": "monitor"})
    False
    >>> speaker_right({"speaker": None, "comment_author": "reader42"},
    ...               {"kind": "author", "speaker": "reader42"})
    True
    """
    attribution = attribution or {}
    kind = attribution.get("kind") or "article"
    speaker = str(attribution.get("speaker") or "")
    said = {last_word(part) for part in _APPOSITIVE_RE.split(speaker)}
    said = (said | {last_word(str(attribution.get("canonical") or ""))}) - {""}
    gold = row.get("speaker")
    if not gold:
        if kind not in NOBODY_QUOTED:
            return False
        author = row.get("comment_author")
        return not author or (kind == "author" and last_word(author) in said)
    if kind in NOBODY_QUOTED:
        return False
    names = {last_word(part) for part in _NAME_PARTS_RE.split(gold)} | {last_word(gold)}
    return bool(said & names)


def _same(a: float | None, b: float | None) -> bool:
    """Equal bounds; a null ``high`` in the gold (an open bound, "at least 12") is the
    claim's ``inf``.

    >>> _same(None, float("inf")), _same(12, 12.0), _same(None, 12)
    (True, True, False)
    """
    a, b = (math.inf if x is None else float(x) for x in (a, b))
    return a == b or abs(a - b) < 1e-6


def score_realpages(cases: Iterable[Any]) -> Score:
    """Claims recall, precision and F1, value accuracy, non-claims hit and toll accuracy;
    see the module docstring."""
    cases = list(cases)
    score = Score()
    core = found = value_right = claims_n = claims_on_gold = on_nonclaims = 0
    scoped = scope_right = 0
    speaker_ok = named = named_ok = modality_ok = 0
    toll_pairs = toll_right = docs_with_tolls = docs_right = 0
    by_category: dict[str, list[int]] = {}
    for case in cases:
        claims = [c for c in case.claims or () if c.get("type") == "casualty"]
        rows, nots = case.gold["rows"], case.gold["nonclaims"]
        for row in rows:
            if not row.get("core") or row["span"] is None:
                continue
            core += 1
            hits = found_by(row, claims)
            if not hits:
                score.miss("recall", case.key, f"{row['category']} {row['anchor']!r}",
                           None, excerpt(case.text, row["span"][0]))
                continue
            found += 1
            said_right = any(speaker_right(row, c.get("attribution")) for c in hits)
            speaker_ok += said_right
            if row.get("speaker"):
                named += 1
                named_ok += said_right
            if not said_right:
                got = hits[0].get("attribution") or {}
                score.miss("speaker", case.key, row.get("speaker") or row.get("comment_author"),
                           f"{got.get('kind')}: {got.get('speaker')!r}",
                           excerpt(case.text, row["span"][0]))
            if any(c.get("modality") == row.get("modality", "asserted") for c in hits):
                modality_ok += 1
            else:
                score.miss("modality", case.key, row.get("modality"), hits[0].get("modality"),
                           excerpt(case.text, row["span"][0]))
            if row.get("scope") and all("scope" in c for c in hits):
                scoped += 1
                if any(c["scope"] == row["scope"] for c in hits):
                    scope_right += 1
                else:
                    score.miss("scope", case.key, row["scope"], hits[0]["scope"],
                               excerpt(case.text, row["span"][0]))
            if any(_same(c["value"]["low"], row["low"]) and _same(c["value"]["high"], row["high"])
                   for c in hits):
                value_right += 1
            else:
                got = hits[0]["value"]
                score.miss("value", case.key, [row["low"], row["high"]],
                           [got["low"], got["high"]], excerpt(case.text, row["span"][0]))
        for claim in claims:
            claims_n += 1
            span = _claim_span(claim)
            if any(_overlaps(span, r["span"]) for r in rows):
                claims_on_gold += 1
                continue
            text = f"{claim['category']} {claim['value']['text']!r} ({claim['provenance']['rule']})"
            if any(_overlaps(span, n["span"]) for n in nots):
                on_nonclaims += 1
                score.miss("nonclaims", case.key, None, text, excerpt(case.text, span[0]))
            else:
                score.miss("precision", case.key, None, text, excerpt(case.text, span[0]))
        tolls = case.gold["tolls"]
        if tolls is None:
            continue
        docs_with_tolls += 1
        categories = dict.fromkeys([*TOLL_CATEGORIES, *(t["category"] for t in tolls)])
        all_right = True
        for category in categories:
            gold = next((t for t in tolls if t["category"] == category), None)
            want = (float(gold["low"]), gold["high"]) if gold else (0.0, 0.0)
            got = predicted_toll(claims, category) if case.tolls is None else \
                toll_bounds(case.tolls, category)
            toll_pairs += 1
            by_category.setdefault(category, [0, 0])[0] += 1
            if _same(got[0], want[0]) and _same(got[1], want[1]):
                toll_right += 1
                by_category[category][1] += 1
            else:
                all_right = False
                score.miss("tolls", case.key, f"{category} {list(want)}", list(got),
                           excerpt(case.text, 0, 160))
        docs_right += all_right
    precision, recall = ratio(claims_on_gold, claims_n), ratio(found, core)
    score.rows.append({"field": "casualty claims", "subset": "all", "n": core,
                       "correct": found, "claims": claims_n, "claims_correct": claims_on_gold,
                       "precision": precision, "recall": recall, "f1": f1(precision, recall),
                       "value_accuracy": ratio(value_right, found),
                       "nonclaims_hit": on_nonclaims})
    if scoped:
        score.rows.append({"field": "scope", "subset": "found core rows", "n": scoped,
                           "correct": scope_right, "accuracy": ratio(scope_right, scoped)})
    score.rows.append({"field": "speaker", "subset": "found core rows", "n": found,
                       "correct": speaker_ok, "accuracy": ratio(speaker_ok, found)})
    score.rows.append({"field": "speaker", "subset": "gold names a speaker", "n": named,
                       "correct": named_ok, "accuracy": ratio(named_ok, named)})
    score.rows.append({"field": "modality", "subset": "found core rows", "n": found,
                       "correct": modality_ok, "accuracy": ratio(modality_ok, found)})
    score_threads(cases, found_by, score)
    if docs_with_tolls:
        score.rows.append({"field": "tolls", "subset": "per category", "n": toll_pairs,
                           "correct": toll_right, "accuracy": ratio(toll_right, toll_pairs)})
        score.rows.append({"field": "tolls", "subset": "per document", "n": docs_with_tolls,
                           "correct": docs_right, "accuracy": ratio(docs_right, docs_with_tolls)})
        for category in TOLL_CATEGORIES:
            n, right = by_category.get(category, (0, 0))
            score.rows.append({"field": "tolls", "subset": category, "n": n, "correct": right,
                               "accuracy": ratio(right, n)})
    # last, so that the rows of a set without places keep their order
    score_places(cases, found_by, score)
    return score
