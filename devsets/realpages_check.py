"""One validator for the development sets kept in the realpages format (wire, shootings, notes,
comments): what ``/work/shared/corpora/realpages-dev/README.md`` and each set's README document.

Each set's ``check.py`` calls :func:`main` with what that set has beyond the common format, e.g.
``devsets/notes/check.py``::

    sys.exit(main(__file__, notes_per_page=10))

Checks, for every set:

- ``docs.jsonl``: keys ``id``, ``url``, ``text``; ids and urls unique; the held-out rule (the SHA-1
  hex digest of the page url, without a ``#n`` note number, starts with 0 2 4 6 8 a c e); no page
  used by another development set or by ``../shared/corpora/realpages-dev``.
- ``gold.jsonl``: the documented keys (an optional ``location``: a place name or null); the quote occurs once in its text and holds its anchor;
  category, modality, section, scope, range and booleans well formed; a comment author only on a
  comment row; no row twice.
- ``nonclaims.jsonl``: keys; quote and anchor as for gold; no nonclaim anchor overlaps a gold anchor
  (a claim on a gold anchor is never scored as a nonclaim hit, so such a row could never fire).
- ``tolls.jsonl`` (and ``comment_tolls.jsonl`` where a set has one): category, basis, range, one
  toll per document and category (per document, quote and category for comment tolls), a ``zero``
  basis only with 0.

Prints the counts; returns 1 when anything is wrong (each problem on an ``ERROR`` line), else 0.
"""

from __future__ import annotations

import collections
import hashlib
import json
from pathlib import Path

CATEGORIES = {"killed", "injured", "killed_or_injured", "captured", "missing", "displaced"}
MODALITIES = {"asserted", "hedged", "negated", "hypothetical"}
SCOPES = {"reported", "background", "aggregate"}
SECTIONS = {"article", "comment"}
BASES = {"stated", "sum", "enumerated", "zero"}
GOLD_KEYS = {"doc_id", "quote", "anchor", "category", "low", "high", "vague", "modality", "speaker",
             "section", "comment_author", "subject", "core"}
NONCLAIM_KEYS = {"doc_id", "quote", "anchor", "kind"}
TOLL_KEYS = {"doc_id", "category", "low", "high", "basis"}
COMMENT_TOLL_KEYS = TOLL_KEYS | {"comment_author", "quote"}
HELD_OUT_SAFE_DIGITS = "02468ace"

DEVSETS = Path(__file__).resolve().parent
SHARED_REALPAGES = DEVSETS.parent.parent / "shared" / "corpora" / "realpages-dev" / "docs.jsonl"


def load(path: Path) -> list[dict]:
    """The JSON lines of ``path``; an absent file has none."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def page_of(url: str) -> str:
    """The page a record comes from: ``"https://x.org/list#3"`` -> ``"https://x.org/list"``."""
    return url.split("#")[0]


def pages_of_other_sets(own_docs: Path) -> set[str]:
    """Every page used by another development set or by the shared realpages-dev set."""
    files = [path for path in DEVSETS.glob("*/docs.jsonl") if path.resolve() != own_docs.resolve()]
    return {page_of(doc["url"]) for path in [*files, SHARED_REALPAGES] for doc in load(path)}


class Report:
    """The problems found, each a line; ``add`` keeps them in the order found."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def add(self, *parts: object) -> None:
        self.errors.append(" ".join(str(part) for part in parts))


def check_docs(docs: list[dict], own_docs: Path, report: Report,
               notes_per_page: int | None) -> None:
    """Ids, urls, the held-out rule and pages shared with other sets; with ``notes_per_page``, urls
    are ``PAGE#n`` and a page gives at most that many records."""
    for doc_id, count in collections.Counter(doc["id"] for doc in docs).items():
        if count > 1:
            report.add("duplicate doc id", doc_id)
    for url, count in collections.Counter(doc["url"] for doc in docs).items():
        if count > 1:
            report.add("duplicate url", url)
    for doc in docs:
        if set(doc) != {"id", "url", "text"}:
            report.add("doc", doc.get("id"), "keys", sorted(doc))
    pages = collections.Counter(page_of(doc["url"]) for doc in docs)
    for page in pages:
        if hashlib.sha1(page.encode()).hexdigest()[0] not in HELD_OUT_SAFE_DIGITS:
            report.add("page url with an odd SHA-1 digest (held-out half):", page)
    if notes_per_page is not None:
        for page, count in pages.items():
            if count > notes_per_page:
                report.add(count, "records from one page:", page)
        for doc in docs:
            number = doc["url"].rpartition("#")[2]
            if "#" not in doc["url"] or not number.isdigit():
                report.add("doc", doc["id"], "url must be PAGE#n")
    for page in sorted(set(pages) & pages_of_other_sets(own_docs)):
        report.add("page already used by another set:", page)


def anchor_span(row: dict, texts: dict[str, str], kind: str,
                report: Report) -> tuple[int, int] | None:
    """Where ``row``'s anchor lies in its document, or None (with the problem reported). An anchor
    found twice in its quote is read at its first occurrence, as ``claimex evaluate`` reads it (a
    headline printed twice: quote ``"Seven hurt in raid\n\nSeven hurt"``, anchor
    ``"Seven hurt"``)."""
    text = texts.get(row["doc_id"])
    if text is None:
        report.add(kind, "unknown doc_id", row["doc_id"])
        return None
    count = text.count(row["quote"])
    if count != 1:
        report.add(kind, row["doc_id"], f"quote occurs {count} times:", repr(row["quote"]))
        return None
    if row["anchor"] not in row["quote"]:
        report.add(kind, row["doc_id"], "anchor", repr(row["anchor"]), "not in quote",
                   repr(row["quote"]))
        return None
    start = text.index(row["quote"]) + row["quote"].index(row["anchor"])
    return start, start + len(row["anchor"])


def well_formed_range(low: object, high: object) -> bool:
    """An integer low, and a high that is None or an integer not below it."""
    return isinstance(low, int) and (high is None or (isinstance(high, int) and high >= low))


def check_gold(gold: list[dict], texts: dict[str, str], report: Report, scope: bool) -> dict:
    """Gold claim rows; returns the anchor spans per document, for the nonclaims."""
    keys = GOLD_KEYS | ({"scope"} if scope else set())
    spans: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    seen = set()
    for number, row in enumerate(gold, 1):
        where = f"gold {number} ({row.get('doc_id')})"
        if set(row) - {"location"} != keys:
            report.add(where, "keys differ by", sorted((set(row) - {"location"}) ^ keys))
            continue
        if not isinstance(row.get("location", ""), (str, type(None))):
            report.add(where, "location", repr(row["location"]))
        span = anchor_span(row, texts, "gold", report)
        if span:
            spans[row["doc_id"]].append(span)
        if row["category"] not in CATEGORIES:
            report.add(where, "category", repr(row["category"]))
        if row["modality"] not in MODALITIES:
            report.add(where, "modality", repr(row["modality"]))
        if row["section"] not in SECTIONS:
            report.add(where, "section", repr(row["section"]))
        if row["comment_author"] is not None and row["section"] != "comment":
            report.add(where, "a comment author on an article row")
        if scope and row["scope"] not in SCOPES:
            report.add(where, "scope", repr(row["scope"]))
        if not well_formed_range(row["low"], row["high"]):
            report.add(where, "bad range", row["low"], row["high"])
        if not isinstance(row["core"], bool) or not isinstance(row["vague"], bool):
            report.add(where, "core/vague not bool")
        key = (row["doc_id"], row["quote"], row["anchor"], row["category"])
        if key in seen:
            report.add(where, "duplicate row")
        seen.add(key)
    return spans


def check_nonclaims(nonclaims: list[dict], texts: dict[str, str], gold_spans: dict,
                    report: Report) -> None:
    """Nonclaim rows: spans as for gold, and no overlap with a gold anchor."""
    for number, row in enumerate(nonclaims, 1):
        if set(row) != NONCLAIM_KEYS:
            report.add(f"nonclaim {number}", "keys", sorted(row))
            continue
        span = anchor_span(row, texts, "nonclaim", report)
        gold_here = gold_spans[row["doc_id"]]
        if span and any(span[0] < end and start < span[1] for start, end in gold_here):
            report.add(f"nonclaim {number} ({row['doc_id']})", "overlaps a gold anchor:",
                       repr(row["anchor"]))


def check_tolls(tolls: list[dict], texts: dict[str, str], report: Report, name: str,
                keys: set[str], identity: tuple[str, ...]) -> None:
    """Toll rows: keys, category, basis, range, one row per ``identity``, zero basis only with 0."""
    seen = set()
    for number, row in enumerate(tolls, 1):
        where = f"{name} {number} ({row.get('doc_id')})"
        if set(row) - {"location"} != keys:
            report.add(where, "keys differ by", sorted((set(row) - {"location"}) ^ keys))
            continue
        if not isinstance(row.get("location", ""), (str, type(None))):
            report.add(where, "location", repr(row["location"]))
        if row["doc_id"] not in texts:
            report.add(where, "unknown doc_id")
        elif "quote" in row and texts[row["doc_id"]].count(row["quote"]) != 1:
            report.add(where, "quote not found once:", repr(row["quote"]))
        if row["category"] not in CATEGORIES:
            report.add(where, "category", repr(row["category"]))
        if row["basis"] not in BASES:
            report.add(where, "basis", repr(row["basis"]))
        if not well_formed_range(row["low"], row["high"]):
            report.add(where, "bad range", row["low"], row["high"])
        if row["basis"] == "zero" and (row["low"], row["high"]) != (0, 0):
            report.add(where, "zero basis but", row["low"], row["high"])
        key = tuple(row[field] for field in identity)
        if key in seen:
            report.add(where, "duplicate", key)
        seen.add(key)


def main(check_file: str, *, scope: bool = True, notes_per_page: int | None = None) -> int:
    """Validate the set beside ``check_file``; print counts and problems; 1 when any problem."""
    base = Path(check_file).resolve().parent
    report = Report()
    docs = load(base / "docs.jsonl")
    texts = {doc["id"]: doc["text"] for doc in docs}
    check_docs(docs, base / "docs.jsonl", report, notes_per_page)
    gold = load(base / "gold.jsonl")
    spans = check_gold(gold, texts, report, scope)
    nonclaims = load(base / "nonclaims.jsonl")
    check_nonclaims(nonclaims, texts, spans, report)
    tolls = load(base / "tolls.jsonl")
    check_tolls(tolls, texts, report, "toll", TOLL_KEYS, ("doc_id", "category"))
    comment_tolls = load(base / "comment_tolls.jsonl")
    check_tolls(comment_tolls, texts, report, "comment toll", COMMENT_TOLL_KEYS,
                ("doc_id", "quote", "category"))
    counter = collections.Counter
    core = sum(row.get("core") is True for row in gold)
    pages = len({page_of(doc["url"]) for doc in docs})
    print(f"{base.name}: pages {pages} | docs {len(docs)} | gold {len(gold)} (core {core}, "
          f"not core {len(gold) - core}) | nonclaims {len(nonclaims)} | tolls {len(tolls)} | "
          f"comment tolls {len(comment_tolls)}")
    print("category", dict(counter(row.get("category") for row in gold)))
    if scope:
        print("scope", dict(counter(row.get("scope") for row in gold)))
    print("toll basis", dict(counter(row.get("basis") for row in tolls)))
    without = sorted(set(texts) - {row.get("doc_id") for row in gold})
    if without:
        print("docs without gold rows:", ", ".join(without))
    for error in report.errors:
        print("ERROR", error)
    return 1 if report.errors else 0
